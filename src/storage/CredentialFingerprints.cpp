// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialFingerprints.h"

#include "Database.h"

#include <QSqlError>

#include <algorithm>

namespace sitekeeper {

namespace {

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

CredentialFingerprints::CredentialFingerprints(Database& database)
    : m_db(database) {}

Result<void> CredentialFingerprints::set(const QUuid& credentialId, const QString& fingerprint, bool weak) {
    auto query = m_db.prepared(
        QStringLiteral("INSERT INTO credential_fingerprints (credential_id, fingerprint, updated_at, weak) "
                       "VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (credential_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
                       "updated_at = excluded.updated_at, weak = excluded.weak"));
    if (!query)
        return query.error();
    QSqlQuery* upsert = query.value();
    upsert->bindValue(0, idText(credentialId));
    upsert->bindValue(1, fingerprint);
    upsert->bindValue(2, m_db.nowText());
    upsert->bindValue(3, weak ? 1 : 0);
    if (!upsert->exec())
        return m_db.sqlError(upsert->lastError(), tr("Saving a credential fingerprint"));
    return {};
}

Result<std::optional<QString>> CredentialFingerprints::get(const QUuid& credentialId) const {
    auto query = m_db.prepared(
        QStringLiteral("SELECT fingerprint FROM credential_fingerprints WHERE credential_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* select = query.value();
    select->bindValue(0, idText(credentialId));
    if (!select->exec())
        return m_db.sqlError(select->lastError(), tr("Reading a credential fingerprint"));
    std::optional<QString> result;
    if (select->next())
        result = select->value(0).toString();
    select->finish();
    return result;
}

Result<void> CredentialFingerprints::remove(const QUuid& credentialId) {
    auto query = m_db.prepared(QStringLiteral("DELETE FROM credential_fingerprints WHERE credential_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* del = query.value();
    del->bindValue(0, idText(credentialId));
    if (!del->exec())
        return m_db.sqlError(del->lastError(), tr("Removing a credential fingerprint"));
    return {};
}

Result<QList<QList<QUuid>>> CredentialFingerprints::reusedGroups() const {
    auto query = m_db.prepared(
        QStringLiteral("SELECT f.fingerprint, f.credential_id FROM credential_fingerprints f "
                       "JOIN credentials c ON c.id = f.credential_id AND c.deleted = 0 "
                       "WHERE f.fingerprint IN (SELECT f2.fingerprint FROM credential_fingerprints f2 "
                       "JOIN credentials c2 ON c2.id = f2.credential_id AND c2.deleted = 0 "
                       "GROUP BY f2.fingerprint HAVING COUNT(*) > 1) "
                       "ORDER BY f.fingerprint, f.credential_id"));
    if (!query)
        return query.error();
    QSqlQuery* select = query.value();
    if (!select->exec())
        return m_db.sqlError(select->lastError(), tr("Looking for reused passwords"));
    QList<QList<QUuid>> groups;
    QString current;
    while (select->next()) {
        const QString fingerprint = select->value(0).toString();
        if (groups.isEmpty() || fingerprint != current) {
            groups.append(QList<QUuid>());
            current = fingerprint;
        }
        groups.last().append(QUuid(select->value(1).toString()));
    }
    select->finish();
    // Ordered by their first credential, not by the fingerprint, which says nothing to anyone.
    std::sort(groups.begin(), groups.end(),
              [](const QList<QUuid>& a, const QList<QUuid>& b) { return a.constFirst() < b.constFirst(); });
    return groups;
}

Result<QSet<QUuid>> CredentialFingerprints::weak() const {
    auto query =
        m_db.prepared(QStringLiteral("SELECT f.credential_id FROM credential_fingerprints f "
                                     "JOIN credentials c ON c.id = f.credential_id AND c.deleted = 0 "
                                     "WHERE f.weak <> 0"));
    if (!query)
        return query.error();
    QSqlQuery* select = query.value();
    if (!select->exec())
        return m_db.sqlError(select->lastError(), tr("Looking for weak passwords"));
    QSet<QUuid> result;
    while (select->next())
        result.insert(QUuid(select->value(0).toString()));
    select->finish();
    return result;
}

} // namespace sitekeeper
