// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include "Records.h"
#include "Sealing.h"
#include "ServerLogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace sitekeeper::server {

using protocol::Op;
using protocol::OpResult;

namespace {

Error failure(const QString& message) {
    return Error{message, QString()};
}

QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& json) {
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString historyInsert() {
    return QStringLiteral("INSERT INTO history (tenant, entity, id, revision, deleted, body) VALUES ");
}

QString auditInsert() {
    return QStringLiteral("INSERT INTO audit (id, tenant, at, action, entity, entity_id, op_id, detail, seq, "
                          "member_id, member_name, revision) VALUES ");
}

// A tenant's token_hash once its token has become a member's (or for a tenant made with members):
// no SHA-256 in hex looks like it.
QString movedTokenHash(const QString& tenant) {
    return QStringLiteral("members:") + tenant;
}

// The actor of management events: the operator at the server's command line.
const QString operatorName = QStringLiteral("Server operator");
// The member the schema upgrade makes of a tenant's token from before members existed.
const QString legacyMemberName = QStringLiteral("Tenant token");
const QString legacyMemberEmail = QStringLiteral("tenant-token");

QString expiryText(std::optional<double> days) {
    if (!days)
        return {};
    return QDateTime::currentDateTimeUtc()
        .addMSecs(qint64(*days * 24 * 3600 * 1000))
        .toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

constexpr int maxPresencePerMember = 50;

} // namespace

ServerStore::ServerStore(QString connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect) {}

ServerStore::~ServerStore() {
    m_statements.clear();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ServerStore::run(const QString& sql, const QVariantList& values, QSqlQuery** used) {
    QSqlQuery& query = prepared(sql);
    *used = &query;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    ++m_queries;
    return query.exec();
}

QSqlQuery& ServerStore::prepared(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(db());
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

QSqlDatabase ServerStore::db() const {
    return QSqlDatabase::database(m_connection, false);
}

Error ServerStore::sqlError(const QSqlError& error, const QString& doing) const {
    qCWarning(lcServer) << doing << "failed:" << error.text();
    return failure(tr("%1 failed: %2").arg(doing, error.text()));
}

QString ServerStore::redacted(const QString& spec) {
    if (!spec.contains(QLatin1String("://")))
        return spec;
    QUrl url(spec);
    if (!url.isValid())
        return QStringLiteral("(a database URL that is not valid)");
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        url.setQuery(query);
    }
    return url.toString();
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& spec, const QString& password) {
    static int counter = 0;
    const QString connection = QStringLiteral("sitekeeper-server-%1").arg(++counter);
    const QString shown = redacted(spec);
    Dialect dialect;
    {
        QSqlDatabase database;
        if (spec.startsWith(QLatin1String("sqlite:"))) {
            dialect = Dialect::Sqlite;
            database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(spec.mid(7));
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        } else if (spec.startsWith(QLatin1String("postgresql://")) ||
                   spec.startsWith(QLatin1String("postgres://"))) {
            dialect = Dialect::Postgres;
            const QUrl url(spec);
            if (!url.isValid() || url.host().isEmpty())
                return failure(
                    tr("The database URL %1 is not valid. Use postgresql://user@host:port/database.")
                        .arg(shown));
            database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            database.setHostName(url.host());
            database.setPort(url.port(5432));
            database.setUserName(url.userName());
            database.setDatabaseName(url.path().mid(1));
            // libpq's own options, e.g. sslmode=verify-full&sslrootcert=/etc/ssl/db-ca.pem.
            QStringList options;
            QString urlPassword = url.password();
            for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
                if (name == QLatin1String("password")) {
                    urlPassword = value;
                    continue;
                }
                static const QStringList allowed{
                    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
                    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
                    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
                    QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
                if (!allowed.contains(name) || value.contains(QLatin1Char(';'))) {
                    database = QSqlDatabase();
                    QSqlDatabase::removeDatabase(connection);
                    return failure(
                        tr("The database URL option %1 is not one sitekeeper-server passes on; use "
                           "%2.")
                            .arg(name, allowed.join(QStringLiteral(", "))));
                }
                options << name + QLatin1Char('=') + value;
            }
            database.setPassword(password.isEmpty() ? urlPassword : password);
            database.setConnectOptions(options.join(QLatin1Char(';')));
        } else {
            return failure(
                tr("--database must be sqlite:PATH or postgresql://user@host:port/database, not %1.")
                    .arg(shown));
        }
        if (!database.open()) {
            QString message = database.lastError().text();
            if (!database.password().isEmpty())
                message.replace(database.password(), QStringLiteral("***"));
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return failure(tr("Cannot open the database %1: %2").arg(shown, message));
        }
    }
    std::unique_ptr<ServerStore> store(new ServerStore(connection, dialect));
    if (auto created = store->createSchema(); !created)
        return created.error();
    return store;
}

Result<void> ServerStore::createSchema() {
    QSqlQuery schema(db());
    QStringList statements;
    if (m_dialect == Dialect::Sqlite) {
        statements << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=FULL")
                   << QStringLiteral("PRAGMA wal_autocheckpoint=10000");
    }
    statements
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
               "token_hash TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0, "
               "change_seq BIGINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS records (tenant TEXT NOT NULL, entity TEXT NOT NULL, "
               "id TEXT NOT NULL, revision BIGINT NOT NULL, deleted INTEGER NOT NULL, body TEXT NOT "
               "NULL, change_seq BIGINT NOT NULL, updated_at TEXT NOT NULL, "
               "PRIMARY KEY (tenant, entity, id))")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS records_feed ON records (tenant, change_seq)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS history (tenant TEXT NOT NULL, entity TEXT NOT NULL, "
               "id TEXT NOT NULL, revision BIGINT NOT NULL, deleted INTEGER NOT NULL, body TEXT NOT "
               "NULL, PRIMARY KEY (tenant, entity, id, revision))")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS ops (tenant TEXT NOT NULL, op_id TEXT NOT NULL, "
                          "result TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (tenant, op_id))")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS ops_age ON ops (created_at)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tenant_usage (tenant TEXT PRIMARY KEY, records BIGINT NOT NULL, "
               "bytes BIGINT NOT NULL)")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS audit (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, at "
                          "TEXT NOT NULL, action TEXT NOT NULL, entity TEXT, entity_id TEXT, op_id TEXT, "
                          "detail TEXT, seq BIGINT, member_id TEXT, member_name TEXT, revision BIGINT)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, name TEXT NOT "
               "NULL, email TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at "
               "TEXT NOT NULL, expires_at TEXT, revoked INTEGER NOT NULL DEFAULT 0, UNIQUE (tenant, email))")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS presence (tenant TEXT NOT NULL, entity TEXT NOT NULL, entity_id "
               "TEXT NOT NULL, member_id TEXT NOT NULL, member_name TEXT NOT NULL, since TEXT NOT NULL, "
               "expires_at TEXT NOT NULL, PRIMARY KEY (tenant, entity, entity_id, member_id))")
        // Who opened a credential's copy sealed for the service (`credential open`), for the partner.
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS credential_access (id TEXT PRIMARY KEY, tenant TEXT NOT "
               "NULL, credential_id TEXT NOT NULL, at TEXT NOT NULL, who TEXT NOT NULL, reason "
               "TEXT NOT NULL DEFAULT '')")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS credential_access_feed ON credential_access (tenant, "
                          "credential_id, "
                          "at)");
    // The audit table is append-only: the database itself refuses changing or deleting a row.
    if (m_dialect == Dialect::Sqlite) {
        statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
                                     "BEGIN SELECT RAISE(ABORT, 'the audit table is append-only'); END")
                   << QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
                                     "BEGIN SELECT RAISE(ABORT, 'the audit table is append-only'); END");
    } else {
        statements << QStringLiteral(
                          "CREATE OR REPLACE FUNCTION sitekeeper_audit_append_only() RETURNS trigger "
                          "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit table is "
                          "append-only'; END $$")
                   << QStringLiteral("DROP TRIGGER IF EXISTS audit_append_only ON audit")
                   << QStringLiteral(
                          "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH "
                          "ROW EXECUTE FUNCTION sitekeeper_audit_append_only()");
    }
    for (const QString& sql : std::as_const(statements)) {
        if (!schema.exec(sql))
            return sqlError(schema.lastError(), tr("Creating the server schema"));
    }
    return upgradeSchema();
}

