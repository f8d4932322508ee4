// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncProblems.h"

#include "BackendConnection.h"
#include "FieldLabels.h"
#include "RecordLookup.h"
#include "Records.h"
#include "Store.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QUndoCommand>

#include <memory>

namespace sitekeeper {

namespace {

const QString idKey = QStringLiteral("id");

// The record as the store holds it now: its JSON when it is live, nothing when it is a tombstone or
// missing.
std::optional<QJsonObject> liveJson(RepositoryBase& repository, const QUuid& id) {
    if (auto json = repository.json(id))
        return json.value();
    return std::nullopt;
}

// Discarding one rejected edit, undoable. Discarding drops the entry from the outbox and stores the
// backend's version of the record (with the record's other unsent edits on top); undoing puts back
// the record as it was and the entry as it was, needing attention. An undo when the record has
// changed since the discard (a pull, another edit) is refused with the reason: it would overwrite
// that change.
class DiscardEdit final : public QUndoCommand {
public:
    DiscardEdit(Workspace& workspace, JournalEntry entry, EntityKind kind, QString name,
                std::optional<BackendClient::Record> accepted)
        : QUndoCommand(SyncProblems::tr("Discard the rejected edit of %1").arg(name))
        , m_workspace(workspace)
        , m_entry(std::move(entry))
        , m_kind(kind)
        , m_name(std::move(name))
        , m_accepted(std::move(accepted)) {}

    // The discard itself, written once before the command goes on the stack.
    Result<void> write() {
        RepositoryBase& repository = m_workspace.store().repository(m_kind);
        auto state = repository.state(m_entry.entityId);
        m_before = liveJson(repository, m_entry.entityId);
        m_beforeRevision = state ? state->serverRevision : 0;
        return discard();
    }

    void redo() override {
        if (m_written) {
            m_written = false; // write() did it
            return;
        }
        finish(changedSince(m_before) ? refusal(false) : discard());
    }

    void undo() override { finish(changedSince(m_after) ? refusal(true) : restore()); }

private:
    RepositoryBase& repository() const { return m_workspace.store().repository(m_kind); }

    bool changedSince(const std::optional<QJsonObject>& expected) const {
        return liveJson(repository(), m_entry.entityId) != expected;
    }

    Error refusal(bool undo) const {
        return Error{(undo ? SyncProblems::tr("Cannot undo discarding the edit of %1: the record was changed "
                                              "since (a sync or another edit), and undoing would overwrite "
                                              "that. It stays as it is.")
                           : SyncProblems::tr("Cannot redo discarding the edit of %1: the record was changed "
                                              "since (a sync or another edit). It stays as it is."))
                         .arg(m_name),
                     QString(), Error::Kind::Conflict};
    }

    void finish(const Result<void>& result) {
        if (!result) {
            setObsolete(true);
            Q_EMIT m_workspace.editFailed(result.error().toString());
        }
        Q_EMIT m_workspace.recordChanged(m_kind, m_entry.entityId);
    }

    Result<void> discard() {
        Store& store = m_workspace.store();
        Transaction tx(store.database());
        if (!tx.ok())
            return tx.error();
        if (auto removed = store.journal().remove(m_entry.opId); !removed)
            return removed;
        // The backend's version, and on top of it what else waits in the outbox for this record:
        // those edits are not discarded, so the record keeps showing them until they are sent.
        const QString idText = m_entry.entityId.toString(QUuid::WithoutBraces);
        std::optional<QJsonObject> json;
        if (m_accepted) {
            json = m_accepted->fields;
            json->insert(idKey, idText);
        }
        for (const JournalEntry& other : store.journal().forEntity(m_entry.entity, m_entry.entityId)) {
            if (other.state == JournalEntry::State::Sent)
                continue;
            if (other.action == JournalEntry::Action::Delete) {
                json.reset();
                continue;
            }
            if (other.action == JournalEntry::Action::Upsert || !json)
                json = QJsonObject{{idKey, idText}};
            for (auto it = other.fields.begin(); it != other.fields.end(); ++it)
                json->insert(it.key(), it.value());
        }
        const qint64 revision = m_accepted ? m_accepted->revision : m_beforeRevision;
        Result<void> stored = json ? repository().applyRemote(*json, revision, false)
                                   : repository().applyRemote(QJsonObject{{idKey, idText}}, revision, true);
        if (!stored)
            return stored;
        if (auto committed = tx.commit(); !committed)
            return committed;
        m_after = liveJson(repository(), m_entry.entityId);
        return {};
    }

