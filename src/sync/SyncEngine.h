// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Changes.h"
#include "Conflicts.h"
#include "JournalEntry.h"
#include "Op.h"
#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace sitekeeper {

class BackendClient;
class RepositoryBase;
class Store;

// Sync of one workspace with the backend: push drains the outbox in batches (in edit order, at
// most one op per record per batch so that each op is based on the answer to the one before; the
// next batch goes out while the backend works on the one before, with no record in both);
// pull applies the change feed page by page and keeps the cursor only once a page is stored.
// A conflict is merged field by field against the base: fields only one side changed are both
// kept, a field both changed to different values becomes one conflict record for the user.
// Everything is asynchronous: start one of push(), pull(), sync() and wait for finished().
class SyncEngine : public QObject {
    Q_OBJECT

public:
    struct Summary {
        qint64 applied = 0;   // ops the backend took
        qint64 rejected = 0;  // ops that now need attention
        qint64 conflicts = 0; // conflict records made
        qint64 merged = 0;    // ops that met a concurrent change and were merged
        qint64 pulled = 0;    // remote changes applied locally
        QString error;        // why the run stopped early; empty on success
    };
    enum class Take { Mine, Theirs };
    // What a status bar shows: edits waiting, edits the backend refused, open conflicts, the last
    // successful sync and the last run's error (empty when it succeeded).
    struct Status {
        int pending = 0;
        int needsAttention = 0;
        int openConflicts = 0;
        QDateTime lastSync; // invalid: never
        QString lastError;
    };

    static constexpr const char* cursorKey = "sync.cursor";
    static constexpr const char* lastSyncKey = "sync.last_success";
    static constexpr const char* lastErrorKey = "sync.last_error";

    SyncEngine(Store& store, BackendClient& client, QObject* parent = nullptr);

    void setBatchSize(int ops) { m_batchSize = ops; }
    void setPageSize(int changes) { m_pageSize = changes; }

    void push();
    void pull();
    void sync(); // push, then pull
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary& summary() const { return m_summary; }

    // Resolves a conflict: "mine" queues the local value for the backend, "theirs" takes the
    // backend's value locally. Storage only; the next push sends what needs sending.
    static Result<void> resolve(Store& store, const QUuid& conflictId, Take take);
    static Status status(Store& store);
    // The repository of an entity by its wire name, or nullptr.
    static RepositoryBase* repositoryFor(Store& store, const QString& entity);

Q_SIGNALS:
    // Ops pushed so far and the outbox size at the start; changes pulled so far.
    void pushProgress(qint64 done, qint64 total);
    void pullProgress(qint64 done);
    void finished(bool ok);

private:
    enum class Mode { Push, Pull, Sync };
    void start(Mode mode);
    void pushNext();
    // The next batch from the outbox, leaving out ops and records of the batches in flight.
    QList<JournalEntry> nextBatch() const;
    void sendBatch(const QList<JournalEntry>& batch);
    void pullNext();
    void finish(const QString& error = {});
    Result<void> applyResults(const QList<JournalEntry>& entries, const QList<protocol::OpResult>& results);
    Result<void> merge(const JournalEntry& entry, const protocol::OpResult& result);
    Result<void> applyPage(const protocol::ChangePage& page);

    Store& m_store;
    BackendClient& m_client;
    Mode m_mode = Mode::Sync;
    bool m_running = false;
    int m_batchSize = 500;
    int m_pageSize = 500;
    qint64 m_pushTotal = 0;
    qint64 m_pushed = 0;
    // Answers of an earlier run (one stopped by an error while another batch was out) are dropped.
    quint64 m_run = 0;
    // Batches sent and not answered yet, their ops and records.
    int m_inFlight = 0;
    QSet<QUuid> m_inFlightOps;
    QSet<QString> m_inFlightRecords;
    Summary m_summary;
};

} // namespace sitekeeper
