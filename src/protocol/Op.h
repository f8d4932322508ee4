// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace sitekeeper::protocol {

// One change as it travels in `POST /v1/batch`: the wire twin of a journal row.
struct Op {
    enum class Action { Upsert, Patch, Delete };

    QUuid opId;
    QString entity;
    QUuid id;
    Action action = Action::Upsert;
    qint64 baseRevision = 0;
    QJsonObject fields;

    bool operator==(const Op&) const = default;

    QJsonObject toJson() const;
    // `where` names the place in the request for errors, e.g. "$.ops[3]".
    static Result<Op> fromJson(const QJsonObject& json, const QString& where);
};

// The server's answer for one op.
struct OpResult {
    enum class Status { Applied, Conflict, Rejected };

    QUuid opId;
    Status status = Status::Applied;
    qint64 revision = 0;  // applied: the record's new revision
    QJsonObject current;  // conflict: the server's current record
    QStringList errors;   // rejected: field errors, "field: message"
    QJsonObject base;     // conflict: the record at the op's base_revision (empty: none, or created)
    bool deleted = false; // conflict: the server's record is a tombstone
    QString code;         // rejected: "invalid" (field errors) or "not_found" (no such record)
    // conflict on a record too large to send back whole: `current` and `base` are left out, and
    // currentFields/baseFields hold only the op's own fields; the client GETs the record itself.
    bool partial = false;
    QJsonObject currentFields;
    QJsonObject baseFields;

    bool operator==(const OpResult&) const = default;

    QJsonObject toJson() const;
    static Result<OpResult> fromJson(const QJsonObject& json, const QString& where);
};

QString toString(Op::Action action);
QString toString(OpResult::Status status);

// The entities the protocol carries, by their wire names: every EntityKind (partner_settings among them).
const QStringList& entityNames();

} // namespace sitekeeper::protocol
