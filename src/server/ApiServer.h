// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpServer.h"
#include "RateLimiter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace sitekeeper::server {

class ServerStore;

// The v1 HTTP API of docs/api/openapi.yaml over a ServerStore: authentication by bearer token,
// body size, connection and rate limits, and the batch, change feed, record and health endpoints.
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
    };

    ApiServer(ServerStore& store, Limits limits, QObject* parent = nullptr);

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

    Reply route(HttpRequest& request);
    Reply health() const;
    Reply batch(const QString& tenant, const HttpRequest& request);
    Reply changes(const QString& tenant, const HttpRequest& request);
    Reply getRecord(const QString& tenant, const QString& entity, const QUuid& id);
    Reply patchRecord(const QString& tenant, const QString& entity, const QUuid& id,
                      const HttpRequest& request);
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
};

} // namespace sitekeeper::server
