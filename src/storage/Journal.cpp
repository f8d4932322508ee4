// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "Database.h"
#include "EntityTable.h"
#include "StorageLogging.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace sitekeeper {

namespace {

const QString selectColumns = QStringLiteral("SELECT seq, op_id, entity, entity_id, action, fields, "
                                             "base_revision, created_at, state, error, error_code "
                                             "FROM journal ");

// A null QString binds as SQL NULL; the text columns of the journal hold '' instead.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

// Statements over many records take their ids in chunks of a fixed size, so that each is prepared
// once; a short chunk repeats its last id, which `IN` ignores.
constexpr qsizetype idChunk = 100;

const QString& idPlaceholders() {
    static const QString marks = QStringList(idChunk, QStringLiteral("?")).join(QStringLiteral(", "));
    return marks;
}

// Binds one chunk of `ids` (at most idChunk, at least one) from bind position `offset` on.
void bindChunk(QSqlQuery& query, int offset, const QStringList& ids) {
    for (qsizetype i = 0; i < idChunk; ++i)
        query.bindValue(offset + int(i), ids.at(std::min(i, ids.size() - 1)));
}

QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

JournalEntry readEntry(const QSqlQuery& query) {
    JournalEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.opId = QUuid::fromString(query.value(1).toString());
    entry.entity = query.value(2).toString();
    entry.entityId = QUuid::fromString(query.value(3).toString());
    entry.action =
        JournalEntry::actionFromString(query.value(4).toString()).value_or(JournalEntry::Action::Upsert);
    entry.fields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.baseRevision = query.value(6).toLongLong();
    entry.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    entry.state =
        JournalEntry::stateFromString(query.value(8).toString()).value_or(JournalEntry::State::Pending);
    entry.error = query.value(9).toString();
    entry.errorCode = query.value(10).toString();
    return entry;
}

} // namespace

Journal::Journal(Database& database)
    : m_db(database) {}

Result<void> Journal::append(const JournalEntry& entry) {
    auto query = m_db.prepared(QStringLiteral("INSERT INTO journal (op_id, entity, entity_id, action, "
                                              "fields, base_revision, created_at, state, error) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery* insert = query.value();
    const QUuid opId = entry.opId.isNull() ? QUuid::createUuid() : entry.opId;
    insert->bindValue(0, opId.toString(QUuid::WithoutBraces));
    insert->bindValue(1, entry.entity);
    insert->bindValue(2, entry.entityId.toString(QUuid::WithoutBraces));
    insert->bindValue(3, JournalEntry::toString(entry.action));
    insert->bindValue(4, QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)));
    insert->bindValue(5, entry.baseRevision);
    insert->bindValue(6, entry.createdAt.isValid() ? entry.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                                   : m_db.nowText());
    insert->bindValue(7, JournalEntry::toString(entry.state));
    insert->bindValue(8, text(entry.error));
    if (!insert->exec())
        return m_db.sqlError(insert->lastError(), tr("Recording the change for the backend"));
    // Only an entry put back (an undone discard) has a code; every edit's own row leaves the
    // column to its default, so that the write path is the same on every schema version.
    if (!entry.errorCode.isEmpty())
        return setState(opId, entry.state, entry.error, entry.errorCode);
    return {};
}

QList<JournalEntry> Journal::entries(JournalEntry::State state, int limit, qint64 afterSeq) const {
    return select(QStringLiteral("state = ? AND seq > ? ORDER BY seq LIMIT ?"),
                  {JournalEntry::toString(state), afterSeq, limit});
}

QList<JournalEntry> Journal::forEntity(const QString& entity, const QUuid& id) const {
    return select(QStringLiteral("entity = ? AND entity_id = ? ORDER BY seq"),
                  {entity, id.toString(QUuid::WithoutBraces)});
}

QList<JournalEntry> Journal::select(const QString& condition, const QVariantList& values) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE ") + condition);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<JournalEntry> result;
    if (!query.exec()) {
        qCWarning(lcStorage) << "reading the journal failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(readEntry(query));
    return result;
}

int Journal::count(JournalEntry::State state) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE state = ?"));
    query.addBindValue(JournalEntry::toString(state));
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage) << "counting the journal failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

