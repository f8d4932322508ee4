// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListQuery.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <optional>

namespace sitekeeper {

// A list of records read from a repository page by page as the view scrolls, filtered and sorted
// in SQL. Nothing loads a whole table: a million profiles cost one page of memory until scrolled.
// RecordListModel<T> supplies the records and their columns.
class EntityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    enum Role { IdRole = Qt::UserRole + 1, SortKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Records of one site (a null id: records of no site, i.e. partner-wide); nullopt: all.
    void setSite(std::optional<QUuid> siteId);
    // Full-text words for profiles, references and sites; the display key for other records.
    void setFilter(const QString& text);
    QString filter() const { return m_query.search; }
    void setStatus(const QString& status);
    void reload();

    qint64 totalCount() const { return m_total; }
    virtual QUuid idAt(int row) const = 0;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    virtual qint64 countRecords(const ListQuery& query) const = 0;
    // Reads the page `query` names into a staging list; returns how many records it holds.
    virtual qsizetype stagePage(const ListQuery& query) = 0;
    // Moves the staged page to the end of the rows (between begin/endInsertRows).
    virtual void appendStaged() = 0;
    virtual void clearRecords() = 0;
    virtual qsizetype recordCount() const = 0;
    virtual QString sortKey(int column) const = 0;
    // The value of the sort column of the last loaded record, for keyset paging.
    virtual QVariant lastSortValue() const = 0;

    ListQuery m_query;

private:
    qint64 m_total = 0;
    bool m_announcingReset = false;
    bool m_fetching = false;
};

} // namespace sitekeeper
