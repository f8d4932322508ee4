// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace sitekeeper {

class Database;

// Who changed what and when. Repositories append a row in the transaction of each edit; the
// history views read it a page at a time, newest first.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::AuditLog)

public:
    explicit AuditLog(Database& database);

    // Adds a row; an invalid `at` gets the database clock's time, an empty actor the database's actor.
    Result<void> append(const AuditEntry& entry);
    // Adds the rows in their order, many to a statement (a pulled page's records).
    Result<void> append(const QList<AuditEntry>& entries);

    // The history of one record, newest first.
    QList<AuditEntry> forEntity(const QString& entity, const QUuid& id, int offset = 0,
                                int limit = 100) const;
    int countForEntity(const QString& entity, const QUuid& id) const;
    // The newest row of one record that changed `field`, if any (who attested a review last).
    std::optional<AuditEntry> lastChangeOf(const QString& entity, const QUuid& id,
                                           const QString& field) const;
    // The history of everything of one site (the site itself included), newest first.
    QList<AuditEntry> forSite(const QUuid& siteId, int offset = 0, int limit = 100) const;
    int countForSite(const QUuid& siteId) const;

private:
    QList<AuditEntry> select(const QString& where, const QVariantList& values, int offset, int limit) const;
    int countWhere(const QString& where, const QVariantList& values) const;

    Database& m_db;
};

} // namespace sitekeeper
