// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RateLimiter.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sitekeeper::server {

class ServerStore;

// The v1 HTTP API of docs/api/openapi.yaml over a ServerStore: authentication by bearer token,
// body size and rate limits, and the batch, change feed, record and health endpoints.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    struct Limits {
        qsizetype maxBodyBytes = 8 * 1024 * 1024;
        int maxOpsPerBatch = 1000;
        int maxChangesPerPage = 1000;
        double requestsPerSecond = 100;
        int burst = 200;
    };

    ApiServer(ServerStore& store, Limits limits, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Reply {
        int status = 200;
        QJsonObject body;
        Headers headers;
    };

    Reply route(const QHttpServerRequest& request);
    Reply batch(const QString& tenant, const QHttpServerRequest& request);
    Reply changes(const QString& tenant, const QHttpServerRequest& request);
    Reply getRecord(const QString& tenant, const QString& entity, const QUuid& id);
    Reply patchRecord(const QString& tenant, const QString& entity, const QUuid& id,
                      const QHttpServerRequest& request);
    static Reply error(int status, const QString& code, const QString& message,
                       const QJsonObject& fields = {});
    static void send(QHttpServerResponder& responder, const Reply& reply);

    ServerStore& m_store;
    Limits m_limits;
    RateLimiter m_rateLimiter;
};

} // namespace sitekeeper::server
