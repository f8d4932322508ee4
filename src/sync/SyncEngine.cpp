// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "BackendClient.h"
#include "Database.h"
#include "EntityTypes.h"
#include "Records.h"
#include "SitePlaceholders.h"
#include "Store.h"
#include "SyncLogging.h"
#include "Transaction.h"
#include "TwoThreads.h"

#include <QPointer>

#include <climits>

namespace sitekeeper {

using protocol::Op;
using protocol::OpResult;

namespace {

Error failure(const QString& message) {
    return Error{message, QString()};
}

Op::Action wireAction(JournalEntry::Action action) {
    switch (action) {
    case JournalEntry::Action::Upsert:
        return Op::Action::Upsert;
    case JournalEntry::Action::Patch:
        return Op::Action::Patch;
    case JournalEntry::Action::Delete:
        return Op::Action::Delete;
    }
    return Op::Action::Upsert;
}

QString recordKey(const QString& entity, const QUuid& id) {
    return entity + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

// The special "field" of a conflict between a delete and an edit.
const QString deletedField = QString::fromLatin1(SyncEngine::deletedRecordField);
const QString invalidField = QString::fromLatin1(SyncEngine::invalidRecordField);
const QString idField = QStringLiteral("id");
// A site's parent, the one reference between records that is not a record's site.
const QString parentField = QStringLiteral("parent_id");

// At most this much of a value the backend sent goes into a message.
QString excerpt(const QString& text) {
    constexpr qsizetype shown = 60;
    return text.size() <= shown ? text : text.left(shown) + QStringLiteral("...");
}

// A pulled record as checked: its fields with its "id", and why it is refused (empty: valid).
struct Checked {
    QJsonObject fields;
    QString reason;
};

// `check` (SyncEngine::refusal) of each change of a page that is no delete, in the page's order. The
// checks read nothing of the store (libphonenumber's are most of them, a fifth of a first sync): a
// page's are shared with a second thread, each thread taking the next record.
QList<Checked> checkAll(const QList<protocol::Change>& changes,
                        QString (*check)(const QString&, const QUuid&, QJsonObject&)) {
    QList<Checked> checked(changes.size());
    Checked* const out = checked.data(); // detached once, here: the threads only write their items
    onTwoThreads(changes.size(), [&changes, out, check](qsizetype i) {
        const protocol::Change& change = changes.at(i);
        Checked& result = out[i];
        result.fields = change.fields;
        if (!change.deleted)
            result.reason = check(change.entity, change.id, result.fields);
    });
    return checked;
}

// Two batches out at once: the backend applies one while this desktop stores the answer to the
// other and the next request travels, instead of each side waiting for the other in turn.
constexpr int maxBatchesInFlight = 2;

} // namespace

SyncEngine::SyncEngine(Store& store, BackendClient& client, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client) {}

SyncEngine::Status SyncEngine::status(Store& store) {
    Status status;
    status.pending = store.journal().count(JournalEntry::State::Pending);
    status.needsAttention = store.journal().count(JournalEntry::State::NeedsAttention);
    status.openConflicts = Conflicts(store.database()).openCount();
    if (auto last = store.database().meta(QString::fromLatin1(lastSyncKey)); last && !last->isEmpty())
        status.lastSync = QDateTime::fromString(last.value(), Qt::ISODateWithMs);
    if (auto error = store.database().meta(QString::fromLatin1(lastErrorKey)))
        status.lastError = error.value();
    return status;
}

RepositoryBase* SyncEngine::repositoryFor(Store& store, const QString& entity) {
    // The outbox's and the wire's spelling becomes a kind here, at the edge.
    const auto kind = entityKindFromName(entity);
    return kind ? &store.repository(*kind) : nullptr;
}

void SyncEngine::push() {
    start(Mode::Push);
}

void SyncEngine::pull() {
    start(Mode::Pull);
}

void SyncEngine::sync() {
    start(Mode::Sync);
}

void SyncEngine::start(Mode mode) {
    if (m_running) {
        qCWarning(lcSync) << "sync is running already";
        return;
    }
    m_running = true;
    m_mode = mode;
    m_summary = {};
    m_pushed = 0;
    m_pages = 0;
    m_pullRead = 0;
    m_cursors.clear();
    if (mode == Mode::Pull) {
        pullNext();
        return;
    }
    m_pushTotal = m_store.journal().count(JournalEntry::State::Pending);
    pushNext();
}

void SyncEngine::cancel() {
    if (!m_running)
        return;
    m_client.cancel();
}

void SyncEngine::finish(const QString& error) {
    ++m_run;
    if (m_inFlight > 0) {
        // A batch still out is abandoned: its ops stay pending, and the backend answers them from
        // its stored answers when they are sent again.
        m_client.cancel();
        m_inFlight = 0;
        m_inFlightOps.clear();
        m_inFlightRecords.clear();
    }
    m_running = false;
    QString problem = error;
    if (problem.isEmpty() && m_summary.refused > 0)
        problem = tr("%n record(s) from the backend were refused as invalid and not stored; they are listed "
                     "as conflicts on \"%1\" with the reason. Ask the backend's administrator to check "
                     "them, or resolve them with \"mine\" to send this desktop's version.",
                     nullptr, int(std::min<qint64>(m_summary.refused, INT_MAX)))
                      .arg(invalidField);
    m_summary.error = problem;
    Database& database = m_store.database();
    if (!problem.isEmpty())
        qCWarning(lcSync) << "sync stopped:" << problem;
    // The meta table holds no NULL: an empty (not null) string says "no error".
    Result<void> saved =
        database.setMeta(QString::fromLatin1(lastErrorKey), problem.isEmpty() ? QStringLiteral("") : problem);
    if (saved && problem.isEmpty())
        saved = database.setMeta(QString::fromLatin1(lastSyncKey),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!saved)
        qCWarning(lcSync) << saved.error().message;
    Q_EMIT finished(problem.isEmpty());
}

void SyncEngine::pushNext() {
    while (m_inFlight < maxBatchesInFlight) {
        const QList<JournalEntry> batch = nextBatch();
        if (batch.isEmpty())
            break;
        sendBatch(batch);
        if (!m_running)
            return;
    }
    if (m_inFlight > 0)
        return;
    if (m_mode == Mode::Sync)
        pullNext();
    else
        finish();
}

QList<JournalEntry> SyncEngine::nextBatch() const {
    // Edit order, one op per record per batch: a record's next op is based on the answer to its
    // previous one (the server revision it produced), so it waits for the next batch; so do the
    // records of batches in flight. The outbox is read a batch at a time, up to four batches
    // beyond those in flight: usually the first page fills the batch, and only records with
    // several edits waiting make it read on.
    QList<JournalEntry> batch;
    QSet<QString> records;
    QSet<QString> held = m_inFlightRecords; // records with an earlier op out: their later ops wait
    qint64 afterSeq = 0;
    for (int page = 0; page < 4 + m_inFlight && batch.size() < m_batchSize; ++page) {
        const QList<JournalEntry> pending = m_store.journal().pending(m_batchSize, afterSeq);
        for (const JournalEntry& entry : pending) {
            afterSeq = entry.seq;
            if (m_inFlightOps.contains(entry.opId))
                continue;
            const QString key = recordKey(entry.entity, entry.entityId);
            if (records.contains(key) || held.contains(key)) {
                held.insert(key);
                continue;
            }
            records.insert(key);
            batch.append(entry);
            if (batch.size() == m_batchSize)
                break;
        }
        if (pending.size() < m_batchSize)
            break;
    }
    return batch;
}

void SyncEngine::sendBatch(const QList<JournalEntry>& batch) {
    // The record may have moved on since the edit through this desktop's own earlier ops or a
    // merge: the local copy holds that server revision, and the edit sits on top of it.
    auto revisions = m_store.journal().serverRevisions(batch);
    if (!revisions) {
        finish(revisions.error().message);
        return;
    }
    QList<Op> ops;
    ops.reserve(batch.size());
    for (const JournalEntry& entry : batch) {
        ops.append(Op{entry.opId, entry.entity, entry.entityId, wireAction(entry.action),
                      std::max(entry.baseRevision, revisions->value(entry.entityId)), entry.fields});
        m_inFlightOps.insert(entry.opId);
        m_inFlightRecords.insert(recordKey(entry.entity, entry.entityId));
    }
    ++m_inFlight;
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    m_client.postBatch(ops, [self, batch, run](Result<QList<OpResult>> results) {
        if (!self || self->m_run != run)
            return;
        if (!results) {
            self->batchAnswered(batch, results);
            return;
        }
        self->completePartials(batch, results.value(), 0, run);
    });
}

void SyncEngine::completePartials(const QList<JournalEntry>& batch, QList<OpResult> results, qsizetype from,
                                  quint64 run) {
    qsizetype i = from;
    while (i < results.size() && !(results.at(i).status == OpResult::Status::Conflict &&
                                   results.at(i).partial && !results.at(i).deleted))
        ++i;
    if (i >= results.size() || i >= batch.size()) {
        batchAnswered(batch, results);
        return;
    }
    const JournalEntry entry = batch.at(i);
    QPointer<SyncEngine> self(this);
    m_client.fetchRecord(
        entry.entity, entry.entityId,
        [self, batch, results, i, run, entry](Result<BackendClient::Record> record) mutable {
            if (!self || self->m_run != run)
                return;
            if (!record) {
                // Nothing of the batch is applied: every op stays in the outbox and goes again.
                self->batchAnswered(
                    batch, failure(tr("The edit of %1 %2 met a change on the backend, but the whole record "
                                      "could not be fetched to merge it (%3). The edit stays in the outbox; "
                                      "sync again later.")
                                       .arg(entry.entity, entry.entityId.toString(QUuid::WithoutBraces),
                                            record.error().message)));
                return;
            }
            OpResult& result = results[i];
            result.current = record->fields;
            result.revision = record->revision;
            // Only the op's own fields are known at the base: enough, since merge() compares those.
            result.base = result.baseFields;
            result.partial = false;
            self->completePartials(batch, results, i + 1, run);
        });
}

void SyncEngine::batchAnswered(const QList<JournalEntry>& batch, const Result<QList<OpResult>>& results) {
    --m_inFlight;
    for (const JournalEntry& entry : batch) {
        m_inFlightOps.remove(entry.opId);
        m_inFlightRecords.remove(recordKey(entry.entity, entry.entityId));
    }
    if (!results) {
        finish(results.error().message);
        return;
    }
    if (auto applied = applyResults(batch, results.value()); !applied) {
        finish(applied.error().message);
        return;
    }
    m_pushed += batch.size();
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    Q_EMIT pushProgress(m_pushed, std::max(m_pushTotal, m_pushed));
    if (self && self->m_run == run)
        pushNext();
}

Result<void> SyncEngine::applyResults(const QList<JournalEntry>& entries, const QList<OpResult>& results) {
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    QList<QUuid> sent;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry& entry = entries.at(i);
        const OpResult& result = results.at(i);
        if (result.opId != entry.opId)
            return failure(tr("The backend answered for another op than was sent; sync stopped."));
        switch (result.status) {
        case OpResult::Status::Applied: {
            sent.append(entry.opId);
            RepositoryBase* repository = repositoryFor(m_store, entry.entity);
            if (!repository)
                return failure(tr("Unknown entity %1 in the outbox.").arg(entry.entity));
            if (auto revised = repository->setServerRevision(entry.entityId, result.revision); !revised)
                return revised;
            ++m_summary.applied;
            break;
        }
        case OpResult::Status::Rejected:
            // Stays in the outbox for the user to correct; never resent on its own.
            if (auto marked = m_store.journal().markNeedsAttention(
                    entry.opId, result.errors.join(QStringLiteral("; ")), result.code);
                !marked)
                return marked;
            ++m_summary.rejected;
            break;
        case OpResult::Status::Conflict:
            if (auto merged = merge(entry, result); !merged)
                return merged;
            ++m_summary.merged;
            break;
        }
    }
    if (!sent.isEmpty()) {
        if (auto marked = m_store.journal().markSent(sent); !marked)
            return marked;
    }
    return tx.commit();
}

Result<void> SyncEngine::merge(const JournalEntry& entry, const OpResult& result) {
    RepositoryBase* repository = repositoryFor(m_store, entry.entity);
    if (!repository)
        return failure(tr("Unknown entity %1 in the outbox.").arg(entry.entity));
    // Everything still pending on the record is merged at once: "mine" is the sum of those edits.
    QList<QUuid> superseded;
    QJsonObject mine;
    bool mineDeleted = false;
    for (const JournalEntry& local : m_store.journal().forEntity(entry.entity, entry.entityId)) {
        if (local.state != JournalEntry::State::Pending)
            continue;
        superseded.append(local.opId);
        if (local.action == JournalEntry::Action::Delete) {
            mineDeleted = true;
            continue;
        }
        if (local.action == JournalEntry::Action::Upsert)
            mineDeleted = false;
        for (auto it = local.fields.begin(); it != local.fields.end(); ++it)
            mine.insert(it.key(), it.value());
    }
    mine.remove(QStringLiteral("id"));
    const QJsonObject& theirs = result.current;
    const QJsonObject& base = result.base;
    Conflicts conflicts(m_store.database());

    auto addConflict = [&](const QString& field, const QJsonValue& baseValue, const QJsonValue& mineValue,
                           const QJsonValue& theirsValue) -> Result<void> {
        Conflict conflict;
        conflict.entity = entry.entity;
        conflict.entityId = entry.entityId;
        conflict.field = field;
        conflict.base = baseValue;
        conflict.mine = mineValue;
        conflict.theirs = theirsValue;
        conflict.serverRevision = result.revision;
        auto added = conflicts.add(conflict);
        if (!added)
            return added.error();
        ++m_summary.conflicts;
        return {};
    };

    if (auto marked = m_store.journal().markSent(superseded); !marked)
        return marked;

    if (result.deleted || mineDeleted) {
        if (result.deleted && mineDeleted) // both deleted: nothing to keep apart
            return repository->applyRemote(
                QJsonObject{{QStringLiteral("id"), entry.entityId.toString(QUuid::WithoutBraces)}},
                result.revision, true);
        // A delete met an edit: the user decides; the local record stays as it is meanwhile.
        if (auto added = addConflict(deletedField, false, mineDeleted, result.deleted); !added)
            return added;
        return repository->setServerRevision(entry.entityId, result.revision);
    }

    QJsonObject merged = theirs;
    if (const QString reason = refusal(entry.entity, entry.entityId, merged); !reason.isEmpty()) {
        // The backend's current version cannot be stored: the local record stays as it is, and
        // the edits wait for the user (they are in the conflict's "mine").
        if (auto refused = refuse(entry.entity, entry.entityId, result.revision, theirs, reason); !refused)
            return refused;
        return {};
    }
    QJsonObject resend;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QString& field = it.key();
        const QJsonValue theirsValue = theirs.value(field);
        merged.insert(field, it.value());
        if (theirsValue == it.value())
            continue; // both sides agree
        const bool theyChanged = base.isEmpty() || base.value(field) != theirsValue;
        if (theyChanged) {
            if (auto added =
                    addConflict(field, base.isEmpty() ? QJsonValue(QJsonValue::Undefined) : base.value(field),
                                it.value(), theirsValue);
                !added)
                return added;
        } else {
            resend.insert(field, it.value());
        }
    }
    if (auto stored = repository->applyRemote(merged, result.revision, false); !stored)
        return stored;
    if (resend.isEmpty())
        return {};
    // The fields only this desktop changed go again, based on the backend's current revision.
    JournalEntry again;
    again.entity = entry.entity;
    again.entityId = entry.entityId;
    again.action = JournalEntry::Action::Patch;
    again.fields = resend;
    again.baseRevision = result.revision;
    return m_store.journal().append(again);
}

