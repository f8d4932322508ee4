// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Changes.h"
#include "Conflicts.h"
#include "JournalEntry.h"
#include "Op.h"
#include "PulledChanges.h"
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
//
// The backend is not trusted further than the local user: a record it sends (a pulled change, or
// the current version in a conflict answer) is validated like a local edit, with the entity's
// validate(), and its id comes from the change (or the op), never from the record's fields. An
// invalid record, or one whose fields name another id, is not stored: it becomes an open conflict
// on the special field invalidRecordField (base: why it was refused, mine: the local record or
// null, theirs: what the backend sent) and the run ends with an error saying how many were
// refused. A newer valid version from the backend resolves it; "mine" sends the local record
// over the backend's; "theirs" is refused. A change feed whose cursor comes back to one already
// seen, or that has not ended after maxPages() pages, stops the pull with an error.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    struct Summary {
        qint64 applied = 0;   // ops the backend took
        qint64 rejected = 0;  // ops that now need attention
        qint64 conflicts = 0; // conflict records made
        qint64 merged = 0;    // ops that met a concurrent change and were merged
        qint64 pulled = 0;    // remote changes applied locally
        qint64 refused = 0;   // records from the backend refused as invalid (see invalidRecordField)
        PulledChanges changes = PulledChanges::none(); // which records the pull wrote
        QString error;                                 // why the run stopped early; empty on success
    };
    enum class Take { Mine, Theirs, Merged };
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
    // The conflict "field" of a record from the backend that was refused as invalid.
    static constexpr const char* invalidRecordField = "(invalid)";
    static constexpr int defaultMaxPages = 10'000;

    SyncEngine(Store& store, BackendClient& client, QObject* parent = nullptr);

    void setBatchSize(int ops) { m_batchSize = ops; }
    void setPageSize(int changes) { m_pageSize = changes; }
    // The most pages one pull reads before it stops with an error (a feed that never ends).
    void setMaxPages(int pages) { m_maxPages = pages; }
    int maxPages() const { return m_maxPages; }

    void push();
    void pull();
    void sync(); // push, then pull
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary& summary() const { return m_summary; }

    // Resolves a conflict: "mine" queues the local value for the backend, "theirs" takes the
    // backend's value locally, "merged" stores `merged` (a value the user typed for the field) and
    // queues it for the backend like an edit. Storage only; the next push sends what needs sending.
    static Result<void> resolve(Store& store, const QUuid& conflictId, Take take,
                                const QJsonValue& merged = QJsonValue(QJsonValue::Undefined));
    // The conflict "field" of a delete that met an edit: mine and theirs say which side deleted.
    static constexpr const char* deletedRecordField = "(deleted)";
    static Status status(Store& store);
    // The repository of an entity by its wire name, or nullptr.
    static RepositoryBase* repositoryFor(Store& store, const QString& entity);

Q_SIGNALS:
    // Ops pushed so far and the outbox size at the start. Changes read from the feed so far in this
    // pull (stored, or already here), and that plus what the backend says is left (-1: it does not
    // say).
    void pushProgress(qint64 done, qint64 total);
    void pullProgress(qint64 read, qint64 total);
    void finished(bool ok);

private:
    enum class Mode { Push, Pull, Sync };
    void start(Mode mode);
    void pushNext();
    // The next batch from the outbox, leaving out ops and records of the batches in flight.
    QList<JournalEntry> nextBatch() const;
    void sendBatch(const QList<JournalEntry>& batch);
    // Fills in, one GET at a time, the whole current record of every partial conflict in
    // `results` from index `from` on, then applies the batch's answers.
    void completePartials(const QList<JournalEntry>& batch, QList<protocol::OpResult> results, qsizetype from,
                          quint64 run);
    void batchAnswered(const QList<JournalEntry>& batch, const Result<QList<protocol::OpResult>>& results);
    void pullNext();
    // GET /v1/changes after `since`; its answer asks for the next page, then stores its own.
    void requestPage(const QString& since);
    void finish(const QString& error = {});
    Result<void> applyResults(const QList<JournalEntry>& entries, const QList<protocol::OpResult>& results);
    Result<void> merge(const JournalEntry& entry, const protocol::OpResult& result);
    Result<void> applyPage(const protocol::ChangePage& page);
    void finishPull();
    // Why a record from the backend cannot be stored as the record `id` of `entity`; empty when it
    // can. `fields` gets the id from `id`.
    static QString refusal(const QString& entity, const QUuid& id, QJsonObject& fields);
    // Keeps a refused record as an open conflict for the user (see invalidRecordField).
    Result<void> refuse(const QString& entity, const QUuid& id, qint64 revision, const QJsonObject& theirs,
                        const QString& reason);

    Store& m_store;
    BackendClient& m_client;
    Mode m_mode = Mode::Sync;
    bool m_running = false;
    int m_batchSize = 500;
    int m_pageSize = 1000; // the server's most; fewer round trips and commits in a first sync
    int m_maxPages = defaultMaxPages;
    // The pull in progress: pages read and the cursors met (one met again: the feed does not move).
    int m_pages = 0;
    qint64 m_pullRead = 0;
    QSet<QString> m_cursors;
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