Result<void> ServerStore::upgradeSchema() {
    QSqlDatabase database = db();
    QSqlQuery schema(database);
    // Columns of databases from before members: added empty (old audit rows have no actor and no
    // place in the audit feed; old records no changed_by).
    const struct {
        const char* table;
        const char* column;
        const char* type;
    } columns[] = {{"records", "changed_by", "TEXT"},
                   {"audit", "seq", "BIGINT"},
                   {"audit", "member_id", "TEXT"},
                   {"audit", "member_name", "TEXT"},
                   {"audit", "revision", "BIGINT"},
                   // Sealed sharing: the member's X25519 public key in base64, NULL until registered.
                   {"members", "public_key", "TEXT"}};
    for (const auto& column : columns) {
        const QString table = QString::fromLatin1(column.table);
        const QString name = QString::fromLatin1(column.column);
        if (database.record(table).contains(name))
            continue;
        if (!schema.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                             .arg(table, name, QString::fromLatin1(column.type))))
            return sqlError(schema.lastError(), tr("Upgrading the server schema"));
    }
    for (const char* sql : {"CREATE INDEX IF NOT EXISTS audit_feed ON audit (tenant, seq)",
                            "CREATE INDEX IF NOT EXISTS audit_record ON audit (tenant, entity_id, seq)",
                            "CREATE INDEX IF NOT EXISTS members_tenant ON members (tenant)"}) {
        if (!schema.exec(QString::fromLatin1(sql)))
            return sqlError(schema.lastError(), tr("Upgrading the server schema"));
    }
    // A tenant's token from before members becomes an admin member's token, so that it keeps working.
    if (!schema.exec(
            QStringLiteral("SELECT id, token_hash, created_at FROM tenants WHERE token_hash NOT LIKE "
                           "'members:%'")))
        return sqlError(schema.lastError(), tr("Upgrading the server schema"));
    QList<QStringList> legacy;
    while (schema.next())
        legacy.append({schema.value(0).toString(), schema.value(1).toString(), schema.value(2).toString()});
    schema.finish();
    for (const QStringList& tenant : std::as_const(legacy)) {
        if (!database.transaction())
            return sqlError(database.lastError(), tr("Upgrading the server schema"));
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral("INSERT INTO members (id, tenant, name, email, role, token_hash, "
                                      "created_at, expires_at, revoked) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0)"));
        for (const QVariant& value :
             QVariantList{uuidText(QUuid::createUuid()), tenant.at(0), legacyMemberName, legacyMemberEmail,
                          protocol::toString(protocol::Role::Admin), tenant.at(1), tenant.at(2)})
            insert.addBindValue(value);
        QSqlQuery moved(database);
        moved.prepare(QStringLiteral("UPDATE tenants SET token_hash = ? WHERE id = ? AND token_hash = ?"));
        moved.addBindValue(movedTokenHash(tenant.at(0)));
        moved.addBindValue(tenant.at(0));
        moved.addBindValue(tenant.at(1));
        if (!insert.exec() || !moved.exec() || moved.numRowsAffected() != 1) {
            // Another instance upgraded it meanwhile (the hash is a member's already).
            database.rollback();
            continue;
        }
        if (!database.commit())
            return sqlError(database.lastError(), tr("Upgrading the server schema"));
        qCInfo(lcServer) << "the token of tenant" << tenant.at(0) << "is now the admin member"
                         << legacyMemberName;
    }
    return {};
}

QByteArray ServerStore::hashToken(const QByteArray& token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray ServerStore::newToken() {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    return "skt_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QString> ServerStore::tenantId(const QString& name) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT id FROM tenants WHERE name = ?"), {name}, &query))
        return sqlError(query->lastError(), tr("Reading the tenant"));
    if (!query->next())
        return Error{tr("There is no tenant named %1.").arg(name), {}, Error::Kind::NotFound};
    const QString id = query->value(0).toString();
    query->finish();
    return id;
}

Result<QString> ServerStore::memberId(const QString& tenant, const QString& email) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT id FROM members WHERE tenant = ? AND email = ?"), {tenant, email},
             &query))
        return sqlError(query->lastError(), tr("Reading the member"));
    if (!query->next())
        return Error{tr("The tenant has no member with the email %1.").arg(email), {}, Error::Kind::NotFound};
    const QString id = query->value(0).toString();
    query->finish();
    return id;
}

Result<void> ServerStore::event(const QString& tenant, const QString& action, const QString& entity,
                                const QUuid& id, const QString& detail,
                                const std::function<Result<void>()>& change, const Actor& actor) {
    QSqlDatabase database = db();
    ++m_queries;
    if (!database.transaction())
        return sqlError(database.lastError(), tr("Beginning a change"));
    auto fail = [&](const Error& error) -> Result<void> {
        database.rollback();
        return error;
    };
    if (auto changed = change(); !changed)
        return fail(changed.error());
    // An event takes its place in the tenant's feed like an op (which also serialises it with batches).
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("UPDATE tenants SET change_seq = change_seq + 1 WHERE id = ?"), {tenant},
             &query) ||
        !run(QStringLiteral("SELECT change_seq FROM tenants WHERE id = ?"), {tenant}, &query) ||
        !query->next())
        return fail(sqlError(query->lastError(), tr("Advancing the change feed")));
    const qint64 seq = query->value(0).toLongLong();
    query->finish();
    if (auto logged = audit(tenant, seq, actor.name.isEmpty() ? Actor{{}, operatorName} : actor, action,
                            entity, id, {}, detail, 0, nowText());
        !logged)
        return fail(logged.error());
    ++m_queries;
    if (!database.commit())
        return fail(sqlError(database.lastError(), tr("Committing a change")));
    return {};
}

Result<QByteArray> ServerStore::addTenant(const QString& name, const QString& adminName,
                                          const QString& adminEmail) {
    if (name.trimmed().isEmpty())
        return failure(tr("A tenant needs a name."));
    const QString admin =
        adminName.trimmed().isEmpty() ? QStringLiteral("Administrator") : adminName.trimmed();
    const QString address = adminEmail.trimmed().isEmpty() ? QStringLiteral("admin") : adminEmail.trimmed();
    if (auto checked = checkMember(admin, address); !checked)
        return checked.error();
    const QString tenant = uuidText(QUuid::createUuid());
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("INSERT INTO tenants (id, name, token_hash, revoked, change_seq, created_at) "
                            "VALUES (?, ?, ?, 0, 0, ?)"),
             {tenant, name, movedTokenHash(tenant), nowText()}, &query)) {
        return failure(
            tr("Cannot add the tenant %1 (does it exist already?): %2").arg(name, query->lastError().text()));
    }
    if (auto logged = event(tenant, QStringLiteral("tenant_add"), QStringLiteral("tenant"),
                            QUuid::fromString(tenant), QStringLiteral("name"), [] { return Result<void>(); });
        !logged)
        return logged.error();
    return addMember(name, admin, address, protocol::Role::Admin, {});
}

Result<void> ServerStore::revokeTenant(const QString& name) {
    return setTenantRevoked(name, true);
}

Result<void> ServerStore::restoreTenant(const QString& name) {
    return setTenantRevoked(name, false);
}

