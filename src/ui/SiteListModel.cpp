#include "SiteListModel.h"

#include "Store.h"

namespace sitekeeper {

SiteListModel::SiteListModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    m_coverageIcons[0] = QIcon(QStringLiteral(":/icons/coverage-none.svg"));
    m_coverageIcons[1] = QIcon(QStringLiteral(":/icons/coverage-business.svg"));
    m_coverageIcons[2] = QIcon(QStringLiteral(":/icons/coverage-extended.svg"));
    m_coverageIcons[3] = QIcon(QStringLiteral(":/icons/coverage-always.svg"));
    reload();
}

void SiteListModel::setFilter(const QString& text) {
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void SiteListModel::reload() {
    // The first page is read inside the reset, so views see one change, not a reset and an insert.
    beginResetModel();
    m_parentNames.clear();
    ListQuery query;
    query.search = m_filter;
    m_total = m_store.sites().count(query);
    query.limit = pageSize;
    m_rows = m_total > 0 ? m_store.sites().list(query) : QList<Site>();
    // Receivers of modelReset (views, testers) may ask for more rows while the reset is still being
    // announced; starting an insert then would nest two changes, so such requests are declined.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

const Site* SiteListModel::siteAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SiteListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool SiteListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_announcingReset && m_rows.size() < m_total;
}

void SiteListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    ListQuery query;
    query.search = m_filter;
    query.offset = int(m_rows.size());
    query.limit = pageSize;
    const QList<Site> page = m_store.sites().list(query);
    if (page.isEmpty()) {
        // The table shrank under us: stop offering more.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QString SiteListModel::parentName(const QUuid& id) const {
    if (id.isNull())
        return {};
    auto it = m_parentNames.constFind(id);
    if (it != m_parentNames.cend())
        return *it;
    const auto parent = m_store.sites().get(id);
    const QString name = parent ? parent->name : tr("(missing)");
    m_parentNames.insert(id, name);
    return name;
}

QVariant SiteListModel::data(const QModelIndex& index, int role) const {
    const Site* site = index.isValid() ? siteAt(index.row()) : nullptr;
    if (!site)
        return {};
    if (role == SiteIdRole)
        return site->id;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return m_coverageIcons[int(site->coverage)];
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("Coverage: %1").arg(displayName(site->coverage));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return site->name;
    case CoverageColumn:
        return displayName(site->coverage);
    case StatusColumn:
        return displayName(site->activationStatus);
    case ParentColumn:
        return parentName(site->parentId);
    default:
        return {};
    }
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site");
    case CoverageColumn:
        return tr("Coverage");
    case StatusColumn:
        return tr("Activation");
    case ParentColumn:
        return tr("Part of");
    default:
        return {};
    }
}

} // namespace sitekeeper
