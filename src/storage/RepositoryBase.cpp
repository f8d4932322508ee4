// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepositoryBase.h"

#include "AuditLog.h"
#include "Database.h"
#include "EntityKind.h"
#include "FullTextMatch.h"
#include "FullTextQuery.h"
#include "Journal.h"
#include "StorageLogging.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace sitekeeper {

namespace {

using Kind = EntityTable::Kind;

const QString idColumn = QStringLiteral("id");
const QString bookkeepingColumns = QStringLiteral("revision, server_revision, deleted, updated_at");

// Identifiers come from EntityTable only, never from a caller; quoting still keeps keywords such as
// "references" and "window" usable as names.
QString quoted(const QString& identifier) {
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

// The value a column holds for a JSON value, normalised so that equal values compare equal.
QVariant storedValue(Kind kind, const QJsonValue& value) {
    return EntityTable::toSql(kind, value);
}

bool sameValue(const QVariant& a, const QVariant& b) {
    // QVariant compares a null string equal to an empty one; a cleared date is still a change.
    return a.isNull() == b.isNull() && a == b;
}

// `LIKE` pattern matching `word` anywhere, with the pattern characters of the word escaped.
QString containsPattern(QString word) {
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

RepositoryBase::RepositoryBase(Database& database, const EntityTable& table)
    : m_db(database)
    , m_table(table) {
    QStringList columns;
    QStringList assignments;
    for (const EntityTable::Column& column : m_table.columns) {
        columns.append(quoted(column.name));
        assignments.append(quoted(column.name) + QStringLiteral(" = ?"));
    }
    m_selectColumns = columns.join(QStringLiteral(", ")) + QStringLiteral(", ") + bookkeepingColumns;
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2, revision, deleted, updated_at) VALUES (%3, 1, 0, ?)")
                      .arg(quoted(m_table.table), columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    m_updateSql =
        QStringLiteral("UPDATE %1 SET %2, revision = revision + 1, deleted = 0, updated_at = ? WHERE id = ?")
            .arg(quoted(m_table.table), assignments.join(QStringLiteral(", ")));
    // The backend's version with its revision in the same statement: a second UPDATE of the row would
    // run the full-text trigger again (a delete and an insert in the index).
    m_remoteUpdateSql = QStringLiteral("UPDATE %1 SET %2, revision = revision + 1, server_revision = ?, "
                                       "deleted = 0, updated_at = ? WHERE id = ?")
                            .arg(quoted(m_table.table), assignments.join(QStringLiteral(", ")));
    for (const EntityTable::Column& column : m_table.columns) {
        if (column.name != idColumn)
            m_remoteColumns.append(column.name);
    }
}

QString RepositoryBase::displayName(const QString& entity) {
    static constexpr std::pair<const char*, const char*> names[] = {
        {"site", QT_TRANSLATE_NOOP("sitekeeper::Repository", "site")},
        {"client_profile", QT_TRANSLATE_NOOP("sitekeeper::Repository", "client profile")},
        {"reference", QT_TRANSLATE_NOOP("sitekeeper::Repository", "reference")},
        {"approval_type", QT_TRANSLATE_NOOP("sitekeeper::Repository", "approval type")},
        {"approver", QT_TRANSLATE_NOOP("sitekeeper::Repository", "approver")},
        {"notification_rule", QT_TRANSLATE_NOOP("sitekeeper::Repository", "notification rule")},
        {"partner_contact", QT_TRANSLATE_NOOP("sitekeeper::Repository", "partner contact")},
        {"credential", QT_TRANSLATE_NOOP("sitekeeper::Repository", "credential")},
        {"escalation", QT_TRANSLATE_NOOP("sitekeeper::Repository", "escalation")},
        {"partner_settings", QT_TRANSLATE_NOOP("sitekeeper::Repository", "partner settings")},
    };
    for (const auto& [name, display] : names) {
        if (entity == QLatin1String(name))
            return tr(display);
    }
    return entity;
}

Error RepositoryBase::notFound(const QUuid& id) const {
    return Error{tr("The %1 %2 does not exist (it may have been deleted).")
                     .arg(displayName(m_table.entity), uuidText(id)),
                 m_table.entity, Error::Kind::NotFound};
}

QUuid RepositoryBase::siteOf(const QJsonObject& json) const {
    if (entityKindFromName(m_table.entity) == EntityKind::Site)
        return QUuid::fromString(json.value(idColumn).toString());
    if (m_table.siteColumn.isEmpty())
        return {};
    return QUuid::fromString(json.value(m_table.siteColumn).toString());
}

Result<std::optional<RepositoryBase::Stored>> RepositoryBase::load(const QUuid& id) const {
    auto prepared = m_db.prepared(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(m_selectColumns, quoted(m_table.table)));
    if (!prepared)
        return prepared.error();
    QSqlQuery* query = prepared.value();
    query->bindValue(0, uuidText(id));
    if (!query->exec())
        return m_db.sqlError(query->lastError(), tr("Reading the %1").arg(displayName(m_table.entity)));
    if (!query->next()) {
        query->finish();
        return std::optional<Stored>();
    }
    Stored stored;
    const int columnCount = int(m_table.columns.size());
    for (int i = 0; i < columnCount; ++i) {
        const EntityTable::Column& column = m_table.columns.at(i);
        const QVariant raw = query->value(i);
        const QJsonValue value = EntityTable::fromSql(column.kind, raw);
        stored.json.insert(column.name, value);
        stored.values.append(storedValue(column.kind, value));
    }
    stored.state.revision = query->value(columnCount).toLongLong();
    stored.state.serverRevision = query->value(columnCount + 1).toLongLong();
    stored.state.deleted = query->value(columnCount + 2).toLongLong() != 0;
    stored.state.updatedAt =
        QDateTime::fromString(query->value(columnCount + 3).toString(), Qt::ISODateWithMs);
    query->finish();
    return std::optional<Stored>(std::move(stored));
}

QJsonObject RepositoryBase::rowJson(const QSqlQuery& query) const {
    QJsonObject json;
    const int columnCount = int(m_table.columns.size());
    for (int i = 0; i < columnCount; ++i) {
        const EntityTable::Column& column = m_table.columns.at(i);
        json.insert(column.name, EntityTable::fromSql(column.kind, query.value(i)));
    }
    return json;
}

QUuid RepositoryBase::siteOfRecord(const QUuid& id) const {
    auto loaded = load(id);
    if (!loaded || !loaded.value())
        return {};
    return siteOf(loaded.value()->json);
}

Result<QJsonObject> RepositoryBase::readJson(const QUuid& id) const {
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    if (!loaded.value() || loaded.value()->state.deleted)
        return notFound(id);
    return loaded.value()->json;
}

Result<RecordState> RepositoryBase::state(const QUuid& id) const {
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return notFound(id);
    return loaded.value()->state;
}

Result<void> RepositoryBase::writeJson(const QJsonObject& json, WriteMode mode, const FieldErrors& problems,
                                       FieldErrors* problemsOut, WriteOutcome* outcome) {
    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldError& problem : problems)
            lines.append(problem.field + QStringLiteral(": ") + problem.message);
        return Error{tr("The %1 was not saved because some fields need correcting: %2.")
                         .arg(displayName(m_table.entity), lines.join(QStringLiteral("; "))),
                     problems.constFirst().field, Error::Kind::Invalid};
    }
    const QUuid id = QUuid::fromString(json.value(idColumn).toString());
    if (id.isNull()) {
        return Error{tr("The %1 has no id and was not saved.").arg(displayName(m_table.entity)), idColumn,
                     Error::Kind::Invalid};
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    const std::optional<Stored>& old = loaded.value();
    if (mode == WriteMode::Create && old) {
        return Error{tr("A %1 with the id %2 already exists%3.")
                         .arg(displayName(m_table.entity), uuidText(id),
                              old->state.deleted ? tr(" (deleted)") : QString()),
                     idColumn, Error::Kind::Conflict};
    }
    if (mode == WriteMode::Update && (!old || old->state.deleted))
        return notFound(id);

    QVariantList values;
    QStringList changed;
    QJsonObject changedValues;
    for (int i = 0; i < m_table.columns.size(); ++i) {
        const EntityTable::Column& column = m_table.columns.at(i);
        values.append(storedValue(column.kind, json.value(column.name)));
        if (column.name == idColumn)
            continue;
        if (!old || old->state.deleted || !sameValue(values.constLast(), old->values.at(i))) {
            changed.append(column.name);
            changedValues.insert(column.name, json.value(column.name));
        }
    }
    const bool live = old && !old->state.deleted;
    if (outcome)
        *outcome = !live               ? WriteOutcome::Created
                   : changed.isEmpty() ? WriteOutcome::Unchanged
                                       : WriteOutcome::Updated;
    if (live && changed.isEmpty())
        return {}; // a no-op edit leaves no trace

    const QString now = m_db.nowText();
    auto prepared = m_db.prepared(old ? m_updateSql : m_insertSql);
    if (!prepared)
        return prepared.error();
    QSqlQuery* write = prepared.value();
    int index = 0;
    for (const QVariant& value : std::as_const(values))
        write->bindValue(index++, value);
    write->bindValue(index++, now);
    if (old)
        write->bindValue(index++, uuidText(id));
    if (!write->exec())
        return m_db.sqlError(write->lastError(), tr("Saving the %1").arg(displayName(m_table.entity)));

    const qint64 baseRevision = old ? old->state.serverRevision : 0;
    Result<void> recorded;
    if (live) {
        recorded = record(id, siteOf(json), QStringLiteral("update"), JournalEntry::Action::Patch, changed,
                          changedValues, baseRevision);
    } else {
        recorded = record(id, siteOf(json), old ? QStringLiteral("restore") : QStringLiteral("create"),
                          JournalEntry::Action::Upsert, changed, changedValues, baseRevision);
    }
    if (!recorded)
        return recorded;
    return tx.commit();
}

FieldPatch RepositoryBase::diff(const QJsonObject& before, const QJsonObject& after) const {
    FieldPatch patch;
    patch.id = QUuid::fromString(after.value(idColumn).toString());
    if (patch.id.isNull())
        patch.id = QUuid::fromString(before.value(idColumn).toString());
    for (const EntityTable::Column& column : m_table.columns) {
        if (column.name == idColumn)
            continue;
        const QJsonValue was = before.value(column.name);
        const QJsonValue now = after.value(column.name);
        if (!sameValue(storedValue(column.kind, was), storedValue(column.kind, now))) {
            patch.before.insert(column.name, was);
            patch.after.insert(column.name, now);
        }
    }
    return patch;
}

QList<FieldClash> RepositoryBase::clashesWith(const Stored& stored, const FieldPatch& patch) const {
    QList<FieldClash> clashes;
    for (int i = 0; i < m_table.columns.size(); ++i) {
        const EntityTable::Column& column = m_table.columns.at(i);
        if (column.name == idColumn || !patch.after.contains(column.name))
            continue;
        const QVariant& now = stored.values.at(i);
        const QJsonValue mine = patch.after.value(column.name);
        const QJsonValue base = patch.before.value(column.name);
        // A field already holding the new value is no clash: both sides agree.
        if (sameValue(now, storedValue(column.kind, mine)) || sameValue(now, storedValue(column.kind, base)))
            continue;
        clashes.append(FieldClash{column.name, base, mine, stored.json.value(column.name)});
    }
    return clashes;
}

Result<QList<FieldClash>> RepositoryBase::clashes(const FieldPatch& patch) const {
    auto loaded = load(patch.id);
    if (!loaded)
        return loaded.error();
    if (!loaded.value() || loaded.value()->state.deleted)
        return notFound(patch.id);
    return clashesWith(*loaded.value(), patch);
}

Result<void> RepositoryBase::patchJson(const FieldPatch& patch,
                                       const std::function<FieldErrors(const QJsonObject&)>& validate,
                                       FieldErrors* problemsOut, QList<FieldClash>* clashesOut) {
    if (clashesOut)
        clashesOut->clear();
    if (problemsOut)
        problemsOut->clear();
    for (auto it = patch.after.begin(); it != patch.after.end(); ++it) {
        if (it.key() == idColumn || !m_table.column(it.key()))
            return Error{tr("A %1 has no field \"%2\" that an edit could change.")
                             .arg(displayName(m_table.entity), it.key()),
                         it.key()};
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto loaded = load(patch.id);
    if (!loaded)
        return loaded.error();
    const std::optional<Stored>& old = loaded.value();
    if (!old || old->state.deleted)
        return notFound(patch.id);
    const QList<FieldClash> clashes = clashesWith(*old, patch);
    if (!clashes.isEmpty()) {
        QStringList fields;
        for (const FieldClash& clash : clashes)
            fields.append(clash.field);
        if (clashesOut)
            *clashesOut = clashes;
        return Error{
            tr("The %1 %2 changed since this edit began (%3): nothing was saved. Read it again and "
               "repeat the edit.")
                .arg(displayName(m_table.entity), uuidText(patch.id), fields.join(QStringLiteral(", "))),
            fields.constFirst()};
    }
    const QJsonObject json = patch.appliedTo(old->json);
    if (auto written = writeJson(json, WriteMode::Update, validate(json), problemsOut); !written)
        return written;
    return tx.commit();
}

Result<void> RepositoryBase::removeRecord(const QUuid& id) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    const std::optional<Stored>& old = loaded.value();
    if (!old || old->state.deleted)
        return notFound(id);

    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE %1 SET deleted = 1, revision = revision + 1, updated_at = ? WHERE id = ?")
            .arg(quoted(m_table.table)));
    if (!prepared)
        return prepared.error();
    QSqlQuery* write = prepared.value();
    write->bindValue(0, m_db.nowText());
    write->bindValue(1, uuidText(id));
    if (!write->exec())
        return m_db.sqlError(write->lastError(), tr("Deleting the %1").arg(displayName(m_table.entity)));
    if (auto recorded = record(id, siteOf(old->json), QStringLiteral("delete"), JournalEntry::Action::Delete,
                               {}, {}, old->state.serverRevision);
        !recorded)
        return recorded;
    return tx.commit();
}

Result<void> RepositoryBase::record(const QUuid& id, const QUuid& siteId, const QString& auditAction,
                                    JournalEntry::Action journalAction, const QStringList& fields,
                                    const QJsonObject& values, qint64 baseRevision) {
    AuditEntry audit;
    audit.entity = m_table.entity;
    audit.entityId = id;
    audit.siteId = siteId;
    audit.action = auditAction;
    audit.fields = fields;
    if (auto written = AuditLog(m_db).append(audit); !written)
        return written;

    JournalEntry entry;
    entry.entity = m_table.entity;
    entry.entityId = id;
    entry.action = journalAction;
    entry.fields = values;
    entry.baseRevision = baseRevision;
    return Journal(m_db).append(entry);
}

Result<QHash<QUuid, qint64>> RepositoryBase::serverRevisions(const QList<QUuid>& ids) const {
    // Chunks of a fixed size, so that the statement is prepared once; a short chunk repeats its last
    // id, which `IN` ignores.
    constexpr qsizetype chunk = 100;
    QHash<QUuid, qint64> revisions;
    if (ids.isEmpty())
        return revisions;
    static const QString marks = QStringList(chunk, QStringLiteral("?")).join(QStringLiteral(", "));
    auto prepared = m_db.prepared(QStringLiteral("SELECT id, server_revision FROM %1 WHERE id IN (%2)")
                                      .arg(quoted(m_table.table), marks));
    if (!prepared)
        return prepared.error();
    QSqlQuery* select = prepared.value();
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const qsizetype count = std::min(chunk, ids.size() - first);
        for (qsizetype i = 0; i < chunk; ++i)
            select->bindValue(int(i), uuidText(ids.at(first + std::min(i, count - 1))));
        if (!select->exec())
            return m_db.sqlError(select->lastError(),
                                 tr("Reading the %1 records").arg(displayName(m_table.entity)));
        while (select->next())
            revisions.insert(QUuid::fromString(select->value(0).toString()), select->value(1).toLongLong());
    }
    select->finish();
    return revisions;
}

