// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"
#include "EntityTable.h"
#include "FieldError.h"
#include "FieldPatch.h"
#include "JournalEntry.h"
#include "ListQuery.h"
#include "RecordState.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUuid>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace sitekeeper {

class Database;

// The part of a repository that does not depend on the entity type: it stores and reads an
// entity's bundle JSON through its EntityTable, and writes the audit and journal rows of every
// edit in the same transaction. Repository<T> adds the conversion to and from T.
class RepositoryBase {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Repository)

public:
    const EntityTable& table() const { return m_table; }
    Database& database() const { return m_db; }

    // How many records `query` matches, ignoring its paging; an error when the table cannot be read.
    Result<qint64> count(const ListQuery& query = {}) const;
    // The record's JSON (an entity's toJson()), or an error when there is none or it was deleted.
    Result<QJsonObject> json(const QUuid& id) const { return readJson(id); }
    // The local bookkeeping of a record, tombstones included.
    Result<RecordState> state(const QUuid& id) const;
    // The fields `after` changes against `before` (both records' JSON, as toJson() or json() give
    // it), compared the way their columns store them: a value stored alike is no change, and "id" is
    // never one. Writing the result with patch() touches those fields only.
    FieldPatch diff(const QJsonObject& before, const QJsonObject& after) const;
    // The fields of `patch` changed since its base was read: the store holds neither the value the
    // patch starts from nor the one it writes. An error when the record is gone.
    Result<QList<FieldClash>> clashes(const FieldPatch& patch) const;

    // The server revision of each of `ids` stored here, tombstones included; ids with no row are left
    // out. Reads 100 ids per statement (a pulled page at once instead of a record at a time).
    Result<QHash<QUuid, qint64>> serverRevisions(const QList<QUuid>& ids) const;
    // Sync only: the backend holds the record at `revision`. Writes no audit or journal row.
    Result<void> setServerRevision(const QUuid& id, qint64 revision);
    // Sync only: stores the backend's version of a record (`json` has its "id"; a tombstone when
    // `deleted`) at `serverRevision`. Writes an audit row ("sync") but no journal row: the edit came
    // from the backend and must not go back to it. A record missing locally is created.
    // `actor` is who made the change on the backend (the change feed's changed_by), for the audit row;
    // empty: the database's actor.
    Result<void> applyRemote(const QJsonObject& json, qint64 serverRevision, bool deleted,
                             const QString& actor = QString());

    // Sync only: applyRemote() of many records, in one open transaction (a page of the change feed).
    // A record `absent` here (the caller read serverRevisions() in this transaction and found no
    // row) is stored without reading an old row; new rows go many to a statement, and so do the
    // audit rows, in the order of the records. What waits is written by flush(), which the caller
    // calls before it commits; nothing is written for what waits when the object goes away.
    // applyRemote() is one record through this.
    class RemoteWrites {
    public:
        explicit RemoteWrites(Database& database);
        Result<void> apply(RepositoryBase& repository, const QJsonObject& json, qint64 serverRevision,
                           bool deleted, const QString& actor, bool absent);
        Result<void> flush();

    private:
        struct Rows {
            RepositoryBase* repository = nullptr;
            QVariantList values; // row after row: the columns, the server revision, updated_at
            qsizetype count = 0;
        };
        Result<void> flushRows(Rows& rows);
        Rows& rowsOf(RepositoryBase& repository);

        Database& m_db;
        QList<Rows> m_rows; // new rows waiting, per table
        QList<AuditEntry> m_audit;
    };

    // For the storage layer's own readers (checks): the SELECT list of the entity's columns followed by
    // the bookkeeping ones, and the record JSON of the current row of a query that selected it first.
    const QString& selectColumns() const { return m_selectColumns; }
    int selectedColumnCount() const { return int(m_table.columns.size()) + 4; }
    QJsonObject rowJson(const QSqlQuery& query) const;
    // The site a record belongs to, tombstones included (the site itself for a site); null when the
    // record is partner-wide or unknown.
    QUuid siteOfRecord(const QUuid& id) const;

    // The entity's name for people ("client profile"), translated.
    static QString displayName(const QString& entity);

    // What a write did: a bulk import counts these without asking the store a second time.
    enum class WriteOutcome { Created, Updated, Unchanged };

protected:
    enum class WriteMode { Create, Update, Upsert };

    RepositoryBase(Database& database, const EntityTable& table);
    ~RepositoryBase() = default;

    // The record's JSON, or an error when there is none (or only a tombstone).
    Result<QJsonObject> readJson(const QUuid& id) const;
    // Writes `json` (an entity's toJson()), refusing it with `problems` (its validate()) when there are
    // any; these are also copied to `problemsOut` when given. `outcome`, when given, says what was done.
    Result<void> writeJson(const QJsonObject& json, WriteMode mode, const FieldErrors& problems,
                           FieldErrors* problemsOut, WriteOutcome* outcome = nullptr);
    // Writes the fields of `patch` onto the stored record and leaves every other field as stored, in
    // one transaction with its audit and journal rows (the journal entry holds the written fields
    // only, based on the stored server revision). Fields already at their new value are left out.
    // When any field clashes (see clashes()), nothing is written: the clashes go to `clashesOut` and
    // the error names them. `validate` checks the record as it would be stored.
    Result<void> patchJson(const FieldPatch& patch,
                           const std::function<FieldErrors(const QJsonObject&)>& validate,
                           FieldErrors* problemsOut, QList<FieldClash>* clashesOut);
    // Makes the record a tombstone.
    Result<void> removeRecord(const QUuid& id);
    // One page of records' JSON; an error when the table cannot be read (never a silently short list).
    Result<QList<QJsonObject>> listJson(const ListQuery& query) const;

private:
    struct Stored {
        QJsonObject json;
        QVariantList values; // column values as stored, in the order of m_table.columns
        RecordState state;
    };
    struct Where {
        QString sql;
        QVariantList values;
    };

    Result<std::optional<Stored>> load(const QUuid& id) const;
    QList<FieldClash> clashesWith(const Stored& stored, const FieldPatch& patch) const;
    // Whether a search within one site reads the site's rows with sk_match instead of the index.
    bool matchOnRows(const ListQuery& query) const;
    Where where(const ListQuery& query) const;
    Error notFound(const QUuid& id) const;
    QUuid siteOf(const QJsonObject& json) const;
    Result<void> record(const QUuid& id, const QUuid& siteId, const QString& auditAction,
                        JournalEntry::Action journalAction, const QStringList& fields,
                        const QJsonObject& values, qint64 baseRevision);

    Database& m_db;
    const EntityTable& m_table;
    QString m_selectColumns;
    QString m_insertSql;
    QString m_updateSql;
    QString m_remoteUpdateSql;
    QStringList m_remoteColumns; // a new record's changed fields: every column but "id"
};

} // namespace sitekeeper