Result<void> ServerStore::setTenantRevoked(const QString& name, bool revoked) {
    auto tenant = tenantId(name);
    if (!tenant)
        return tenant.error();
    return event(*tenant, revoked ? QStringLiteral("tenant_revoke") : QStringLiteral("tenant_restore"),
                 QStringLiteral("tenant"), QUuid::fromString(*tenant), QStringLiteral("revoked"),
                 [&]() -> Result<void> {
                     QSqlQuery* query = nullptr;
                     if (!run(QStringLiteral("UPDATE tenants SET revoked = ? WHERE id = ?"),
                              {revoked ? 1 : 0, *tenant}, &query))
                         return sqlError(query->lastError(),
                                         revoked ? tr("Revoking the tenant") : tr("Restoring the tenant"));
                     return {};
                 });
}

Result<std::optional<ServerStore::Caller>> ServerStore::callerForToken(const QByteArray& token) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "SELECT m.id, m.tenant, m.name, m.email, m.role, m.expires_at, t.name FROM members m "
                 "JOIN tenants t ON t.id = m.tenant WHERE m.token_hash = ? AND m.revoked = 0 AND "
                 "t.revoked = 0"),
             {QString::fromLatin1(hashToken(token))}, &query))
        return sqlError(query->lastError(), tr("Looking up a token"));
    if (!query->next())
        return std::optional<Caller>();
    Caller caller;
    caller.memberId = QUuid::fromString(query->value(0).toString());
    caller.tenant = query->value(1).toString();
    caller.memberName = query->value(2).toString();
    caller.memberEmail = query->value(3).toString();
    const auto role = protocol::roleFromString(query->value(4).toString());
    const QString expires = query->value(5).toString();
    caller.tenantName = query->value(6).toString();
    query->finish();
    if (!role)
        return std::optional<Caller>();
    caller.role = *role;
    if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!at.isValid() || QDateTime::currentDateTimeUtc() >= at)
            return std::optional<Caller>();
    }
    return std::optional<Caller>(caller);
}

Result<void> ServerStore::checkMember(const QString& name, const QString& email) {
    if (name.isEmpty() || name.size() > protocol::maxNameLength)
        return failure(tr("A member needs a name of at most %1 characters.").arg(protocol::maxNameLength));
    if (email.isEmpty() || email.size() > protocol::maxEmailLength || email.contains(QLatin1Char(' ')))
        return failure(tr("A member needs an email address (at most %1 characters, no spaces).")
                           .arg(protocol::maxEmailLength));
    return {};
}

Result<QByteArray> ServerStore::addMember(const QString& tenantName, const QString& name,
                                          const QString& email, protocol::Role role,
                                          std::optional<double> expiresDays) {
    const QString shownName = name.trimmed();
    const QString address = email.trimmed();
    if (auto checked = checkMember(shownName, address); !checked)
        return checked.error();
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    const QByteArray token = newToken();
    const QUuid id = QUuid::createUuid();
    auto added = event(
        *tenant, QStringLiteral("member_add"), QStringLiteral("member"), id,
        QStringLiteral("name,email,role"), [&]() -> Result<void> {
            QSqlQuery* query = nullptr;
            if (!run(QStringLiteral("INSERT INTO members (id, tenant, name, email, role, token_hash, "
                                    "created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, 0)"),
                     {uuidText(id), *tenant, shownName, address, protocol::toString(role),
                      QString::fromLatin1(hashToken(token)), nowText(), nullable(expiryText(expiresDays))},
                     &query))
                return failure(tr("Cannot add the member %1 (is the email taken already?): %2")
                                   .arg(address, query->lastError().text()));
            return {};
        });
    if (!added)
        return added.error();
    return token;
}

Result<QList<protocol::Member>> ServerStore::members(const QString& tenantName) {
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    return membersOf(*tenant);
}

Result<QList<protocol::Member>> ServerStore::membersOf(const QString& tenant) {
    QSqlQuery* query = nullptr;
    if (!run(
            QStringLiteral("SELECT id, name, email, role, created_at, expires_at, revoked FROM members WHERE "
                           "tenant = ? ORDER BY created_at, email"),
            {tenant}, &query))
        return sqlError(query->lastError(), tr("Reading the members"));
    QList<protocol::Member> list;
    while (query->next()) {
        protocol::Member member;
        member.id = QUuid::fromString(query->value(0).toString());
        member.name = query->value(1).toString();
        member.email = query->value(2).toString();
        member.role = protocol::roleFromString(query->value(3).toString()).value_or(protocol::Role::Viewer);
        member.createdAt = query->value(4).toString();
        member.expiresAt = query->value(5).toString();
        member.revoked = query->value(6).toLongLong() != 0;
        list.append(member);
    }
    query->finish();
    return list;
}

Result<void> ServerStore::setMemberRole(const QString& tenantName, const QString& email,
                                        protocol::Role role) {
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    auto member = memberId(*tenant, email);
    if (!member)
        return member.error();
    return event(*tenant, QStringLiteral("member_role"), QStringLiteral("member"), QUuid::fromString(*member),
                 QStringLiteral("role"), [&]() -> Result<void> {
                     QSqlQuery* query = nullptr;
                     if (!run(QStringLiteral("UPDATE members SET role = ? WHERE id = ?"),
                              {protocol::toString(role), *member}, &query))
                         return sqlError(query->lastError(), tr("Changing the member's role"));
                     return {};
                 });
}

Result<QByteArray> ServerStore::rotateMember(const QString& tenantName, const QString& email,
                                             std::optional<double> expiresDays) {
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    auto member = memberId(*tenant, email);
    if (!member)
        return member.error();
    const QByteArray token = newToken();
    auto rotated = event(
        *tenant, QStringLiteral("member_rotate"), QStringLiteral("member"), QUuid::fromString(*member),
        QStringLiteral("token"), [&]() -> Result<void> {
            QSqlQuery* query = nullptr;
            const bool ok =
                expiresDays
                    ? run(QStringLiteral("UPDATE members SET token_hash = ?, revoked = 0, expires_at = ? "
                                         "WHERE id = ?"),
                          {QString::fromLatin1(hashToken(token)), nullable(expiryText(expiresDays)), *member},
                          &query)
                    : run(QStringLiteral("UPDATE members SET token_hash = ?, revoked = 0 WHERE id = ?"),
                          {QString::fromLatin1(hashToken(token)), *member}, &query);
            if (!ok)
                return sqlError(query->lastError(), tr("Rotating the member's token"));
            return {};
        });
    if (!rotated)
        return rotated.error();
    return token;
}

Result<void> ServerStore::revokeMember(const QString& tenantName, const QString& email) {
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    auto member = memberId(*tenant, email);
    if (!member)
        return member.error();
    return event(
        *tenant, QStringLiteral("member_revoke"), QStringLiteral("member"), QUuid::fromString(*member),
        QStringLiteral("revoked"), [&]() -> Result<void> {
            QSqlQuery* query = nullptr;
            if (!run(QStringLiteral("UPDATE members SET revoked = 1, public_key = NULL WHERE id = ?"),
                     {*member}, &query))
                return sqlError(query->lastError(), tr("Revoking the member"));
            return unsealFor(*tenant, *member);
        });
}

