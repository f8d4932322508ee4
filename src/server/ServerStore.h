// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Changes.h"
#include "Op.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>

namespace sitekeeper::server {

// The reference backend's database: tenants and their token hashes, the records of every tenant with
// a revision each, their history, the answers of every op (idempotent replay) and an append-only
// audit table. One portable SQL dialect serves SQLite (one server) and PostgreSQL (several server
// instances over one database); every query is scoped by the tenant.
class ServerStore {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::server::ServerStore)

public:
    enum class Dialect { Sqlite, Postgres };

    // `spec` is `sqlite:PATH` or `postgresql://user[:password]@host[:port]/database`.
    static Result<std::unique_ptr<ServerStore>> open(const QString& spec);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    Dialect dialect() const { return m_dialect; }

    // Creates a tenant and returns its bearer token; only the token's SHA-256 is kept.
    Result<QByteArray> addTenant(const QString& name);
    // Revokes every token of the tenant: its requests get 401 from now on.
    Result<void> revokeTenant(const QString& name);
    // The tenant a bearer token belongs to, if it is valid and not revoked.
    std::optional<QString> tenantForToken(const QByteArray& token);

    // Applies `ops` in order in one transaction and answers one result per op. An op id the tenant
    // sent before gets its stored first answer, also when both deliveries arrive at once.
    Result<QList<protocol::OpResult>> applyBatch(const QString& tenant, const QList<protocol::Op>& ops);

    // The tenant's changes after `since`, oldest first, at most `limit`.
    Result<protocol::ChangePage> changes(const QString& tenant, qint64 since, int limit);

    struct Record {
        QJsonObject fields;
        qint64 revision = 0;
        bool deleted = false;
    };
    Result<std::optional<Record>> record(const QString& tenant, const QString& entity, const QUuid& id);

    static QByteArray hashToken(const QByteArray& token);

private:
    ServerStore(QString connection, Dialect dialect);
    Result<void> createSchema();
    Error sqlError(const QSqlError& error, const QString& doing) const;
    // `now` is the batch's time: every row the batch writes carries the same one.
    Result<protocol::OpResult> applyOp(const QString& tenant, const protocol::Op& op, qint64& changeSeq,
                                       const QString& now);
    // `at` empty: now.
    Result<void> audit(const QString& tenant, const QString& action, const QString& entity, const QUuid& id,
                       const QUuid& opId, const QString& detail, const QString& at = {});
    Result<QList<protocol::OpResult>> applyBatchOnce(const QString& tenant, const QList<protocol::Op>& ops);
    // Rows a batch appends to history, audit and ops. They are written many to a statement when the
    // batch ends (or before the history is read), not one statement each per op: on PostgreSQL
    // every statement is a round trip.
    struct Appends {
        QList<QVariantList> history;
        QList<QVariantList> audit;
        QList<QVariantList> ops;
    };
    Result<void> writeHistory();
    Result<void> writeAppends();
    // Inserts `rows` with `insert` ("INSERT INTO t (a, b) VALUES ") and empties it.
    Result<void> insertRows(const QString& insert, QList<QVariantList>& rows, const QString& doing);
    QSqlDatabase db() const;
    // A statement prepared once per connection: PostgreSQL then parses it once, not per op.
    QSqlQuery& prepared(const QString& sql);
    bool run(const QString& sql, const QVariantList& values, QSqlQuery** used);

    QString m_connection;
    Dialect m_dialect;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    Appends* m_appends = nullptr; // while a batch is applied
};

} // namespace sitekeeper::server