void SyncEngine::pullNext() {
    auto cursor = m_store.database().meta(QString::fromLatin1(cursorKey));
    if (!cursor) {
        finish(cursor.error().message);
        return;
    }
    if (m_pages >= m_maxPages) {
        finish(tr("The backend's change feed did not end after %1 pages; pull stopped. What was read is "
                  "stored; pull again to go on, and if this repeats ask the backend's administrator to "
                  "check it.")
                   .arg(m_pages));
        return;
    }
    ++m_pages;
    m_cursors.insert(cursor.value());
    requestPage(cursor.value());
}

void SyncEngine::requestPage(const QString& since) {
    // A page's answer asks for the next page before it stores its own: the backend reads and sends
    // page N+1 while this desktop stores page N. The page asked for ahead counts as in flight, so a
    // failure or a cancel drops it (finish()); nothing of it is stored before its turn.
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    ++m_inFlight;
    m_client.fetchChanges(since, m_pageSize, 0, [self, run](Result<protocol::ChangePage> page) {
        if (!self || self->m_run != run)
            return;
        --self->m_inFlight;
        if (!page) {
            self->finish(page.error().message);
            return;
        }
        const bool askedAhead =
            page->more && !self->m_cursors.contains(page->next) && self->m_pages < self->m_maxPages;
        if (askedAhead) {
            ++self->m_pages;
            self->m_cursors.insert(page->next);
            self->requestPage(page->next);
        }
        if (auto applied = self->applyPage(page.value()); !applied) {
            self->finish(applied.error().message);
            return;
        }
        self->m_pullRead += page->changes.size();
        Q_EMIT self->pullProgress(self->m_pullRead,
                                  page->remaining < 0 ? -1 : self->m_pullRead + page->remaining);
        if (!self || self->m_run != run)
            return; // a slot of the progress stopped the run
        if (!page->more) {
            self->finish();
            return;
        }
        if (askedAhead)
            return; // the next page's answer goes on
        if (self->m_cursors.contains(page->next)) {
            // The feed says "more" but sends this desktop back to where it was: it would loop forever.
            self->finish(tr("The backend's change feed does not move on (it says there is more, but "
                            "sends back to cursor \"%1\" again); pull stopped. Ask the backend's "
                            "administrator to check it.")
                             .arg(excerpt(page->next)));
            return;
        }
        self->pullNext(); // past the most pages: it says so
    });
}

