// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "StorageLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace sitekeeper {

namespace {

QString uuidText(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

AuditLog::AuditLog(Database& database)
    : m_db(database) {}

Result<void> AuditLog::append(const AuditEntry& entry) {
    return append(QList<AuditEntry>{entry});
}

Result<void> AuditLog::append(const QList<AuditEntry>& entries) {
    // Rows of one statement; a shorter rest gets its own statement (prepared once per length).
    constexpr qsizetype perStatement = 50;
    constexpr int columns = 7;
    const QString now = m_db.nowText();
    const QString actor = m_db.actor().isNull() ? QStringLiteral("") : m_db.actor();
    // The records of a pulled page change the same fields: their JSON is made once.
    QStringList lastFields;
    QString lastFieldsJson;
    for (qsizetype first = 0; first < entries.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, entries.size() - first);
        const QString sql =
            QStringLiteral(
                "INSERT INTO audit (at, actor, entity, entity_id, site_id, action, fields) VALUES ") +
            QStringList(count, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", "));
        auto query = m_db.prepared(sql);
        if (!query)
            return query.error();
        QSqlQuery* insert = query.value();
        for (qsizetype i = 0; i < count; ++i) {
            const AuditEntry& entry = entries.at(first + i);
            const int at = int(i) * columns;
            insert->bindValue(at, entry.at.isValid() ? entry.at.toUTC().toString(Qt::ISODateWithMs) : now);
            insert->bindValue(at + 1, entry.actor.isEmpty() ? actor : entry.actor);
            insert->bindValue(at + 2, entry.entity);
            insert->bindValue(at + 3, uuidText(entry.entityId));
            insert->bindValue(at + 4, entry.siteId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                            : QVariant(uuidText(entry.siteId)));
            insert->bindValue(at + 5, entry.action);
            if (lastFieldsJson.isNull() || entry.fields != lastFields) {
                lastFields = entry.fields;
                lastFieldsJson = QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(entry.fields)).toJson(QJsonDocument::Compact));
            }
            insert->bindValue(at + 6, lastFieldsJson);
        }
        if (!insert->exec())
            return m_db.sqlError(insert->lastError(), tr("Writing the audit log"));
    }
    return {};
}

QList<AuditEntry> AuditLog::forEntity(const QString& entity, const QUuid& id, int offset, int limit) const {
    return select(QStringLiteral("entity = ? AND entity_id = ?"), {entity, uuidText(id)}, offset, limit);
}

int AuditLog::countForEntity(const QString& entity, const QUuid& id) const {
    return countWhere(QStringLiteral("entity = ? AND entity_id = ?"), {entity, uuidText(id)});
}

std::optional<AuditEntry> AuditLog::lastChangeOf(const QString& entity, const QUuid& id,
                                                 const QString& field) const {
    // The fields are a JSON array of keys: the quoted key matches the one field only.
    QString pattern = QString::fromUtf8(QJsonDocument(QJsonArray{field}).toJson(QJsonDocument::Compact));
    pattern = pattern.mid(1).chopped(1);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QList<AuditEntry> rows =
        select(QStringLiteral("entity = ? AND entity_id = ? AND fields LIKE ? ESCAPE '\\'"),
               QVariantList{entity, uuidText(id), QString(u'%' + pattern + u'%')}, 0, 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<AuditEntry> AuditLog::forSite(const QUuid& siteId, int offset, int limit) const {
    return select(QStringLiteral("site_id = ?"), {uuidText(siteId)}, offset, limit);
}

int AuditLog::countForSite(const QUuid& siteId) const {
    return countWhere(QStringLiteral("site_id = ?"), {uuidText(siteId)});
}

QList<AuditEntry> AuditLog::select(const QString& where, const QVariantList& values, int offset,
                                   int limit) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT seq, at, actor, entity, entity_id, site_id, action, fields FROM audit WHERE ") +
                  where + QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(qMax(0, offset));
    QList<AuditEntry> result;
    if (!query.exec()) {
        qCWarning(lcStorage) << "reading the audit log failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityId = QUuid::fromString(query.value(4).toString());
        entry.siteId = QUuid::fromString(query.value(5).toString());
        entry.action = query.value(6).toString();
        for (const QJsonValue& field : QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
            entry.fields.append(field.toString());
        result.append(entry);
    }
    return result;
}

int AuditLog::countWhere(const QString& where, const QVariantList& values) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE ") + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage) << "counting the audit log failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace sitekeeper
