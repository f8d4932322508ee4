// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>

namespace sitekeeper {

class AuditLog;

// The history of one site (its own record and everything in it), newest first, paged.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit AuditModel(AuditLog& audit, QObject* parent = nullptr);

    void setSite(const QUuid& siteId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    AuditLog& m_audit;
    QUuid m_siteId;
    QList<AuditEntry> m_rows;
    bool m_complete = true;
    bool m_announcingReset = false;
    bool m_fetching = false;
};

} // namespace sitekeeper
