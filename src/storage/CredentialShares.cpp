// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialShares.h"

#include "Database.h"
#include "JsonValues.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace sitekeeper {

CredentialShares::CredentialShares(Database& database)
    : m_db(database) {}

QString CredentialShares::hashOf(const QString& box) {
    return QString::fromLatin1(QCryptographicHash::hash(box.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<CredentialShares::State>> CredentialShares::get(const QUuid& credentialId) const {
    auto query = m_db.prepared(QStringLiteral(
        "SELECT opened_box, problem, updated_at FROM credential_shares WHERE credential_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* select = query.value();
    select->bindValue(0, json::uuidText(credentialId));
    if (!select->exec())
        return m_db.sqlError(select->lastError(), tr("Reading what was done with a shared secret"));
    std::optional<State> state;
    if (select->next())
        state = State{select->value(0).toString(), select->value(1).toString(), select->value(2).toString()};
    select->finish();
    return state;
}

Result<QHash<QUuid, CredentialShares::State>> CredentialShares::all() const {
    auto query = m_db.prepared(
        QStringLiteral("SELECT credential_id, opened_box, problem, updated_at FROM credential_shares"));
    if (!query)
        return query.error();
    QSqlQuery* select = query.value();
    if (!select->exec())
        return m_db.sqlError(select->lastError(), tr("Reading what was done with shared secrets"));
    QHash<QUuid, State> states;
    while (select->next())
        states.insert(
            QUuid(select->value(0).toString()),
            State{select->value(1).toString(), select->value(2).toString(), select->value(3).toString()});
    select->finish();
    return states;
}

Result<void> CredentialShares::setOpened(const QUuid& credentialId, const QString& boxHash) {
    auto query = m_db.prepared(QStringLiteral(
        "INSERT INTO credential_shares (credential_id, opened_box, problem, updated_at) VALUES (?, ?, '', ?) "
        "ON CONFLICT (credential_id) DO UPDATE SET opened_box = excluded.opened_box, problem = '', "
        "updated_at = excluded.updated_at"));
    if (!query)
        return query.error();
    QSqlQuery* upsert = query.value();
    upsert->bindValue(0, json::uuidText(credentialId));
    upsert->bindValue(1, boxHash);
    upsert->bindValue(2, m_db.nowText());
    if (!upsert->exec())
        return m_db.sqlError(upsert->lastError(), tr("Noting a shared secret as received"));
    return {};
}

Result<void> CredentialShares::setProblem(const QUuid& credentialId, const QString& problem) {
    auto query = m_db.prepared(QStringLiteral(
        "INSERT INTO credential_shares (credential_id, opened_box, problem, updated_at) VALUES (?, '', ?, ?) "
        "ON CONFLICT (credential_id) DO UPDATE SET problem = excluded.problem, updated_at = "
        "excluded.updated_at"));
    if (!query)
        return query.error();
    QSqlQuery* upsert = query.value();
    upsert->bindValue(0, json::uuidText(credentialId));
    upsert->bindValue(1, problem);
    upsert->bindValue(2, m_db.nowText());
    if (!upsert->exec())
        return m_db.sqlError(upsert->lastError(), tr("Noting a problem with a shared secret"));
    return {};
}

Result<void> CredentialShares::remove(const QUuid& credentialId) {
    auto query = m_db.prepared(QStringLiteral("DELETE FROM credential_shares WHERE credential_id = ?"));
    if (!query)
        return query.error();
    QSqlQuery* del = query.value();
    del->bindValue(0, json::uuidText(credentialId));
    if (!del->exec())
        return m_db.sqlError(del->lastError(), tr("Forgetting a shared secret"));
    return {};
}

} // namespace sitekeeper
