// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityListModel.h"
#include "Repository.h"

#include <functional>

namespace sitekeeper {

// EntityListModel over one repository, with its columns given as a table of cell functions.
template <class T>
class RecordListModel final : public EntityListModel {
public:
    struct Column {
        QString title;
        QString sortKey; // the JSON key SQL sorts by; empty: the display key
        std::function<QVariant(const T&, int role)> cell;
    };

    RecordListModel(Repository<T>& repository, QList<Column> columns, QObject* parent = nullptr)
        : EntityListModel(parent)
        , m_repository(repository)
        , m_columns(std::move(columns)) {}

    const T* recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    QUuid idAt(int row) const override { return recordAt(row) ? recordAt(row)->id : QUuid(); }

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        const T* record = index.isValid() ? recordAt(index.row()) : nullptr;
        if (!record || index.column() >= m_columns.size())
            return {};
        if (role == IdRole)
            return record->id;
        return m_columns.at(index.column()).cell(*record, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).title;
        return {};
    }

protected:
    // A table that cannot be read was logged by the store; the list shows it as empty.
    qint64 countRecords(const ListQuery& query) const override {
        return m_repository.count(query).valueOr(0);
    }
    qsizetype stagePage(const ListQuery& query) override {
        m_staged = m_repository.list(query).valueOr({});
        return m_staged.size();
    }
    void appendStaged() override {
        m_rows.append(std::move(m_staged));
        m_staged.clear();
    }
    void clearRecords() override { m_rows.clear(); }
    qsizetype recordCount() const override { return m_rows.size(); }
    QString sortKey(int column) const override {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).sortKey : QString();
    }
    QVariant lastSortValue() const override {
        return m_rows.isEmpty() ? QVariant() : QVariant(m_rows.constLast().displayKey());
    }

private:
    Repository<T>& m_repository;
    QList<Column> m_columns;
    QList<T> m_rows;
    QList<T> m_staged;
};

} // namespace sitekeeper