Result<void> ServerStore::unsealFor(const QString& tenant, const QString& member) {
    auto locked = lockFeed(tenant);
    if (!locked)
        return locked.error();
    qint64 changeSeq = *locked;
    // The member's id in a body is a candidate; the parsed `sealed` decides. An id has no LIKE wildcards.
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT id, revision, body FROM records WHERE tenant = ? AND entity = ? AND "
                            "deleted = 0 AND body LIKE ?"),
             {tenant, QStringLiteral("credential"), QStringLiteral("%\"%1\"%").arg(member)}, &query))
        return sqlError(query->lastError(), tr("Reading the member's sealed copies"));
    struct Unsealed {
        QUuid id;
        qint64 revision;
        QJsonObject body;
    };
    QList<Unsealed> found;
    while (query->next()) {
        QJsonObject body = parseObject(query->value(2).toString());
        QJsonObject sealed = body.value(QStringLiteral("sealed")).toObject();
        if (!sealed.contains(member))
            continue;
        sealed.remove(member);
        body.insert(QStringLiteral("sealed"), sealed);
        found.append({QUuid::fromString(query->value(0).toString()), query->value(1).toLongLong(), body});
    }
    query->finish();
    if (found.isEmpty())
        return {};
    const QString now = nowText();
    qint64 bytes = 0;
    for (const Unsealed& record : std::as_const(found)) {
        const QString bodyText = compact(record.body);
        bytes += bodyText.size();
        const QString entity = QStringLiteral("credential");
        if (auto written = writeRecord(tenant, entity, record.id, true, record.revision + 1, false, bodyText,
                                       ++changeSeq, now, operatorName);
            !written)
            return written;
        if (auto logged = audit(tenant, changeSeq, Actor{{}, operatorName}, QStringLiteral("unseal"), entity,
                                record.id, {}, QStringLiteral("sealed"), record.revision + 1, now);
            !logged)
            return logged;
    }
    // The usage counts stored revisions; a tenant without its row yet is counted whole later.
    if (!run(QStringLiteral("UPDATE tenant_usage SET bytes = bytes + ? WHERE tenant = ?"), {bytes, tenant},
             &query))
        return sqlError(query->lastError(), tr("Writing the tenant's usage"));
    if (auto set = setFeed(tenant, changeSeq); !set)
        return set;
    qCInfo(lcServer) << "took the sealed copies of member" << member << "out of" << found.size()
                     << "credentials";
    return notifyChanges(tenant);
}

Result<QStringList> ServerStore::checkRecipients(const QString& tenant, const QJsonObject& body) {
    const QJsonObject sealed = body.value(QStringLiteral("sealed")).toObject();
    if (sealed.isEmpty())
        return QStringList();
    if (!m_batch->recipients) {
        QSqlQuery* query = nullptr;
        if (!run(QStringLiteral(
                     "SELECT id FROM members WHERE tenant = ? AND revoked = 0 AND public_key IS NOT NULL"),
                 {tenant}, &query))
            return sqlError(query->lastError(), tr("Reading the members' keys"));
        QSet<QString> ids;
        while (query->next())
            ids.insert(query->value(0).toString());
        query->finish();
        m_batch->recipients = ids;
    }
    QStringList errors;
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        const QString& recipient = it.key();
        if (recipient == QLatin1String("service")) {
            if (m_servicePublicKey.isEmpty())
                errors
                    << QStringLiteral("sealed: ") +
                           tr("this server holds no service key, so nothing may be sealed for \"service\"; "
                              "share the credential with members only, or ask the server's operator");
        } else if (!m_batch->recipients->contains(recipient)) {
            errors
                << QStringLiteral("sealed: ") +
                       tr("%1 is not a member of this tenant with a registered key; read GET /v1/keys again "
                          "and seal for the members listed there with a key")
                           .arg(recipient.left(100));
        }
    }
    return errors;
}

Result<protocol::KeyDirectory> ServerStore::keyDirectory(const QString& tenant) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT id, name, email, role, revoked, public_key FROM members WHERE tenant = ? "
                            "ORDER BY created_at, email"),
             {tenant}, &query))
        return sqlError(query->lastError(), tr("Reading the members' keys"));
    protocol::KeyDirectory directory;
    directory.servicePublicKey = m_servicePublicKey;
    while (query->next()) {
        protocol::MemberKey key;
        key.memberId = QUuid::fromString(query->value(0).toString());
        key.name = query->value(1).toString();
        key.email = query->value(2).toString();
        key.role = protocol::roleFromString(query->value(3).toString()).value_or(protocol::Role::Viewer);
        key.revoked = query->value(4).toLongLong() != 0;
        // A leaver has no key to seal for, whatever an older row still holds.
        if (!key.revoked)
            key.publicKey = protocol::sealing::decodeKey(query->value(5).toString());
        directory.members.append(key);
    }
    query->finish();
    return directory;
}

Result<protocol::MemberKey> ServerStore::setPublicKey(const Caller& caller, const QByteArray& key) {
    const QString encoded = protocol::sealing::encodeKey(key);
    const QString member = uuidText(caller.memberId);
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT public_key FROM members WHERE tenant = ? AND id = ?"),
             {caller.tenant, member}, &query))
        return sqlError(query->lastError(), tr("Reading the member's key"));
    const bool same = query->next() && query->value(0).toString() == encoded;
    query->finish();
    if (!same) {
        auto changed = event(
            caller.tenant, QStringLiteral("member_key"), QStringLiteral("member"), caller.memberId,
            protocol::sealing::fingerprint(key),
            [&]() -> Result<void> {
                QSqlQuery* update = nullptr;
                if (!run(QStringLiteral("UPDATE members SET public_key = ? WHERE tenant = ? AND id = ?"),
                         {encoded, caller.tenant, member}, &update))
                    return sqlError(update->lastError(), tr("Registering the member's key"));
                return {};
            },
            Actor{caller.memberId, caller.memberName});
        if (!changed)
            return changed.error();
    }
    protocol::MemberKey answer;
    answer.memberId = caller.memberId;
    answer.name = caller.memberName;
    answer.email = caller.memberEmail;
    answer.role = caller.role;
    answer.publicKey = key;
    return answer;
}

Result<std::optional<protocol::AccessList>> ServerStore::accessList(const QString& tenant,
                                                                    const QUuid& credential, int limit) {
    auto found = record(tenant, QStringLiteral("credential"), credential);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<protocol::AccessList>();
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "SELECT at, who, reason FROM credential_access WHERE tenant = ? AND credential_id = "
                 "? ORDER BY at DESC LIMIT ?"),
             {tenant, uuidText(credential), limit}, &query))
        return sqlError(query->lastError(), tr("Reading the credential's access"));
    protocol::AccessList list;
    while (query->next())
        list.entries.append(protocol::AccessEntry{query->value(0).toString(), query->value(1).toString(),
                                                  query->value(2).toString()});
    query->finish();
    return std::optional<protocol::AccessList>(list);
}

Result<ServerStore::ServiceCopy> ServerStore::serviceCopy(const QString& tenantName, const QString& siteName,
                                                          const QString& label) {
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    // The names are in the bodies: the tenant's live sites and credentials are read and compared here.
    auto live = [&](const QString& entity) -> Result<QList<QJsonObject>> {
        QSqlQuery* query = nullptr;
        if (!run(QStringLiteral("SELECT body FROM records WHERE tenant = ? AND entity = ? AND deleted = 0"),
                 {*tenant, entity}, &query))
            return sqlError(query->lastError(), tr("Reading the records"));
        QList<QJsonObject> bodies;
        while (query->next())
            bodies.append(parseObject(query->value(0).toString()));
        query->finish();
        return bodies;
    };
    auto named = [](const QList<QJsonObject>& bodies, const QString& field, const QString& name,
                    const std::function<bool(const QJsonObject&)>& also) {
        QList<QJsonObject> matches;
        for (const QJsonObject& body : bodies) {
            if (body.value(field).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0 && also(body))
                matches.append(body);
        }
        return matches;
    };
    auto sites = live(QStringLiteral("site"));
    if (!sites)
        return sites.error();
    const QList<QJsonObject> site =
        named(*sites, QStringLiteral("name"), siteName, [](const QJsonObject&) { return true; });
    if (site.isEmpty())
        return Error{tr("Tenant %1 has no site named %2; check the name as the partner's desktop shows it.")
                         .arg(tenantName, siteName),
                     {},
                     Error::Kind::NotFound};
    if (site.size() > 1)
        return Error{tr("Tenant %1 has %2 sites named %3; ask the partner to tell them apart by name.")
                         .arg(tenantName)
                         .arg(site.size())
                         .arg(siteName),
                     {},
                     Error::Kind::Conflict};
    const QString siteId = site.constFirst().value(QStringLiteral("id")).toString();
    auto credentials = live(QStringLiteral("credential"));
    if (!credentials)
        return credentials.error();
    const QList<QJsonObject> credential =
        named(*credentials, QStringLiteral("label"), label, [&](const QJsonObject& body) {
            return body.value(QStringLiteral("site_id")).toString() == siteId;
        });
    const QString shownSite = site.constFirst().value(QStringLiteral("name")).toString();
    if (credential.isEmpty())
        return Error{
            tr("Site %1 of tenant %2 has no credential labelled %3; check the label as the partner's "
               "desktop shows it.")
                .arg(shownSite, tenantName, label),
            {},
            Error::Kind::NotFound};
    if (credential.size() > 1)
        return Error{
            tr("Site %1 has %2 credentials labelled %3; ask the partner to tell them apart by label.")
                .arg(shownSite)
                .arg(credential.size())
                .arg(label),
            {},
            Error::Kind::Conflict};
    const QJsonObject& body = credential.constFirst();
    return ServiceCopy{
        QUuid::fromString(body.value(QStringLiteral("id")).toString()), shownSite,
        body.value(QStringLiteral("label")).toString(),
        body.value(QStringLiteral("sealed")).toObject().value(QStringLiteral("service")).toString()};
}

