// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Roles.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

class QTcpSocket;

namespace sitekeeper::server {

class HttpConnection;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as HttpConnection read it. `client` is the address limits are counted for: the peer,
// or behind a proxy on loopback the address the proxy names.
struct HttpRequest {
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    qint64 contentLength = 0;
    QHostAddress peer;
    QString client;
    // Set by the handler while it looks at the headers, for the rest of the request: the tenant and
    // the member the token belongs to.
    QString tenant;
    QString tenantName;
    QUuid memberId;
    QString memberName;
    QString memberEmail;
    protocol::Role role = protocol::Role::Viewer;
    QByteArray token;
    // The connection the request came on, for a handler that answers later (see HttpResponse::deferred).
    QPointer<HttpConnection> connection;

    QByteArray value(const QByteArray& name) const;
    QUrlQuery query() const { return QUrlQuery(url); }
};

struct HttpResponse {
    int status = 200;
    QByteArray body; // JSON
    HttpHeaders headers;
    // The handler keeps the request and answers it later with HttpConnection::answerParked(); until
    // then the connection reads nothing more and no read or idle timeout ends it (a disconnect does).
    bool deferred = false;
};

// What the API does with requests. headersReceived() sees a request before its body is read and may
// answer it at once (the body is then never read); otherwise handle() gets it with its body.
class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    virtual std::optional<HttpResponse> headersReceived(HttpRequest& request) = 0;
    virtual HttpResponse handle(HttpRequest& request) = 0;
};

// A small HTTP/1.1 server on QTcpServer that bounds what a client can make it hold: the headers of a
// request, its body (checked against Content-Length before reading it), the connections in total
// and per address, and the time a request, a TLS handshake or an idle connection may take.
// Keep-alive and pipelining are served one request after the other; chunked bodies are refused.
class HttpServer : public QTcpServer {
    Q_OBJECT

public:
    struct Options {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        qsizetype maxHeaderBytes = 32 * 1024;
        int headerTimeoutMs = 10'000; // from the first byte of a request (or the TCP accept) to its headers
        int readTimeoutMs = 60'000;   // from the first byte of a request to its last
        int idleTimeoutMs = 60'000;   // a kept-alive connection without a request
        int maxConnections = 1000;
        int maxConnectionsPerAddress = 100;
        bool behindProxy = false;
        std::optional<QSslConfiguration> tls;
    };
    struct Stats {
        qint64 accepted = 0;
        qint64 refused = 0;
        qint64 timedOut = 0;
        int open = 0;
    };

    HttpServer(HttpHandler& handler, Options options, QObject* parent = nullptr);
    ~HttpServer() override;

    const Options& options() const { return m_options; }
    Stats stats() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    void connectionClosed(const QString& address);

    HttpHandler& m_handler;
    Options m_options;
    Stats m_stats;
    QHash<QString, int> m_perAddress;
};

// One client connection of HttpServer; deletes itself when the connection ends.
class HttpConnection : public QObject {
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, HttpServer& server, const QString& address);
    ~HttpConnection() override;

    // Answers the request whose handler deferred it; then serves the next request, if any.
    void answerParked(const HttpResponse& response);
    bool isParked() const { return m_state == State::Parked; }

private:
    enum class State { Idle, Headers, Body, Parked, Linger, Closed };

    void readSome();
    bool parseHeaders(qsizetype end);
    void dispatch();
    void respond(const HttpResponse& response, bool close);
    void fail(int status, const QString& code, const QString& message);
    void linger();
    void startRequest();
    void arm();
    void timedOut();
    void closeNow();
    QString clientAddress() const;

    QPointer<QTcpSocket> m_socket;
    HttpServer& m_server;
    QString m_address;
    State m_state = State::Idle;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_closeAfterWrite = false;
    QElapsedTimer m_requestClock;
    QTimer m_timer;
};

} // namespace sitekeeper::server
