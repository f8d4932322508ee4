// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpExchange.h"

#include "SyncLogging.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace sitekeeper {

namespace {

// A line of the status, a header, a chunk size or a trailer: longer is not HTTP from a backend.
constexpr qsizetype maxLineBytes = 16 * 1024;

bool hasLineBreak(const QByteArray& text) {
    return text.contains('\r') || text.contains('\n');
}

} // namespace

QByteArray HttpExchange::Response::header(QByteArrayView name) const {
    for (const Header& header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return {};
}

HttpExchange* HttpExchange::start(Request request, QObject* parent, Done done) {
    auto* exchange = new HttpExchange(std::move(request), parent, std::move(done));
    // Begun from the event loop: `done` is never called before start() returns, even for an
    // exchange that fails at once.
    QMetaObject::invokeMethod(exchange, &HttpExchange::begin, Qt::QueuedConnection);
    return exchange;
}

HttpExchange::HttpExchange(Request request, QObject* parent, Done done)
    : QObject(parent)
    , m_request(std::move(request))
    , m_done(std::move(done)) {
    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::PreciseTimer); // a timeout is never taken early
    m_idle.setInterval(m_request.timeout);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        finish(Outcome::TimedOut, tr("no answer for %1 s").arg(m_request.timeout.count() / 1000.0));
    });
}

void HttpExchange::abort() {
    finish(Outcome::Aborted, tr("Operation canceled"));
}

void HttpExchange::begin() {
    if (m_state == State::Done)
        return;
    const QUrl& url = m_request.url;
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && url.scheme() != QLatin1String("http"))
        return finish(Outcome::Failed, tr("unsupported scheme %1").arg(url.scheme()));
    for (const Header& header : std::as_const(m_request.headers))
        if (hasLineBreak(header.first) || hasLineBreak(header.second))
            return finish(Outcome::Failed, tr("a request header holds a line break"));

    if (tls) {
        auto* socket = new QSslSocket(this);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_request.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_request.extraCaCertificates);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(ssl);
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::sendRequest);
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            // Logged, never ignored: the handshake fails and nothing is sent.
            for (const QSslError& error : errors)
                qCWarning(lcSync) << "TLS error from" << m_request.url.host() << ":" << error.errorString();
        });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::sendRequest);
    }
    // The socket holds at most this much that the parser has not taken; TCP holds back the rest.
    m_socket->setReadBufferSize(readAheadBytes);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpExchange::readAvailable);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] { m_idle.start(); });
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpExchange::remoteClosed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::socketError);

    m_idle.start();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void HttpExchange::sendRequest() {
    m_idle.start();
    const QUrl& url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (QHostAddress(url.host()).protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    QByteArray head = m_request.verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const Header& header : std::as_const(m_request.headers))
        head += header.first + ": " + header.second + "\r\n";
    if (!m_request.body.isEmpty() || m_request.verb == "POST" || m_request.verb == "PUT" ||
        m_request.verb == "PATCH")
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    // One exchange a connection: nothing of one answer can be taken for the next.
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (!m_request.body.isEmpty())
        m_socket->write(m_request.body);
}

void HttpExchange::readAvailable() {
    m_idle.start();
    // Taken in slices and parsed at once: what is held never grows past a slice and a line (the body
    // pieces aside, which the cap bounds).
    while (m_state != State::Done && m_socket->bytesAvailable() > 0) {
        m_in += m_socket->read(readAheadBytes);
        parse();
    }
}

bool HttpExchange::takeLine(QByteArray* line) {
    const qsizetype end = m_in.indexOf('\n');
    if (end < 0) {
        if (m_in.size() > maxLineBytes)
            finish(Outcome::Malformed,
                   tr("a line of the answer is longer than %1 KiB").arg(maxLineBytes / 1024));
        return false;
    }
    *line = m_in.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_in.remove(0, end + 1);
    return true;
}

