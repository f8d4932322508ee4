// SPDX-License-Identifier: GPL-3.0-or-later
// HttpExchange against raw answers from a loopback socket: each answer is written in pieces of
// every size from one byte up, so that a parser that only works when a line or a chunk arrives
// whole fails here. Well-formed answers (framed by Content-Length, chunked with extensions and
// trailers, ended by the connection's close, after a 100 Continue) give their body; malformed ones,
// oversized headers or bodies, a request header with a line break, a refused port and a silent
// server each end with their own outcome and the body is never handed on.
#include "HttpExchange.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

using Outcome = HttpExchange::Outcome;

// Accepts one connection, reads the request head, then writes `answer` in pieces of `piece` bytes
// (each in its own event loop turn) and closes, unless `keepOpen`.
class RawServer : public QObject {
public:
    RawServer(QByteArray answer, int piece, bool keepOpen = false)
        : m_answer(std::move(answer))
        , m_piece(piece)
        , m_keepOpen(keepOpen) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_request += socket->readAll();
                if (m_request.contains("\r\n\r\n") && !m_answering) {
                    m_answering = true;
                    writeNext(socket, 0);
                }
            });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString& path = u"/v1/changes?since=7"_s) const {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    QByteArray request() const { return m_request; }

private:
    void writeNext(QTcpSocket* socket, qsizetype at) {
        if (at >= m_answer.size()) {
            socket->flush();
            if (!m_keepOpen)
                socket->disconnectFromHost();
            return;
        }
        socket->write(m_answer.mid(at, m_piece));
        QTimer::singleShot(0, socket, [this, socket, at] { writeNext(socket, at + m_piece); });
    }

    QTcpServer m_server;
    QByteArray m_answer;
    int m_piece;
    bool m_keepOpen;
    bool m_answering = false;
    QByteArray m_request;
};

HttpExchange::Response exchange(HttpExchange::Request request) {
    std::optional<HttpExchange::Response> result;
    QObject owner;
    HttpExchange::start(std::move(request), &owner,
                        [&](const HttpExchange::Response& response) { result = response; });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!result) {
        HttpExchange::Response none;
        none.errorString = u"(the test's own timeout: done was never called)"_s;
        return none;
    }
    return *result;
}

