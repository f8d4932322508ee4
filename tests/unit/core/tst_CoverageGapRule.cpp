// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageTestSupport.h"
#include "Rulebook.h"
#include "rules/CoverageGapRule.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

const char* const berlin = "Europe/Berlin";
const char* const newYork = "America/New_York";
const QDate winter(2024, 2, 14);

} // namespace

class tst_CoverageGapRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data() {
        QTest::addColumn<Scenario>("scenario");
        // One entry per finding, "<kind>: <times>", kind "rule" (no rule window) or "contact".
        QTest::addColumn<QStringList>("expected");

        const TimeWindow office = window(weekdays, "08:00", "17:00", berlin);
        const Scenario business = scenario(Coverage::BusinessHours, berlin, {office}, winter);

        QTest::addRow("business hours fully covered")
            << Scenario(business).rule("Office", office) << QStringList();
        QTest::addRow("one-hour gap at the end of the day")
            << Scenario(business).rule("Office", window(weekdays, "08:00", "16:00", berlin))
            << QStringList{u"rule: Mon–Fri 16:00–17:00"_s};

        const TimeWindow berlinDay = window(weekdays, "08:00", "18:00", berlin);
        const TimeWindow newYorkRule = window(weekdays, "02:00", "12:00", newYork);
        QTest::addRow("berlin site, new york rule, winter")
            << scenario(Coverage::BusinessHours, berlin, {berlinDay}, winter).rule("NOC", newYorkRule)
            << QStringList();
        QTest::addRow("berlin site, new york rule, between the two clock changes")
            << scenario(Coverage::BusinessHours, berlin, {berlinDay}, QDate(2024, 3, 13))
                   .rule("NOC", newYorkRule)
            << QStringList{u"rule: Mon–Fri 17:00–18:00"_s};

        const TimeWindow fridayNight = window({Weekday::Friday}, "22:00", "06:00", berlin);
        QTest::addRow("overnight rule window")
            << scenario(Coverage::BusinessHours, berlin, {office, fridayNight}, winter)
                   .rule("Office", office)
                   .rule("Friday night", fridayNight)
            << QStringList();
        QTest::addRow("overnight business hours without a rule")
            << scenario(Coverage::BusinessHours, berlin, {office, fridayNight}, winter).rule("Office", office)
            << QStringList{u"rule: Fri 22:00–24:00, Sat 00:00–06:00"_s};
        QTest::addRow("sunday overnight window wraps into monday")
            << scenario(Coverage::BusinessHours, berlin, {window(weekdays, "06:00", "18:00", berlin)}, winter)
                   .rule("Day", window(weekdays, "08:00", "18:00", berlin))
                   .rule("Sunday night", window({Weekday::Sunday}, "22:00", "08:00", berlin))
            << QStringList{u"rule: Tue–Fri 06:00–08:00"_s};

        const TimeWindow allWeek = window(everyDay, "00:00", "00:00", berlin);
        const TimeWindow sunday = window({Weekday::Sunday}, "00:00", "00:00", berlin);
        const TimeWindow sundayUtc = window({Weekday::Sunday}, "00:00", "00:00", "UTC");
        QTest::addRow("berlin march dst week, 24/7 rule")
            << scenario(Coverage::Always, berlin, {}, QDate(2024, 3, 31)).rule("24/7", allWeek)
            << QStringList();
        QTest::addRow("berlin october dst week, 24/7 rule")
            << scenario(Coverage::Always, berlin, {}, QDate(2024, 10, 27)).rule("24/7", allWeek)
            << QStringList();
        QTest::addRow("berlin march dst week, utc rule")
            << scenario(Coverage::BusinessHours, berlin, {sunday}, QDate(2024, 3, 31)).rule("UTC", sundayUtc)
            << QStringList{u"rule: Sun 00:00–01:00"_s};
        QTest::addRow("berlin october dst week, utc rule")
            << scenario(Coverage::BusinessHours, berlin, {sunday}, QDate(2024, 10, 27)).rule("UTC", sundayUtc)
            << QStringList{u"rule: Sun 00:00–02:00"_s};
        const TimeWindow nightNy = window({Weekday::Sunday}, "01:00", "04:00", newYork);
        QTest::addRow("new york march dst week")
            << scenario(Coverage::BusinessHours, newYork, {nightNy}, QDate(2024, 3, 10))
                   .rule("Night", window({Weekday::Sunday}, "01:00", "03:00", newYork))
            << QStringList{u"rule: Sun 03:00–04:00"_s};
        QTest::addRow("new york november dst week")
            << scenario(Coverage::BusinessHours, newYork,
                        {window({Weekday::Sunday}, "00:00", "03:00", newYork)}, QDate(2024, 11, 3))
                   .rule("UTC", window({Weekday::Sunday}, "04:00", "07:00", "UTC"))
            << QStringList{u"rule: Sun 02:00–03:00"_s};