    Result<void> restore() {
        Store& store = m_workspace.store();
        Transaction tx(store.database());
        if (!tx.ok())
            return tx.error();
        const QString idText = m_entry.entityId.toString(QUuid::WithoutBraces);
        Result<void> stored =
            m_before ? repository().applyRemote(*m_before, m_beforeRevision, false)
                     : repository().applyRemote(QJsonObject{{idKey, idText}}, m_beforeRevision, true);
        if (!stored)
            return stored;
        if (auto back = store.journal().append(m_entry); !back)
            return back;
        return tx.commit();
    }

    Workspace& m_workspace;
    const JournalEntry m_entry;
    const EntityKind m_kind;
    const QString m_name;
    const std::optional<BackendClient::Record> m_accepted;
    std::optional<QJsonObject> m_before; // the record before the discard (nothing: none live)
    qint64 m_beforeRevision = 0;
    std::optional<QJsonObject> m_after; // the record the discard stored
    bool m_written = true;
};

} // namespace

QString SyncProblems::Problem::title() const {
    const QString what = localRecord ? displayName(kind) : FieldLabels::label(QString(), entity);
    const QString name = !localRecord           ? QString()
                         : recordName.isEmpty() ? recordId.toString(QUuid::WithoutBraces)
                                                : recordName;
    QString text;
    switch (action) {
    case JournalEntry::Action::Upsert:
        text = SyncProblems::tr("%1 %2 saved").arg(what, name);
        break;
    case JournalEntry::Action::Patch:
        text = SyncProblems::tr("%1 %2 edited").arg(what, name);
        break;
    case JournalEntry::Action::Delete:
        text = SyncProblems::tr("%1 %2 deleted").arg(what, name);
        break;
    }
    if (!siteName.isEmpty() && kind != EntityKind::Site)
        text += QStringLiteral(" (%1)").arg(siteName);
    return text.simplified();
}

SyncProblems::SyncProblems(Workspace& workspace)
    : m_workspace(workspace) {}

QString SyncProblems::reason(const QString& entity, const QString& code, const QStringList& errors) {
    QStringList said;
    for (const QString& error : errors) {
        const qsizetype colon = error.indexOf(QStringLiteral(": "));
        if (colon <= 0) {
            said << error;
            continue;
        }
        const QString field = error.left(colon);
        const QString message = error.mid(colon + 2);
        // "role" is no field: the backend names the role needed.
        said << (field == QLatin1String("role")
                     ? message
                     : QStringLiteral("%1: %2").arg(FieldLabels::label(entity, field), message));
    }
    const QString details = said.join(QStringLiteral("; "));
    if (code == QLatin1String("forbidden"))
        return tr("Your role may not make this edit (%1). Ask a member whose role allows it, or discard "
                  "the edit.")
            .arg(details);
    if (code == QLatin1String("not_found"))
        return tr("The backend has no such record: it was deleted there, or never arrived. Discard the "
                  "edit to take the backend's state.");
    if (code == QLatin1String("invalid"))
        return tr("The backend refused the values: %1. Open the record, correct them, then retry.")
            .arg(details);
    return tr("The backend refused the edit: %1.").arg(details.isEmpty() ? tr("no reason given") : details);
}

SyncProblems::Problem SyncProblems::describe(const JournalEntry& entry) const {
    Problem problem;
    problem.opId = entry.opId;
    problem.entity = entry.entity;
    const auto kind = entityKindFromName(entry.entity);
    problem.localRecord = kind.has_value();
    problem.kind = kind.value_or(EntityKind::Site);
    problem.recordId = entry.entityId;
    if (kind) {
        problem.recordName = RecordLookup(m_workspace).nameOf(problem.kind, entry.entityId);
        problem.siteId = m_workspace.store().repository(problem.kind).siteOfRecord(entry.entityId);
    } else {
        problem.recordName = FieldLabels::label(QString(), entry.entity);
    }
    if (!problem.siteId.isNull()) {
        if (problem.kind == EntityKind::Site)
            problem.siteName = problem.recordName;
        else
            problem.siteName = RecordLookup(m_workspace).nameOf(EntityKind::Site, problem.siteId);
    }
    problem.action = entry.action;
    problem.fields = entry.fields.keys();
    problem.fields.removeAll(idKey);
    problem.fieldLabels = FieldLabels::labels(entry.entity, problem.fields);
    problem.code = entry.errorCode;
    if (!entry.error.isEmpty())
        problem.errors = entry.error.split(QStringLiteral("; "));
    problem.reason = reason(entry.entity, entry.errorCode, problem.errors);
    problem.editedAt = entry.createdAt;
    return problem;
}

Result<QList<SyncProblems::Problem>> SyncProblems::list() const {
    QList<Problem> problems;
    qint64 after = 0;
    for (;;) {
        constexpr int page = 500;
        const QList<JournalEntry> entries =
            m_workspace.store().journal().entries(JournalEntry::State::NeedsAttention, page, after);
        for (const JournalEntry& entry : entries) {
            problems.append(describe(entry));
            after = entry.seq;
        }
        if (entries.size() < page)
            return problems;
    }
}

Result<SyncProblems::Problem> SyncProblems::find(const QString& idOrPrefix) const {
    const QString wanted = idOrPrefix.trimmed().toLower();
    auto all = list();
    if (!all)
        return all.error();
    if (wanted.size() < 8)
        return Error{tr("Give at least 8 characters of the problem's id; list them with: sitekeeper-cli "
                        "problems"),
                     QString(), Error::Kind::Invalid};
    QList<Problem> found;
    for (const Problem& problem : all.value()) {
        if (problem.opId.toString(QUuid::WithoutBraces).startsWith(wanted))
            found.append(problem);
    }
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        return Error{tr("No rejected edit has the id %1 (it may have been retried or discarded already).")
                         .arg(idOrPrefix),
                     QString(), Error::Kind::NotFound};
    return Error{
        tr("%1 rejected edits have ids starting with %2; give more of it.").arg(found.size()).arg(wanted),
        QString(), Error::Kind::Invalid};
}

SyncProblems::Target SyncProblems::target(const Problem& problem) const {
    Target target;
    target.kind = problem.kind;
    target.editable = problem.localRecord;
    target.id = problem.recordId;
    target.siteId = problem.siteId;
    target.message = problem.reason;
    for (const QString& error : problem.errors) {
        const QString field = error.section(QStringLiteral(": "), 0, 0);
        if (problem.fields.contains(field)) {
            target.field = field;
            break;
        }
    }
    if (target.field.isEmpty())
        target.field = problem.fields.value(0);
    return target;
}

Result<JournalEntry> SyncProblems::rejected(const QUuid& opId) const {
    auto entry = m_workspace.store().journal().get(opId);
    if (!entry)
        return entry.error();
    if (entry->state != JournalEntry::State::NeedsAttention)
        return Error{tr("That edit was not rejected: it waits to be sent, or was sent."), QString(),
                     Error::Kind::Conflict};
    return entry;
}

Result<void> SyncProblems::retry(const QUuid& opId) {
    Store& store = m_workspace.store();
    auto entry = rejected(opId);
    if (!entry)
        return entry.error();
    const auto kind = entityKindFromName(entry->entity);
    // The record's values now: what the user sees, with any fix made since the rejection.
    QJsonObject fields = entry->fields;
    if (kind && entry->action != JournalEntry::Action::Delete) {
        const auto current = liveJson(store.repository(*kind), entry->entityId);
        if (!current)
            return Error{tr("The %1 was deleted here after the edit; discard the edit instead.")
                             .arg(displayName(*kind).toLower()),
                         QString(), Error::Kind::Conflict};
        if (entry->action == JournalEntry::Action::Upsert) {
            fields = *current;
            fields.remove(idKey);
        } else {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                *it = current->value(it.key());
        }
    }
    if (auto requeued = store.journal().requeue(opId, QUuid::createUuid(), fields); !requeued)
        return requeued;
    if (kind)
        Q_EMIT m_workspace.recordChanged(*kind, entry->entityId);
    return {};
}

Result<void> SyncProblems::discard(const QUuid& opId, const std::optional<BackendClient::Record>& accepted) {
    auto entry = rejected(opId);
    if (!entry)
        return entry.error();
    const auto kind = entityKindFromName(entry->entity);
    if (!kind)
        return Error{tr("This desktop keeps no %1 of its own to put back, so the edit cannot be discarded "
                        "here. Retry it once it is allowed, or ask an admin to make it.")
                         .arg(FieldLabels::label(QString(), entry->entity).toLower()),
                     QString(), Error::Kind::Unsupported};
    if (accepted) {
        // The backend is trusted no further when discarding than when pulling.
        QJsonObject json = accepted->fields;
        json.insert(idKey, entry->entityId.toString(QUuid::WithoutBraces));
        const protocol::CheckedRecord checked = protocol::checkRecord(entry->entity, json);
        if (!checked.errors.isEmpty())
            return Error{
                tr("The backend's version of the record is not valid (%1); the edit is kept. Ask the "
                   "backend's administrator to check it.")
                    .arg(checked.errors.constFirst().field + QStringLiteral(": ") +
                         checked.errors.constFirst().message),
                QString(), Error::Kind::Invalid};
    }
    QString name = RecordLookup(m_workspace).nameOf(*kind, entry->entityId);
    if (name.isEmpty())
        name = entry->entityId.toString(QUuid::WithoutBraces);
    auto command = std::make_unique<DiscardEdit>(
        m_workspace, entry.value(), *kind, tr("the %1 %2").arg(displayName(*kind).toLower(), name), accepted);
    if (auto written = command->write(); !written)
        return written;
    m_workspace.undoStack().push(command.release());
    Q_EMIT m_workspace.recordChanged(*kind, entry->entityId);
    return {};
}

void SyncProblems::discard(const QUuid& opId, std::function<void(Result<void>)> done) {
    auto entry = m_workspace.store().journal().get(opId);
    if (!entry) {
        done(entry.error());
        return;
    }
    // One connection per discard, deleted once the answer is in (never inside its own callback).
    auto* connection = new BackendConnection(m_workspace);
    Workspace* workspace = &m_workspace;
    const JournalEntry wanted = entry.value();
    connection->open([connection, workspace, wanted, opId, done](Result<void> opened) {
        if (!opened) {
            connection->deleteLater();
            done(Error{tr("Discarding needs the backend's version of the record, and the backend cannot be "
                          "reached: %1")
                           .arg(opened.error().message),
                       QString(), Error::Kind::Unavailable});
            return;
        }
        connection->client().fetchRecord(
            wanted.entity, wanted.entityId,
            [connection, workspace, opId, done](Result<BackendClient::Record> record) {
                connection->deleteLater();
                if (!record && !record.error().is(Error::Kind::NotFound)) {
                    done(Error{tr("Discarding needs the backend's version of the record: %1")
                                   .arg(record.error().message),
                               QString(), Error::Kind::Unavailable});
                    return;
                }
                std::optional<BackendClient::Record> accepted;
                if (record)
                    accepted = record.value();
                done(SyncProblems(*workspace).discard(opId, accepted));
            });
    });
}

} // namespace sitekeeper
