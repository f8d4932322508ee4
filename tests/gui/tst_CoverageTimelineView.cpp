// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageTimelineView.h"
#include "GuiTestSupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

const std::set<Weekday> weekdays{Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                                 Weekday::Friday};

TimeWindow window(std::set<Weekday> days, QTime start, QTime end, const QString& zone) {
    return TimeWindow{std::move(days), start, end, zone};
}

QUuid uuidOf(uint n) {
    return QUuid(n, 0x71, 0x3e, 0, 0, 0, 0, 0, 0, 0, 1);
}

} // namespace

// The coverage week of a Berlin site whose second escalation contact works on New York's clock.
class tst_CoverageTimelineView : public QObject {
    Q_OBJECT

    SiteData m_site;
    PartnerData m_partner;

private Q_SLOTS:
    void initTestCase() {
        const QString berlin = u"Europe/Berlin"_s;
        m_site.site.id = uuidOf(1);
        m_site.site.name = u"Harbour Office"_s;
        m_site.site.coverage = Coverage::BusinessHours;
        m_site.site.activationStatus = ActivationStatus::Live;
        m_site.site.timeZone = berlin;
        m_site.site.businessHours = {window(weekdays, QTime(8, 0), QTime(18, 0), berlin),
                                     window({Weekday::Saturday}, QTime(9, 0), QTime(13, 0), berlin)};

        PartnerContact nora;
        nora.id = uuidOf(100);
        nora.name = u"Nora Lindqvist"_s;
        nora.phones = {u"+4915123456789"_s};
        nora.availability = {window(weekdays, QTime(8, 0), QTime(16, 0), berlin)};
        PartnerContact sam;
        sam.id = uuidOf(101);
        sam.name = u"Sam Okafor (NYC)"_s;
        sam.phones = {u"+12125551234"_s};
        sam.availability = {window(weekdays, QTime(10, 0), QTime(12, 0), u"America/New_York"_s)};
        PartnerContact duty;
        duty.id = uuidOf(102);
        duty.name = u"Duty phone"_s;
        duty.phones = {u"+4930123456"_s};
        m_partner.contacts = {{nora.id, nora}, {sam.id, sam}, {duty.id, duty}};
        m_partner.today = QDate(2024, 3, 27);

        NotificationRule office;
        office.id = uuidOf(200);
        office.name = u"Office hours"_s;
        office.window = window(weekdays, QTime(8, 0), QTime(18, 0), berlin);
        office.method = RuleMethod::Phone;
        office.escalationContacts = {nora.id, sam.id};
        NotificationRule saturday;
        saturday.id = uuidOf(201);
        saturday.name = u"Saturday mornings"_s;
        saturday.window = window({Weekday::Saturday}, QTime(10, 0), QTime(13, 0), berlin);
        saturday.method = RuleMethod::Email;
        saturday.escalationContacts = {duty.id};
        NotificationRule nights;
        nights.id = uuidOf(202);
        nights.name = u"Nights"_s;
        nights.window = window(weekdays, QTime(18, 0), QTime(8, 0), berlin);
        nights.method = RuleMethod::Ticket;
        m_site.rules = {office, saturday, nights};
    }

    void weeks_data() {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("noRule");
        QTest::addColumn<QString>("unavailable");
        // Sam's 10:00-12:00 in New York is 16:00-18:00 in Berlin, except in the weeks between the US
        // and the EU clock changes, when it is 15:00-17:00.
        QTest::addRow("winter") << QDate(2024, 2, 14) << u"Sat 09:00–10:00"_s << QString();
        QTest::addRow("between the clock changes")
            << QDate(2024, 3, 13) << u"Sat 09:00–10:00"_s << u"Mon–Fri 17:00–18:00"_s;
        QTest::addRow("eu clock change week")
            << QDate(2024, 3, 27) << u"Sat 09:00–10:00"_s << u"Mon–Fri 17:00–18:00"_s;
        QTest::addRow("summer") << QDate(2024, 4, 3) << u"Sat 09:00–10:00"_s << QString();
    }

    void weeks() {
        QFETCH(QDate, day);
        QFETCH(QString, noRule);
        QFETCH(QString, unavailable);
        CoverageTimelineView view;
        view.setData(m_site, m_partner);
        view.setWeekOf(day);
        QCOMPARE(view.timeline().gapSummary(CoverageTimeline::GapKind::NoRule), noRule);
        QCOMPARE(view.timeline().gapSummary(CoverageTimeline::GapKind::ContactsUnavailable), unavailable);
        QVERIFY2(view.summaryText().contains(noRule), qPrintable(view.summaryText()));
        QVERIFY2(view.summaryText().contains(unavailable), qPrintable(view.summaryText()));
    }

    void stepsThroughWeeks() {
        CoverageTimelineView view;
        view.setData(m_site, m_partner);
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.weekStart(), QDate(2024, 3, 25)); // the week of partner.today
        auto* label = view.findChild<QLabel*>(u"weekLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"167"_s), qPrintable(label->text()));

        QSignalSpy changed(&view, &CoverageTimelineView::weekChanged);
        QTest::mouseClick(view.findChild<QToolButton*>(u"nextWeek"_s), Qt::LeftButton);
        QCOMPARE(view.weekStart(), QDate(2024, 4, 1));
        QVERIFY(!label->text().contains(u"167"_s));
        QVERIFY(!view.timeline().gaps(CoverageTimeline::GapKind::NoRule).isEmpty());
        QVERIFY(view.timeline().gaps(CoverageTimeline::GapKind::ContactsUnavailable).isEmpty());
        QTest::mouseClick(view.findChild<QToolButton*>(u"previousWeek"_s), Qt::LeftButton);
        QTest::mouseClick(view.findChild<QToolButton*>(u"previousWeek"_s), Qt::LeftButton);
        QCOMPARE(view.weekStart(), QDate(2024, 3, 18));
        QTest::mouseClick(view.findChild<QToolButton*>(u"currentWeek"_s), Qt::LeftButton);
        QCOMPARE(view.weekStart(), QDate(2024, 3, 25));
        QCOMPARE(changed.size(), 4);

        // Lanes: coverage, three rules, three contacts, gaps.
        QCOMPARE(view.timeline().rules().size(), 3);
        QCOMPARE(view.timeline().contacts().size(), 3);
        QVERIFY(view.timeline().contacts().at(2).alwaysAvailable);
        QVERIFY(view.height() >= view.findChild<QWidget*>(u"canvas"_s)->sizeHint().height());
        screenshot(&view, u"timeline"_s);
    }
};

QTEST_MAIN(tst_CoverageTimelineView)
#include "tst_CoverageTimelineView.moc"