Result<void> ServerStore::recordAccess(const QString& tenantName, const QUuid& credential, const QString& who,
                                       const QString& reason) {
    // The partner reads these through GET /v1/access, whose readers keep names of this length.
    if (who.trimmed().isEmpty() || who.size() > protocol::maxNameLength)
        return failure(tr("Name who opens the credential (--as) in at most %1 characters.")
                           .arg(protocol::maxNameLength));
    if (reason.size() > protocol::maxNameLength)
        return failure(tr("Give a reason of at most %1 characters.").arg(protocol::maxNameLength));
    auto tenant = tenantId(tenantName);
    if (!tenant)
        return tenant.error();
    return event(
        *tenant, QStringLiteral("credential_open"), QStringLiteral("credential"), credential, {},
        [&]() -> Result<void> {
            QSqlQuery* query = nullptr;
            // A reason not given (a null QString, bound as NULL) is stored as ''.
            if (!run(QStringLiteral("INSERT INTO credential_access (id, tenant, credential_id, at, who, "
                                    "reason) VALUES (?, ?, ?, ?, ?, coalesce(?, ''))"),
                     {uuidText(QUuid::createUuid()), *tenant, uuidText(credential), nowText(), who.trimmed(),
                      reason},
                     &query))
                return sqlError(query->lastError(), tr("Recording the access"));
            return {};
        });
}

Result<void> ServerStore::audit(const QString& tenant, qint64 seq, const Actor& actor, const QString& action,
                                const QString& entity, const QUuid& id, const QUuid& opId,
                                const QString& detail, qint64 revision, const QString& at) {
    QList<QVariantList> rows{{uuidText(QUuid::createUuid()), tenant, at, action, entity,
                              id.isNull() ? QString() : uuidText(id),
                              opId.isNull() ? QString() : uuidText(opId), detail, seq,
                              actor.id.isNull() ? QString() : uuidText(actor.id), actor.name, revision}};
    if (m_appends) {
        m_appends->audit.append(rows.constFirst());
        return {};
    }
    return insertRows(auditInsert(), rows, tr("Writing the audit"));
}

Result<void> ServerStore::insertRows(const QString& insert, QList<QVariantList>& rows, const QString& doing) {
    // Full chunks go 50 rows to a statement, the rest one by one: a few prepared statements serve all.
    constexpr qsizetype rowsPerStatement = 50;
    for (qsizetype first = 0; first < rows.size();) {
        const qsizetype count = rows.size() - first >= rowsPerStatement ? rowsPerStatement : 1;
        const QString tuple =
            QLatin1Char('(') +
            QStringList(rows.at(first).size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
            QLatin1Char(')');
        QSqlQuery& query = prepared(insert + QStringList(count, tuple).join(QStringLiteral(", ")));
        int position = 0;
        for (qsizetype row = first; row < first + count; ++row) {
            for (const QVariant& value : rows.at(row))
                query.bindValue(position++, value);
        }
        ++m_queries;
        if (!query.exec())
            return sqlError(query.lastError(), doing);
        first += count;
    }
    rows.clear();
    return {};
}

Result<void> ServerStore::writeHistory() {
    return insertRows(historyInsert(), m_appends->history, tr("Writing a record's history"));
}

Result<void> ServerStore::writeAppends() {
    if (auto written = writeHistory(); !written)
        return written;
    if (auto written = insertRows(auditInsert(), m_appends->audit, tr("Writing the audit")); !written)
        return written;
    return insertRows(QStringLiteral("INSERT INTO ops (tenant, op_id, result, created_at) VALUES "),
                      m_appends->ops, tr("Storing an answer"));
}

QJsonObject ServerStore::Answer::toJson() const {
    QJsonObject json = result.toJson();
    if (result.status == OpResult::Status::Conflict && partial) {
        json.remove(QStringLiteral("current"));
        json.remove(QStringLiteral("base"));
        json.insert(QStringLiteral("partial"), true);
        json.insert(QStringLiteral("current_fields"), result.current);
        json.insert(QStringLiteral("base_fields"), result.base);
    }
    return json;
}

QString ServerStore::storedForm(const Op& op, const Answer& answer) const {
    if (answer.result.status != OpResult::Status::Conflict)
        return compact(answer.result.toJson());
    // A conflict keeps where its records are, not the records: they are in the history.
    QJsonArray fields;
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
        fields.append(it.key());
    return compact(QJsonObject{{QStringLiteral("op_id"), uuidText(op.opId)},
                               {QStringLiteral("status"), QStringLiteral("conflict")},
                               {QStringLiteral("entity"), op.entity},
                               {QStringLiteral("id"), uuidText(op.id)},
                               {QStringLiteral("revision"), answer.result.revision},
                               {QStringLiteral("deleted"), answer.result.deleted},
                               {QStringLiteral("base_revision"), op.baseRevision},
                               {QStringLiteral("partial"), answer.partial},
                               {QStringLiteral("fields"), fields}});
}

Result<ServerStore::Answer> ServerStore::replay(const QString& tenant, const QString& stored) {
    const QJsonObject json = parseObject(stored);
    if (json.value(QStringLiteral("status")) != QLatin1String("conflict") ||
        !json.contains(QStringLiteral("base_revision"))) {
        // Applied, rejected, or a conflict stored whole by an earlier version.
        auto result = OpResult::fromJson(json, QStringLiteral("$"));
        if (!result)
            return result.error();
        return Answer{result.value(), false};
    }
    Answer answer;
    answer.result.opId = QUuid::fromString(json.value(QStringLiteral("op_id")).toString());
    answer.result.status = OpResult::Status::Conflict;
    answer.result.revision = json.value(QStringLiteral("revision")).toInteger();
    answer.result.deleted = json.value(QStringLiteral("deleted")).toBool();
    answer.partial = json.value(QStringLiteral("partial")).toBool();
    QStringList fields;
    for (const QJsonValue& field : json.value(QStringLiteral("fields")).toArray())
        fields.append(field.toString());
    if (auto filled =
            conflictRecords(tenant, json.value(QStringLiteral("entity")).toString(),
                            QUuid::fromString(json.value(QStringLiteral("id")).toString()),
                            json.value(QStringLiteral("base_revision")).toInteger(), fields, answer);
        !filled)
        return filled.error();
    return answer;
}

Result<ServerStore::Body> ServerStore::body(const QString& tenant, const QString& entity, const QUuid& id,
                                            qint64 revision) {
    const QString key =
        entity + QLatin1Char('/') + uuidText(id) + QLatin1Char('/') + QString::number(revision);
    if (m_batch) {
        if (const auto it = m_batch->bodies.constFind(key); it != m_batch->bodies.cend())
            return it.value();
    }
    QSqlQuery* query = nullptr;
    const bool ok =
        revision < 0 ? run(QStringLiteral(
                               "SELECT revision, deleted, body FROM records WHERE tenant = ? AND entity = ? "
                               "AND id = ?"),
                           {tenant, entity, uuidText(id)}, &query)
                     : run(QStringLiteral(
                               "SELECT revision, deleted, body FROM history WHERE tenant = ? AND entity = ? "
                               "AND id = ? AND revision = ?"),
                           {tenant, entity, uuidText(id), revision}, &query);
    if (!ok)
        return sqlError(query->lastError(), tr("Reading a record"));
    Body found;
    if (query->next()) {
        found.exists = true;
        found.revision = query->value(0).toLongLong();
        found.deleted = query->value(1).toLongLong() != 0;
        const QString text = query->value(2).toString();
        found.bytes = text.size();
        found.fields = parseObject(text);
    }
    query->finish();
    if (m_batch) {
        // Many ops on one large record parse it once; the cache is emptied before it grows large.
        constexpr qint64 cacheBytes = 16 << 20;
        if (m_batch->bodyBytes + found.bytes > cacheBytes) {
            m_batch->bodies.clear();
            m_batch->bodyBytes = 0;
        }
        m_batch->bodies.insert(key, found);
        m_batch->bodyBytes += found.bytes;
    }
    return found;
}

Result<void> ServerStore::conflictRecords(const QString& tenant, const QString& entity, const QUuid& id,
                                          qint64 baseRevision, const QStringList& fields, Answer& answer) {
    // Conflicts in the answer carry a record whole up to this size, and whole records up to the
    // batch's budget; beyond, only the op's fields.
    constexpr qsizetype wholeRecordBytes = 64 * 1024;
    if (m_appends) { // the base may be a revision this batch made
        if (auto written = writeHistory(); !written)
            return written;
    }
    auto current = body(tenant, entity, id, answer.result.revision);
    if (!current)
        return current.error();
    Body base;
    if (baseRevision > 0) {
        auto found = body(tenant, entity, id, baseRevision);
        if (!found)
            return found.error();
        if (!found->deleted)
            base = found.value();
    }
    const qint64 size = current->bytes + base.bytes;
    if (!answer.partial && size <= wholeRecordBytes && (!m_batch || m_batch->wholeRecordBudget >= size)) {
        if (m_batch)
            m_batch->wholeRecordBudget -= size;
        answer.result.current = current->fields;
        answer.result.base = base.fields;
        return {};
    }
    answer.partial = true;
    answer.result.current = QJsonObject();
    answer.result.base = QJsonObject();
    for (const QString& field : fields) {
        if (current->fields.contains(field))
            answer.result.current.insert(field, current->fields.value(field));
        if (base.fields.contains(field))
            answer.result.base.insert(field, base.fields.value(field));
    }
    return {};
}

Result<void> ServerStore::loadUsage(const QString& tenant) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT records, bytes FROM tenant_usage WHERE tenant = ?"), {tenant}, &query))
        return sqlError(query->lastError(), tr("Reading the tenant's usage"));
    if (query->next()) {
        m_batch->records = query->value(0).toLongLong();
        m_batch->bytes = query->value(1).toLongLong();
        query->finish();
        return {};
    }
    query->finish();
    // The first batch since the usage table exists counts what the tenant has.
    if (!run(QStringLiteral("SELECT (SELECT count(*) FROM records WHERE tenant = ? AND deleted = 0), "
                            "(SELECT coalesce(sum(length(body)), 0) FROM history WHERE tenant = ?)"),
             {tenant, tenant}, &query) ||
        !query->next())
        return sqlError(query->lastError(), tr("Counting the tenant's usage"));
    m_batch->records = query->value(0).toLongLong();
    m_batch->bytes = query->value(1).toLongLong();
    query->finish();
    if (!run(QStringLiteral("INSERT INTO tenant_usage (tenant, records, bytes) VALUES (?, ?, ?)"),
             {tenant, m_batch->records, m_batch->bytes}, &query))
        return sqlError(query->lastError(), tr("Writing the tenant's usage"));
    return {};
}