        QTest::addRow("always coverage, one 24/7 rule")
            << scenario(Coverage::Always, berlin, {}, winter).rule("24/7", allWeek) << QStringList();
        QTest::addRow("always coverage, weekday rule")
            << scenario(Coverage::Always, berlin, {}, winter)
                   .rule("Week", window(weekdays, "00:00", "00:00", berlin))
            << QStringList{u"rule: Sat–Sun 00:00–24:00"_s};

        const TimeWindow until17 = window(weekdays, "08:00", "17:00", berlin);
        const Scenario longDay = scenario(Coverage::BusinessHours, berlin, {berlinDay}, winter);
        QTest::addRow("contacts unavailable in part of a window")
            << Scenario(longDay).contact(100, "Day tech", {until17}).rule("Day", berlinDay)
            << QStringList{u"contact: Mon–Fri 17:00–18:00"_s};
        QTest::addRow("both kinds, one finding each")
            << Scenario(longDay)
                   .contact(100, "Day tech", {until17})
                   .rule("Day", window(weekdays, "08:00", "17:30", berlin))
            << QStringList{u"rule: Mon–Fri 17:30–18:00"_s, u"contact: Mon–Fri 17:00–17:30"_s};
        QTest::addRow("contact with empty availability")
            << Scenario(longDay).contact(100, "Anytime", {}).rule("Day", berlinDay) << QStringList();
        QTest::addRow("email-method rule")
            << Scenario(longDay).contact(100, "Day tech", {until17}).rule("Day", berlinDay, RuleMethod::Email)
            << QStringList();

        QTest::addRow("uncovered site")
            << scenario(Coverage::None, berlin, {office}, winter) << QStringList();
        QTest::addRow("deactivated site")
            << scenario(Coverage::Always, berlin, {}, winter).status(ActivationStatus::Deactivated)
            << QStringList();
        QTest::addRow("draft site is checked")
            << scenario(Coverage::Always, berlin, {}, winter).status(ActivationStatus::Draft)
            << QStringList{u"rule: Mon–Sun 00:00–24:00"_s};
        Scenario noToday = scenario(Coverage::Always, berlin, {}, QDate());
        QTest::addRow("no date to pick the week") << noToday << QStringList();
    }

    void check() {
        QFETCH(Scenario, scenario);
        QFETCH(QStringList, expected);
        const CoverageGapRule rule;
        Findings findings;
        rule.checkSite(scenario.site, scenario.partner, findings);
        QStringList got;
        for (const Finding& finding : findings) {
            QCOMPARE(finding.rule, u"SK504"_s);
            QVERIFY(finding.severity == Severity::Warning);
            QCOMPARE(finding.siteId, scenario.site.site.id);
            QCOMPARE(finding.entity, EntityKind::Site);
            QCOMPARE(finding.entityId, scenario.site.site.id);
            QCOMPARE(finding.field, u"coverage"_s);
            QVERIFY(!finding.fix.isEmpty());
            const bool noRule = finding.message.contains(u"No notification rule"_s);
            const QString times = finding.message.section(u": "_s, 1).chopped(1);
            QVERIFY2(finding.message.contains(QString::fromUtf8(scenario.site.site.timeZone.toUtf8())),
                     qPrintable(finding.message));
            QVERIFY2(finding.fix.contains(times), qPrintable(finding.fix));
            got.append((noRule ? u"rule: "_s : u"contact: "_s) + times);
        }
        QCOMPARE(got, expected);
    }

    void inRulebook() {
        const Rule* rule = Rulebook::instance().rule(u"SK504"_s);
        QVERIFY(rule);
        QVERIFY(rule->severity() == Severity::Warning);
        QVERIFY(!rule->title().isEmpty());
        QVERIFY(!rule->explanation().isEmpty());
        const Scenario s = scenario(Coverage::Always, berlin, {}, winter);
        const Findings findings = Rulebook::instance().checkSite(s.site, s.partner);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                            [](const Finding& f) { return f.rule == u"SK504"_s; }));
    }
};

QTEST_GUILESS_MAIN(tst_CoverageGapRule)
#include "tst_CoverageGapRule.moc"
