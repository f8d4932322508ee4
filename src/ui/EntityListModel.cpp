// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityListModel.h"

#include <QScopeGuard>

namespace sitekeeper {

void EntityListModel::setSite(std::optional<QUuid> siteId) {
    if (m_query.siteId == siteId)
        return;
    m_query.siteId = siteId;
    reload();
}

void EntityListModel::setFilter(const QString& text) {
    if (m_query.search == text)
        return;
    m_query.search = text;
    reload();
}

void EntityListModel::setStatus(const QString& status) {
    if (m_query.status == status)
        return;
    m_query.status = status;
    reload();
}

void EntityListModel::reload() {
    // The first page is read inside the reset, so views see one change, not a reset and an insert.
    beginResetModel();
    clearRecords();
    m_total = countRecords(m_query);
    ListQuery page = m_query;
    page.offset = 0;
    page.limit = pageSize;
    if (m_total > 0) {
        stagePage(page);
        appendStaged();
    }
    // Receivers of modelReset (views, testers) may ask for more rows while the reset is still being
    // announced; starting an insert then would nest two changes, so such requests are declined.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

int EntityListModel::rowOf(const QUuid& id) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

int EntityListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(recordCount());
}

bool EntityListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_announcingReset && !m_fetching && recordCount() < m_total;
}

void EntityListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    // Receivers of the insert signals may ask for more rows again; one insert at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    ListQuery page = m_query;
    page.limit = pageSize;
    // The default order is by the display key, which is never null: page by key, not by offset,
    // so the millionth row costs as much as the first.
    if (m_query.orderBy.isEmpty() && m_query.search.isEmpty() && recordCount() > 0) {
        page.afterValue = lastSortValue();
        page.afterId = idAt(int(recordCount() - 1));
    } else {
        page.offset = int(recordCount());
    }
    const qsizetype staged = stagePage(page);
    if (staged == 0) {
        // The table shrank under us: stop offering more.
        m_total = recordCount();
        return;
    }
    beginInsertRows({}, int(recordCount()), int(recordCount() + staged - 1));
    appendStaged();
    endInsertRows();
}

void EntityListModel::sort(int column, Qt::SortOrder order) {
    const QString key = sortKey(column);
    if (key == m_query.orderBy && order == m_query.order)
        return;
    m_query.orderBy = key;
    m_query.order = order;
    reload();
}

} // namespace sitekeeper
