// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageTestSupport.h"
#include "CoverageTimeline.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

const char* const berlin = "Europe/Berlin";
const char* const newYork = "America/New_York";

// A week in which no zone used here changes its clocks (Mon 12 - Sun 18 February 2024).
const QDate winter(2024, 2, 14);

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class tst_CoverageTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gaps_data() {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("noRule");
        QTest::addColumn<QString>("unavailable");

        const TimeWindow office = window(weekdays, "08:00", "17:00", berlin);
        const Scenario business = scenario(Coverage::BusinessHours, berlin, {office}, winter);

        QTest::addRow("business hours fully covered")
            << Scenario(business).rule("Office", office) << QString() << QString();
        QTest::addRow("one-hour gap at the end of the day")
            << Scenario(business).rule("Office", window(weekdays, "08:00", "16:00", berlin))
            << u"Mon–Fri 16:00–17:00"_s << QString();
        QTest::addRow("two rules meet without a gap")
            << Scenario(business)
                   .rule("Morning", window(weekdays, "08:00", "12:00", berlin))
                   .rule("Afternoon", window(weekdays, "12:00", "17:00", berlin))
            << QString() << QString();
        QTest::addRow("no rule at all") << business << u"Mon–Fri 08:00–17:00"_s << QString();

        // A rule kept on New York's clock for a Berlin site: 02:00-12:00 there is 08:00-18:00 here while
        // both are on standard time, but 07:00-17:00 in the weeks after the US moved its clocks.
        const TimeWindow berlinDay = window(weekdays, "08:00", "18:00", berlin);
        const TimeWindow newYorkRule = window(weekdays, "02:00", "12:00", newYork);
        QTest::addRow("berlin site, new york rule, winter")
            << scenario(Coverage::BusinessHours, berlin, {berlinDay}, winter).rule("NOC", newYorkRule)
            << QString() << QString();
        QTest::addRow("berlin site, new york rule, us summer time only")
            << scenario(Coverage::BusinessHours, berlin, {berlinDay}, QDate(2024, 3, 13))
                   .rule("NOC", newYorkRule)
            << u"Mon–Fri 17:00–18:00"_s << QString();
        QTest::addRow("berlin site, new york rule, both on summer time")
            << scenario(Coverage::BusinessHours, berlin, {berlinDay}, QDate(2024, 6, 12))
                   .rule("NOC", newYorkRule)
            << QString() << QString();

        // Overnight windows run into the next day.
        const TimeWindow fridayNight = window({Weekday::Friday}, "22:00", "06:00", berlin);
        QTest::addRow("overnight rule covers friday night")
            << scenario(Coverage::BusinessHours, berlin, {office, fridayNight}, winter)
                   .rule("Office", office)
                   .rule("Friday night", fridayNight)
            << QString() << QString();
        QTest::addRow("overnight rule too short")
            << scenario(Coverage::BusinessHours, berlin, {office, fridayNight}, winter)
                   .rule("Office", office)
                   .rule("Friday night", window({Weekday::Friday}, "22:00", "02:00", berlin))
            << u"Sat 02:00–06:00"_s << QString();
        const TimeWindow nightShift = window(weekdays, "22:00", "06:00", berlin);
        QTest::addRow("overnight business hours covered")
            << scenario(Coverage::BusinessHours, berlin, {nightShift}, winter).rule("Nights", nightShift)
            << QString() << QString();
        QTest::addRow("overnight business hours, friday night missing")
            << scenario(Coverage::BusinessHours, berlin, {nightShift}, winter)
                   .rule("Nights",
                         window({Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday},
                                "22:00", "06:00", berlin))
            << u"Fri 22:00–24:00, Sat 00:00–06:00"_s << QString();

        // Sunday's overnight window of the previous week covers this Monday morning.
        const TimeWindow early = window(weekdays, "06:00", "18:00", berlin);
        QTest::addRow("sunday overnight wraps into monday")
            << scenario(Coverage::BusinessHours, berlin, {early}, winter)
                   .rule("Day", window(weekdays, "08:00", "18:00", berlin))
                   .rule("Sunday night", window({Weekday::Sunday}, "22:00", "08:00", berlin))
            << u"Tue–Fri 06:00–08:00"_s << QString();

        // Daylight saving weeks: a 24/7 rule on the site's clock covers 167 and 169 hours alike.
        const TimeWindow allWeek = window(everyDay, "00:00", "00:00", berlin);
        for (const QDate& day : {QDate(2024, 3, 27), QDate(2024, 10, 23)}) {
            QTest::addRow("always, 24/7 rule, week of %s", qPrintable(day.toString(Qt::ISODate)))
                << scenario(Coverage::Always, berlin, {}, day).rule("24/7", allWeek) << QString()
                << QString();
        }
        // A Sunday rule on UTC's clock misses the start of a Berlin Sunday: one hour on the day the
        // clocks go forward (01:00 CET is 00:00 UTC), two on the day they go back (02:00 CEST).
        const TimeWindow sunday = window({Weekday::Sunday}, "00:00", "00:00", berlin);
        const TimeWindow sundayUtc = window({Weekday::Sunday}, "00:00", "00:00", "UTC");
        QTest::addRow("berlin spring forward, utc rule")
            << scenario(Coverage::BusinessHours, berlin, {sunday}, QDate(2024, 3, 31)).rule("UTC", sundayUtc)
            << u"Sun 00:00–01:00"_s << QString();
        QTest::addRow("berlin fall back, utc rule")
            << scenario(Coverage::BusinessHours, berlin, {sunday}, QDate(2024, 10, 27)).rule("UTC", sundayUtc)
            << u"Sun 00:00–02:00"_s << QString();
        QTest::addRow("berlin spring forward, sunday rule on site clock")
            << scenario(Coverage::BusinessHours, berlin, {sunday}, QDate(2024, 3, 31)).rule("Sunday", sunday)
            << QString() << QString();
        // New York, 10 March 2024: 02:00 EST becomes 03:00 EDT; 01:00-03:00 then lasts one hour.
        const TimeWindow nightNy = window({Weekday::Sunday}, "01:00", "04:00", newYork);
        QTest::addRow("new york spring forward, covered")
            << scenario(Coverage::BusinessHours, newYork, {nightNy}, QDate(2024, 3, 6)).rule("Night", nightNy)
            << QString() << QString();
        QTest::addRow("new york spring forward, short rule")
            << scenario(Coverage::BusinessHours, newYork, {nightNy}, QDate(2024, 3, 6))
                   .rule("Night", window({Weekday::Sunday}, "01:00", "03:00", newYork))
            << u"Sun 03:00–04:00"_s << QString();
        // New York, 3 November 2024: 02:00 EDT becomes 01:00 EST. 04:00-07:00 UTC is 00:00 EDT to 02:00 EST.
        QTest::addRow("new york fall back, utc rule")
            << scenario(Coverage::BusinessHours, newYork,
                        {window({Weekday::Sunday}, "00:00", "03:00", newYork)}, QDate(2024, 11, 1))
                   .rule("UTC", window({Weekday::Sunday}, "04:00", "07:00", "UTC"))
            << u"Sun 02:00–03:00"_s << QString();

        QTest::addRow("always, one 24/7 rule")
            << scenario(Coverage::Always, berlin, {}, winter).rule("24/7", allWeek) << QString() << QString();
        QTest::addRow("always, office rule only")
            << scenario(Coverage::Always, berlin, {}, winter).rule("Office", office)
            << u"Mon–Fri 00:00–08:00, Mon–Fri 17:00–24:00, Sat–Sun 00:00–24:00"_s << QString();
        QTest::addRow("extended hours")
            << scenario(Coverage::ExtendedHours, berlin, {office}, winter).rule("Office", office)
            << u"Mon–Fri 06:00–08:00, Mon–Fri 17:00–22:00"_s << QString();
        QTest::addRow("extended hours covered")
            << scenario(Coverage::ExtendedHours, berlin, {office}, winter)
                   .rule("Long day", window(weekdays, "06:00", "22:00", berlin))
            << QString() << QString();

        // Contacts.
        const TimeWindow until17 = window(weekdays, "08:00", "17:00", berlin);
        const TimeWindow evening = window(weekdays, "17:00", "20:00", berlin);
        const Scenario longDay = scenario(Coverage::BusinessHours, berlin, {berlinDay}, winter);
        QTest::addRow("contact unavailable in part of the window")
            << Scenario(longDay).contact(100, "Day tech", {until17}).rule("Day", berlinDay) << QString()
            << u"Mon–Fri 17:00–18:00"_s;
        QTest::addRow("second contact fills in")
            << Scenario(longDay)
                   .contact(100, "Day tech", {until17})
                   .contact(101, "Evening tech", {evening})
                   .rule("Day", berlinDay, RuleMethod::Phone, {uuidOf(100), uuidOf(101)})
            << QString() << QString();
        QTest::addRow("contact with empty availability is always available")
            << Scenario(longDay).contact(100, "Anytime", {}).rule("Day", berlinDay) << QString() << QString();
        QTest::addRow("contact in another zone")
            << Scenario(longDay)
                   .contact(100, "Remote",
                            {window(weekdays, "02:00", "11:00", newYork)}) // 08:00-17:00 Berlin
                   .rule("Day", berlinDay)
            << QString() << u"Mon–Fri 17:00–18:00"_s;
        QTest::addRow("email rule needs no contact")
            << Scenario(longDay).contact(100, "Day tech", {until17}).rule("Day", berlinDay, RuleMethod::Email)
            << QString() << QString();
        QTest::addRow("ticket rule needs no contact")
            << Scenario(longDay).rule("Day", berlinDay, RuleMethod::Ticket, {}) << QString() << QString();
        QTest::addRow("phone rule without contacts")
            << Scenario(longDay).rule("Day", berlinDay, RuleMethod::Phone, {}) << QString()
            << u"Mon–Fri 08:00–18:00"_s;
        QTest::addRow("unknown contact is never available")
            << Scenario(longDay).rule("Day", berlinDay, RuleMethod::Phone, {uuidOf(999)}) << QString()
            << u"Mon–Fri 08:00–18:00"_s;
        QTest::addRow("an email rule behind an unavailable phone rule")
            << Scenario(longDay)
                   .contact(100, "Day tech", {until17})
                   .rule("Phone", berlinDay)
                   .rule("Mail", window(weekdays, "17:00", "18:00", berlin), RuleMethod::Email)
            << QString() << QString();
        QTest::addRow("both kinds") << Scenario(longDay)
                                           .contact(100, "Day tech", {until17})
                                           .rule("Day", window(weekdays, "08:00", "17:30", berlin))
                                    << u"Mon–Fri 17:30–18:00"_s << u"Mon–Fri 17:00–17:30"_s;

        // Less than a minute is not a gap.
        QTest::addRow("gap under a minute is ignored")
            << scenario(Coverage::BusinessHours, berlin, {office}, winter)
                   .rule("Office",
                         TimeWindow{weekdays, QTime(8, 0), QTime(16, 59, 30), QString::fromLatin1(berlin)})
            << QString() << QString();

        QTest::addRow("no coverage, no gaps")
            << scenario(Coverage::None, berlin, {office}, winter) << QString() << QString();
        QTest::addRow("business hours not set, no gaps")
            << scenario(Coverage::BusinessHours, berlin, {}, winter) << QString() << QString();
    }

    void gaps() {
        QFETCH(Scenario, scenario);
        QFETCH(QString, noRule);
        QFETCH(QString, unavailable);
        const CoverageTimeline timeline =
            CoverageTimeline::build(scenario.site, scenario.partner, scenario.partner.today);
        QCOMPARE(timeline.gapSummary(CoverageTimeline::GapKind::NoRule), noRule);
        QCOMPARE(timeline.gapSummary(CoverageTimeline::GapKind::ContactsUnavailable), unavailable);
        QCOMPARE(timeline.hasGaps(), !noRule.isEmpty() || !unavailable.isEmpty());
        for (const CoverageTimeline::Gap& gap : timeline.gaps()) {
            QVERIFY(gap.interval.durationMs() >= CoverageTimeline::minimumGapMs);
            QVERIFY(gap.interval.startMs >= timeline.week().startMs &&
                    gap.interval.endMs <= timeline.week().endMs);
        }
    }

    void week_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<qint64>("startMs");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("transitionMinute"); // -1: none
        QTest::addColumn<int>("shift");

        const int sunday = 6 * CoverageTimeline::minutesPerDay;
        QTest::addRow("berlin winter") << u"Europe/Berlin"_s << winter << QDate(2024, 2, 12)
                                       << utc("2024-02-11T23:00:00Z") << 10080 << -1 << 0;
        QTest::addRow("berlin spring, 167 hours")
            << u"Europe/Berlin"_s << QDate(2024, 3, 31) << QDate(2024, 3, 25) << utc("2024-03-24T23:00:00Z")
            << 10020 << sunday + 120 << 60;
        QTest::addRow("berlin autumn, 169 hours")
            << u"Europe/Berlin"_s << QDate(2024, 10, 21) << QDate(2024, 10, 21) << utc("2024-10-20T22:00:00Z")
            << 10140 << sunday + 180 << -60;
        QTest::addRow("new york spring") << u"America/New_York"_s << QDate(2024, 3, 10) << QDate(2024, 3, 4)
                                         << utc("2024-03-04T05:00:00Z") << 10020 << sunday + 120 << 60;
        QTest::addRow("new york autumn")
            << u"America/New_York"_s << QDate(2024, 10, 28) << QDate(2024, 10, 28)
            << utc("2024-10-28T04:00:00Z") << 10140 << sunday + 120 << -60;
        QTest::addRow("no zone: utc")
            << QString() << winter << QDate(2024, 2, 12) << utc("2024-02-12T00:00:00Z") << 10080 << -1 << 0;
    }

    void week() {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(QDate, monday);
        QFETCH(qint64, startMs);
        QFETCH(int, minutes);
        QFETCH(int, transitionMinute);
        QFETCH(int, shift);
        Scenario s = scenario(Coverage::Always, "UTC", {}, day);
        s.site.site.timeZone = zone;
        const CoverageTimeline timeline = CoverageTimeline::build(s.site, s.partner, day);
        QCOMPARE(timeline.weekStart(), monday);
        QCOMPARE(timeline.week().startMs, startMs);
        QCOMPARE(timeline.weekMinutes(), minutes);
        QCOMPARE(timeline.notes().isEmpty(), !zone.isEmpty());
        // Always: the whole week is covered, and drawn across the whole axis.
        QCOMPARE(timeline.coverageHours(), CoverageTimeline::Intervals{timeline.week()});
        QCOMPARE(timeline.toDisplay(timeline.coverageHours()),
                 QList<CoverageTimeline::Span>({{0, CoverageTimeline::displayMinutes}}));
        QCOMPARE(timeline.displayMinute(timeline.week().startMs), 0);
        QCOMPARE(timeline.displayMinute(timeline.week().endMs), CoverageTimeline::displayMinutes);
        if (transitionMinute < 0) {
            QVERIFY(timeline.transitions().isEmpty());
        } else {
            QCOMPARE(timeline.transitions().size(), 1);
            QCOMPARE(timeline.transitions().first().displayMinute, transitionMinute);
            QCOMPARE(timeline.transitions().first().shiftMinutes, shift);
        }
    }

    // Autumn's repeated hour: both passes are drawn on the same stretch of the axis.
    void repeatedHour() {
        Scenario s = scenario(Coverage::Always, berlin, {}, QDate(2024, 10, 27));
        const CoverageTimeline timeline = CoverageTimeline::build(s.site, s.partner, s.partner.today);
        const int sunday = 6 * CoverageTimeline::minutesPerDay;
        const CoverageTimeline::Interval firstPass{utc("2024-10-27T00:00:00Z"), utc("2024-10-27T01:00:00Z")};
        const CoverageTimeline::Interval secondPass{utc("2024-10-27T01:00:00Z"), utc("2024-10-27T02:00:00Z")};
        const QList<CoverageTimeline::Span> hour{{sunday + 120, sunday + 180}};
        QCOMPARE(timeline.toDisplay({firstPass}), hour);
        QCOMPARE(timeline.toDisplay({secondPass}), hour);
        QCOMPARE(timeline.toDisplay({{firstPass.startMs, secondPass.endMs}}), hour);
        QCOMPARE(timeline.summary({secondPass}), u"Sun 02:00–03:00"_s);
        QVERIFY(timeline.exactText(secondPass).contains(u"02:00"_s));
    }

    void setOperations_data() {
        using I = CoverageTimeline::Intervals;
        QTest::addColumn<I>("a");
        QTest::addColumn<I>("b");
        QTest::addColumn<I>("united");
        QTest::addColumn<I>("intersected");
        QTest::addColumn<I>("subtracted");
        QTest::addRow("disjoint") << I{{0, 10}} << I{{20, 30}} << I{{0, 10}, {20, 30}} << I{} << I{{0, 10}};
        QTest::addRow("touching") << I{{0, 10}} << I{{10, 30}} << I{{0, 30}} << I{} << I{{0, 10}};
        QTest::addRow("overlap") << I{{0, 20}} << I{{10, 30}} << I{{0, 30}} << I{{10, 20}} << I{{0, 10}};
        QTest::addRow("hole") << I{{0, 30}} << I{{10, 20}} << I{{0, 30}} << I{{10, 20}}
                              << I{{0, 10}, {20, 30}};
        QTest::addRow("several") << I{{0, 10}, {20, 30}} << I{{5, 25}} << I{{0, 30}} << I{{5, 10}, {20, 25}}
                                 << I{{0, 5}, {25, 30}};
        QTest::addRow("empty") << I{{0, 10}} << I{} << I{{0, 10}} << I{} << I{{0, 10}};
    }

    void setOperations() {
        using I = CoverageTimeline::Intervals;
        QFETCH(I, a);
        QFETCH(I, b);
        QFETCH(I, united);
        QFETCH(I, intersected);
        QFETCH(I, subtracted);
        QCOMPARE(CoverageTimeline::united(a, b), united);
        QCOMPARE(CoverageTimeline::intersected(a, b), intersected);
        QCOMPARE(CoverageTimeline::subtracted(a, b), subtracted);
    }

    void lanes() {
        Scenario s =
            scenario(Coverage::BusinessHours, berlin, {window(weekdays, "08:00", "18:00", berlin)}, winter)
                .contact(100, "Day tech", {window(weekdays, "08:00", "17:00", berlin)})
                .contact(101, "Anytime")
                .rule("Day", window(weekdays, "08:00", "18:00", berlin), RuleMethod::Phone, {uuidOf(100)})
                .rule("Night", window(weekdays, "18:00", "08:00", berlin), RuleMethod::Email,
                      {uuidOf(101), uuidOf(100)});
        const CoverageTimeline timeline = CoverageTimeline::build(s.site, s.partner, winter);
        QCOMPARE(timeline.rules().size(), 2);
        QCOMPARE(timeline.rules().at(0).name, u"Day"_s);
        QCOMPARE(timeline.rules().at(0).window.size(), 5);
        QCOMPARE(timeline.rules().at(0).reachable.size(), 5);
        QCOMPARE(timeline.summary(timeline.rules().at(0).reachable), u"Mon–Fri 08:00–17:00"_s);
        QCOMPARE(timeline.summary(timeline.rules().at(1).window),
                 u"Mon–Fri 18:00–24:00, Tue–Sat 00:00–08:00"_s);
        // Each contact once, in the order the rules name them.
        QCOMPARE(timeline.contacts().size(), 2);
        QCOMPARE(timeline.contacts().at(0).name, u"Day tech"_s);
        QVERIFY(!timeline.contacts().at(0).alwaysAvailable);
        QCOMPARE(timeline.contacts().at(1).name, u"Anytime"_s);
        QVERIFY(timeline.contacts().at(1).alwaysAvailable);
        QCOMPARE(timeline.gapSummary(CoverageTimeline::GapKind::ContactsUnavailable),
                 u"Mon–Fri 17:00–18:00"_s);
    }

    void notes() {
        const CoverageTimeline noHours = CoverageTimeline::build(
            scenario(Coverage::BusinessHours, berlin, {}, winter).site, PartnerData(), winter);
        QVERIFY(noHours.coverageHours().isEmpty());
        QVERIFY(noHours.notes().join(u' ').contains(u"business hours are not set"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CoverageTimeline)
#include "tst_CoverageTimeline.moc"
