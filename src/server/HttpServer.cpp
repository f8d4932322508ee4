// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "Changes.h"
#include "HttpStatus.h"
#include "ServerLogging.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace sitekeeper::server {

namespace {

// What a socket may buffer ahead of us: without a bound Qt reads a whole upload into memory.
constexpr qint64 socketBufferBytes = 64 * 1024;
// After an early answer (401, 413 ...) the rest of the body is read and dropped this long, so that
// the client sees the answer instead of a reset; then the connection is closed.
constexpr int lingerMs = 2000;
constexpr int maxHeaderLines = 100;

bool isToken(const QByteArray& text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpRequest::value(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpServer::HttpServer(HttpHandler& handler, Options options, QObject* parent)
    : QTcpServer(parent)
    , m_handler(handler)
    , m_options(std::move(options)) {
    // Connections arriving in a burst wait in the kernel's queue, not refused by it.
    setListenBacklogSize(1024);
}

HttpServer::~HttpServer() {
    // Connections tell the server when they end: they go while its counters still exist.
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

HttpServer::Stats HttpServer::stats() const {
    return m_stats;
}

void HttpServer::incomingConnection(qintptr descriptor) {
    if (m_stats.open >= m_options.maxConnections) {
        ++m_stats.refused;
        ::close(int(descriptor));
        return;
    }
    QTcpSocket* socket = m_options.tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    QString address = peer.toString();
    // Behind the proxy every connection comes from it: the per-address cap would cap the proxy.
    if (m_options.behindProxy && peer.isLoopback())
        address.clear();
    if (!address.isEmpty() && m_perAddress.value(address) >= m_options.maxConnectionsPerAddress) {
        ++m_stats.refused;
        socket->abort();
        delete socket;
        return;
    }
    ++m_stats.accepted;
    ++m_stats.open;
    if (!address.isEmpty())
        ++m_perAddress[address];
    new HttpConnection(socket, *this, address);
}

void HttpServer::connectionClosed(const QString& address) {
    --m_stats.open;
    if (address.isEmpty())
        return;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer& server, const QString& address)
    : QObject(&server)
    , m_socket(socket)
    , m_server(server)
    , m_address(address) {
    socket->setParent(this);
    socket->setReadBufferSize(socketBufferBytes);
    // Status line, headers and body go in one write; without this the body of the next answer on a
    // kept-alive connection could wait for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readSome);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::closeNow);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcServer) << "connection error:" << m_socket->errorString();
        closeNow();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && m_socket->bytesToWrite() == 0 && m_closeAfterWrite)
            linger();
    });
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        tls->setSslConfiguration(*server.options().tls);
        connect(tls, &QSslSocket::sslErrors, this, [this] { closeNow(); });
        // The handshake counts as the first request's headers: a client that never finishes it is
        // dropped after the header timeout.
        startRequest();
        tls->startServerEncryption();
    } else {
        arm();
    }
}

HttpConnection::~HttpConnection() {
    if (m_state != State::Closed)
        m_server.connectionClosed(m_address);
}

void HttpConnection::closeNow() {
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_server.connectionClosed(m_address);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

void HttpConnection::startRequest() {
    m_state = State::Headers;
    m_requestClock.start();
    arm();
}

void HttpConnection::arm() {
    const HttpServer::Options& options = m_server.options();
    qint64 ms = options.idleTimeoutMs;
    if (m_state == State::Headers)
        ms = std::min(options.headerTimeoutMs, options.readTimeoutMs) - m_requestClock.elapsed();
    else if (m_state == State::Body)
        ms = options.readTimeoutMs - m_requestClock.elapsed();
    else if (m_state == State::Linger)
        ms = lingerMs;
    m_timer.start(int(std::max<qint64>(ms, 0)));
}

void HttpConnection::timedOut() {
    if (m_state == State::Headers || m_state == State::Body) {
        ++m_server.m_stats.timedOut;
        qCDebug(lcServer) << "dropping a connection from" << m_address << "that sent too slowly";
        // The client is too slow to wait for: the answer goes out, the connection ends at once.
        respond(HttpResponse{408,
                             QJsonDocument(protocol::ApiError{QStringLiteral("timeout"),
                                                              tr("The request did not arrive in time."),
                                                              {}}
                                               .toJson())
                                 .toJson(QJsonDocument::Compact),
                             {}},
                true);
        if (m_socket)
            m_socket->flush();
    }
    closeNow();
}

QString HttpConnection::clientAddress() const {
    const QHostAddress peer = m_request.peer;
    if (!m_server.options().behindProxy || !peer.isLoopback())
        return peer.toString();
    // Only the proxy's own view counts: X-Real-IP, or the last X-Forwarded-For entry (the address
    // the proxy saw; earlier entries are whatever the client claimed).
    QByteArray named = m_request.value("X-Real-IP").trimmed();
    if (named.isEmpty()) {
        const QList<QByteArray> hops = m_request.value("X-Forwarded-For").split(',');
        named = hops.constLast().trimmed();
    }
    const QHostAddress address(QString::fromLatin1(named));
    return address.isNull() ? peer.toString() : address.toString();
}

void HttpConnection::readSome() {
    while (m_socket && m_state != State::Closed) {
        if (m_state == State::Parked) // what comes next waits in the socket until the answer is out
            return;
        if (m_state == State::Linger) {
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        if (m_state == State::Idle) {
            if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
            startRequest();
        }
        if (m_state == State::Headers) {
            const qsizetype limit = m_server.options().maxHeaderBytes;
            if (m_buffer.size() <= limit && m_socket->bytesAvailable() > 0)
                m_buffer += m_socket->read(limit + 1 - m_buffer.size());
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0 || end + 4 > limit) {
                if (m_buffer.size() > limit || (end >= 0 && end + 4 > limit)) {
                    fail(431, QStringLiteral("too_large"),
                         tr("The request's headers are larger than %1 bytes.").arg(limit));
                    return;
                }
                if (m_socket->bytesAvailable() == 0)
                    return;
                continue;
            }
            if (!parseHeaders(end))
                return;
            m_buffer.remove(0, end + 4);
            std::optional<HttpResponse> early = m_server.m_handler.headersReceived(m_request);
            if (early) {
                // With a body on its way the connection ends after the answer (the body is dropped,
                // never read); without one it serves the next request.
                if (m_remaining > 0 || !m_keepAlive) {
                    respond(*early, true);
                    return;
                }
                m_request = HttpRequest();
                respond(*early, false);
                m_state = State::Idle;
                arm();
                continue;
            }
            if (m_request.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0 &&
                m_remaining > 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_request.body.reserve(m_remaining);
            m_state = State::Body;
            arm();
        }
        if (m_state == State::Body) {
            if (!m_buffer.isEmpty() && m_remaining > 0) {
                const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size()));
                m_request.body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
            }
            if (m_remaining > 0 && m_socket->bytesAvailable() > 0) {
                const QByteArray chunk = m_socket->read(m_remaining);
                m_request.body += chunk;
                m_remaining -= chunk.size();
            }
            if (m_remaining > 0)
                return;
            dispatch();
        }
    }
}

