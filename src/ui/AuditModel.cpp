// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "AuditLog.h"

#include <QLocale>
#include <QScopeGuard>

namespace sitekeeper {

AuditModel::AuditModel(AuditLog& audit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_audit(audit) {}

void AuditModel::setSite(const QUuid& siteId) {
    beginResetModel();
    m_siteId = siteId;
    m_rows = siteId.isNull() ? QList<AuditEntry>() : m_audit.forSite(siteId, 0, pageSize);
    m_complete = m_rows.size() < pageSize;
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 5;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_complete && !m_announcingReset && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    // Receivers of the insert signals may ask for more rows again; one insert at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const QList<AuditEntry> page = m_audit.forSite(m_siteId, int(m_rows.size()), pageSize);
    m_complete = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const AuditEntry& entry = m_rows.at(index.row());
    switch (index.column()) {
    case 0:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case 1:
        return entry.actor;
    case 2:
        return entry.entity;
    case 3:
        return entry.action;
    case 4:
        return entry.fields.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList titles{tr("When"), tr("Who"), tr("Record"), tr("Change"), tr("Fields")};
    return titles.value(section);
}

} // namespace sitekeeper
