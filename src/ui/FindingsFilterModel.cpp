// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsFilterModel.h"

#include "FindingsModel.h"

namespace sitekeeper {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverity(std::optional<Severity> severity) {
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterModel::setRule(const QString& ruleId) {
    if (ruleId == m_rule)
        return;
    m_rule = ruleId;
    invalidateFilter();
}

void FindingsFilterModel::setSite(const QUuid& siteId) {
    if (siteId == m_site)
        return;
    m_site = siteId;
    invalidateFilter();
}

void FindingsFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_severity && first.data(FindingsModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    if (!m_rule.isEmpty() && first.data(FindingsModel::RuleRole).toString() != m_rule)
        return false;
    if (!m_site.isNull() && first.data(FindingsModel::SiteIdRole).toUuid() != m_site)
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must appear somewhere in the row (site, record, message, fix ...).
    QString row;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        row += model->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&row](const QString& word) { return row.contains(word, Qt::CaseInsensitive); });
}

bool FindingsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.column() == FindingsModel::SeverityColumn) {
        const int a = left.data(FindingsModel::SeverityRole).toInt();
        const int b = right.data(FindingsModel::SeverityRole).toInt();
        if (a != b)
            return a < b;
        return left.data(FindingsModel::RuleRole).toString() < right.data(FindingsModel::RuleRole).toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sitekeeper
