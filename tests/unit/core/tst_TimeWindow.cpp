// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "TimeWindow.h"

#include <QTest>
#include <QTimeZone>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sitekeeper::TimeWindow)

namespace {

const std::set<Weekday> weekdays{Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                                 Weekday::Friday};

TimeWindow window(std::set<Weekday> days, const QString& start, const QString& end, const QString& zone) {
    return TimeWindow{std::move(days), QTime::fromString(start, u"HH:mm"_s),
                      QTime::fromString(end, u"HH:mm"_s), zone};
}

QDateTime at(const QString& isoLocal, const QString& zone) {
    return QDateTime(QDate::fromString(isoLocal.left(10), Qt::ISODate),
                     QTime::fromString(isoLocal.mid(11), u"HH:mm"_s), QTimeZone(zone.toUtf8()));
}

} // namespace

class tst_TimeWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contains_data() {
        QTest::addColumn<TimeWindow>("window");
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("expected");

        const QString ny = u"America/New_York"_s;
        const TimeWindow office = window(weekdays, u"08:00"_s, u"17:00"_s, ny);
        // 2024-03-04 is a Monday.
        QTest::addRow("weekday inside") << office << at(u"2024-03-04 09:30"_s, ny) << true;
        QTest::addRow("start is inclusive") << office << at(u"2024-03-04 08:00"_s, ny) << true;
        QTest::addRow("end is exclusive") << office << at(u"2024-03-04 17:00"_s, ny) << false;
        QTest::addRow("before start") << office << at(u"2024-03-04 07:59"_s, ny) << false;
        QTest::addRow("saturday") << office << at(u"2024-03-09 10:00"_s, ny) << false;

        // The moment is judged on the window's wall clock, whatever zone it is given in.
        QTest::addRow("utc moment inside")
            << office << QDateTime(QDate(2024, 3, 4), QTime(14, 0), QTimeZone::utc()) << true; // 09:00 EST
        QTest::addRow("utc moment outside")
            << office << QDateTime(QDate(2024, 3, 4), QTime(12, 30), QTimeZone::utc()) << false; // 07:30 EST
        QTest::addRow("berlin moment on the next day in new york")
            << window({Weekday::Sunday}, u"20:00"_s, u"23:00"_s, ny)
            << at(u"2024-03-11 02:30"_s, u"Europe/Berlin"_s) << true; // Sunday 21:30 in New York

        // Daylight saving time: the window follows the wall clock, not a fixed UTC offset.
        QTest::addRow("summer time, utc 12:30 is 08:30 edt")
            << office << QDateTime(QDate(2024, 7, 1), QTime(12, 30), QTimeZone::utc()) << true;
        QTest::addRow("winter time, utc 12:30 is 07:30 est")
            << office << QDateTime(QDate(2024, 1, 8), QTime(12, 30), QTimeZone::utc()) << false;
        QTest::addRow("day of spring forward")
            << window({Weekday::Sunday}, u"01:00"_s, u"04:00"_s, ny)
            << QDateTime(QDate(2024, 3, 10), QTime(7, 30), QTimeZone::utc()) << true; // 03:30 EDT
        QTest::addRow("day of fall back, second 01:30")
            << window({Weekday::Sunday}, u"01:00"_s, u"02:00"_s, ny)
            << QDateTime(QDate(2024, 11, 3), QTime(6, 30), QTimeZone::utc()) << true; // 01:30 EST
        QTest::addRow("london summer")
            << window(weekdays, u"09:00"_s, u"17:00"_s, u"Europe/London"_s)
            << QDateTime(QDate(2024, 6, 3), QTime(8, 0), QTimeZone::utc()) << true; // 09:00 BST

        // Overnight windows run from the listed day into the next.
        const TimeWindow night = window({Weekday::Friday}, u"22:00"_s, u"06:00"_s, ny);
        QTest::addRow("overnight, friday evening") << night << at(u"2024-03-08 23:00"_s, ny) << true;
        QTest::addRow("overnight, saturday early") << night << at(u"2024-03-09 05:59"_s, ny) << true;
        QTest::addRow("overnight, saturday at end") << night << at(u"2024-03-09 06:00"_s, ny) << false;
        QTest::addRow("overnight, friday early is thursday's night")
            << night << at(u"2024-03-08 03:00"_s, ny) << false;
        QTest::addRow("overnight, saturday evening") << night << at(u"2024-03-09 23:00"_s, ny) << false;
        QTest::addRow("overnight, sunday into monday")
            << window({Weekday::Sunday}, u"18:00"_s, u"02:00"_s, ny) << at(u"2024-03-11 01:00"_s, ny) << true;

        // Equal start and end: the whole day from start to start.
        const TimeWindow fullDay = window({Weekday::Monday}, u"00:00"_s, u"00:00"_s, ny);
        QTest::addRow("24 hours, monday") << fullDay << at(u"2024-03-04 12:00"_s, ny) << true;
        QTest::addRow("24 hours, tuesday") << fullDay << at(u"2024-03-05 12:00"_s, ny) << false;

