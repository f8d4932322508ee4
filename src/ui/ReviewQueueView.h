// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewQueue.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class ReviewQueueView;
}

class QAction;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sitekeeper {

class ReviewQueueModel;
class Workspace;

// The yearly review queue (docs/USER_GUIDE.md, "The yearly review"): every reference and approver across the
// sites that is overdue or due within some days, overdue first. The reviewer attests items "reviewed,
// unchanged" (several at once are one undo step), retires them, or opens one to update it. Kept current as
// records change.
class ReviewQueueView : public QWidget {
    Q_OBJECT

public:
    explicit ReviewQueueView(Workspace& workspace, QWidget* parent = nullptr);
    ~ReviewQueueView() override;

    // "Today" for the review dates; the wall clock unless a test sets it.
    void setToday(const QDate& today);
    void setWithinDays(int days);
    int withinDays() const;
    void setKind(ReviewQueue::Kind kind);
    ReviewQueue::Kind kind() const;
    void setFilterText(const QString& text);

    ReviewQueueModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const;
    // The items selected in the table, in the order shown.
    QList<ReviewQueue::Item> selectedItems() const;
    ReviewQueue::Summary summary() const { return m_summary; }

    // The actions on the selected items (also in the table's context menu, with shortcuts).
    void attestSelected();
    void retireSelected(); // asks first
    void openSelected();
    // Reads the queue again (done by itself, shortly after records change).
    void refresh();

Q_SIGNALS:
    // Open the editor of the record (a reference or an approver).
    void openRequested(sitekeeper::EntityKind entity, const QUuid& id);

private:
    void scheduleRefresh();
    void updateSummary();
    void updateActions();
    void showError(const QString& doing, const Error& error);

    std::unique_ptr<Ui::ReviewQueueView> m_ui;
    Workspace& m_workspace;
    ReviewQueue m_queue;
    ReviewQueueModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_attestAction = nullptr;
    QAction* m_retireAction = nullptr;
    QAction* m_openAction = nullptr;
    ReviewQueue::Summary m_summary;
};

} // namespace sitekeeper
