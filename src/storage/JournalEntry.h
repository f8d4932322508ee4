// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace sitekeeper {

// One edit waiting in the outbox for the backend: `POST /v1/batch` sends it as
// `{op_id, entity, id, action, base_revision, fields}`.
struct JournalEntry {
    enum class Action { Upsert, Patch, Delete };
    enum class State { Pending, Sent, NeedsAttention };

    qint64 seq = 0; // the order edits were made in
    QUuid opId;     // the idempotency key of the operation
    QString entity; // `entityName` of the record: "client_profile"
    QUuid entityId;
    Action action = Action::Upsert;
    // Upsert: every key of the record but `id`; patch: only the changed keys, with their new values;
    // delete: empty.
    QJsonObject fields;
    qint64 baseRevision = 0; // the server revision the edit was made on
    QDateTime createdAt;
    State state = State::Pending;
    QString error; // why the backend rejected it, when it needs attention: "field: message; ..."
    // The backend's code for the rejection: "invalid" (field errors), "not_found" (no such record),
    // "forbidden" (the member's role may not make it); empty when it does not need attention.
    QString errorCode;

    static QString toString(Action action);
    static QString toString(State state);
    static std::optional<Action> actionFromString(QStringView text);
    static std::optional<State> stateFromString(QStringView text);
};

} // namespace sitekeeper