Result<void> RepositoryBase::setServerRevision(const QUuid& id, qint64 revision) {
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE %1 SET server_revision = ? WHERE id = ?").arg(quoted(m_table.table)));
    if (!prepared)
        return prepared.error();
    QSqlQuery* write = prepared.value();
    write->bindValue(0, revision);
    write->bindValue(1, uuidText(id));
    if (!write->exec())
        return m_db.sqlError(write->lastError(), tr("Saving the %1").arg(displayName(m_table.entity)));
    if (write->numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Result<void> RepositoryBase::applyRemote(const QJsonObject& json, qint64 serverRevision, bool deleted,
                                         const QString& actor) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    RemoteWrites writes(m_db);
    if (auto applied = writes.apply(*this, json, serverRevision, deleted, actor, false); !applied)
        return applied;
    if (auto flushed = writes.flush(); !flushed)
        return flushed;
    return tx.commit();
}

RepositoryBase::RemoteWrites::RemoteWrites(Database& database)
    : m_db(database) {}

RepositoryBase::RemoteWrites::Rows& RepositoryBase::RemoteWrites::rowsOf(RepositoryBase& repository) {
    for (Rows& rows : m_rows) {
        if (rows.repository == &repository)
            return rows;
    }
    m_rows.append(Rows{&repository, {}, 0});
    return m_rows.last();
}

Result<void> RepositoryBase::RemoteWrites::apply(RepositoryBase& repository, const QJsonObject& json,
                                                 qint64 serverRevision, bool deleted, const QString& actor,
                                                 bool absent) {
    // New rows of one statement: one full-text savepoint (a flush of the index's pending terms) and
    // one statement journal per statement instead of per record.
    constexpr qsizetype rowsPerStatement = 100;
    const EntityTable& table = repository.m_table;
    const QUuid id = QUuid::fromString(json.value(idColumn).toString());
    if (id.isNull())
        return Error{tr("The backend sent a %1 without an id.").arg(displayName(table.entity)), idColumn,
                     Error::Kind::Invalid};
    std::optional<Stored> old;
    if (!absent) {
        // Its row may be waiting among the new ones.
        if (auto flushed = flushRows(rowsOf(repository)); !flushed)
            return flushed;
        auto loaded = repository.load(id);
        if (!loaded)
            return loaded.error();
        old = std::move(loaded).value();
    }
    const QString now = m_db.nowText();
    AuditEntry audit;
    audit.entity = table.entity;
    audit.entityId = id;
    audit.action = QStringLiteral("sync");
    audit.actor = actor;
    if (deleted) {
        if (!old || old->state.deleted)
            return {}; // nothing here to delete
        auto prepared = m_db.prepared(QStringLiteral("UPDATE %1 SET deleted = 1, revision = revision + 1, "
                                                     "server_revision = ?, updated_at = ? WHERE id = ?")
                                          .arg(quoted(table.table)));
        if (!prepared)
            return prepared.error();
        QSqlQuery* write = prepared.value();
        write->bindValue(0, serverRevision);
        write->bindValue(1, now);
        write->bindValue(2, uuidText(id));
        if (!write->exec())
            return m_db.sqlError(write->lastError(), tr("Deleting the %1").arg(displayName(table.entity)));
        audit.siteId = repository.siteOf(old->json);
    } else if (!old) {
        Rows& rows = rowsOf(repository);
        for (const EntityTable::Column& column : table.columns)
            rows.values.append(storedValue(column.kind, json.value(column.name)));
        rows.values.append(serverRevision);
        rows.values.append(now);
        ++rows.count;
        audit.siteId = repository.siteOf(json);
        audit.fields = repository.m_remoteColumns;
        if (rows.count >= rowsPerStatement) {
            if (auto flushed = flushRows(rows); !flushed)
                return flushed;
        }
    } else {
        auto prepared = m_db.prepared(repository.m_remoteUpdateSql);
        if (!prepared)
            return prepared.error();
        QSqlQuery* write = prepared.value();
        int index = 0;
        for (int i = 0; i < table.columns.size(); ++i) {
            const EntityTable::Column& column = table.columns.at(i);
            const QVariant value = storedValue(column.kind, json.value(column.name));
            if (column.name != idColumn && !sameValue(value, old->values.at(i)))
                audit.fields.append(column.name);
            write->bindValue(index++, value);
        }
        write->bindValue(index++, serverRevision);
        write->bindValue(index++, now);
        write->bindValue(index++, uuidText(id));
        if (!write->exec())
            return m_db.sqlError(write->lastError(), tr("Saving the %1").arg(displayName(table.entity)));
        audit.siteId = repository.siteOf(json);
    }
    m_audit.append(std::move(audit));
    return {};
}

Result<void> RepositoryBase::RemoteWrites::flushRows(Rows& rows) {
    if (rows.count == 0)
        return {};
    const EntityTable& table = rows.repository->m_table;
    QStringList names;
    for (const EntityTable::Column& column : table.columns)
        names.append(quoted(column.name));
    const QString row = QLatin1Char('(') +
                        QStringList(table.columns.size(), QStringLiteral("?")).join(u", ") +
                        QStringLiteral(", 1, ?, 0, ?)");
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2, revision, server_revision, deleted, updated_at) VALUES %3")
            .arg(quoted(table.table), names.join(QStringLiteral(", ")),
                 QStringList(rows.count, row).join(QStringLiteral(", ")));
    auto prepared = m_db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery* insert = prepared.value();
    Q_ASSERT(rows.values.size() == rows.count * (table.columns.size() + 2));
    for (qsizetype i = 0; i < rows.values.size(); ++i)
        insert->bindValue(int(i), rows.values.at(i));
    const bool ok = insert->exec();
    rows.values.clear();
    rows.count = 0;
    if (!ok)
        return m_db.sqlError(insert->lastError(), tr("Saving the %1").arg(displayName(table.entity)));
    return {};
}