bool HttpConnection::parseHeaders(qsizetype end) {
    m_request = HttpRequest();
    m_request.peer = m_socket->peerAddress();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> start = lines.constFirst().trimmed().split(' ');
    if (start.size() != 3 || !isToken(start.at(0)) || !start.at(1).startsWith('/')) {
        fail(400, QStringLiteral("bad_request"), tr("The request line is not METHOD /path HTTP/1.1."));
        return false;
    }
    const QByteArray version = start.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, QStringLiteral("bad_request"), tr("Only HTTP/1.1 is served."));
        return false;
    }
    m_request.method = start.at(0);
    m_request.url = QUrl::fromEncoded(start.at(1));
    if (!m_request.url.isValid()) {
        fail(400, QStringLiteral("bad_request"), tr("The request's path is not a valid URL path."));
        return false;
    }
    if (lines.size() - 1 > maxHeaderLines) {
        fail(431, QStringLiteral("too_large"),
             tr("The request has more than %1 headers.").arg(maxHeaderLines));
        return false;
    }
    std::optional<qint64> length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name)) {
            fail(400, QStringLiteral("bad_request"), tr("A request header is malformed."));
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 parsed = ok ? value.toLongLong() : -1;
            if (!ok || (length && *length != parsed)) {
                fail(400, QStringLiteral("bad_request"), tr("Content-Length must be one whole number."));
                return false;
            }
            length = parsed;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            fail(411, QStringLiteral("length_required"),
                 tr("Send the body with a Content-Length; chunked bodies are not accepted."));
            return false;
        }
        m_request.headers.append({name, value});
    }
    m_request.contentLength = length.value_or(0);
    m_remaining = m_request.contentLength;
    m_request.client = clientAddress();
    const QByteArray connection = m_request.value("Connection").toLower();
    m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    return true;
}

void HttpConnection::dispatch() {
    m_request.connection = this;
    const HttpResponse response = m_server.m_handler.handle(m_request);
    m_request = HttpRequest();
    if (response.deferred) {
        m_state = State::Parked;
        m_timer.stop();
        return;
    }
    respond(response, !m_keepAlive);
    if (m_state == State::Closed || m_closeAfterWrite)
        return;
    m_state = State::Idle;
    arm();
}

void HttpConnection::answerParked(const HttpResponse& response) {
    if (m_state != State::Parked)
        return;
    m_state = State::Body;
    respond(response, !m_keepAlive);
    if (m_state == State::Closed || m_closeAfterWrite)
        return;
    m_state = State::Idle;
    arm();
    readSome();
}

void HttpConnection::fail(int status, const QString& code, const QString& message) {
    respond(
        HttpResponse{
            status,
            QJsonDocument(protocol::ApiError{code, message, {}}.toJson()).toJson(QJsonDocument::Compact),
            {}},
        true);
}

void HttpConnection::respond(const HttpResponse& response, bool close) {
    if (!m_socket || m_state == State::Closed)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + protocol::reasonPhrase(response.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) +
        "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head + response.body);
    if (!close)
        return;
    // Nothing more is read for a request: what is still coming is dropped once the answer is out.
    m_closeAfterWrite = true;
    m_buffer.clear();
    m_request = HttpRequest();
    m_state = State::Linger;
    arm(); // an answer the client never takes does not keep the connection either
    if (m_socket->bytesToWrite() == 0)
        linger();
}

void HttpConnection::linger() {
    if (!m_socket || m_state == State::Closed)
        return;
    m_closeAfterWrite = false;
    m_state = State::Linger;
    // A plain socket says "no more" at once (the client reads the answer, then EOF); the body still
    // on its way is read and dropped until the client closes or the linger time ends.
    if (!qobject_cast<QSslSocket*>(m_socket.data()))
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
    arm();
}

} // namespace sitekeeper::server