void HttpExchange::parse() {
    QByteArray line;
    while (m_state != State::Done) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::ChunkSize:
        case State::ChunkEnd:
        case State::Trailers: {
            const qsizetype before = m_in.size();
            if (!takeLine(&line))
                return;
            if (m_state == State::StatusLine || m_state == State::Headers) {
                m_headerBytes += before - m_in.size();
                if (m_headerBytes > maxHeaderBytes)
                    return finish(
                        Outcome::Malformed,
                        tr("the answer's headers are larger than %1 KiB").arg(maxHeaderBytes / 1024));
            }
            if (m_state == State::StatusLine) {
                if (!parseStatusLine(line))
                    return;
            } else if (m_state == State::Headers) {
                if (line.isEmpty())
                    headersDone();
                else if (!parseHeaderLine(line))
                    return;
            } else if (m_state == State::ChunkSize) {
                const qsizetype extension = line.indexOf(';');
                const QByteArray digits = (extension < 0 ? line : line.left(extension)).trimmed();
                bool ok = false;
                const qint64 size = digits.toLongLong(&ok, 16);
                if (!ok || size < 0 || digits.size() > 15)
                    return finish(Outcome::Malformed, tr("a chunk size of the answer is not valid"));
                if (size == 0) {
                    m_state = State::Trailers;
                } else {
                    if (m_bodySize + size > m_request.maxBodyBytes)
                        return finish(Outcome::TooLarge);
                    m_left = size;
                    m_state = State::ChunkData;
                }
            } else if (m_state == State::ChunkEnd) {
                if (!line.isEmpty())
                    return finish(Outcome::Malformed, tr("a chunk of the answer does not end where it says"));
                m_state = State::ChunkSize;
            } else if (line.isEmpty()) { // the end of the trailers
                finish(Outcome::Answered);
            }
            break;
        }
        case State::Length:
        case State::ChunkData:
        case State::UntilClose: {
            if (m_in.isEmpty())
                return;
            const qint64 bytes =
                m_state == State::UntilClose ? m_in.size() : qMin<qint64>(m_left, m_in.size());
            if (!takeBody(bytes))
                return;
            if (m_state == State::UntilClose)
                break;
            m_left -= bytes;
            if (m_left == 0) {
                if (m_state == State::Length)
                    finish(Outcome::Answered);
                else
                    m_state = State::ChunkEnd;
            }
            break;
        }
        case State::Done:
            return;
        }
    }
}

bool HttpExchange::parseStatusLine(const QByteArray& line) {
    // HTTP/1.1 200 OK
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!line.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        finish(Outcome::Malformed, tr("the answer does not start with an HTTP/1 status line"));
        return false;
    }
    m_response.status = status;
    m_state = State::Headers;
    return true;
}

bool HttpExchange::parseHeaderLine(const QByteArray& line) {
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        finish(Outcome::Malformed, tr("a header line of the answer has no name"));
        return false;
    }
    m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return true;
}

void HttpExchange::headersDone() {
    const int status = m_response.status;
    if (status >= 100 && status < 200) {
        // An interim answer (100 Continue and the like): the real one follows.
        m_response.headers.clear();
        m_state = State::StatusLine;
        return;
    }
    if (m_request.verb == "HEAD" || status == 204 || status == 304)
        return finish(Outcome::Answered);
    if (m_response.header("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return;
    }
    const QByteArray length = m_response.header("Content-Length");
    if (!length.isEmpty()) {
        bool ok = false;
        m_left = length.toLongLong(&ok);
        if (!ok || m_left < 0)
            return finish(Outcome::Malformed, tr("the answer's Content-Length is not a number"));
        if (m_left > m_request.maxBodyBytes)
            return finish(Outcome::TooLarge); // refused at the header, before any of the body
        if (m_left == 0)
            return finish(Outcome::Answered);
        m_state = State::Length;
        return;
    }
    m_state = State::UntilClose; // the end of the connection ends the body
}

bool HttpExchange::takeBody(qint64 bytes) {
    if (m_bodySize + bytes > m_request.maxBodyBytes) {
        finish(Outcome::TooLarge);
        return false;
    }
    m_bodySize += bytes;
    if (bytes == m_in.size()) {
        m_body.append(std::exchange(m_in, {}));
    } else {
        m_body.append(m_in.left(bytes));
        m_in.remove(0, bytes);
    }
    return true;
}

void HttpExchange::remoteClosed() {
    if (m_state == State::Done)
        return;
    readAvailable(); // what came before the close
    if (m_state == State::Done)
        return;
    if (m_state == State::UntilClose)
        return finish(Outcome::Answered);
    finish(Outcome::Closed, tr("the backend closed the connection before its answer was complete"));
}

void HttpExchange::socketError() {
    if (m_state == State::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        return remoteClosed();
    case QAbstractSocket::ConnectionRefusedError:
        return finish(Outcome::Refused, m_socket->errorString());
    case QAbstractSocket::HostNotFoundError:
        return finish(Outcome::HostNotFound, m_socket->errorString());
    case QAbstractSocket::SocketTimeoutError:
        return finish(Outcome::TimedOut, m_socket->errorString());
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::SslInternalError:
        return finish(Outcome::Untrusted, m_socket->errorString());
    default:
        return finish(Outcome::Failed, m_socket->errorString());
    }
}

void HttpExchange::finish(Outcome outcome, const QString& errorString) {
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_idle.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_response.outcome = outcome;
    m_response.errorString = errorString;
    if (outcome == Outcome::TooLarge)
        m_response.errorString =
            tr("the answer is larger than %1 MiB").arg(m_request.maxBodyBytes / (1024 * 1024));
    if (outcome == Outcome::Answered) {
        QByteArray whole;
        whole.reserve(m_bodySize);
        for (QByteArray& piece : m_body)
            whole.append(std::exchange(piece, {}));
        m_response.body = std::move(whole);
    } else {
        m_response.status = 0;
    }
    m_body.clear();
    m_in.clear();
    deleteLater();
    if (Done done = std::exchange(m_done, {}))
        done(m_response);
}

} // namespace sitekeeper
