// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"
#include "DashboardView.h"
#include "DemoWorkspace.h"
#include "GuiTestSupport.h"
#include "ReviewQueue.h"
#include "Store.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

const QDate asOf(2025, 3, 10);

template <class S>
S* onlySeries(QChart* chart) {
    const QList<QAbstractSeries*> series = chart->series();
    return series.size() == 1 ? qobject_cast<S*>(series.constFirst()) : nullptr;
}

QList<qreal> values(const QBarSet* set) {
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

} // namespace

// The dashboard over a demo partner of 30 sites: every number agrees with the checker and the workspace.
class tst_DashboardView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Checker> m_checker;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = openDemoWorkspace(m_dir.filePath(u"demo"_s), 30, 20, 42, asOf);
        QVERIFY(m_workspace);
        m_checker = std::make_unique<Checker>(*m_workspace);
        m_checker->setToday(asOf);
        QVERIFY(m_checker->checkAll().ok());
    }

    void cleanupTestCase() {
        m_checker.reset();
        m_workspace.reset();
    }

    void bands_data() {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        QTest::newRow("0") << 0 << int(DashboardView::LowBand);
        QTest::newRow("49") << 49 << int(DashboardView::LowBand);
        QTest::newRow("50") << 50 << int(DashboardView::MiddleBand);
        QTest::newRow("79") << 79 << int(DashboardView::MiddleBand);
        QTest::newRow("80") << 80 << int(DashboardView::HighBand);
        QTest::newRow("99") << 99 << int(DashboardView::HighBand);
        QTest::newRow("100") << 100 << int(DashboardView::ReadyBand);
    }

    void bands() {
        QFETCH(int, score);
        QFETCH(int, band);
        QCOMPARE(int(DashboardView::bandOf(score)), band);
    }

    void figuresAgreeWithTheChecker() {
        DashboardView view(*m_workspace, *m_checker);
        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const DashboardView::Figures& f = view.figures();
        const FindingSummary summary = m_checker->summary();

        // Headline numbers.
        QCOMPARE(f.sites, 30);
        QCOMPARE(f.findings, summary);
        QVERIFY(summary.errors > 0 && summary.warnings > 0 && summary.infos > 0);
        int ready = 0;
        std::array<int, DashboardView::BandCount> bands{};
        for (const Checker::SiteResult& site : m_checker->sites()) {
            ready += site.readiness.ready() ? 1 : 0;
            ++bands[DashboardView::bandOf(site.readiness.score())];
        }
        QCOMPARE(f.readySites, ready);
        QCOMPARE(f.readinessBands, bands);
        QCOMPARE(view.findChild<QLabel*>(u"sitesValue"_s)->text(), u"30"_s);
        QCOMPARE(view.findChild<QLabel*>(u"errorsValue"_s)->text(), QLocale().toString(summary.errors));
        QCOMPARE(view.findChild<QLabel*>(u"warningsValue"_s)->text(), QLocale().toString(summary.warnings));
        QCOMPARE(view.findChild<QLabel*>(u"overdueValue"_s)->text(), QLocale().toString(f.overdueReviews()));

        // Readiness: one column per band, each holding the band's count.
        auto* readiness = onlySeries<QStackedBarSeries>(view.readinessChart());
        QVERIFY(readiness);
        QCOMPARE(readiness->count(), int(DashboardView::BandCount));
        for (int band = 0; band < DashboardView::BandCount; ++band)
            QCOMPARE(readiness->barSets().at(band)->sum(), qreal(bands[band]));

        // Severity donut.
        auto* severity = onlySeries<QPieSeries>(view.severityChart());
        QVERIFY(severity);
        QCOMPARE(severity->slices().at(0)->value(), qreal(summary.errors));
        QCOMPARE(severity->slices().at(1)->value(), qreal(summary.warnings));
        QCOMPARE(severity->slices().at(2)->value(), qreal(summary.infos));

        // Top rules: the most frequent first, counted from the findings.
        QHash<QString, int> byRule;
        for (const Finding& finding : m_checker->findings())
            ++byRule[finding.rule];
        QCOMPARE(f.topRules.size(), std::min<qsizetype>(DashboardView::topRuleCount, byRule.size()));
        for (const DashboardView::RuleCount& rule : f.topRules)
            QCOMPARE(rule.total(), byRule.value(rule.rule));
        const int most = *std::max_element(byRule.cbegin(), byRule.cend());
        QCOMPARE(f.topRules.constFirst().total(), most);
        auto* rules = onlySeries<QHorizontalStackedBarSeries>(view.rulesChart());
        QVERIFY(rules);
        // The chart draws the most frequent rule at the top, which is its last category.
        const int top = int(f.topRules.size()) - 1;
        qreal topTotal = 0;
        for (const QBarSet* set : rules->barSets())
            topTotal += set->at(top);
        QCOMPARE(topTotal, qreal(most));

        // Reviews: the same counts as the review queue, and overdue references as SK302 warns.
        ReviewQueue queue(*m_workspace);
        queue.setToday(asOf);
        QCOMPARE(f.reviews, queue.counts().value());
        int sk302Warnings = 0;
        for (const Finding& finding : m_checker->findings())
            sk302Warnings += finding.rule == u"SK302"_s && finding.severity == Severity::Warning ? 1 : 0;
        QCOMPARE(f.reviews.references.overdue, sk302Warnings);
        auto* reviews = onlySeries<QHorizontalStackedBarSeries>(view.reviewChart());
        QVERIFY(reviews);
        QCOMPARE(values(reviews->barSets().at(0)),
                 (QList<qreal>{qreal(f.reviews.approvers.current), qreal(f.reviews.references.current)}));
        QCOMPARE(reviews->barSets().at(2)->label(),
                 tr("Overdue") + u" "_s + QLocale().toString(f.overdueReviews()));
        QCOMPARE(values(reviews->barSets().at(2)),
                 (QList<qreal>{qreal(f.reviews.approvers.overdue), qreal(f.reviews.references.overdue)}));

        // Escalations: twelve weeks, every escalation of the period counted once.
        QCOMPARE(f.weeks.size(), DashboardView::weekCount);
        QCOMPARE(f.weeks.constLast().monday, QDate(2025, 3, 10));
        ListQuery period;
        period.rangeColumn = u"date"_s;
        period.rangeFrom = f.weeks.constFirst().monday;
        period.rangeTo = asOf;
        int total = 0;
        for (const EscalationReview::Week& week : f.weeks)
            total += week.count;
        QVERIFY(total > 0);
        QCOMPARE(total, m_workspace->store().escalations().count(period).value());
        auto* escalations = qobject_cast<QAbstractBarSeries*>(view.escalationsChart()->series().constFirst());
        QCOMPARE(escalations->barSets().constFirst()->sum(), qreal(total));

        screenshot(&view, u"dashboard"_s);
    }

    // On a dark palette the charts and cards follow it (a screenshot to look at).
    void darkPalette() {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xdf, 0xe1, 0xe5));
        dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
        QApplication::setPalette(dark);
        {
            DashboardView view(*m_workspace, *m_checker);
            view.resize(1280, 860);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCOMPARE(view.figures().findings, m_checker->summary());
            screenshot(&view, u"dashboard-dark"_s);
        }
        QApplication::setPalette(light);
    }

    // An edit re-checks its site and, a moment later, the dashboard shows it.
    void followsEdits() {
        DashboardView view(*m_workspace, *m_checker);
        const int overdue = view.figures().reviews.references.overdue;
        ReviewQueue queue(*m_workspace);
        queue.setToday(asOf);
        const auto items = queue.items(0, ReviewQueue::Kind::References);
        QVERIFY(items.ok());
        QVERIFY(!items->isEmpty());
        QCOMPARE(toString(items->constFirst().state), toString(ReviewState::Overdue));
        const FindingSummary before = m_checker->summary();
        QVERIFY(queue.attest({items->constFirst()}).ok());
        QTRY_COMPARE(view.figures().reviews.references.overdue, overdue - 1);
        QCOMPARE(view.figures().findings, m_checker->summary());
        QVERIFY(view.figures().findings.warnings < before.warnings);
        m_workspace->undoStack().undo();
        QTRY_COMPARE(view.figures().reviews.references.overdue, overdue);
    }
};

QTEST_MAIN(tst_DashboardView)
#include "tst_DashboardView.moc"
