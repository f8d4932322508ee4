// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include "Records.h"
#include "ServerLogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
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

QString auditInsert() {
    return QStringLiteral(
        "INSERT INTO audit (id, tenant, at, action, entity, entity_id, op_id, detail) VALUES ");
}

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
                          "detail TEXT)");
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
    return {};
}

QByteArray ServerStore::hashToken(const QByteArray& token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

Result<QByteArray> ServerStore::addTenant(const QString& name) {
    if (name.trimmed().isEmpty())
        return failure(tr("A tenant needs a name."));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    const QByteArray token =
        "skt_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery* query = nullptr;
    const QUuid id = QUuid::createUuid();
    if (!run(QStringLiteral("INSERT INTO tenants (id, name, token_hash, revoked, change_seq, created_at) "
                            "VALUES (?, ?, ?, 0, 0, ?)"),
             {uuidText(id), name, QString::fromLatin1(hashToken(token)), nowText()}, &query)) {
        return failure(
            tr("Cannot add the tenant %1 (does it exist already?): %2").arg(name, query->lastError().text()));
    }
    if (auto logged = audit(uuidText(id), QStringLiteral("tenant_add"), {}, {}, {}, name); !logged)
        return logged.error();
    return token;
}

Result<void> ServerStore::revokeTenant(const QString& name) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("UPDATE tenants SET revoked = 1 WHERE name = ?"), {name}, &query))
        return sqlError(query->lastError(), tr("Revoking the tenant"));
    if (query->numRowsAffected() == 0)
        return failure(tr("There is no tenant named %1.").arg(name));
    QSqlQuery* find = nullptr;
    if (run(QStringLiteral("SELECT id FROM tenants WHERE name = ?"), {name}, &find) && find->next())
        return audit(find->value(0).toString(), QStringLiteral("tenant_revoke"), {}, {}, {}, name);
    return {};
}

Result<std::optional<QString>> ServerStore::tenantForToken(const QByteArray& token) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral("SELECT id FROM tenants WHERE token_hash = ? AND revoked = 0"),
             {QString::fromLatin1(hashToken(token))}, &query))
        return sqlError(query->lastError(), tr("Looking up a token"));
    if (!query->next())
        return std::optional<QString>();
    const QString tenant = query->value(0).toString();
    query->finish();
    return std::optional<QString>(tenant);
}

Result<void> ServerStore::audit(const QString& tenant, const QString& action, const QString& entity,
                                const QUuid& id, const QUuid& opId, const QString& detail,
                                const QString& at) {
    QList<QVariantList> rows{{uuidText(QUuid::createUuid()), tenant, at.isEmpty() ? nowText() : at, action,
                              entity, id.isNull() ? QString() : uuidText(id),
                              opId.isNull() ? QString() : uuidText(opId), detail}};
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
    return insertRows(
        QStringLiteral("INSERT INTO history (tenant, entity, id, revision, deleted, body) VALUES "),
        m_appends->history, tr("Writing a record's history"));
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

Result<QList<ServerStore::Answer>> ServerStore::applyBatch(const QString& tenant, const QList<Op>& ops) {
    // A concurrent delivery of the same op on another server instance can still win the race for the
    // op's row; the second attempt then finds and replays its stored answer.
    auto first = applyBatchOnce(tenant, ops);
    if (first || first.error().where == QLatin1String("quota"))
        return first;
    qCInfo(lcServer) << "retrying a batch after" << first.error().message;
    return applyBatchOnce(tenant, ops);
}

Result<QList<ServerStore::Answer>> ServerStore::applyBatchOnce(const QString& tenant, const QList<Op>& ops) {
    QSqlDatabase database = db();
    ++m_queries;
    if (!database.transaction())
        return sqlError(database.lastError(), tr("Beginning a batch"));
    auto fail = [&](const Error& error) -> Result<QList<Answer>> {
        database.rollback();
        return error;
    };
    QSqlQuery* query = nullptr;
    // Taking the tenant's row first serialises the tenant's batches (a row lock on PostgreSQL, the
    // write lock on SQLite): change_seq grows in commit order and a duplicate op waits for the first.
    if (!run(QStringLiteral("UPDATE tenants SET change_seq = change_seq WHERE id = ?"), {tenant}, &query))
        return fail(sqlError(query->lastError(), tr("Locking the tenant")));
    if (!run(QStringLiteral("SELECT change_seq FROM tenants WHERE id = ?"), {tenant}, &query) ||
        !query->next())
        return fail(sqlError(query->lastError(), tr("Reading the tenant")));
    qint64 changeSeq = query->value(0).toLongLong();
    const qint64 startSeq = changeSeq;
    query->finish();

    Appends appends;
    Batch batch;
    batch.wholeRecordBudget = 1 << 20;
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
    if (changeSeq != startSeq &&
        !run(QStringLiteral("UPDATE tenants SET change_seq = ? WHERE id = ?"), {changeSeq, tenant}, &query))
        return fail(sqlError(query->lastError(), tr("Advancing the change feed")));
    if ((batch.records != startRecords || batch.bytes != startBytes) &&
        !run(QStringLiteral("UPDATE tenant_usage SET records = ?, bytes = ? WHERE tenant = ?"),
             {batch.records, batch.bytes, tenant}, &query))
        return fail(sqlError(query->lastError(), tr("Writing the tenant's usage")));
    ++m_queries;
    if (!database.commit())
        return fail(sqlError(database.lastError(), tr("Committing a batch")));
    return results;
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
    QSqlQuery* query = nullptr;
    if (exists) {
        if (!run(QStringLiteral(
                     "UPDATE records SET revision = ?, deleted = ?, body = ?, change_seq = ?, updated_at = "
                     "? WHERE tenant = ? AND entity = ? AND id = ?"),
                 {newRevision, tombstone ? 1 : 0, bodyText, changeSeq, now, tenant, op.entity,
                  uuidText(op.id)},
                 &query))
            return sqlError(query->lastError(), tr("Writing a record"));
    } else if (!run(QStringLiteral(
                        "INSERT INTO records (tenant, entity, id, revision, deleted, body, change_seq, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {tenant, op.entity, uuidText(op.id), newRevision, tombstone ? 1 : 0, bodyText, changeSeq,
                     now},
                    &query)) {
        return sqlError(query->lastError(), tr("Writing a record"));
    }
    // The batch's later ops see this revision without reading it back.
    Body written{true, newRevision, tombstone, body, bodyText.size()};
    const QString prefix = op.entity + QLatin1Char('/') + uuidText(op.id) + QLatin1Char('/');
    m_batch->bodies.insert(prefix + QStringLiteral("-1"), written);
    m_batch->bodies.insert(prefix + QString::number(newRevision), written);
    m_batch->bodyBytes += bodyText.size();
    m_appends->history.append(
        QVariantList{tenant, op.entity, uuidText(op.id), newRevision, tombstone ? 1 : 0, bodyText});
    if (auto logged = audit(tenant, protocol::toString(op.action), op.entity, op.id, op.opId,
                            QStringList(op.fields.keys()).join(QLatin1Char(',')), now);
        !logged)
        return logged.error();
    result.status = OpResult::Status::Applied;
    result.revision = newRevision;
    return answer;
}

Result<protocol::ChangePage> ServerStore::changes(const QString& tenant, qint64 since, int limit) {
    QSqlQuery* query = nullptr;
    if (!run(QStringLiteral(
                 "SELECT entity, id, revision, deleted, body, change_seq FROM records WHERE tenant = ? AND "
                 "change_seq > ? ORDER BY change_seq LIMIT ?"),
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

} // namespace sitekeeper::server