Result<qint64> ServerStore::purgeAnswers(const QDateTime& before) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("DELETE FROM ops WHERE created_at < ?"),
             {before.toUTC().toString(Qt::ISODateWithMs)}, &query))
        return sqlError(query->lastError(), tr("Deleting old op answers"));
    return qint64(query->numRowsAffected());
}

Result<QList<ServerStore::Answer>> ServerStore::applyBatch(const Caller& caller, const QList<Op>& ops) {
    // A concurrent delivery of the same op on another server instance can still win the race for the
    // op's row; the second attempt then finds and replays its stored answer.
    auto first = applyBatchOnce(caller, ops);
    if (first || first.error().where == QLatin1String("quota"))
        return first;
    qCInfo(lcServer) << "retrying a batch after" << first.error().message;
    return applyBatchOnce(caller, ops);
}

Result<QList<ServerStore::Answer>> ServerStore::applyBatchOnce(const Caller& caller, const QList<Op>& ops) {
    const QString& tenant = caller.tenant;
    QSqlDatabase database = db();
    ++m_queries;
    if (!database.transaction())
        return sqlError(database.lastError(), tr("Beginning a batch"));
    auto fail = [&](const Error& error) -> Result<QList<Answer>> {
        database.rollback();
        return error;
    };
    QSqlQuery* query = nullptr;
    // Taking the tenant's row first serialises the tenant's batches: change_seq grows in commit order
    // and a duplicate op waits for the first.
    auto locked = lockFeed(tenant);
    if (!locked)
        return fail(locked.error());
    qint64 changeSeq = *locked;
    const qint64 startSeq = changeSeq;

    Appends appends;
    Batch batch;
    batch.wholeRecordBudget = 1 << 20;
    batch.caller = &caller;
    m_appends = &appends;
    m_batch = &batch;
    struct EndBatch {
        ServerStore& store;
        ~EndBatch() {
            store.m_appends = nullptr;
            store.m_batch = nullptr;
        }
    } endBatch{*this};
    if (auto loaded = loadUsage(tenant); !loaded)
        return fail(loaded.error());
    const qint64 startRecords = batch.records;
    const qint64 startBytes = batch.bytes;
    // The answers of this batch are written at its end: an op id sent twice in it gets the first's.
    QHash<QUuid, QString> answered;
    QList<Answer> results;
    results.reserve(ops.size());
    QSqlQuery& stored = prepared(QStringLiteral("SELECT result FROM ops WHERE tenant = ? AND op_id = ?"));
    const QString now = nowText();
    for (const Op& op : ops) {
        // A forbidden op touches nothing and leaves no answer behind: sent again by a member whose
        // role was raised meanwhile, it is applied.
        if (const protocol::Role needed = protocol::neededRole(op); !protocol::allows(caller.role, needed)) {
            Answer refused;
            refused.result.opId = op.opId;
            refused.result.status = OpResult::Status::Rejected;
            refused.result.code = QStringLiteral("forbidden");
            refused.result.errors = {QStringLiteral("role: ") +
                                     protocol::forbiddenMessage(needed, caller.role)};
            results.append(refused);
            continue;
        }
        QString earlier = answered.value(op.opId);
        if (earlier.isEmpty()) {
            stored.bindValue(0, tenant);
            stored.bindValue(1, uuidText(op.opId));
            ++m_queries;
            if (!stored.exec())
                return fail(sqlError(stored.lastError(), tr("Reading an earlier answer")));
            if (stored.next())
                earlier = stored.value(0).toString();
            stored.finish();
        }
        if (!earlier.isEmpty()) {
            auto again = replay(tenant, earlier);
            if (!again)
                return fail(again.error());
            results.append(again.value());
            continue;
        }
        auto answer = applyOp(tenant, op, changeSeq, now);
        if (!answer)
            return fail(answer.error());
        const QString form = storedForm(op, answer.value());
        appends.ops.append(QVariantList{tenant, uuidText(op.opId), form, now});
        answered.insert(op.opId, form);
        results.append(answer.value());
    }
    if (auto written = writeAppends(); !written)
        return fail(written.error());
    if (changeSeq != startSeq) {
        if (auto set = setFeed(tenant, changeSeq); !set)
            return fail(set.error());
    }
    if ((batch.records != startRecords || batch.bytes != startBytes) &&
        !run(QStringLiteral("UPDATE tenant_usage SET records = ?, bytes = ? WHERE tenant = ?"),
             {batch.records, batch.bytes, tenant}, &query))
        return fail(sqlError(query->lastError(), tr("Writing the tenant's usage")));
    if (changeSeq != startSeq) {
        if (auto notified = notifyChanges(tenant); !notified)
            return fail(notified.error());
    }
    ++m_queries;
    if (!database.commit())
        return fail(sqlError(database.lastError(), tr("Committing a batch")));
    return results;
}

