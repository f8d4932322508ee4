// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// One edit as the audit log remembers it: who did what to which record, and which fields changed.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString entity; // `entityName` of the record: "client_profile"
    QUuid entityId;
    QUuid siteId;       // the record's site (a site's own id for sites); null for partner-wide records
    QString action;     // "create", "update", "delete" or "restore"
    QStringList fields; // the JSON keys that changed
};

} // namespace sitekeeper
