#pragma once

#include "JournalEntry.h"
#include "Result.h"

#include <QCoreApplication>
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

    // The oldest `limit` entries in `state`, oldest first.
    QList<JournalEntry> entries(JournalEntry::State state, int limit = 100) const;
    QList<JournalEntry> pending(int limit = 100) const {
        return entries(JournalEntry::State::Pending, limit);
    }
    // Every entry of one record, oldest first.
    QList<JournalEntry> forEntity(const QString& entity, const QUuid& id) const;
    int count(JournalEntry::State state = JournalEntry::State::Pending) const;

    Result<void> markSent(const QList<QUuid>& opIds);
    // The backend rejected the edit: it stays in the outbox for the user to correct.
    Result<void> markNeedsAttention(const QUuid& opId, const QString& error);
    // Sends an entry that needed attention again.
    Result<void> markPending(const QUuid& opId);

private:
    QList<JournalEntry> select(const QString& condition, const QVariantList& values) const;
    Result<void> setState(const QUuid& opId, JournalEntry::State state, const QString& error);

    Database& m_db;
};

} // namespace sitekeeper
