// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EscalationReview.h"

#include <QAbstractTableModel>
#include <QList>

namespace sitekeeper {

// The categories of an escalation review (EscalationReview::Summary), one per row: category, count,
// last date, reasons and the covering reference. Rows without a reference carry a warning background
// and icon, since each is a reference to write.
class EscalationReviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CategoryColumn, CountColumn, LastDateColumn, ReasonsColumn, ReferenceColumn, ColumnCount };
    enum Role {
        CategoryKeyRole = Qt::UserRole + 1, // QString: the category key
        CoveredRole,                        // bool
    };

    explicit EscalationReviewModel(QObject* parent = nullptr);

    void setCategories(const QList<EscalationReview::Category>& categories);
    const QList<EscalationReview::Category>& categories() const { return m_categories; }
    const EscalationReview::Category& category(int row) const { return m_categories.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EscalationReview::Category> m_categories;
};

} // namespace sitekeeper
