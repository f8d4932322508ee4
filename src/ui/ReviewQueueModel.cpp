// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueueModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <limits>

namespace sitekeeper {

namespace {

// Soft tints that read on light and dark palettes alike: red for overdue, amber for due.
const QColor overdueBackground(220, 53, 69, 38);
const QColor overdueText(200, 35, 51);
const QColor dueText(176, 112, 0);

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReviewQueueModel::setItems(const QList<ReviewQueue::Item>& items) {
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ReviewQueueModel::rowOf(const QUuid& id) const {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::stateText(ReviewState state) {
    switch (state) {
    case ReviewState::Overdue:
        return tr("Overdue");
    case ReviewState::DueSoon:
        return tr("Due");
    case ReviewState::Current:
        return tr("Current");
    case ReviewState::Retired:
        return tr("Retired");
    }
    return {};
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewQueue::Item& item = m_items.at(index.row());
    const bool overdue = item.state == ReviewState::Overdue;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SiteColumn:
            return item.siteName.isEmpty() ? tr("Partner-wide") : item.siteName;
        case KindColumn:
            return item.isReference() ? tr("Reference") : tr("Approver");
        case TitleColumn:
            return item.title;
        case LastReviewedColumn:
            return item.lastReviewed.isValid() ? locale.toString(item.lastReviewed, QLocale::ShortFormat)
                                               : tr("never");
        case NextDueColumn:
            return locale.toString(item.nextDue, QLocale::ShortFormat);
        case StateColumn:
            return stateText(item.state);
        case DaysOverdueColumn:
            if (!overdue)
                return QString();
            return item.lastReviewed.isValid() ? QVariant(item.daysOverdue) : QVariant(tr("never reviewed"));
        case AttestedByColumn:
            return item.attestedBy;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LastReviewedColumn:
            return item.lastReviewed.isValid() ? item.lastReviewed.toJulianDay() : qint64(0);
        case NextDueColumn:
            return item.nextDue.toJulianDay();
        case StateColumn:
            return int(item.state == ReviewState::Overdue ? 0 : 1);
        case DaysOverdueColumn:
            // Never reviewed sorts as the most overdue.
            return item.lastReviewed.isValid() ? item.daysOverdue : std::numeric_limits<int>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == SiteColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == NextDueColumn || index.column() == DaysOverdueColumn ||
            index.column() == StateColumn) {
            if (!item.lastReviewed.isValid())
                return tr("Never reviewed: review it now.");
            if (overdue)
                return tr("Due on %1, %n day(s) ago.", nullptr, item.daysOverdue)
                    .arg(locale.toString(item.nextDue, QLocale::LongFormat));
            return tr("Due on %1.").arg(locale.toString(item.nextDue, QLocale::LongFormat));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        if (overdue)
            return overdueBackground;
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn || index.column() == DaysOverdueColumn) {
            if (overdue)
                return overdueText;
            if (item.state == ReviewState::DueSoon)
                return dueText;
        }
        break;
    case Qt::FontRole:
        if (overdue && (index.column() == StateColumn || index.column() == DaysOverdueColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == SiteColumn && item.siteName.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case EntityRole:
        return entityName(item.entity);
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case LastReviewedColumn:
        return tr("Last reviewed");
    case NextDueColumn:
        return tr("Next due");
    case StateColumn:
        return tr("State");
    case DaysOverdueColumn:
        return tr("Days overdue");
    case AttestedByColumn:
        return tr("Attested by");
    }
    return {};
}

} // namespace sitekeeper