        QTest::addRow("no days") << window({}, u"08:00"_s, u"17:00"_s, ny) << at(u"2024-03-04 09:30"_s, ny)
                                 << false;
        QTest::addRow("invalid moment") << office << QDateTime() << false;
        QTest::addRow("invalid zone") << window(weekdays, u"08:00"_s, u"17:00"_s, u"Not/AZone"_s)
                                      << at(u"2024-03-04 09:30"_s, ny) << false;
    }

    void contains() {
        QFETCH(TimeWindow, window);
        QFETCH(QDateTime, moment);
        QFETCH(bool, expected);
        QCOMPARE(window.contains(moment), expected);
    }

    void overnight() {
        QVERIFY(window({Weekday::Monday}, u"22:00"_s, u"06:00"_s, u"UTC"_s).isOvernight());
        QVERIFY(window({Weekday::Monday}, u"08:00"_s, u"08:00"_s, u"UTC"_s).isOvernight());
        QVERIFY(!window({Weekday::Monday}, u"08:00"_s, u"17:00"_s, u"UTC"_s).isOvernight());
    }

    void validate_data() {
        QTest::addColumn<TimeWindow>("window");
        QTest::addColumn<QString>("field");

        QTest::addRow("no days") << window({}, u"08:00"_s, u"17:00"_s, u"UTC"_s) << u"days"_s;
        QTest::addRow("no start") << TimeWindow{weekdays, QTime(), QTime(17, 0), u"UTC"_s} << u"start"_s;
        QTest::addRow("no end") << TimeWindow{weekdays, QTime(8, 0), QTime(), u"UTC"_s} << u"end"_s;
        QTest::addRow("seconds") << TimeWindow{weekdays, QTime(8, 0, 30), QTime(17, 0), u"UTC"_s}
                                 << u"start"_s;
        QTest::addRow("no zone") << window(weekdays, u"08:00"_s, u"17:00"_s, QString()) << u"time_zone"_s;
        QTest::addRow("unknown zone")
            << window(weekdays, u"08:00"_s, u"17:00"_s, u"Mars/Olympus"_s) << u"time_zone"_s;
        QTest::addRow("posix rule is not iana")
            << window(weekdays, u"08:00"_s, u"17:00"_s, u"foo"_s) << u"time_zone"_s;
    }

    void validate() {
        QFETCH(TimeWindow, window);
        QFETCH(QString, field);
        const FieldErrors errors = window.validate();
        QVERIFY2(fieldsOf(errors).contains(field), qPrintable(describe(errors)));
    }

    void validZones_data() {
        QTest::addColumn<QString>("zone");
        for (const char* zone : {"America/New_York", "Europe/Berlin", "Australia/Sydney", "UTC", "Etc/UTC",
                                 "America/Argentina/Buenos_Aires", "Asia/Kolkata"})
            QTest::addRow("%s", zone) << QString::fromLatin1(zone);
    }

    void validZones() {
        QFETCH(QString, zone);
        QVERIFY(TimeWindow::isValidTimeZone(zone));
        verifyValid(window(weekdays, u"08:00"_s, u"17:00"_s, zone));
    }

    void json() {
        const TimeWindow value =
            window({Weekday::Sunday, Weekday::Monday}, u"22:00"_s, u"06:30"_s, u"Europe/Paris"_s);
        const QJsonObject json = value.toJson();
        // Days in week order, whatever order they were added in.
        QCOMPARE(json.value(u"days"_s).toArray(), QJsonArray({u"mon"_s, u"sun"_s}));
        QCOMPARE(json.value(u"start"_s).toString(), u"22:00"_s);
        QCOMPARE(json.value(u"end"_s).toString(), u"06:30"_s);
        QCOMPARE(json.value(u"time_zone"_s).toString(), u"Europe/Paris"_s);
        verifyJson(value, {u"days"_s, u"start"_s, u"end"_s, u"time_zone"_s});
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("days not a list") << u"days"_s << QJsonValue(u"mon"_s) << u"days"_s;
        QTest::addRow("unknown day") << u"days"_s << QJsonValue(QJsonArray{u"mon"_s, u"monday"_s})
                                     << u"days[1]"_s;
        QTest::addRow("day listed twice")
            << u"days"_s << QJsonValue(QJsonArray{u"mon"_s, u"mon"_s}) << u"days[1]"_s;
        QTest::addRow("day not a string") << u"days"_s << QJsonValue(QJsonArray{1}) << u"days[0]"_s;
        QTest::addRow("time with seconds") << u"start"_s << QJsonValue(u"08:00:00"_s) << u"start"_s;
        QTest::addRow("time out of range") << u"end"_s << QJsonValue(u"24:00"_s) << u"end"_s;
        QTest::addRow("time one digit hour") << u"end"_s << QJsonValue(u"8:00"_s) << u"end"_s;
        QTest::addRow("time as number") << u"start"_s << QJsonValue(800) << u"start"_s;
        QTest::addRow("zone as null") << u"time_zone"_s << QJsonValue() << u"time_zone"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(window(weekdays, u"08:00"_s, u"17:00"_s, u"UTC"_s), key, value, field);
    }
};

QTEST_GUILESS_MAIN(tst_TimeWindow)
#include "tst_TimeWindow.moc"
