// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QTest>

using namespace sitekeeper::server;
using Ms = std::chrono::milliseconds;

class tst_RateLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefill() {
        Ms now{0};
        RateLimiter limiter(2.0, 4, [&] { return now; });
        for (int i = 0; i < 4; ++i)
            QVERIFY(!limiter.take("a"));
        const auto wait = limiter.take("a");
        QVERIFY(wait);
        QCOMPARE(*wait, 1);
        // Another token has its own bucket.
        QVERIFY(!limiter.take("b"));
        now = Ms(500); // one request's worth at 2 per second
        QVERIFY(!limiter.take("a"));
        QVERIFY(limiter.take("a"));
        now = Ms(60'000); // refills up to the burst, not beyond
        for (int i = 0; i < 4; ++i)
            QVERIFY(!limiter.take("a"));
        QVERIFY(limiter.take("a"));
    }

    void slowRatesWaitLonger() {
        Ms now{0};
        RateLimiter limiter(0.1, 1, [&] { return now; });
        QVERIFY(!limiter.take("a"));
        QCOMPARE(limiter.take("a").value_or(0), 10);
    }

    // A batch costs its ops: one larger than the bucket still goes while the bucket is not empty,
    // and the debt makes later requests wait, so the average stays the rate.
    void costsBeyondTheBurstAreOwed() {
        Ms now{0};
        RateLimiter limiter(100.0, 200, [&] { return now; });
        QVERIFY(!limiter.take("t", 1000));
        const auto wait = limiter.take("t");
        QVERIFY(wait);
        QCOMPARE(*wait, 9); // 800 owed plus one more, at 100 a second
        now = Ms(8'000);
        QVERIFY(limiter.take("t"));
        now = Ms(8'020); // 802 units back: the debt is paid
        QVERIFY(!limiter.take("t"));
    }

    void blockedLooksWithoutTaking() {
        Ms now{0};
        RateLimiter limiter(1.0, 2, [&] { return now; });
        QVERIFY(!limiter.blocked("a"));
        limiter.charge("a", 2);
        QCOMPARE(limiter.blocked("a").value_or(0), 1);
        QCOMPARE(limiter.blocked("a").value_or(0), 1); // looking took nothing
        now = Ms(1'000);
        QVERIFY(!limiter.blocked("a"));
    }

    void zeroMeansNoLimit() {
        RateLimiter limiter(0, 1);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!limiter.take("a"));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_RateLimiter.moc"
