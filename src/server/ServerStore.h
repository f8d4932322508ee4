// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Changes.h"
#include "Op.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
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
// a revision each, their history, the answers of recent ops (idempotent replay, kept for a set
// time), each tenant's usage against its quotas and an append-only audit table. One portable SQL dialect
// serves SQLite (one server) and PostgreSQL (several server instances over one database); every query is
// scoped by the tenant.
class ServerStore {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::server::ServerStore)

public:
    enum class Dialect { Sqlite, Postgres };

    // `spec` is `sqlite:PATH` or `postgresql://user[:password]@host[:port]/database[?sslmode=...]`;
    // `password`, when set, overrides one in the URL (from a file or the environment). Query items
    // of the URL (sslmode, sslrootcert, sslcert, sslkey, connect_timeout ...) go to libpq.
    static Result<std::unique_ptr<ServerStore>> open(const QString& spec, const QString& password = {});
    // `spec` with any password replaced by "***", for messages.
    static QString redacted(const QString& spec);

    struct Quotas {
        qint64 records = 0; // live records per tenant (0: no limit)
        qint64 bytes = 0;   // bytes of record revisions stored per tenant (0: no limit)
    };
    void setQuotas(Quotas quotas) { m_quotas = quotas; }
    // Deletes op answers older than `before`; a replay of such an op is applied anew (and meets
    // a conflict, as its base is then old). Answers how many were deleted.
    Result<qint64> purgeAnswers(const QDateTime& before);
    // Statements run so far on the database, for --stats and the abuse tests.
    quint64 queryCount() const { return m_queries; }

    // One op's answer. A conflict on a large record (or after the batch's budget for whole records
    // is used up) is `partial`: it carries only the fields the op sent, at the current revision and
    // at its base, so that no answer grows with the record.
    struct Answer {
        protocol::OpResult result;
        bool partial = false;
        QJsonObject toJson() const;
    };
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    Dialect dialect() const { return m_dialect; }

    // Creates a tenant and returns its bearer token; only the token's SHA-256 is kept.
    Result<QByteArray> addTenant(const QString& name);
    // Revokes every token of the tenant: its requests get 401 from now on.
    Result<void> revokeTenant(const QString& name);
    // The tenant a bearer token belongs to, if it is valid and not revoked; an error when the
    // database could not be asked.
    Result<std::optional<QString>> tenantForToken(const QByteArray& token);

    // Applies `ops` in order in one transaction and answers one result per op. An op id the tenant
    // sent before gets its stored first answer, also when both deliveries arrive at once.
    // A quota the batch would exceed fails it whole with Error::where "quota" (nothing applied).
    Result<QList<Answer>> applyBatch(const QString& tenant, const QList<protocol::Op>& ops);

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
    Result<Answer> applyOp(const QString& tenant, const protocol::Op& op, qint64& changeSeq,
                           const QString& now);
    // The answer kept for `answer` (a conflict without its records), and the answer back from it.
    QString storedForm(const protocol::Op& op, const Answer& answer) const;
    Result<Answer> replay(const QString& tenant, const QString& stored);
    // Fills a conflict's current and base (whole, or only `fields`), from the batch's cache or the
    // history; uses up the batch's budget for whole records.
    Result<void> conflictRecords(const QString& tenant, const QString& entity, const QUuid& id,
                                 qint64 baseRevision, const QStringList& fields, Answer& answer);
    // A record's body at a revision (history), or its current row (revision -1); cached per batch.
    struct Body {
        bool exists = false;
        qint64 revision = 0;
        bool deleted = false;
        QJsonObject fields;
        qsizetype bytes = 0;
    };
    Result<Body> body(const QString& tenant, const QString& entity, const QUuid& id, qint64 revision);
    Result<void> loadUsage(const QString& tenant);
    // `at` empty: now.
    Result<void> audit(const QString& tenant, const QString& action, const QString& entity, const QUuid& id,
                       const QUuid& opId, const QString& detail, const QString& at = {});
    Result<QList<Answer>> applyBatchOnce(const QString& tenant, const QList<protocol::Op>& ops);
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

    // What a batch keeps while it runs: bodies it read (bounded), its budget of whole records in
    // conflict answers, the tenant's usage.
    struct Batch {
        QHash<QString, Body> bodies;
        qint64 bodyBytes = 0;
        qint64 wholeRecordBudget = 0;
        qint64 records = 0;
        qint64 bytes = 0;
    };

    QString m_connection;
    Dialect m_dialect;
    Quotas m_quotas;
    quint64 m_queries = 0;
    Batch* m_batch = nullptr;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    Appends* m_appends = nullptr; // while a batch is applied
};

} // namespace sitekeeper::server