HttpExchange::Request get(const QUrl& url) {
    HttpExchange::Request request;
    request.verb = "GET";
    request.url = url;
    request.headers = {{"Authorization", "Bearer skt_test"}};
    request.timeout = std::chrono::milliseconds(5'000);
    request.maxBodyBytes = 1024;
    return request;
}

QByteArray chunked(const QByteArray& body) {
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += 17) {
        const QByteArray part = body.mid(at, 17);
        out += QByteArray::number(part.size(), 16) + ";ext=1\r\n" + part + "\r\n";
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

const QByteArray body = R"({"changes":[],"next":"8","more":false})";

} // namespace

class tst_HttpExchange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wellFormedAnswers_data() {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::newRow("Content-Length")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body
            << 200;
        QTest::newRow("chunked, extensions, trailer")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(body) << 200;
        QTest::newRow("ended by the close") << "HTTP/1.0 200 OK\r\n\r\n" + body << 200;
        QTest::newRow("bare LF line ends")
            << "HTTP/1.1 200 OK\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body << 200;
        QTest::newRow("after 100 Continue")
            << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Busy\r\nRetry-After: "
               "3\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body
            << 503;
    }
    void wellFormedAnswers() {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        for (int piece : {1, 2, 3, 5, 8, 13, 64, 4096}) {
            RawServer server(answer, piece);
            const HttpExchange::Response response = exchange(get(server.url()));
            QVERIFY2(response.outcome == Outcome::Answered,
                     qPrintable(u"piece %1: %2"_s.arg(piece).arg(response.errorString)));
            QCOMPARE(response.status, status);
            QCOMPARE(response.body, body);
            if (status == 503)
                QCOMPARE(response.header("retry-after"), QByteArray("3"));
            // The request went out as HTTP/1.1 with its path, query and headers.
            QVERIFY(server.request().startsWith("GET /v1/changes?since=7 HTTP/1.1\r\n"));
            QVERIFY(server.request().contains("\r\nAuthorization: Bearer skt_test\r\n"));
            QVERIFY(server.request().contains("\r\nConnection: close\r\n"));
        }
    }

    void badAnswers_data() {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("says");
        const auto outcome = [](Outcome o) {
            return int(o);
        };
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << outcome(Outcome::Malformed)
                                  << u"status line"_s;
        QTest::newRow("status not a number")
            << QByteArray("HTTP/1.1 OK fine\r\n\r\n") << outcome(Outcome::Malformed) << u"status line"_s;
        QTest::newRow("header without a name")
            << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n") << outcome(Outcome::Malformed) << u"no name"_s;
        QByteArray manyHeaders = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; manyHeaders.size() < 100 * 1024; ++i)
            manyHeaders +=
                "X-Header-" + QByteArray::number(i) + ": 0123456789012345678901234567890123456789\r\n";
        QTest::newRow("headers of 100 KiB")
            << manyHeaders + "\r\n"
            << outcome(Outcome::Malformed) << u"headers are larger than 64 KiB"_s;
        QTest::newRow("a line of 20 KiB, never ended")
            << "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(20 * 1024, 'a') << outcome(Outcome::Malformed)
            << u"longer than 16 KiB"_s;
        QTest::newRow("Content-Length not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n{}") << outcome(Outcome::Malformed)
            << u"Content-Length"_s;
        QTest::newRow("Content-Length over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n") << outcome(Outcome::TooLarge)
            << u"larger than"_s;
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << outcome(Outcome::Malformed) << u"chunk size"_s;
        QTest::newRow("chunk longer than it says")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
            << outcome(Outcome::Malformed) << u"does not end"_s;
        QTest::newRow("chunks past the cap")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(QByteArray(1025, 'a'))
            << outcome(Outcome::TooLarge) << u"larger than"_s;
        QTest::newRow("unframed body past the cap") << "HTTP/1.0 200 OK\r\n\r\n" + QByteArray(1025, 'a')
                                                    << outcome(Outcome::TooLarge) << u"larger than"_s;
        QTest::newRow("closed before the body is whole")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"changes\":")
            << outcome(Outcome::Closed) << u"closed the connection"_s;
        QTest::newRow("closed within a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
            << outcome(Outcome::Closed) << u"closed the connection"_s;
        QTest::newRow("closed before any answer") << QByteArray() << outcome(Outcome::Closed) << u"closed"_s;
    }
    void badAnswers() {
        QFETCH(QByteArray, answer);
        QFETCH(int, outcome);
        QFETCH(QString, says);
        for (int piece : {1, 7, 4096}) {
            RawServer server(answer, piece);
            const HttpExchange::Response response = exchange(get(server.url()));
            QCOMPARE(int(response.outcome), outcome);
            QVERIFY2(response.errorString.contains(says), qPrintable(response.errorString));
            QVERIFY(response.body.isEmpty());
        }
    }

    void headerWithALineBreakIsNotSent() {
        RawServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", 4096);
        HttpExchange::Request request = get(server.url());
        request.headers = {{"Authorization", "Bearer skt_x\r\nX-Injected: 1"}};
        const HttpExchange::Response response = exchange(request);
        QCOMPARE(response.outcome, Outcome::Failed);
        QVERIFY2(response.errorString.contains(u"line break"_s), qPrintable(response.errorString));
        QTest::qWait(50);
        QVERIFY(server.request().isEmpty()); // nothing was sent
    }

    void refusedAndSilentServers() {
        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpExchange::Response response = exchange(get(QUrl(u"http://127.0.0.1:%1/v1/me"_s.arg(port))));
        QCOMPARE(response.outcome, Outcome::Refused);

        // A server that accepts and never answers: given up after the timeout, not before.
        RawServer silent("HTTP/1.1 200 OK\r\n", 4096, true);
        HttpExchange::Request request = get(silent.url());
        request.timeout = std::chrono::milliseconds(300);
        QElapsedTimer clock;
        clock.start();
        response = exchange(request);
        QCOMPARE(response.outcome, Outcome::TimedOut);
        QVERIFY(clock.elapsed() >= 300);
    }

    void abortCallsBackOnce() {
        RawServer silent("HTTP/1.1 200 OK\r\n", 4096, true);
        int calls = 0;
        QObject owner;
        HttpExchange* running =
            HttpExchange::start(get(silent.url()), &owner, [&](const HttpExchange::Response& response) {
                ++calls;
                QCOMPARE(response.outcome, Outcome::Aborted);
            });
        QTest::qWait(100);
        QPointer<HttpExchange> guard(running);
        running->abort();
        QCOMPARE(calls, 1);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QVERIFY(!guard); // deleted itself
    }
};

QTEST_GUILESS_MAIN(tst_HttpExchange)
#include "tst_HttpExchange.moc"