Result<QHash<QUuid, qint64>> Journal::serverRevisions(const QList<JournalEntry>& entries) const {
    QHash<QString, QStringList> idsByEntity;
    for (const JournalEntry& entry : entries)
        idsByEntity[entry.entity].append(uuidText(entry.entityId));
    QHash<QUuid, qint64> revisions;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const EntityTable* table = EntityTable::find(it.key());
        if (!table)
            continue;
        auto query = m_db.prepared(QStringLiteral("SELECT id, server_revision FROM \"%1\" WHERE id IN (%2)")
                                       .arg(table->table, idPlaceholders()));
        if (!query)
            return query.error();
        QSqlQuery* select = query.value();
        for (qsizetype first = 0; first < it->size(); first += idChunk) {
            bindChunk(*select, 0, it->mid(first, idChunk));
            if (!select->exec())
                return m_db.sqlError(select->lastError(), tr("Reading the revisions the outbox is based on"));
            while (select->next())
                revisions.insert(QUuid::fromString(select->value(0).toString()),
                                 select->value(1).toLongLong());
        }
        select->finish();
    }
    return revisions;
}

Result<void> Journal::markSent(const QList<QUuid>& opIds) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // One statement per chunk rather than per op: a push marks a whole batch at once.
    auto query = m_db.prepared(
        QStringLiteral("UPDATE journal SET state = ?, error = '', error_code = '' WHERE op_id IN (%1)")
            .arg(idPlaceholders()));
    if (!query)
        return query.error();
    QSqlQuery* update = query.value();
    for (qsizetype first = 0; first < opIds.size(); first += idChunk) {
        const QList<QUuid> chunk = opIds.mid(first, idChunk);
        QStringList ids;
        ids.reserve(chunk.size());
        for (const QUuid& opId : chunk)
            ids.append(uuidText(opId));
        update->bindValue(0, JournalEntry::toString(JournalEntry::State::Sent));
        bindChunk(*update, 1, ids);
        if (!update->exec())
            return m_db.sqlError(update->lastError(), tr("Updating the outbox"));
        if (update->numRowsAffected() < QSet<QString>(ids.cbegin(), ids.cend()).size()) {
            // Some op is not in the outbox: one at a time, to name it.
            for (const QUuid& opId : chunk) {
                if (auto marked = setState(opId, JournalEntry::State::Sent, QString()); !marked)
                    return marked;
            }
        }
    }
    return tx.commit();
}

Result<void> Journal::markNeedsAttention(const QUuid& opId, const QString& error, const QString& code) {
    return setState(opId, JournalEntry::State::NeedsAttention, error, code);
}

Result<void> Journal::markPending(const QUuid& opId) {
    return setState(opId, JournalEntry::State::Pending, QString());
}

Result<void> Journal::setState(const QUuid& opId, JournalEntry::State state, const QString& error,
                               const QString& code) {
    auto query = m_db.prepared(
        QStringLiteral("UPDATE journal SET state = ?, error = ?, error_code = ? WHERE op_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* update = query.value();
    update->bindValue(0, JournalEntry::toString(state));
    update->bindValue(1, text(error));
    update->bindValue(2, text(code));
    update->bindValue(3, uuidText(opId));
    if (!update->exec())
        return m_db.sqlError(update->lastError(), tr("Updating the outbox"));
    if (update->numRowsAffected() == 0)
        return missing(opId);
    return {};
}

Error Journal::missing(const QUuid& opId) const {
    return Error{
        tr("The outbox has no operation %1. It may have been sent already; sync again.").arg(uuidText(opId)),
        m_db.path(), Error::Kind::NotFound};
}

Result<void> Journal::requeue(const QUuid& opId, const QUuid& newOpId, const QJsonObject& fields) {
    auto query = m_db.prepared(
        QStringLiteral("UPDATE journal SET op_id = ?, fields = ?, state = ?, error = '', error_code = '' "
                       "WHERE op_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* update = query.value();
    update->bindValue(0, uuidText(newOpId));
    update->bindValue(1, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    update->bindValue(2, JournalEntry::toString(JournalEntry::State::Pending));
    update->bindValue(3, uuidText(opId));
    if (!update->exec())
        return m_db.sqlError(update->lastError(), tr("Updating the outbox"));
    if (update->numRowsAffected() == 0)
        return missing(opId);
    return {};
}

Result<JournalEntry> Journal::get(const QUuid& opId) const {
    const QList<JournalEntry> found = select(QStringLiteral("op_id = ?"), {uuidText(opId)});
    if (found.isEmpty())
        return missing(opId);
    return found.constFirst();
}

Result<void> Journal::remove(const QUuid& opId) {
    auto query = m_db.prepared(QStringLiteral("DELETE FROM journal WHERE op_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* erase = query.value();
    erase->bindValue(0, uuidText(opId));
    if (!erase->exec())
        return m_db.sqlError(erase->lastError(), tr("Updating the outbox"));
    if (erase->numRowsAffected() == 0)
        return missing(opId);
    return {};
}

} // namespace sitekeeper