Result<void> SyncEngine::applyPage(const protocol::ChangePage& page) {
    // The page and its cursor in one transaction: applied whole or not at all, and the next pull
    // starts after the last page stored. The records' writes join that transaction instead of
    // opening a savepoint each (a bulk write): any error rolls the whole page back.
    Database& database = m_store.database();
    Database::BulkWrite bulk(database);
    Transaction tx(database);
    if (!tx.ok())
        return tx.error();
    Conflicts conflicts(database);
    // Asked once per page, not per record: with nothing waiting to push and no open conflict (a
    // first sync), no record needs either look-up.
    const bool anyPending = m_store.journal().count(JournalEntry::State::Pending) > 0;
    const bool anyConflicts = conflicts.anyOpen();
    // The server revisions this desktop holds of the page's records, a hundred per read.
    QHash<QString, QList<QUuid>> idsByEntity;
    for (const protocol::Change& change : page.changes)
        idsByEntity[change.entity].append(change.id);
    QHash<QString, QHash<QUuid, qint64>> held;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        RepositoryBase* repository = repositoryFor(m_store, it.key());
        if (!repository)
            continue;
        auto revisions = repository->serverRevisions(it.value());
        if (!revisions)
            return revisions.error();
        held.insert(it.key(), std::move(revisions).value());
    }
    // The sites the page's records name (a record's site, a site's parent) must exist when the
    // commit checks the deferred foreign keys, but the feed may bring a site after the records that
    // name it (it was edited after them): such a site gets a tombstone until its own change comes.
    QSet<QUuid> named;
    for (const protocol::Change& change : page.changes) {
        RepositoryBase* repository = change.deleted ? nullptr : repositoryFor(m_store, change.entity);
        if (!repository)
            continue;
        const QString& column =
            change.entity == QLatin1String("site") ? parentField : repository->table().siteColumn;
        if (column.isEmpty())
            continue;
        if (const QUuid site = QUuid::fromString(change.fields.value(column).toString()); !site.isNull())
            named.insert(site);
    }
    if (auto added = addSitePlaceholders(database, named); !added)
        return added;
    // Each of those has a row now (its own or a tombstone): none is written as a new row below.
    QHash<QUuid, qint64>& heldSites = held[QStringLiteral("site")];
    for (const QUuid& site : std::as_const(named)) {
        if (!heldSites.contains(site))
            heldSites.insert(site, 0);
    }
    const QList<Checked> checked = checkAll(page.changes, &SyncEngine::refusal);
    // The records' writes wait and go many to a statement; they are flushed before the cursor.
    RepositoryBase::RemoteWrites writes(database);
    for (qsizetype index = 0; index < page.changes.size(); ++index) {
        const protocol::Change& change = page.changes.at(index);
        RepositoryBase* repository = repositoryFor(m_store, change.entity);
        if (!repository)
            continue;
        // A record with edits still to push is left alone: the push meets the change as a
        // conflict and merges it field by field.
        bool pending = false;
        if (anyPending) {
            for (const JournalEntry& local : m_store.journal().forEntity(change.entity, change.id))
                pending = pending || local.state == JournalEntry::State::Pending;
        }
        if (pending)
            continue;
        QHash<QUuid, qint64>& revisions = held[change.entity];
        const auto it = revisions.constFind(change.id);
        if (it != revisions.cend() && *it >= change.revision)
            continue; // this desktop has it already (its own edit, or an earlier page)
        // No row here (a first sync): nothing to read before writing it.
        const bool absent = it == revisions.cend();
        QJsonObject fields = checked.at(index).fields;
        if (change.deleted) {
            fields = QJsonObject{{idField, change.id.toString(QUuid::WithoutBraces)}};
        } else if (const QString& reason = checked.at(index).reason; !reason.isEmpty()) {
            // Not stored: the local record (if any) stays as it was, and the user is told.
            if (auto flushed = writes.flush(); !flushed) // the local record may be waiting
                return flushed;
            if (auto refused = refuse(change.entity, change.id, change.revision, change.fields, reason);
                !refused)
                return refused;
            continue;
        }
        // Fields in an open conflict keep the local value until the user chooses; the conflict
        // learns the backend's newest value. A refused earlier version is settled by this one.
        const QList<Conflict> open =
            anyConflicts ? conflicts.openFor(change.entity, change.id) : QList<Conflict>();
        for (Conflict conflict : open) {
            if (conflict.field == invalidField) {
                if (auto settled = conflicts.markResolved(conflict.id, QStringLiteral("theirs")); !settled)
                    return settled;
                continue;
            }
            if (conflict.field == deletedField || change.deleted)
                continue;
            conflict.theirs = change.fields.value(conflict.field);
            conflict.serverRevision = change.revision;
            fields.insert(conflict.field, conflict.mine);
            if (auto updated = conflicts.add(conflict); !updated)
                return updated.error();
        }
        // Where the record was before (it may move to another site): that site's findings change too.
        QUuid siteBefore;
        if (!m_summary.changes.everything && !absent) {
            if (auto flushed = writes.flush(); !flushed) // the record may be waiting
                return flushed;
            siteBefore = repository->siteOfRecord(change.id);
        }
        if (auto applied =
                writes.apply(*repository, fields, change.revision, change.deleted, change.changedBy, absent);
            !applied)
            return applied;
        revisions.insert(change.id, change.revision);
        ++m_summary.pulled;
        m_summary.changes.add({change.entity, change.id, siteBefore});
    }
    if (auto flushed = writes.flush(); !flushed)
        return flushed;
    if (auto saved = m_store.database().setMeta(QString::fromLatin1(cursorKey), page.next); !saved)
        return saved;
    return tx.commit();
}

