// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationReviewModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace sitekeeper {

namespace {

// A soft amber that reads as "needs attention" on light and dark palettes alike.
const QColor uncoveredBackground(255, 196, 0, 60);

} // namespace

EscalationReviewModel::EscalationReviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EscalationReviewModel::setCategories(const QList<EscalationReview::Category>& categories) {
    beginResetModel();
    m_categories = categories;
    endResetModel();
}

int EscalationReviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_categories.size());
}

int EscalationReviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationReviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationReview::Category& c = m_categories.at(index.row());
    const bool covered = c.covering.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return Escalation::categoryDisplayName(c.category);
        case CountColumn:
            return c.count;
        case LastDateColumn:
            return QLocale().toString(c.lastDate, QLocale::ShortFormat);
        case ReasonsColumn:
            return c.reasonsText();
        case ReferenceColumn:
            return covered ? c.covering->title : tr("none");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReferenceColumn && !covered)
            return tr("No reference covers this category. Suggested: \"%1\" (%2)")
                .arg(c.suggestedTitle, displayName(c.suggestedTopic));
        if (index.column() == ReasonsColumn)
            return c.reasonsText();
        break;
    case Qt::DecorationRole:
        if (index.column() == ReferenceColumn && !covered)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::BackgroundRole:
        if (!covered)
            return uncoveredBackground;
        break;
    case Qt::FontRole:
        if (!covered && (index.column() == ReferenceColumn || index.column() == CategoryColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case CategoryKeyRole:
        return c.category;
    case CoveredRole:
        return covered;
    }
    return {};
}

QVariant EscalationReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case CountColumn:
        return tr("Count");
    case LastDateColumn:
        return tr("Last");
    case ReasonsColumn:
        return tr("Reasons");
    case ReferenceColumn:
        return tr("Reference");
    }
    return {};
}

} // namespace sitekeeper