Result<void> RepositoryBase::RemoteWrites::flush() {
    for (Rows& rows : m_rows) {
        if (auto flushed = flushRows(rows); !flushed)
            return flushed;
    }
    if (m_audit.isEmpty())
        return {};
    const Result<void> written = AuditLog(m_db).append(m_audit);
    m_audit.clear();
    return written;
}

bool RepositoryBase::matchOnRows(const ListQuery& query) const {
    // The index answers a prefix of one or two letters with a large part of the table ("a" matches
    // most of a million profiles) before the site condition can apply; a site's own rows are fewer.
    // Longer words, and sites too large to read, stay with the index.
    constexpr int shortWord = 2;
    constexpr int largestSite = 20'000;
    if (m_table.matchColumns().isEmpty() || !query.siteId || query.siteId->isNull() ||
        m_table.siteColumn.isEmpty())
        return false;
    if (FullTextMatch::shortestWord(query.search) > shortWord)
        return false;
    auto prepared =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 = ? LIMIT %3)")
                          .arg(quoted(m_table.table), quoted(m_table.siteColumn))
                          .arg(largestSite + 1));
    if (!prepared)
        return false;
    QSqlQuery* count = prepared.value();
    count->bindValue(0, uuidText(*query.siteId));
    const bool small = count->exec() && count->next() && count->value(0).toInt() <= largestSite;
    count->finish();
    return small;
}

