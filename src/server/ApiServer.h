// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpServer.h"
#include "RateLimiter.h"
#include "ServerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <map>

namespace sitekeeper::server {

// The v1 HTTP API of docs/api/openapi.yaml over a ServerStore: authentication by bearer token,
// body size, connection and rate limits, the member's role on every request and op, and the batch,
// change feed (with its long-poll wait), record, audit, member, presence, key directory, credential
// access and health endpoints.
// Everything a request may cost is checked on its headers, before its body is read: the body size,
// the address's rate and its wrong tokens (without a database query), the token, the tenant's rate.
class ApiServer : public QObject, private HttpHandler {
    Q_OBJECT

public:
    struct Limits {
        HttpServer::Options http;
        int maxOpsPerBatch = 1000;
        int maxChangesPerPage = 1000;
        double opsPerSecond = 2000;       // per tenant; a request without ops counts as one
        double bytesPerSecond = 32 << 20; // request bodies per tenant
        double addressRequestsPerSecond = 500;
        double authFailuresPerMinute = 30; // wrong tokens per client address
        bool stats = false;                // /v1/health shows counters
        QString recordDir;                 // tests: every answer is written there
        int maxWaitSeconds = 60;           // the longest `wait` of /v1/changes; longer ones are cut
        int maxWaitingPerTenant = 200;     // requests parked at once per tenant ...
        int maxWaitingPerAddress = 50;     // ... and per client address; more get 429
        int presenceSeconds = 45;          // a presence expires this long after its last PUT
    };

    ApiServer(ServerStore& store, Limits limits, QObject* parent = nullptr);
    ~ApiServer() override;

    // Listens; answers the port (0: failed).
    quint16 listen(const QHostAddress& address, quint16 port);
    // The counters --stats prints, one line.
    QString statsLine() const;

private:
    std::optional<HttpResponse> headersReceived(HttpRequest& request) override;
    HttpResponse handle(HttpRequest& request) override;

    struct Reply {
        int status = 200;
        QJsonObject body;
        HttpHeaders headers;
    };

    // A parked `GET /v1/changes?wait=` until the tenant's feed moves past `since` or its time is up.
    struct Waiter {
        QPointer<HttpConnection> connection;
        HttpRequest request;
        QString tenant;
        QString client;
        qint64 since = 0;
        int limit = 0;
        QTimer* timer = nullptr;
    };

    Reply route(HttpRequest& request);
    Reply health() const;
    Reply batch(const ServerStore::Caller& caller, const HttpRequest& request);
    // `deferred` is set when the request was parked (no reply now).
    Reply changes(const QString& tenant, HttpRequest& request, bool& deferred);
    Reply getRecord(const QString& tenant, const QString& entity, const QUuid& id);
    Reply patchRecord(const ServerStore::Caller& caller, const QString& entity, const QUuid& id,
                      const HttpRequest& request);
    Reply me(const ServerStore::Caller& caller) const;
    Reply members(const ServerStore::Caller& caller);
    Reply audit(const ServerStore::Caller& caller, const HttpRequest& request);
    Reply presence(const ServerStore::Caller& caller, const HttpRequest& request);
    Reply keys(const ServerStore::Caller& caller);
    Reply putKey(const ServerStore::Caller& caller, const HttpRequest& request);
    Reply access(const ServerStore::Caller& caller, const HttpRequest& request);
    static ServerStore::Caller callerOf(const HttpRequest& request);
    static Reply forbidden(protocol::Role needed, protocol::Role have);
    static Reply changesReply(const protocol::ChangePage& page);
    // The tenant's feed moved (a batch here, or NOTIFY from another instance): answer its waiters
    // that now have changes.
    void feedMoved(const QString& tenant);
    // Answers the waiter `id` (with the page after its cursor) and forgets it.
    void answerWaiter(quint64 id);
    void dropWaiter(quint64 id);
    static Reply error(int status, const QString& code, const QString& message,
                       const QJsonObject& fields = {});
    static Reply unavailable();
    static Reply tooMany(int wait, const QString& message);
    HttpResponse finish(const HttpRequest& request, const Reply& reply);

    ServerStore& m_store;
    Limits m_limits;
    HttpServer m_http;
    RateLimiter m_opLimiter;
    RateLimiter m_byteLimiter;
    RateLimiter m_addressLimiter;
    RateLimiter m_authFailures;
    qint64 m_authFailureCount = 0;
    qint64 m_requests = 0;
    qint64 m_recorded = 0;
    std::map<quint64, Waiter> m_waiters;
    quint64 m_nextWaiter = 0;
    qint64 m_waitsAnswered = 0;
};

} // namespace sitekeeper::server
