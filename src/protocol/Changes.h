// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sitekeeper::protocol {

// One record of the change feed `GET /v1/changes`: its newest server state, or its tombstone.
struct Change {
    QString entity;
    QUuid id;
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject fields; // the whole record (with its id); empty for a tombstone
    // Who made this revision (the member's name, from their token on the server) and when (ISO 8601,
    // UTC); empty from a server that does not say. For people only: never trusted for anything else.
    QString changedBy;
    QString changedAt;

    bool operator==(const Change&) const = default;

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject& json, const QString& where);
};

// One page of the change feed. `next` is the cursor to ask for the following page; `more` says
// whether there are changes after it already; `remaining`, when the backend says (-1 when not),
// how many there are after it at the time of the answer (for a progress bar, nothing else).
struct ChangePage {
    QList<Change> changes;
    QString next;
    bool more = false;
    qint64 remaining = -1;

    QJsonObject toJson() const;
    static Result<ChangePage> fromJson(const QJsonObject& json);
};

// The error body every non-2xx answer carries: `{error: {code, message, fields?}}`.
struct ApiError {
    QString code; // machine-readable: unauthorized, not_found, too_large, rate_limited ...
    QString message;
    QJsonObject fields; // field -> message, for validation errors

    QJsonObject toJson() const;
    static ApiError fromJson(const QJsonObject& json);
};

} // namespace sitekeeper::protocol
