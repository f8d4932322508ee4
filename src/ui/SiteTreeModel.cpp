// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteTreeModel.h"

#include "ActivationChecklist.h"
#include "Checker.h"
#include "Store.h"

#include <QPainter>
#include <QPixmap>

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
    // Sorted by name. A list that cannot be read was logged by the store and shows no sites.
    const QList<Site> sites = m_store.sites().list(query).valueOr({});
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
    if (column < 0 || column >= ColumnCount || row < 0)
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
    return ColumnCount;
}

void SiteTreeModel::setChecker(const Checker* checker) {
    m_checker = checker;
    readinessChanged(m_byId.keys());
}

void SiteTreeModel::readinessChanged(const QList<QUuid>& siteIds) {
    for (const QUuid& id : siteIds) {
        const int node = m_byId.value(id, -1);
        if (node < 0)
            continue;
        const QModelIndex cell = createIndex(m_nodes[node].row, ReadyColumn, quintptr(node));
        Q_EMIT dataChanged(cell, cell);
    }
}

QVariant SiteTreeModel::readinessData(const QUuid& siteId, int role) const {
    const Checker::SiteResult* result = m_checker ? m_checker->site(siteId) : nullptr;
    if (!result)
        return {};
    const Readiness& readiness = result->readiness;
    const int score = readiness.score();
    switch (role) {
    case ReadinessRole:
        return score;
    case Qt::DisplayRole:
        return tr("%1 %").arg(score);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole: {
        // A dot in the score's colour, made once per colour.
        static QHash<QRgb, QIcon> dots;
        const QColor color = ActivationChecklist::scoreColor(score);
        auto it = dots.find(color.rgb());
        if (it == dots.end()) {
            QPixmap pixmap(12, 12);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(QRectF(1, 1, 10, 10));
            painter.end();
            it = dots.insert(color.rgb(), QIcon(pixmap));
        }
        return it.value();
    }
    case Qt::ToolTipRole: {
        if (readiness.ready())
            return tr("%1: ready for activation").arg(result->siteName);
        QStringList lines{tr("%1: %2 % ready. Missing:").arg(result->siteName).arg(score)};
        for (const ReadinessItem& item : readiness.items) {
            if (!item.passed)
                lines << QStringLiteral("• %1%2").arg(
                    item.title, item.detail.isEmpty() ? QString() : QStringLiteral(" — ") + item.detail);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 percent ready").arg(score);
    default:
        return {};
    }
}

QVariant SiteTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[int(index.internalId())];
    if (role == ReadinessRole ||
        (index.column() == ReadyColumn && role != SiteIdRole && role != CoverageRole))
        return readinessData(node.id, role);
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
    switch (section) {
    case NameColumn:
        return tr("Site");
    case CoverageColumn:
        return tr("Coverage");
    case ReadyColumn:
        return tr("Ready");
    default:
        return {};
    }
}

} // namespace sitekeeper
