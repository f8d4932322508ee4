// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QUuid>

namespace sitekeeper {

class Checker;
class Store;

// The sites as the tree they form (a child under its parent). Sites are few next to profiles, so
// the tree keeps only their names, coverage and links in memory; everything else is read on demand.
// The Ready column shows each site's activation readiness from the Checker.
class SiteTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role { SiteIdRole = Qt::UserRole + 1, CoverageRole, ReadinessRole /* score 0..100, or null */ };
    enum Column { NameColumn, CoverageColumn, ReadyColumn, ColumnCount };

    explicit SiteTreeModel(Store& store, QObject* parent = nullptr);

    void reload();
    // The readiness column reads the Checker's last results (blank until a check has run).
    void setChecker(const Checker* checker);
    // The readiness of these sites changed (the Checker's findingsChanged).
    void readinessChanged(const QList<QUuid>& siteIds);
    QModelIndex indexOf(const QUuid& siteId) const;
    int siteCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        QUuid id;
        QString name;
        Coverage coverage = Coverage::None;
        int parent = -1; // index into m_nodes, -1 for top level
        int row = 0;     // position under its parent
        QList<int> children;
    };

    QVariant readinessData(const QUuid& siteId, int role) const;

    Store& m_store;
    const Checker* m_checker = nullptr;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QUuid, int> m_byId;
    QIcon m_coverageIcons[4];
};

} // namespace sitekeeper
