// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoff.h"
#include "Changes.h"
#include "Op.h"
#include "Result.h"
#include "Team.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <functional>

class QNetworkReply;

namespace sitekeeper {

// The HTTP side of sync: the v1 requests of docs/api/openapi.yaml to one backend, asynchronous,
// each with a timeout, retried with full-jitter backoff on timeouts, 429 and 5xx (never sooner
// than Retry-After, and not at all when Retry-After is beyond Backoff::maxRetryAfter). HTTPS is
// required except to loopback addresses; a private CA may be added from a file, and certificate
// errors are never ignored. The server is not trusted further than that: a reply larger than
// Config::maxReplyBytes is aborted as soon as it grows past it (never buffered whole), and a URL
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
    void fetchChanges(const QString& since, int limit, Done<protocol::ChangePage> done);
    // GET /v1/me: the member the token belongs to, their role and their tenant.
    void fetchMe(Done<protocol::Me> done);

    // Aborts every request in flight; their callbacks get an error.
    void cancel();

private:
    struct Answer {
        int status = 0;
        QJsonObject body;
    };
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
              std::function<void(Result<Answer>)> done);
    void retryOrFail(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
                     std::optional<Backoff::Ms> retryAfter, const Error& error,
                     const std::function<void(Result<Answer>)>& done);

    QNetworkAccessManager m_network;
    Config m_config;
    QList<QSslCertificate> m_caCertificates;
    bool m_configured = false;
    quint64 m_generation = 0; // bumped by cancel(): pending retries of older requests stop
};

} // namespace sitekeeper
