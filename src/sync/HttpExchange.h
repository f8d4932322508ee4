// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

class QAbstractSocket;

namespace sitekeeper {

// One HTTP/1.1 request and its answer, on a connection of its own (TCP, or TLS for https, with
// the peer's certificate and host name checked and never an error ignored), read on the calling
// thread with bounded buffers. The socket reads at most readAheadBytes ahead of the parser, so a
// server that sends faster than this side reads is held back by TCP itself, and a body growing
// past Request::maxBodyBytes (declared by Content-Length, or counted as a chunked or unframed body
// arrives) ends the exchange there: the memory a hostile or broken server can make it use is the
// cap plus a few hundred KiB, whatever it sends. (Qt's HTTP stack reads on a thread of its own,
// and its chunked reader goes on reading while bytes keep coming, which is why sync does not use
// QNetworkAccessManager.)
class HttpExchange : public QObject {
    Q_OBJECT

public:
    using Header = std::pair<QByteArray, QByteArray>;

    struct Request {
        QByteArray verb;
        QUrl url; // http:// or https://; the path and query are sent as they are encoded here
        QList<Header> headers;
        QByteArray body;
        std::chrono::milliseconds timeout{30'000}; // no byte moved for this long: TimedOut
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        QList<QSslCertificate> extraCaCertificates; // trusted beside the system's
    };

    enum class Outcome {
        Answered,     // a whole answer arrived (any status)
        TooLarge,     // the body is longer than maxBodyBytes; nothing of it is kept
        Refused,      // the connection was refused
        HostNotFound, // the host name does not resolve
        Closed,       // the server closed the connection before the answer was whole
        TimedOut,     // no byte moved for Request::timeout
        Untrusted,    // the TLS handshake failed (certificate, host name, protocol)
        Malformed,    // what came back is not HTTP/1.x, or its headers are too large
        Aborted,      // abort() was called
        Failed,       // any other network error
    };

    struct Response {
        Outcome outcome = Outcome::Failed;
        int status = 0; // the HTTP status of an answer; 0 otherwise
        QList<Header> headers;
        QByteArray body;
        QString errorString; // what went wrong, for an outcome other than Answered
        // The first header of this name (case-insensitive), trimmed; empty when there is none.
        QByteArray header(QByteArrayView name) const;
    };
    using Done = std::function<void(const Response&)>;

    static constexpr qint64 readAheadBytes = 256 * 1024;
    static constexpr qint64 maxHeaderBytes = 64 * 1024;

    // Starts the exchange; `done` is called exactly once (never from within this call), after which
    // the exchange deletes itself. `parent` owns it until then.
    static HttpExchange* start(Request request, QObject* parent, Done done);

    // Ends the exchange now with Outcome::Aborted; `done` is called before this returns.
    void abort();

private:
    HttpExchange(Request request, QObject* parent, Done done);
    void begin();
    void sendRequest();
    void readAvailable();
    void parse();
    bool takeLine(QByteArray* line);
    bool parseStatusLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    void headersDone();
    bool takeBody(qint64 bytes);
    void remoteClosed();
    void socketError();
    void finish(Outcome outcome, const QString& errorString = {});

    enum class State {
        StatusLine,
        Headers,
        Length,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done
    };

    Request m_request;
    Done m_done;
    QAbstractSocket* m_socket = nullptr;
    QTimer m_idle;
    State m_state = State::StatusLine;
    QByteArray m_in; // received and not parsed yet: a line at most, or part of the body
    qint64 m_headerBytes = 0;
    qint64 m_left = 0; // of the body (Length) or of the current chunk (ChunkData)
    qint64 m_bodySize = 0;
    QByteArrayList m_body; // the pieces as they came; joined once at the end
    Response m_response;
};

} // namespace sitekeeper