QString SyncEngine::refusal(const QString& entity, const QUuid& id, QJsonObject& fields) {
    const QString idText = id.toString(QUuid::WithoutBraces);
    const QJsonValue own = fields.value(idField);
    if (!own.isUndefined() && QUuid::fromString(own.toString()) != id) {
        // Taking the id from the fields would let the backend write one record under another's name.
        return tr("id: the record says \"%1\" but was sent as %2").arg(excerpt(own.toString()), idText);
    }
    fields.insert(idField, idText);
    const protocol::CheckedRecord checked = protocol::checkRecord(entity, fields);
    QStringList problems;
    for (const FieldError& error : checked.errors)
        problems << error.field + QStringLiteral(": ") + error.message;
    return problems.join(QStringLiteral("; "));
}

Result<void> SyncEngine::refuse(const QString& entity, const QUuid& id, qint64 revision,
                                const QJsonObject& theirs, const QString& reason) {
    qCWarning(lcSync) << "refused" << entity << id.toString(QUuid::WithoutBraces) << "revision" << revision
                      << "from the backend:" << reason;
    Conflict conflict;
    conflict.entity = entity;
    conflict.entityId = id;
    conflict.field = invalidField;
    conflict.base = reason;
    conflict.theirs = theirs;
    conflict.serverRevision = revision;
    conflict.mine = QJsonValue(QJsonValue::Null);
    if (RepositoryBase* repository = repositoryFor(m_store, entity))
        if (auto local = repository->json(id))
            conflict.mine = local.value();
    if (auto added = Conflicts(m_store.database()).add(conflict); !added)
        return added.error();
    ++m_summary.refused;
    return {};
}