Result<qint64> ServerStore::lockFeed(const QString& tenant) {
    QSqlQuery* query = nullptr;
    // A row lock on PostgreSQL, the write lock on SQLite.
    if (!run(QStringLiteral("UPDATE tenants SET change_seq = change_seq WHERE id = ?"), {tenant}, &query))
        return sqlError(query->lastError(), tr("Locking the tenant"));
    if (!run(QStringLiteral("SELECT change_seq FROM tenants WHERE id = ?"), {tenant}, &query) ||
        !query->next())
        return sqlError(query->lastError(), tr("Reading the tenant"));
    const qint64 changeSeq = query->value(0).toLongLong();
    query->finish();
    return changeSeq;
}

Result<void> ServerStore::setFeed(const QString& tenant, qint64 changeSeq) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("UPDATE tenants SET change_seq = ? WHERE id = ?"), {changeSeq, tenant}, &query))
        return sqlError(query->lastError(), tr("Advancing the change feed"));
    return {};
}

Result<void> ServerStore::notifyChanges(const QString& tenant) {
    // The other instances learn of the change when it commits (PostgreSQL delivers at commit).
    QSqlQuery* query = nullptr;
    if (m_dialect == Dialect::Postgres &&
        !run(QStringLiteral("SELECT pg_notify('sitekeeper_changes', ?)"), {tenant}, &query))
        return sqlError(query->lastError(), tr("Announcing the change"));
    return {};
}

Result<void> ServerStore::writeRecord(const QString& tenant, const QString& entity, const QUuid& id,
                                      bool exists, qint64 revision, bool tombstone, const QString& bodyText,
                                      qint64 changeSeq, const QString& now, const QString& changedBy) {
    QSqlQuery* query = nullptr;
    if (exists) {
        if (!run(QStringLiteral(
                     "UPDATE records SET revision = ?, deleted = ?, body = ?, change_seq = ?, updated_at = "
                     "?, changed_by = ? WHERE tenant = ? AND entity = ? AND id = ?"),
                 {revision, tombstone ? 1 : 0, bodyText, changeSeq, now, changedBy, tenant, entity,
                  uuidText(id)},
                 &query))
            return sqlError(query->lastError(), tr("Writing a record"));
    } else if (!run(QStringLiteral(
                        "INSERT INTO records (tenant, entity, id, revision, deleted, body, change_seq, "
                        "updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {tenant, entity, uuidText(id), revision, tombstone ? 1 : 0, bodyText, changeSeq, now,
                     changedBy},
                    &query)) {
        return sqlError(query->lastError(), tr("Writing a record"));
    }
    const QVariantList history{tenant, entity, uuidText(id), revision, tombstone ? 1 : 0, bodyText};
    if (m_appends) {
        m_appends->history.append(history);
        return {};
    }
    QList<QVariantList> rows{history};
    return insertRows(historyInsert(), rows, tr("Writing a record's history"));
}

Result<ServerStore::Answer> ServerStore::applyOp(const QString& tenant, const Op& op, qint64& changeSeq,
                                                 const QString& now) {
    Answer answer;
    OpResult& result = answer.result;
    result.opId = op.opId;

    auto found = body(tenant, op.entity, op.id, -1);
    if (!found)
        return found.error();
    const bool exists = found->exists;
    const qint64 revision = found->revision;
    const bool deleted = found->deleted;
    const QJsonObject current = found->fields;

    auto rejected = [&](const QString& code, const QStringList& errors) {
        result.status = OpResult::Status::Rejected;
        result.code = code;
        result.errors = errors;
        return answer;
    };
    // Ids of another tenant, or none at all, look the same: not found.
    if (!exists && (op.action != Op::Action::Upsert || op.baseRevision != 0))
        return rejected(QStringLiteral("not_found"), {QStringLiteral("id: %1").arg(tr("no such record"))});

    if (exists && (op.baseRevision != revision || (op.action == Op::Action::Patch && deleted))) {
        result.status = OpResult::Status::Conflict;
        result.revision = revision;
        result.deleted = deleted;
        // A patch of a tombstone at its revision has no base to show.
        const qint64 base = op.baseRevision != revision ? op.baseRevision : 0;
        if (auto filled = conflictRecords(tenant, op.entity, op.id, base, op.fields.keys(), answer); !filled)
            return filled.error();
        return answer;
    }

    QJsonObject body;
    bool tombstone = false;
    if (op.action == Op::Action::Delete) {
        body = current;
        tombstone = true;
    } else {
        QJsonObject merged = op.action == Op::Action::Patch ? current : QJsonObject();
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
            merged.insert(it.key(), it.value());
        merged.insert(QStringLiteral("id"), uuidText(op.id));
        const protocol::CheckedRecord checked = protocol::checkRecord(op.entity, merged);
        if (!checked.errors.isEmpty()) {
            QStringList errors;
            for (const FieldError& error : checked.errors)
                errors << error.field + QStringLiteral(": ") + error.message;
            return rejected(QStringLiteral("invalid"), errors);
        }
        body = checked.record;
        if (op.entity == QLatin1String("credential")) {
            auto errors = checkRecipients(tenant, body);
            if (!errors)
                return errors.error();
            if (!errors->isEmpty())
                return rejected(QStringLiteral("invalid"), *errors);
        }
    }

    const QString bodyText = compact(body);
    // Live records: a new or revived record adds one, a delete frees one. Deletes never fail a quota.
    qint64 records = m_batch->records;
    if (!tombstone && (!exists || deleted))
        ++records;
    else if (tombstone && exists && !deleted)
        --records;
    if (m_quotas.records > 0 && records > m_quotas.records && records > m_batch->records) {
        return Error{tr("The tenant has reached its quota of %1 records; delete records it no longer needs, "
                        "or ask the server's operator for a larger quota.")
                         .arg(m_quotas.records),
                     QStringLiteral("quota")};
    }
    if (m_quotas.bytes > 0 && !tombstone && m_batch->bytes + bodyText.size() > m_quotas.bytes) {
        return Error{tr("The tenant has reached its quota of %1 bytes of stored records; ask the server's "
                        "operator for a larger quota.")
                         .arg(m_quotas.bytes),
                     QStringLiteral("quota")};
    }
    m_batch->records = records;
    m_batch->bytes += bodyText.size();

    const qint64 newRevision = revision + 1;
    ++changeSeq;
    const ServerStore::Caller& caller = *m_batch->caller;
    if (auto written = writeRecord(tenant, op.entity, op.id, exists, newRevision, tombstone, bodyText,
                                   changeSeq, now, caller.memberName);
        !written)
        return written.error();
    // The batch's later ops see this revision without reading it back.
    Body written{true, newRevision, tombstone, body, bodyText.size()};
    const QString prefix = op.entity + QLatin1Char('/') + uuidText(op.id) + QLatin1Char('/');
    m_batch->bodies.insert(prefix + QStringLiteral("-1"), written);
    m_batch->bodies.insert(prefix + QString::number(newRevision), written);
    m_batch->bodyBytes += bodyText.size();
    // The fields the op changed, as the record has them (what the client sent beyond them is dropped).
    QStringList changed;
    if (!tombstone) {
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
            if (it.key() != QLatin1String("id") && body.contains(it.key()))
                changed.append(it.key());
        }
    }
    if (auto logged =
            audit(tenant, changeSeq, Actor{caller.memberId, caller.memberName}, protocol::toString(op.action),
                  op.entity, op.id, op.opId, changed.join(QLatin1Char(',')), newRevision, now);
        !logged)
        return logged.error();
    result.status = OpResult::Status::Applied;
    result.revision = newRevision;
    return answer;
}

