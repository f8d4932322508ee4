// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RepositoryBase.h"
#include "StorageLogging.h"

#include <QDebug>

namespace sitekeeper {

// The records of one entity type T (Site, ClientProfile, ...), stored in the table EntityTable
// names for `T::entityKind`. Every edit is validated, and writes the record, an audit row and a
// journal row in one transaction: its own, or the caller's open Transaction (see Transaction.h).
// Lists are paged in SQL.
template <class T>
class Repository : public RepositoryBase {
public:
    explicit Repository(Database& database)
        : RepositoryBase(database, tableOf()) {}

    // The record with `id`; an error when there is none or it was deleted.
    Result<T> get(const QUuid& id) const {
        auto json = readJson(id);
        if (!json)
            return json.error();
        return decode(json.value());
    }

    // Adds a new record; refuses an invalid one (its validate() errors go to `problems`) and an id
    // that exists already.
    Result<void> create(const T& entity, FieldErrors* problems = nullptr) {
        return writeJson(entity.toJson(), WriteMode::Create, entity.validate(), problems);
    }

    // Saves changes to an existing record. Nothing is written when nothing changed.
    Result<void> update(const T& entity, FieldErrors* problems = nullptr) {
        return writeJson(entity.toJson(), WriteMode::Update, entity.validate(), problems);
    }

    // Creates or updates (bundle import): a deleted record with the id is restored. `outcome`, when
    // given, says whether the record was created, updated or already as given.
    Result<void> upsert(const T& entity, FieldErrors* problems = nullptr, WriteOutcome* outcome = nullptr) {
        return writeJson(entity.toJson(), WriteMode::Upsert, entity.validate(), problems, outcome);
    }

    // Writes only the fields of `patch` (an edit made on a record as it was read: see
    // RepositoryBase::diff), leaving the others as stored. A field changed since that read is never
    // overwritten: nothing is written and `clashes` says which (see RepositoryBase::patchJson).
    Result<void> patch(const FieldPatch& patch, FieldErrors* problems = nullptr,
                       QList<FieldClash>* clashes = nullptr) {
        return patchJson(
            patch, [this](const QJsonObject& json) { return decode(json).validate(); }, problems, clashes);
    }

    // Deletes the record, leaving a tombstone for sync.
    Result<void> remove(const QUuid& id) { return removeRecord(id); }

    // One page of records (see ListQuery); an error when the table cannot be read.
    Result<QList<T>> list(const ListQuery& query = {}) const {
        const auto rows = listJson(query);
        if (!rows)
            return rows.error();
        QList<T> result;
        result.reserve(rows->size());
        for (const QJsonObject& json : *rows)
            result.append(decode(json));
        return result;
    }

    // The record of the current row of a query that selected selectColumns() first.
    T fromRow(const QSqlQuery& query) const { return decode(rowJson(query)); }

private:
    static const EntityTable& tableOf() {
        const EntityTable* table = EntityTable::find(entityName(T::entityKind));
        if (!table)
            qFatal("sitekeeper: no EntityTable for entity %s", descriptor(T::entityKind).name);
        return *table;
    }

    T decode(const QJsonObject& json) const {
        FieldErrors problems;
        T entity = T::fromJson(json, &problems);
        // A stored record is shown even when this version reads part of it differently: hiding it
        // would keep the user from correcting it.
        for (const FieldError& problem : std::as_const(problems))
            qCWarning(lcStorage) << "stored" << descriptor(T::entityKind).name
                                 << json.value(QLatin1String("id")).toString() << problem.field
                                 << problem.message;
        return entity;
    }
};

} // namespace sitekeeper
