// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Changes.h"
#include "Op.h"
#include "Result.h"
#include "Roles.h"
#include "Team.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace sitekeeper::server {

// The reference backend's database: tenants, their members with their token hashes, the records of every
// tenant with a revision each, their history, the answers of recent ops (idempotent replay, kept for a set
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

    // Who a request comes from: the tenant and the member its token belongs to.
    struct Caller {
        QString tenant; // the tenant's id
        QString tenantName;
        QUuid memberId;
        QString memberName;
        QString memberEmail;
        protocol::Role role = protocol::Role::Viewer;
    };

    // Creates a tenant with its first admin member and returns that member's bearer token; only
    // the token's SHA-256 is kept.
    Result<QByteArray> addTenant(const QString& name, const QString& adminName = {},
                                 const QString& adminEmail = {});
    // Revokes every token of the tenant: its requests get 401 from now on; its data stays.
    Result<void> revokeTenant(const QString& name);
    // Undoes revokeTenant: the members' tokens work again.
    Result<void> restoreTenant(const QString& name);
    // The member a bearer token belongs to, if it is valid, not revoked, not expired and its tenant
    // is not revoked; an error when the database could not be asked.
    Result<std::optional<Caller>> callerForToken(const QByteArray& token);

    // Member management (the server CLI). `expiresDays` empty: the token does not expire.
    Result<QByteArray> addMember(const QString& tenantName, const QString& name, const QString& email,
                                 protocol::Role role, std::optional<double> expiresDays);
    Result<QList<protocol::Member>> members(const QString& tenantName);
    Result<QList<protocol::Member>> membersOf(const QString& tenantId);
    Result<void> setMemberRole(const QString& tenantName, const QString& email, protocol::Role role);
    // A new token for the member; the old one is refused at once. A revoked member is admitted again.
    Result<QByteArray> rotateMember(const QString& tenantName, const QString& email,
                                    std::optional<double> expiresDays);
    // Revokes the member and, in the same transaction, forgets their public key and takes their sealed
    // copies out of every live credential (a new revision each, in the change feed, audited as
    // `unseal` by the operator). `readers` keeps them: the desks tell the admin what to rotate.
    Result<void> revokeMember(const QString& tenantName, const QString& email);

    // Sealed sharing. The service's public key, when this server holds the service's private key
    // (the server CLI opens boxes sealed for "service"; ops may seal for it only then).
    void setServicePublicKey(const QByteArray& key) { m_servicePublicKey = key; }
    const QByteArray& servicePublicKey() const { return m_servicePublicKey; }
    // `GET /v1/keys`: every member of the tenant (revoked ones without a key) and the service's key.
    Result<protocol::KeyDirectory> keyDirectory(const QString& tenant);
    // Registers the caller's own public key (32 bytes), audited as `member_key` with its fingerprint;
    // the key registered already changes nothing.
    Result<protocol::MemberKey> setPublicKey(const Caller& caller, const QByteArray& key);
    // Who opened the credential's service copy, newest first, at most `limit`; nothing when the tenant
    // has no credential of that id (a tombstone keeps its list).
    Result<std::optional<protocol::AccessList>> accessList(const QString& tenant, const QUuid& credential,
                                                           int limit);
    // The service's copy of a live credential, found by names as a technician gives them (the tenant's
    // name, the site's name and the credential's label, both without regard to case).
    struct ServiceCopy {
        QUuid credentialId;
        QString siteName;
        QString label;
        QString box; // empty: the credential is not shared with the service
    };
    Result<ServiceCopy> serviceCopy(const QString& tenantName, const QString& siteName, const QString& label);
    // Records that `who` opened the credential's service copy (for `reason`), with an audit row
    // `credential_open` by the operator.
    Result<void> recordAccess(const QString& tenantName, const QUuid& credential, const QString& who,
                              const QString& reason);

    // Applies `ops` in order in one transaction and answers one result per op. An op id the tenant
    // sent before gets its stored first answer, also when both deliveries arrive at once.
    // A quota the batch would exceed fails it whole with Error::where "quota" (nothing applied).
    // Every op is checked against the caller's role (protocol::neededRole): a forbidden one is
    // rejected with code "forbidden" and leaves nothing behind. Every applied op is audited with the
    // caller as its actor. On PostgreSQL a batch that changed something notifies the other instances
    // (NOTIFY sitekeeper_changes, '<tenant id>', delivered at commit).
    Result<QList<Answer>> applyBatch(const Caller& caller, const QList<protocol::Op>& ops);

    // The tenant's audit after the cursor `since`, oldest first, at most `limit`; `entity` and `id`
    // filter when set.
    Result<protocol::AuditPage> auditPage(const QString& tenant, const QString& entity, const QUuid& id,
                                          qint64 since, int limit);

    // Presence: the caller has the record open in an editor until `expiresAt` (a heartbeat renews it).
    // Answers false when the caller has too many records open already.
    Result<bool> putPresence(const Caller& caller, const QString& entity, const QUuid& id,
                             const QDateTime& expiresAt);
    Result<void> deletePresence(const Caller& caller, const QString& entity, const QUuid& id);
    // The other members with the record open.
    Result<protocol::PresenceList> presence(const Caller& caller, const QString& entity, const QUuid& id);

    // Calls `listener` with a tenant id whenever another server instance on the same PostgreSQL
    // database committed changes of that tenant (LISTEN sitekeeper_changes). Nothing on SQLite.
    void listenForChanges(QObject* context, std::function<void(const QString& tenant)> listener);

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
    // `tenant revoke` (true) and `tenant restore` (false), audited.
    Result<void> setTenantRevoked(const QString& name, bool revoked);
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
    struct Actor {
        QUuid id;
        QString name;
    };
    // One audit row with its place `seq` in the tenant's feed (a batch's rows go in many to a
    // statement at its end).
    Result<void> audit(const QString& tenant, qint64 seq, const Actor& actor, const QString& action,
                       const QString& entity, const QUuid& id, const QUuid& opId, const QString& detail,
                       qint64 revision, const QString& at);
    // A management event (member added, role changed ...) in its own transaction with `change`,
    // recorded with `actor` (none: the server operator) as its actor.
    Result<void> event(const QString& tenant, const QString& action, const QString& entity, const QUuid& id,
                       const QString& detail, const std::function<Result<void>()>& change,
                       const Actor& actor = {});
    // Locks the tenant's row (serialising its writers) and answers its change_seq; setFeed stores the
    // last one used.
    Result<qint64> lockFeed(const QString& tenant);
    Result<void> setFeed(const QString& tenant, qint64 changeSeq);
    // On PostgreSQL, tells the other instances at commit that the tenant's feed moved.
    Result<void> notifyChanges(const QString& tenant);
    // Writes a record's new revision (its row, and its history row with the batch's or at once) at
    // `changeSeq`; `exists` says whether its row is there to update.
    Result<void> writeRecord(const QString& tenant, const QString& entity, const QUuid& id, bool exists,
                             qint64 revision, bool tombstone, const QString& bodyText, qint64 changeSeq,
                             const QString& now, const QString& changedBy);
    // The sealed copies of `body` (a credential) are for recipients this tenant has: a non-revoked member
    // with a registered key, or the service when this server holds its key. Answers the errors.
    Result<QStringList> checkRecipients(const QString& tenant, const QJsonObject& body);
    // Takes the member's sealed copies out of the tenant's live credentials (inside revokeMember).
    Result<void> unsealFor(const QString& tenant, const QString& member);
    Result<QString> tenantId(const QString& name);
    Result<QString> memberId(const QString& tenant, const QString& email);
    static QByteArray newToken();
    static Result<void> checkMember(const QString& name, const QString& email);
    Result<void> upgradeSchema();
    Result<QList<Answer>> applyBatchOnce(const Caller& caller, const QList<protocol::Op>& ops);
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
        const Caller* caller = nullptr;
        // Member ids a credential may be sealed for (read at the batch's first sealed copy).
        std::optional<QSet<QString>> recipients;
    };

    QString m_connection;
    Dialect m_dialect;
    Quotas m_quotas;
    QByteArray m_servicePublicKey;
    quint64 m_queries = 0;
    Batch* m_batch = nullptr;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    Appends* m_appends = nullptr; // while a batch is applied
};

} // namespace sitekeeper::server
