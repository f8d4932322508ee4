#pragma once

#include "Site.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace sitekeeper {

class Store;

// The sites of a workspace, fetched page by page from the repository as the view scrolls, with
// an optional full-text filter applied in SQL.
class SiteListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CoverageColumn, StatusColumn, ParentColumn, ColumnCount };
    enum Role { SiteIdRole = Qt::UserRole + 1 };

    explicit SiteListModel(Store& store, QObject* parent = nullptr);

    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    void reload();
    qint64 totalCount() const { return m_total; }
    const Site* siteAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int pageSize = 200;

private:
    QString parentName(const QUuid& id) const;

    Store& m_store;
    QString m_filter;
    QList<Site> m_rows;
    qint64 m_total = 0;
    bool m_announcingReset = false;
    mutable QHash<QUuid, QString> m_parentNames;
    QIcon m_coverageIcons[4];
};

} // namespace sitekeeper
