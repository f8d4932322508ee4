// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EscalationReview.h"
#include "Finding.h"
#include "ReviewQueue.h"

#include <QWidget>

#include <array>
#include <memory>

namespace Ui {
class DashboardView;
}

class QAbstractBarSeries;
class QChart;
class QChartView;
class QFrame;
class QGraphicsTextItem;
class QLabel;
class QTimer;

namespace sitekeeper {

class Checker;
class Workspace;

// The partner's overview of every site: headline numbers, activation readiness by score band,
// findings by severity and by rule, the yearly review's state, and escalations per week. Read from the
// Checker's results and the workspace; kept current as findings and records change (a burst of edits
// redraws once).
class DashboardView : public QWidget {
    Q_OBJECT

public:
    // Readiness scores in bands: 0–49, 50–79, 80–99, 100.
    enum Band { LowBand, MiddleBand, HighBand, ReadyBand, BandCount };
    static constexpr int weekCount = 12;
    static constexpr int topRuleCount = 12;

    struct RuleCount {
        QString rule; // "SK203"
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int total() const { return errors + warnings + infos; }
    };

    // What the dashboard shows, for the charts and for tests.
    struct Figures {
        QDate today;
        int sites = 0;
        int readySites = 0;
        FindingSummary findings;
        std::array<int, BandCount> readinessBands{};
        QList<RuleCount> topRules; // most findings first; ties by rule id
        ReviewQueue::Counts reviews;
        QList<EscalationReview::Week> weeks; // the last weekCount ISO weeks, oldest first
        int leaverSecrets = 0;               // SK606: secrets a member who left could read
        int overdueReviews() const { return reviews.references.overdue + reviews.approvers.overdue; }
    };

    DashboardView(Workspace& workspace, Checker& checker, QWidget* parent = nullptr);
    ~DashboardView() override;

    static Band bandOf(int score);
    static QString bandName(Band band); // "0–49" ...

    const Figures& figures() const { return m_figures; }
    QChart* readinessChart() const { return m_readiness; }
    QChart* severityChart() const { return m_severity; }
    QChart* rulesChart() const { return m_rules; }
    QChart* reviewChart() const { return m_reviews; }
    QChart* escalationsChart() const { return m_escalations; }

    // Reads everything again and redraws (done by itself shortly after findings or records change).
    void refresh();

private:
    void scheduleRefresh();
    Figures collect() const;
    void updateCards();
    void updateReadiness();
    void updateSeverity();
    void updateRules();
    void updateReviews();
    void updateEscalations();
    QChart* addChart(QFrame* panel, const QString& accessibleName, int minimumHeight);
    void clear(QChart* chart) const;
    // A category axis at `categoryAlignment` and a count axis up to `most` beside it, both for `series`.
    void addAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                 Qt::Alignment categoryAlignment, int most) const;
    void styleAxes(QChart* chart) const;
    void centreDonutText();

    std::unique_ptr<Ui::DashboardView> m_ui;
    Workspace& m_workspace;
    Checker& m_checker;
    QTimer* m_refreshTimer = nullptr;
    QChart* m_readiness = nullptr;
    QChart* m_severity = nullptr;
    QChart* m_rules = nullptr;
    QChart* m_reviews = nullptr;
    QChart* m_escalations = nullptr;
    QGraphicsTextItem* m_donutText = nullptr;
    Figures m_figures;
};

} // namespace sitekeeper