Result<void> SyncEngine::resolve(Store& store, const QUuid& conflictId, Take take, const QJsonValue& merged) {
    Conflicts conflicts(store.database());
    auto conflict = conflicts.get(conflictId);
    if (!conflict)
        return conflict.error();
    if (conflict->resolvedAt.isValid())
        return failure(tr("That conflict was resolved already (%1).").arg(conflict->resolution));
    RepositoryBase* repository = repositoryFor(store, conflict->entity);
    if (!repository)
        return failure(tr("Unknown entity %1.").arg(conflict->entity));
    auto state = repository->state(conflict->entityId);
    if (!state && conflict->field != invalidField) // a refused record may not exist here at all
        return state.error();

    Transaction tx(store.database());
    if (!tx.ok())
        return tx.error();
    const QString idText = conflict->entityId.toString(QUuid::WithoutBraces);
    if (take == Take::Merged) {
        if (conflict->field == invalidField || conflict->field == deletedField)
            return failure(tr("This conflict is about the whole record (%1), not one field: keep yours or "
                              "take the backend's.")
                               .arg(conflict->field));
        if (merged.isUndefined())
            return failure(tr("No merged value was given."));
        auto local = repository->json(conflict->entityId);
        if (!local)
            return local.error();
        const QJsonValue current = local->value(conflict->field);
        if (merged == current) {
            // The typed value is what this desktop holds: nothing to write here, only to send.
            JournalEntry again;
            again.entity = conflict->entity;
            again.entityId = conflict->entityId;
            again.baseRevision = state->serverRevision;
            again.action = JournalEntry::Action::Patch;
            again.fields = QJsonObject{{conflict->field, merged}};
            if (auto queued = store.journal().append(again); !queued)
                return queued;
        } else {
            // The typed value is a local edit of the field, on top of the backend's revision the
            // record holds since the merge: checked, audited and journalled like any edit.
            const auto kind = entityKindFromName(conflict->entity);
            const FieldPatch patch{conflict->entityId, QJsonObject{{conflict->field, current}},
                                   QJsonObject{{conflict->field, merged}}};
            const Result<void> written = visitEntityType(
                *kind, [&]<class T>(std::type_identity<T>) { return store.repository<T>().patch(patch); });
            if (!written)
                return written;
        }
        if (auto marked = conflicts.markResolved(conflictId, QStringLiteral("merged")); !marked)
            return marked;
        return tx.commit();
    }
    if (conflict->field == invalidField) {
        if (take == Take::Theirs)
            return failure(
                tr("The backend's version of this record is invalid (%1) and cannot be taken. Take "
                   "\"mine\" to send this desktop's version, or have it corrected on the backend "
                   "and pull.")
                    .arg(conflict->base.toString()));
        // "mine": this desktop's record replaces the backend's, based on the refused revision. With
        // no local record there is nothing to send; the backend keeps its version.
        if (auto local = repository->json(conflict->entityId)) {
            JournalEntry again;
            again.entity = conflict->entity;
            again.entityId = conflict->entityId;
            again.baseRevision = conflict->serverRevision;
            again.action = JournalEntry::Action::Upsert;
            again.fields = local.value();
            again.fields.remove(idField);
            if (auto queued = store.journal().append(again); !queued)
                return queued;
        }
    } else if (take == Take::Mine) {
        JournalEntry again;
        again.entity = conflict->entity;
        again.entityId = conflict->entityId;
        again.baseRevision = state->serverRevision;
        if (conflict->field == deletedField) {
            if (conflict->mine.toBool()) {
                again.action = JournalEntry::Action::Delete;
            } else {
                auto local = repository->json(conflict->entityId);
                if (!local)
                    return local.error();
                again.action = JournalEntry::Action::Upsert;
                again.fields = local.value();
                again.fields.remove(QStringLiteral("id"));
            }
        } else {
            again.action = JournalEntry::Action::Patch;
            again.fields = QJsonObject{{conflict->field, conflict->mine}};
        }
        if (auto queued = store.journal().append(again); !queued)
            return queued;
    } else if (conflict->field == deletedField) {
        if (conflict->theirs.toBool()) {
            if (auto applied = repository->applyRemote(QJsonObject{{QStringLiteral("id"), idText}},
                                                       state->serverRevision, true);
                !applied)
                return applied;
        } else {
            return failure(tr("The backend kept the record that was deleted here: pull to get it back, then "
                              "resolve again."));
        }
    } else {
        auto local = repository->json(conflict->entityId);
        if (!local)
            return local.error();
        QJsonObject json = local.value();
        json.insert(conflict->field, conflict->theirs);
        if (auto applied = repository->applyRemote(json, state->serverRevision, false); !applied)
            return applied;
    }
    if (auto marked = conflicts.markResolved(conflictId, take == Take::Mine ? QStringLiteral("mine")
                                                                            : QStringLiteral("theirs"));
        !marked)
        return marked;
    return tx.commit();
}

} // namespace sitekeeper
