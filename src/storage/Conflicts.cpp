// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conflicts.h"

#include "Database.h"
#include "StorageLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sitekeeper {

namespace {

// Any JSON value (null and undefined included) as text: wrapped in a one-element array.
QVariant valueText(const QJsonValue& value) {
    if (value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFrom(const QVariant& text) {
    if (text.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(text.toString().toUtf8()).array().at(0);
}

QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

Conflicts::Conflicts(Database& database)
    : m_db(database) {}

Result<QUuid> Conflicts::add(const Conflict& conflict) {
    const QList<Conflict> existing =
        select(QStringLiteral("resolved_at IS NULL AND entity = ? AND entity_id = ? AND field = ?"),
               {conflict.entity, uuidText(conflict.entityId), conflict.field}, 1);
    const QUuid id = existing.isEmpty() ? QUuid::createUuid() : existing.constFirst().id;
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO conflicts (id, entity, entity_id, field, base, mine, theirs, "
                       "server_revision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery* insert = prepared.value();
    insert->bindValue(0, uuidText(id));
    insert->bindValue(1, conflict.entity);
    insert->bindValue(2, uuidText(conflict.entityId));
    insert->bindValue(3, conflict.field);
    insert->bindValue(4, valueText(conflict.base));
    insert->bindValue(5, valueText(conflict.mine));
    insert->bindValue(6, valueText(conflict.theirs));
    insert->bindValue(7, conflict.serverRevision);
    insert->bindValue(8, m_db.nowText());
    if (!insert->exec())
        return m_db.sqlError(insert->lastError(), tr("Recording a sync conflict"));
    return id;
}

QList<Conflict> Conflicts::select(const QString& condition, const QVariantList& values, int limit) const {
    QList<Conflict> result;
    auto prepared = m_db.prepared(QStringLiteral("SELECT id, entity, entity_id, field, base, mine, theirs, "
                                                 "server_revision, created_at, resolved_at, resolution FROM "
                                                 "conflicts WHERE %1 ORDER BY created_at, rowid LIMIT ?")
                                      .arg(condition));
    if (!prepared)
        return result;
    QSqlQuery* query = prepared.value();
    int index = 0;
    for (const QVariant& value : values)
        query->bindValue(index++, value);
    query->bindValue(index, limit);
    if (!query->exec()) {
        qCWarning(lcStorage) << "reading conflicts failed:" << query->lastError().text();
        return result;
    }
    while (query->next()) {
        Conflict conflict;
        conflict.id = QUuid::fromString(query->value(0).toString());
        conflict.entity = query->value(1).toString();
        conflict.entityId = QUuid::fromString(query->value(2).toString());
        conflict.field = query->value(3).toString();
        conflict.base = valueFrom(query->value(4));
        conflict.mine = valueFrom(query->value(5));
        conflict.theirs = valueFrom(query->value(6));
        conflict.serverRevision = query->value(7).toLongLong();
        conflict.createdAt = QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs);
        conflict.resolvedAt = QDateTime::fromString(query->value(9).toString(), Qt::ISODateWithMs);
        conflict.resolution = query->value(10).toString();
        result.append(conflict);
    }
    query->finish();
    return result;
}

QList<Conflict> Conflicts::open(int limit) const {
    return select(QStringLiteral("resolved_at IS NULL"), {}, limit);
}

Result<Conflict> Conflicts::get(const QUuid& id) const {
    const QList<Conflict> found = select(QStringLiteral("id = ?"), {uuidText(id)}, 1);
    if (found.isEmpty())
        return Error{tr("There is no sync conflict %1.").arg(uuidText(id)), QString(), Error::Kind::NotFound};
    return found.constFirst();
}

QList<Conflict> Conflicts::openFor(const QString& entity, const QUuid& entityId) const {
    return select(QStringLiteral("resolved_at IS NULL AND entity = ? AND entity_id = ?"),
                  {entity, uuidText(entityId)}, 1000);
}

int Conflicts::openCount() const {
    return int(open(1'000'000).size());
}

bool Conflicts::anyOpen() const {
    return !select(QStringLiteral("resolved_at IS NULL"), {}, 1).isEmpty();
}

Result<void> Conflicts::markResolved(const QUuid& id, const QString& resolution) {
    auto prepared = m_db.prepared(QStringLiteral(
        "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"));
    if (!prepared)
        return prepared.error();
    QSqlQuery* update = prepared.value();
    update->bindValue(0, m_db.nowText());
    update->bindValue(1, resolution);
    update->bindValue(2, uuidText(id));
    if (!update->exec())
        return m_db.sqlError(update->lastError(), tr("Resolving a sync conflict"));
    if (update->numRowsAffected() == 0)
        return Error{tr("The sync conflict %1 is not open.").arg(uuidText(id)), QString(),
                     Error::Kind::Conflict};
    return {};
}

} // namespace sitekeeper