Result<protocol::ChangePage> ServerStore::changes(const QString& tenant, qint64 since, int limit) {
    QSqlQuery* query = nullptr;
    if (!run(
            QStringLiteral(
                "SELECT entity, id, revision, deleted, body, change_seq, changed_by, updated_at FROM records "
                "WHERE tenant = ? AND change_seq > ? ORDER BY change_seq LIMIT ?"),
            {tenant, since, limit + 1}, &query))
        return sqlError(query->lastError(), tr("Reading the change feed"));
    protocol::ChangePage page;
    qint64 last = since;
    while (query->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        protocol::Change change;
        change.entity = query->value(0).toString();
        change.id = QUuid::fromString(query->value(1).toString());
        change.revision = query->value(2).toLongLong();
        change.deleted = query->value(3).toLongLong() != 0;
        if (!change.deleted)
            change.fields = parseObject(query->value(4).toString());
        last = query->value(5).toLongLong();
        change.changedBy = query->value(6).toString();
        change.changedAt = query->value(7).toString();
        page.changes.append(change);
    }
    query->finish();
    page.next = QString::number(last);
    page.remaining = 0;
    if (page.more) {
        // For the client's progress bar: one count over the feed index, cheap next to the page.
        if (!run(QStringLiteral("SELECT count(*) FROM records WHERE tenant = ? AND change_seq > ?"),
                 {tenant, last}, &query) ||
            !query->next())
            return sqlError(query->lastError(), tr("Reading the change feed"));
        page.remaining = query->value(0).toLongLong();
        query->finish();
    }
    return page;
}

Result<std::optional<ServerStore::Record>> ServerStore::record(const QString& tenant, const QString& entity,
                                                               const QUuid& id) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "SELECT revision, deleted, body FROM records WHERE tenant = ? AND entity = ? AND id = ?"),
             {tenant, entity, uuidText(id)}, &query))
        return sqlError(query->lastError(), tr("Reading a record"));
    if (!query->next()) {
        query->finish();
        return std::optional<Record>();
    }
    const Record found{parseObject(query->value(2).toString()), query->value(0).toLongLong(),
                       query->value(1).toLongLong() != 0};
    query->finish();
    return std::optional<Record>(found);
}

Result<protocol::AuditPage> ServerStore::auditPage(const QString& tenant, const QString& entity,
                                                   const QUuid& id, qint64 since, int limit) {
    QString sql = QStringLiteral("SELECT seq, at, member_id, member_name, action, entity, entity_id, detail, "
                                 "revision FROM audit WHERE tenant = ? AND seq > ?");
    QVariantList values{tenant, since};
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        values.append(entity);
    }
    if (!id.isNull()) {
        sql += QStringLiteral(" AND entity_id = ?");
        values.append(uuidText(id));
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    values.append(limit + 1);
    QSqlQuery* query = nullptr;
    if (!run(sql, values, &query))
        return sqlError(query->lastError(), tr("Reading the audit"));
    protocol::AuditPage page;
    qint64 last = since;
    while (query->next()) {
        if (page.entries.size() == limit) {
            page.more = true;
            break;
        }
        protocol::AuditEntry entry;
        entry.seq = query->value(0).toLongLong();
        entry.at = query->value(1).toString();
        entry.memberId = QUuid::fromString(query->value(2).toString());
        entry.memberName = query->value(3).toString();
        entry.action = query->value(4).toString();
        entry.entity = query->value(5).toString();
        entry.id = QUuid::fromString(query->value(6).toString());
        entry.fields = query->value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        entry.revision = query->value(8).toLongLong();
        last = entry.seq;
        page.entries.append(entry);
    }
    query->finish();
    page.next = QString::number(last);
    return page;
}

Result<bool> ServerStore::putPresence(const Caller& caller, const QString& entity, const QUuid& id,
                                      const QDateTime& expiresAt) {
    const QString now = nowText();
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("DELETE FROM presence WHERE tenant = ? AND expires_at < ?"), {caller.tenant, now},
             &query))
        return sqlError(query->lastError(), tr("Writing the presence"));
    if (!run(QStringLiteral(
                 "SELECT count(*) FROM presence WHERE tenant = ? AND member_id = ? AND NOT (entity = ? "
                 "AND entity_id = ?)"),
             {caller.tenant, uuidText(caller.memberId), entity, uuidText(id)}, &query) ||
        !query->next())
        return sqlError(query->lastError(), tr("Reading the presence"));
    const qint64 open = query->value(0).toLongLong();
    query->finish();
    if (open >= maxPresencePerMember)
        return false;
    if (!run(
            QStringLiteral("INSERT INTO presence (tenant, entity, entity_id, member_id, member_name, since, "
                           "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant, entity, entity_id, "
                           "member_id) DO UPDATE SET expires_at = excluded.expires_at, member_name = "
                           "excluded.member_name"),
            {caller.tenant, entity, uuidText(id), uuidText(caller.memberId), caller.memberName, now,
             expiresAt.toUTC().toString(Qt::ISODateWithMs)},
            &query))
        return sqlError(query->lastError(), tr("Writing the presence"));
    return true;
}

Result<void> ServerStore::deletePresence(const Caller& caller, const QString& entity, const QUuid& id) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "DELETE FROM presence WHERE tenant = ? AND entity = ? AND entity_id = ? AND member_id = ?"),
             {caller.tenant, entity, uuidText(id), uuidText(caller.memberId)}, &query))
        return sqlError(query->lastError(), tr("Writing the presence"));
    return {};
}

Result<protocol::PresenceList> ServerStore::presence(const Caller& caller, const QString& entity,
                                                     const QUuid& id) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "SELECT member_id, member_name, since FROM presence WHERE tenant = ? AND entity = ? AND "
                 "entity_id = ? AND member_id <> ? AND expires_at >= ? ORDER BY since, member_id"),
             {caller.tenant, entity, uuidText(id), uuidText(caller.memberId), nowText()}, &query))
        return sqlError(query->lastError(), tr("Reading the presence"));
    protocol::PresenceList list;
    while (query->next())
        list.members.append(protocol::Presence{QUuid::fromString(query->value(0).toString()),
                                               query->value(1).toString(), query->value(2).toString()});
    query->finish();
    return list;
}

void ServerStore::listenForChanges(QObject* context, std::function<void(const QString& tenant)> listener) {
    if (m_dialect != Dialect::Postgres)
        return;
    QSqlDriver* driver = db().driver();
    if (!driver->subscribeToNotification(QStringLiteral("sitekeeper_changes"))) {
        qCWarning(lcServer)
            << "cannot LISTEN sitekeeper_changes; other instances' changes reach waiting clients "
               "only when their wait ends";
        return;
    }
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [listener = std::move(listener)](const QString& name,
                                                      QSqlDriver::NotificationSource source,
                                                      const QVariant& payload) {
                         // This instance wakes its own waiters when it commits.
                         if (name == QLatin1String("sitekeeper_changes") && source != QSqlDriver::SelfSource)
                             listener(payload.toString());
                     });
}

} // namespace sitekeeper::server
