// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backoff.h"

#include <QTest>
#include <QTimeZone>

using namespace sitekeeper;
using Ms = Backoff::Ms;

class tst_Backoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToCap_data() {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::addRow("first") << 0 << qint64(500);
        QTest::addRow("second") << 1 << qint64(1000);
        QTest::addRow("fifth") << 4 << qint64(8000);
        QTest::addRow("capped") << 7 << qint64(60000);
        QTest::addRow("far past cap") << 5000 << qint64(60000);
    }
    void ceilingDoublesUpToCap() {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        QCOMPARE(Backoff(Ms(500), Ms(60000), 10000).ceiling(attempt).count(), ceiling);
    }

    void delaysAreFullJitterWithinCeiling() {
        Backoff backoff(Ms(100), Ms(10'000), 8);
        QRandomGenerator random(42);
        for (int attempt = 0; attempt < 8; ++attempt) {
            qint64 smallest = std::numeric_limits<qint64>::max();
            qint64 largest = 0;
            for (int i = 0; i < 2000; ++i) {
                const auto d = backoff.delay(attempt, random);
                QVERIFY(d.has_value());
                smallest = std::min<qint64>(smallest, d->count());
                largest = std::max<qint64>(largest, d->count());
            }
            const qint64 top = backoff.ceiling(attempt).count();
            QVERIFY(largest <= top);
            // Full jitter spreads over the whole range: near zero and near the ceiling both occur.
            QVERIFY2(smallest <= top / 10, qPrintable(QString::number(smallest)));
            QVERIFY2(largest >= top * 9 / 10, qPrintable(QString::number(largest)));
        }
    }

    void givesUpAfterMaxAttempts() {
        Backoff backoff(Ms(100), Ms(1000), 3);
        QRandomGenerator random(1);
        QVERIFY(backoff.delay(2, random).has_value());
        QVERIFY(!backoff.delay(3, random).has_value());
        QVERIFY(!backoff.delay(-1, random).has_value());
    }

    void retryAfterIsAFloor() {
        Backoff backoff(Ms(100), Ms(1000), 5);
        QRandomGenerator random(7);
        for (int i = 0; i < 100; ++i)
            QVERIFY(backoff.delay(0, random, Ms(30'000))->count() == 30'000);
    }

    void parseRetryAfter_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: not understood
        QTest::addRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("spaces") << QByteArray("  5 ") << qint64(5'000);
        QTest::addRow("http date") << QByteArray("Sun, 22 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::addRow("date in past") << QByteArray("Sun, 22 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::addRow("a billion seconds") << QByteArray("1000000000") << qint64(1'000'000'000'000);
        QTest::addRow("beyond qint64")
            << QByteArray("99999999999999999999999999") << qint64(1'000'000'000'000'000);
        QTest::addRow("just past the saturation")
            << QByteArray("1000000000001") << qint64(1'000'000'000'000'000);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("plus sign") << QByteArray("+5") << qint64(-1);
        QTest::addRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray("") << qint64(-1);
    }
    void parseRetryAfter() {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
        const auto parsed = Backoff::parseRetryAfter(header, now);
        if (expected < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed.value_or(Ms(-1)).count(), expected);
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_Backoff.moc"
