// SPDX-License-Identifier: GPL-3.0-or-later
#include "SitePlaceholders.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sitekeeper {

Result<void> addSitePlaceholders(Database& database, const QSet<QUuid>& ids) {
    if (ids.isEmpty())
        return {};
    auto prepared = database.prepared(
        QStringLiteral("INSERT OR IGNORE INTO sites (id, deleted, updated_at) VALUES (?, 1, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery* insert = prepared.value();
    const QString now = database.nowText();
    for (const QUuid& id : ids) {
        insert->bindValue(0, id.toString(QUuid::WithoutBraces));
        insert->bindValue(1, now);
        if (!insert->exec())
            return database.sqlError(insert->lastError(),
                                     QCoreApplication::translate("sitekeeper::Repository", "Saving the %1")
                                         .arg(QCoreApplication::translate("sitekeeper::Repository", "site")));
    }
    return {};
}

} // namespace sitekeeper
