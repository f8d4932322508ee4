#include "SiteTreeModel.h"

#include "Store.h"

#include <algorithm>

namespace sitekeeper {

SiteTreeModel::SiteTreeModel(Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store) {
    m_coverageIcons[0] = QIcon(QStringLiteral(":/icons/coverage-none.svg"));
    m_coverageIcons[1] = QIcon(QStringLiteral(":/icons/coverage-business.svg"));
    m_coverageIcons[2] = QIcon(QStringLiteral(":/icons/coverage-extended.svg"));
    m_coverageIcons[3] = QIcon(QStringLiteral(":/icons/coverage-always.svg"));
    reload();
}

void SiteTreeModel::reload() {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    ListQuery query;
    query.limit = -1;
    const QList<Site> sites = m_store.sites().list(query); // sorted by name
    QList<QUuid> parents;
    for (const Site& site : sites) {
        m_byId.insert(site.id, int(m_nodes.size()));
        m_nodes.append(Node{site.id, site.name, site.coverage, -1, 0, {}});
        parents.append(site.parentId);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        // A parent that is missing (or a loop the store refused to write) shows the site at top level.
        const int parent = m_byId.value(parents[i], -1);
        Node& node = m_nodes[i];
        if (parent >= 0 && parent != i) {
            node.parent = parent;
            node.row = int(m_nodes[parent].children.size());
            m_nodes[parent].children.append(i);
        } else {
            node.row = int(m_roots.size());
            m_roots.append(i);
        }
    }
    endResetModel();
}

QModelIndex SiteTreeModel::indexOf(const QUuid& siteId) const {
    const int node = m_byId.value(siteId, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= 2 || row < 0)
        return {};
    const QList<int>& list = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= list.size())
        return {};
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex SiteTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int SiteTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int SiteTreeModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant SiteTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[int(index.internalId())];
    switch (role) {
    case SiteIdRole:
        return node.id;
    case CoverageRole:
        return toString(node.coverage);
    case Qt::DisplayRole:
        return index.column() == 0 ? node.name : displayName(node.coverage);
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(m_coverageIcons[int(node.coverage)]) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 — coverage: %2").arg(node.name, displayName(node.coverage));
    case Qt::AccessibleTextRole:
        return tr("%1, coverage %2").arg(node.name, displayName(node.coverage));
    default:
        return {};
    }
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Site") : tr("Coverage");
}

} // namespace sitekeeper
