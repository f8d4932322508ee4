// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "EscalationReview.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class EscalationsView;
}

class QChart;
class QTableView;

namespace sitekeeper {

class EscalationReviewModel;
class Workspace;

// The weekly escalation review of one site (the champion's routine in a site's first three months):
// escalations by category over a period, why they were escalated, and which category no reference
// covers, with a button to write one. Escalations come in from a PSA export ("Import escalations…"),
// previewed before anything is written.
class EscalationsView : public QWidget {
    Q_OBJECT

public:
    enum class Period { Last7Days, LastWeek, Last4Weeks, FirstThreeMonths, Custom };

    explicit EscalationsView(Workspace& workspace, QWidget* parent = nullptr);
    ~EscalationsView() override;

    void setSite(const QUuid& siteId);
    QUuid siteId() const { return m_siteId; }
    // The day periods count back from; the wall clock unless a test sets it.
    void setToday(const QDate& today);
    void setPeriod(Period period);
    Period period() const { return m_period; }
    void setRange(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;

    EscalationReviewModel* model() const { return m_model; }
    QTableView* table() const;
    const EscalationReview::Summary& summary() const { return m_summary; }

    // Reads a PSA export, shows what it would do and, when the user agrees, imports it. A file with
    // invalid rows is refused whole. True when something was written.
    bool importFile(const QString& path);
    // Asks for the reference of the selected category (writeReferenceRequested).
    void writeReference();
    void refresh();

Q_SIGNALS:
    void writeReferenceRequested(const QUuid& siteId, sitekeeper::ReferenceTopic topic, const QString& title);

private:
    void applyPeriod();
    void chooseFile();
    void updateChart();
    void updateActions();

    std::unique_ptr<Ui::EscalationsView> m_ui;
    Workspace& m_workspace;
    EscalationReviewModel* m_model = nullptr;
    QChart* m_chart = nullptr;
    QUuid m_siteId;
    QDate m_today;
    QDate m_goLive;
    Period m_period = Period::Last7Days;
    bool m_applyingPeriod = false;
    EscalationReview::Summary m_summary;
};

} // namespace sitekeeper