RepositoryBase::Where RepositoryBase::where(const ListQuery& query) const {
    Where result;
    QStringList conditions;
    if (!query.includeDeleted)
        conditions.append(QStringLiteral("deleted = 0"));
    if (query.siteId && !m_table.siteColumn.isEmpty()) {
        if (query.siteId->isNull()) {
            conditions.append(quoted(m_table.siteColumn) + QStringLiteral(" IS NULL"));
        } else {
            conditions.append(quoted(m_table.siteColumn) + QStringLiteral(" = ?"));
            result.values.append(uuidText(*query.siteId));
        }
    }
    if (!query.status.isEmpty() && !m_table.statusColumn.isEmpty()) {
        conditions.append(quoted(m_table.statusColumn) + QStringLiteral(" = ?"));
        result.values.append(query.status);
    }
    if (!query.rangeColumn.isEmpty()) {
        if (m_table.column(query.rangeColumn)) {
            const auto bound = [](const QVariant& value) {
                return value.typeId() == QMetaType::QDate ? QVariant(value.toDate().toString(Qt::ISODate))
                                                          : value;
            };
            if (!query.rangeFrom.isNull()) {
                conditions.append(quoted(query.rangeColumn) + QStringLiteral(" >= ?"));
                result.values.append(bound(query.rangeFrom));
            }
            if (!query.rangeTo.isNull()) {
                conditions.append(quoted(query.rangeColumn) + QStringLiteral(" <= ?"));
                result.values.append(bound(query.rangeTo));
            }
        } else {
            qCWarning(lcStorage) << "cannot filter" << m_table.table << "by unknown column"
                                 << query.rangeColumn;
        }
    }
    if (!query.search.trimmed().isEmpty()) {
        // The full-text index exists from schema version 2 on; before, and for entities without one,
        // every word must appear in the display key.
        if (!m_table.ftsTable.isEmpty() && m_db.schemaVersion() >= 2) {
            const QString match = FullTextQuery::fromUserText(query.search);
            if (!match.isEmpty() && matchOnRows(query)) {
                QStringList columns;
                for (const QString& column : m_table.matchColumns())
                    columns.append(quoted(column));
                conditions.append(QStringLiteral("sk_match(?, %1)").arg(columns.join(QStringLiteral(", "))));
                result.values.append(query.search);
            } else if (!match.isEmpty()) {
                conditions.append(
                    QStringLiteral("seq IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(m_table.ftsTable));
                result.values.append(match);
            }
        } else {
            for (const QString& word : query.search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                conditions.append(quoted(m_table.displayColumn) + QStringLiteral(" LIKE ? ESCAPE '\\'"));
                result.values.append(containsPattern(word));
            }
        }
    }
    if (!conditions.isEmpty())
        result.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

Result<QList<QJsonObject>> RepositoryBase::listJson(const ListQuery& query) const {
    Where filter = where(query);
    const EntityTable::Column* sortColumn = m_table.column(query.orderBy);
    if (!query.orderBy.isEmpty() && !sortColumn)
        qCWarning(lcStorage) << "cannot sort" << m_table.table << "by unknown column" << query.orderBy;
    if (!sortColumn)
        sortColumn = m_table.column(m_table.displayColumn);
    const bool descending = query.order == Qt::DescendingOrder;
    const QString sortKey = quoted(sortColumn->name) +
                            (sortColumn->kind == Kind::Text ? QStringLiteral(" COLLATE NOCASE") : QString());

    if (!query.afterId.isNull()) {
        const QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
        filter.sql += (filter.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                      QStringLiteral("(%1 %2 ? OR (%1 = ? AND id %2 ?))").arg(sortKey, op);
        filter.values << query.afterValue << query.afterValue << uuidText(query.afterId);
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5, id%5 LIMIT ? OFFSET ?")
                            .arg(m_selectColumns, quoted(m_table.table), filter.sql, sortKey, direction);

    const QString doing = tr("Listing the %1 records").arg(displayName(m_table.entity));
    auto prepared = m_db.prepared(sql, doing);
    if (!prepared)
        return prepared.error();
    QSqlQuery* select = prepared.value();
    int index = 0;
    for (const QVariant& value : std::as_const(filter.values))
        select->bindValue(index++, value);
    select->bindValue(index++, query.limit < 0 ? -1 : query.limit);
    select->bindValue(index++, qMax(0, query.offset));
    if (!select->exec())
        return m_db.sqlError(select->lastError(), doing);
    QList<QJsonObject> result;
    while (select->next()) {
        QJsonObject json;
        for (int i = 0; i < m_table.columns.size(); ++i) {
            const EntityTable::Column& column = m_table.columns.at(i);
            json.insert(column.name, EntityTable::fromSql(column.kind, select->value(i)));
        }
        result.append(json);
    }
    // A step that fails half-way (a damaged page) ends the loop like the last row: ask which it was.
    if (select->lastError().isValid()) {
        const Error failed = m_db.sqlError(select->lastError(), doing);
        select->finish();
        return failed;
    }
    select->finish();
    return result;
}

Result<qint64> RepositoryBase::count(const ListQuery& query) const {
    const Where filter = where(query);
    const QString doing = tr("Counting the %1 records").arg(displayName(m_table.entity));
    auto prepared = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM %1%2").arg(quoted(m_table.table), filter.sql), doing);
    if (!prepared)
        return prepared.error();
    QSqlQuery* select = prepared.value();
    int index = 0;
    for (const QVariant& value : filter.values)
        select->bindValue(index++, value);
    if (!select->exec() || !select->next()) {
        const Error failed = m_db.sqlError(select->lastError(), doing);
        select->finish();
        return failed;
    }
    const qint64 total = select->value(0).toLongLong();
    select->finish();
    return total;
}

} // namespace sitekeeper
