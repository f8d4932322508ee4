// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewQueue.h"

#include <QAbstractTableModel>

namespace sitekeeper {

// The items of the review queue (ReviewQueue::items), one per row, in the queue's order. Overdue rows
// are tinted and their state is in bold, so that they stand out in a long queue.
class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        KindColumn,
        TitleColumn,
        LastReviewedColumn,
        NextDueColumn,
        StateColumn,
        DaysOverdueColumn,
        AttestedByColumn, // who attested it last (ReviewQueue::Item::attestedBy)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // a value that sorts the column as people expect (dates as dates)
        EntityRole,
        IdRole,
        StateRole, // ReviewState as int
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    void setItems(const QList<ReviewQueue::Item>& items);
    const QList<ReviewQueue::Item>& items() const { return m_items; }
    const ReviewQueue::Item& item(int row) const { return m_items.at(row); }
    // The row of the item with `id`, or -1.
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The state as people read it: "Overdue", "Due", "Current", "Retired".
    static QString stateText(ReviewState state);

private:
    QList<ReviewQueue::Item> m_items;
};

} // namespace sitekeeper
