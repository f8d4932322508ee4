// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QUuid>

namespace sitekeeper {

class Database;

// A same-field clash between this desktop and the backend, waiting for the user to choose.
struct Conflict {
    QUuid id;
    QString entity; // `entityName` of the record
    QUuid entityId;
    QString field;
    QJsonValue base;           // the value both sides started from (undefined: unknown)
    QJsonValue mine;           // this desktop's value
    QJsonValue theirs;         // the backend's value
    qint64 serverRevision = 0; // the backend's revision holding `theirs`
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QString resolution;   // "mine", "theirs" or "merged" (a value the user typed) once resolved
};

// The `conflicts` table (schema 4). Sync adds; the user resolves through the CLI or the console.
class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Conflicts)

public:
    explicit Conflicts(Database& database);

    // Records a clash; an open one on the same record and field is replaced, so that a clash seen
    // twice (a retried push) stays one conflict. Returns its id.
    Result<QUuid> add(const Conflict& conflict);
    // The open conflicts, oldest first.
    QList<Conflict> open(int limit = 1000) const;
    Result<Conflict> get(const QUuid& id) const;
    // The open conflicts of one record.
    QList<Conflict> openFor(const QString& entity, const QUuid& entityId) const;
    int openCount() const;
    // Whether any conflict is open (one indexed row read, for a pull's per-page check).
    bool anyOpen() const;
    // Marks the conflict resolved with "mine", "theirs" or "merged"; the caller writes the chosen value.
    Result<void> markResolved(const QUuid& id, const QString& resolution);

private:
    QList<Conflict> select(const QString& condition, const QVariantList& values, int limit) const;

    Database& m_db;
};

} // namespace sitekeeper
