// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace sitekeeper {

class Database;

// The outbox: every local edit, in order, until the backend has it. Repositories append to it in
// the transaction of the edit; sync reads the pending entries and marks what became of them.
class Journal {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Journal)

public:
    explicit Journal(Database& database);

    // Adds an entry; a null opId gets a fresh one, an invalid createdAt the database clock's time.
    Result<void> append(const JournalEntry& entry);

    // The oldest `limit` entries in `state` after sequence number `afterSeq`, oldest first.
    QList<JournalEntry> entries(JournalEntry::State state, int limit = 100, qint64 afterSeq = 0) const;
    QList<JournalEntry> pending(int limit = 100, qint64 afterSeq = 0) const {
        return entries(JournalEntry::State::Pending, limit, afterSeq);
    }
    // Every entry of one record, oldest first.
    QList<JournalEntry> forEntity(const QString& entity, const QUuid& id) const;
    int count(JournalEntry::State state = JournalEntry::State::Pending) const;
    // The backend revision the local copy of each entry's record holds (its `server_revision`), by
    // record id; records missing locally are left out. One query per entity and 100 records, where
    // loading each record would be one query per entry: sync bases a whole batch of ops on these.
    Result<QHash<QUuid, qint64>> serverRevisions(const QList<JournalEntry>& entries) const;

    Result<void> markSent(const QList<QUuid>& opIds);
    // The backend rejected the edit: it stays in the outbox for the user to correct, with the
    // backend's errors and code (see JournalEntry::errorCode).
    Result<void> markNeedsAttention(const QUuid& opId, const QString& error, const QString& code = QString());
    // Sends an entry that needed attention again.
    Result<void> markPending(const QUuid& opId);
    // Sends an entry that needed attention again as a new operation `newOpId` carrying `fields` (the
    // backend answers an op id it has seen with its first answer, so a retry needs a fresh one).
    Result<void> requeue(const QUuid& opId, const QUuid& newOpId, const QJsonObject& fields);
    // The entry with `opId`, or a NotFound error.
    Result<JournalEntry> get(const QUuid& opId) const;
    // Drops an entry from the outbox (a rejected edit the user discarded; append() puts it back).
    Result<void> remove(const QUuid& opId);

private:
    QList<JournalEntry> select(const QString& condition, const QVariantList& values) const;
    Result<void> setState(const QUuid& opId, JournalEntry::State state, const QString& error,
                          const QString& code = QString());
    Error missing(const QUuid& opId) const;

    Database& m_db;
};

} // namespace sitekeeper
