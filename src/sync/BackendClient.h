// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoff.h"
#include "Changes.h"
#include "Op.h"
#include "Result.h"
#include "Team.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <functional>

namespace sitekeeper {

// The HTTP side of sync: the v1 requests of docs/api/openapi.yaml to one backend, asynchronous,
// each with a timeout, retried with full-jitter backoff on timeouts, 429 and 5xx (never sooner
// than Retry-After, and not at all when Retry-After is beyond Backoff::maxRetryAfter). HTTPS is
// required except to loopback addresses; a private CA may be added from a file, and certificate
// errors are never ignored. The server is not trusted further than that: a reply larger than
// Config::maxReplyBytes is aborted as soon as it grows past it (never buffered whole; each request
// is an HttpExchange, read on this thread with bounded buffers), and a URL
// with a user name or password in it is refused, so that they are neither stored nor printed.
class BackendClient : public QObject {
    Q_OBJECT

public:
    struct Config {
        QUrl baseUrl;                              // https://host[:port], or http:// on loopback only
        QByteArray token;                          // the tenant's bearer token
        QString caFile;                            // PEM file of extra trusted CAs; empty: the system's only
        std::chrono::milliseconds timeout{30'000}; // per request: no byte moved for this long
        qint64 maxReplyBytes = defaultMaxReplyBytes; // a longer reply body is aborted, not buffered
        Backoff backoff;
    };

    static constexpr qint64 defaultMaxReplyBytes = 64 * 1024 * 1024;

    template <class T>
    using Done = std::function<void(Result<T>)>;

    explicit BackendClient(QObject* parent = nullptr);
    ~BackendClient() override;

    // Checks and takes `config`; requests fail until a valid one is set.
    Result<void> configure(const Config& config);
    bool isConfigured() const { return m_configured; }

    // Whether plain HTTP may be used: the host is a loopback address (or "localhost").
    static bool isLoopback(const QUrl& url);
    // Refuses what would send a token in the clear (plain HTTP to anything but loopback) and a URL
    // with credentials in it (user:password@host). Its messages never show such credentials.
    static Result<void> checkUrl(const QUrl& url);

    void postBatch(const QList<protocol::Op>& ops, Done<QList<protocol::OpResult>> done);
    // GET /v1/{entity}/{id}: the record's fields (with its id) and revision, unchecked (the caller
    // validates them like any pulled record).
    struct Record {
        QJsonObject fields;
        qint64 revision = 0;
    };
    void fetchRecord(const QString& entity, const QUuid& id, Done<Record> done);
    // GET /v1/changes. With `waitSeconds` > 0 a server that supports it holds the request until the
    // feed moves after `since` or the time passes (the request's timeout is the wait plus 30 s);
    // serverWaits() then says whether it did.
    void fetchChanges(const QString& since, int limit, int waitSeconds, Done<protocol::ChangePage> done);
    // Whether the last answer to fetchChanges() said the server holds waiting requests
    // (`X-Sitekeeper-Wait: 1`); a client polls otherwise.
    bool serverWaits() const { return m_serverWaits; }

    // GET /v1/audit?entity=&id=&since=&limit=: who changed what, oldest first after `since`.
    struct AuditQuery {
        QString entity; // empty: every entity
        QUuid id;       // null: every record
        QString since;  // a cursor from an earlier page's `next`; empty: from the start
        int limit = 100;
    };
    void fetchAudit(const AuditQuery& query, Done<protocol::AuditPage> done);

    // Presence: "this member has the record open in an editor". PUT is the heartbeat (the server
    // forgets it 45 s after the last one), DELETE says the editor closed, GET names the other members
    // who have it open.
    void putPresence(const QString& entity, const QUuid& id, Done<void> done);
    void deletePresence(const QString& entity, const QUuid& id, Done<void> done);
    void fetchPresence(const QString& entity, const QUuid& id, Done<QList<protocol::Presence>> done);
    // GET /v1/me: the member the token belongs to, their role and their tenant.
    void fetchMe(Done<protocol::Me> done);

    // GET /v1/keys: every member's public key (revoked members flagged, without one) and the
    // service's, for sealing shared secrets. PUT /v1/keys/me registers this member's own key.
    void fetchKeys(Done<protocol::KeyDirectory> done);
    void putMyKey(const QByteArray& publicKey, Done<void> done);
    // GET /v1/access?credential=: who opened the credential's secret sealed for the service.
    void fetchAccess(const QUuid& credentialId, Done<protocol::AccessList> done);

    // Aborts every request in flight; their callbacks get an error.
    void cancel();

private:
    struct Answer {
        int status = 0;
        QJsonObject body;
        bool waits = false; // the X-Sitekeeper-Wait: 1 header
    };
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
              std::function<void(Result<Answer>)> done);
    // The same with its own timeout (a long-poll waits longer than other requests take).
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
              std::chrono::milliseconds timeout, std::function<void(Result<Answer>)> done);
    void retryOrFail(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
                     std::chrono::milliseconds timeout, std::optional<Backoff::Ms> retryAfter,
                     const Error& error, const std::function<void(Result<Answer>)>& done);
    // A PUT or DELETE of /v1/presence.
    void sendPresence(const QByteArray& verb, const QString& entity, const QUuid& id, Done<void> done);

    Config m_config;
    QList<QSslCertificate> m_caCertificates;
    bool m_configured = false;
    bool m_serverWaits = false;
    quint64 m_generation = 0; // bumped by cancel(): pending retries of older requests stop
};

} // namespace sitekeeper
