// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackendClient.h"
#include "EntityKind.h"
#include "JournalEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace sitekeeper {

class Workspace;

// The edits the backend rejected (outbox entries that need attention), for people: which record, in
// its name, which fields, and the backend's reason in words. Each is fixed in its record's editor and
// retried (sent again with the record's current values), or discarded: the record goes back to the
// version the backend holds, as one step of the workspace's undo stack (Edit > Undo brings the edit
// and its outbox entry back). Nothing leaves the outbox any other way. The console's Sync Problems
// view and `sitekeeper-cli problems` both work through here.
class SyncProblems {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SyncProblems)

public:
    struct Problem {
        QUuid opId; // the outbox entry: what `retry` and `discard` take
        EntityKind kind = EntityKind::Site;
        QString entity; // its wire name, "client_profile"
        // False for an entity the backend has but this desktop keeps no record type for (a newer
        // backend's): listed and retried as it is, not opened or discarded here.
        bool localRecord = true;
        QUuid recordId;
        QString recordName; // "Ada Lovelace"; empty when the record is known by nothing but its id
        QUuid siteId;       // the record's site (the site itself for a site); null when partner-wide
        QString siteName;
        JournalEntry::Action action = JournalEntry::Action::Patch;
        QStringList fields;      // the bundle keys the edit carries (none for a delete)
        QStringList fieldLabels; // the same in words, "Mobile phone"
        QString code;            // the backend's: "invalid", "not_found", "forbidden" (empty: older)
        QStringList errors;      // the backend's, "field: message"
        QString reason;          // for people: the errors with field labels, and what to do
        QDateTime editedAt;

        // "Edit of the client profile Ada Lovelace (Contoso HQ)".
        QString title() const;
    };

    // Where "open to fix" goes: the record's editor.
    struct Target {
        EntityKind kind = EntityKind::Site;
        QUuid id;
        QUuid siteId;
        QString field; // the first field the backend named, to mark in the editor
        QString message;
        bool editable = true; // false: no record type here to open (see Problem::localRecord)
    };

    explicit SyncProblems(Workspace& workspace);

    // Every rejected edit, oldest first.
    Result<QList<Problem>> list() const;
    // One by its op id, or by a unique prefix of it of at least 8 characters (the command line's ID).
    Result<Problem> find(const QString& idOrPrefix) const;
    Target target(const Problem& problem) const;

    // Puts the edit back in the outbox for the next sync, as a new operation carrying the record's
    // current values of its fields (so a fix made in the editor goes with it). Not an undo step:
    // nothing is lost by it, and the sync it waits for cannot be undone anyway.
    Result<void> retry(const QUuid& opId);

    // Discards the edit: asks the backend for the record's version, then discard(opId, accepted).
    // `done` is called once, also on failure (nothing is changed then).
    void discard(const QUuid& opId, std::function<void(Result<void>)> done);
    // Discards the edit against `accepted`, the version the backend holds (nullopt: it has none, the
    // record was never created there or was deleted): the entry leaves the outbox and the record is
    // stored as `accepted`, with any other unsent edit of it kept on top. One undo step.
    Result<void> discard(const QUuid& opId, const std::optional<BackendClient::Record>& accepted);

    // The reason for people, from the backend's code and errors of a rejected edit of `entity`.
    static QString reason(const QString& entity, const QString& code, const QStringList& errors);

private:
    Problem describe(const JournalEntry& entry) const;
    // The outbox entry `opId` when it is a rejected edit of a known entity, else why not.
    Result<JournalEntry> rejected(const QUuid& opId) const;

    Workspace& m_workspace;
};

} // namespace sitekeeper
