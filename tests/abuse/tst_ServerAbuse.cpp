// SPDX-License-Identifier: GPL-3.0-or-later
// What one client can make the real sitekeeper-server spend. Each test prints its figure (qInfo):
// the peak memory after a 1 GB upload, the size of answers and stored data for 1,000 stale ops on a
// 1 MB record, /v1/health beside 2,000 idle connections, how long a slowloris client is kept, and the
// database queries 10,000 wrong tokens cost.
#include "RawHttp.h"
#include "SyncTestSupport.h"

#include <QFileInfo>

#include <algorithm>
#include <sys/resource.h>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

// The server's peak resident memory (VmHWM), in kB.
qint64 peakRssKb(qint64 pid) {
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QJsonObject health(quint16 port) {
    RawHttp http;
    if (!http.connectTo(port) || !http.send(request("GET", "/v1/health", {})))
        return {};
    const auto answer = http.read(10'000);
    return answer ? QJsonDocument::fromJson(answer->body).object() : QJsonObject();
}

// A counter of --stats; -1 if /v1/health did not answer it within 5 s (it may answer 429 for a
// while after a flood from this address).
qint64 statValue(quint16 port, const char* name) {
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const qint64 value =
            health(port).value(u"stats"_s).toObject().value(QLatin1String(name)).toInteger(-1);
        if (value >= 0 || clock.elapsed() > 5'000)
            return value;
        QTest::qWait(200);
    }
}

qint64 databaseBytes(const QString& path) {
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

QByteArray batchBody(const QJsonArray& ops) {
    return wireBatch(ops);
}

QJsonObject op(const QUuid& id, const QString& action, qint64 base, const QJsonObject& fields) {
    return wireOp(QUuid::createUuid(), u"reference"_s, id, action, base, fields);
}

// Whether the server closes the connection within `ms`, sending `drip` (one byte at a time every
// 200 ms) meanwhile; answers the milliseconds until it did (-1: it did not).
qint64 droppedAfter(RawHttp& http, const QByteArray& drip, int ms) {
    QElapsedTimer clock;
    clock.start();
    qsizetype next = 0;
    while (clock.elapsed() < ms) {
        if (next < drip.size() && !http.send(drip.mid(next++, 1)))
            return clock.elapsed();
        if (!http.readSome(200))
            return clock.elapsed();
    }
    return -1;
}

} // namespace

class tst_ServerAbuse : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Thousands of sockets: the soft limit of open files goes up to the hard one (the server
        // does the same for itself).
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
        QVERIFY2(limit.rlim_cur >= 4500, "the hard limit of open files is below 4500; raise it (ulimit -Hn)");
    }

    // 1 GB streamed without a token: 401 (or 413) right after the headers, and the server never
    // holds the body. With a token it is 413, at once too.
    void hugeUploadIsRefusedOnItsHeaders_data() {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<int>("expected");
        const qint64 gigabyte = 1024LL * 1024 * 1024;
        QTest::newRow("no token, 1 GB") << false << gigabyte << 413;
        QTest::newRow("valid token, 1 GB") << true << gigabyte << 413;
        // Within --max-body, without a token: 401 on the headers, the body is never read.
        QTest::newRow("no token, 8 MiB") << false << qint64(8 * 1024 * 1024) << 401;
    }
    void hugeUploadIsRefusedOnItsHeaders() {
        QFETCH(bool, withToken);
        QFETCH(qint64, length);
        QFETCH(int, expected);
        ServerProcess server(u"sqlite:"_s +
                             m_dir.filePath(u"upload-%1-%2.sqlite"_s.arg(withToken).arg(length)));
        QVERIFY(server.start());
        const QByteArray token = withToken ? server.addTenant(u"acme"_s) : QByteArray();
        RawHttp http;
        QVERIFY(http.connectTo(server.port()));
        QByteArray head = "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(length) + "\r\n";
        if (withToken)
            head += "Authorization: Bearer " + token + "\r\n";
        QVERIFY(http.send(head + "\r\n"));
        QElapsedTimer clock;
        clock.start();
        ::fcntl(http.fd(), F_SETFL, ::fcntl(http.fd(), F_GETFL) | O_NONBLOCK);
        const QByteArray chunk(256 * 1024, '[');
        qint64 sent = 0;
        qint64 answeredAfter = -1;
        std::optional<RawAnswer> answer;
        while (sent < length && clock.elapsed() < 30'000) {
            pollfd p{http.fd(), short(POLLIN | POLLOUT), 0};
            ::poll(&p, 1, 1000);
            if (p.revents & POLLIN) {
                if (!http.readSome(0))
                    break; // closed: nothing more to send
                if (!answer && (answer = http.takeAnswer()))
                    answeredAfter = clock.elapsed();
            }
            if (p.revents & (POLLERR | POLLHUP))
                break;
            if (p.revents & POLLOUT) {
                const ssize_t n = ::send(http.fd(), chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                if (n < 0 && errno != EAGAIN)
                    break;
                sent += std::max<ssize_t>(n, 0);
            }
        }
        const qint64 peak = peakRssKb(server.pid());
        qInfo("upload of %lld MB (%s): answered %d after %lld ms, %lld MB sent before the server closed, "
              "server peak RSS %lld MB",
              length / (1024 * 1024), withToken ? "valid token" : "no token", answer ? answer->status : 0,
              answeredAfter, sent / (1024 * 1024), peak / 1024);
        QVERIFY2(answer, "no answer to the upload");
        QCOMPARE(answer->status, expected);
        QVERIFY2(answeredAfter < 1000, qPrintable(QString::number(answeredAfter)));
        QVERIFY(sent < length); // the server stopped taking the body
        QVERIFY2(peak > 0 && peak < 100 * 1024, qPrintable(QString::number(peak)));
        // It still serves.
        QCOMPARE(health(server.port()).value(u"status"_s).toString(), u"ok"_s);
    }

    // 1,000 stale ops on a 1 MB record: the answer and what the server stores stay small, and the
    // replay of the same batch answers the same.
    void staleOpsOnALargeRecordStaySmall() {
        const QString path = m_dir.filePath(u"stale.sqlite"_s);
        ServerProcess server(u"sqlite:"_s + path);
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        RawHttp http;
        QVERIFY(http.connectTo(server.port()));
        const QUuid id = QUuid::createUuid();
        const QString large(1'000'000, u'x');
        QVERIFY(http.send(
            request("POST", "/v1/batch", token,
                    batchBody({op(id, u"upsert"_s, 0, {{u"title"_s, u"Large"_s}, {u"body"_s, large}}),
                               op(id, u"patch"_s, 1, {{u"title"_s, u"Large 2"_s}})}))));
        auto created = http.read(30'000);
        QVERIFY(created);
        QCOMPARE(created->status, 200);
        QVERIFY2(created->body.contains("\"revision\":2"), created->body.left(300).constData());

        QJsonArray stale;
        for (int i = 0; i < 1000; ++i)
            stale.append(op(id, u"patch"_s, 1, {{u"title"_s, u"stale %1"_s.arg(i)}}));
        const QByteArray body = batchBody(stale);
        const qint64 before = databaseBytes(path);
        QVERIFY(http.send(request("POST", "/v1/batch", token, body)));
        const auto answer = http.read(60'000);
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        const qint64 growth = databaseBytes(path) - before;
        qInfo("1000 stale ops (request %lld kB) on a 1 MB record: answer %lld kB, database grew %lld kB",
              qint64(body.size()) / 1024, qint64(answer->body.size()) / 1024, growth / 1024);
        QVERIFY2(answer->body.size() < 1'000'000, qPrintable(QString::number(answer->body.size())));
        QVERIFY2(growth < 1'000'000, qPrintable(QString::number(growth)));
        const QJsonArray results =
            QJsonDocument::fromJson(answer->body).object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1000);
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(first.value(u"revision"_s).toInteger(), 2);
        QCOMPARE(first.value(u"partial"_s).toBool(), true);
        QCOMPARE(first.value(u"current_fields"_s).toObject().value(u"title"_s).toString(), u"Large 2"_s);
        QCOMPARE(first.value(u"base_fields"_s).toObject().value(u"title"_s).toString(), u"Large"_s);
        QVERIFY(!first.contains(u"current"_s));

        // Sent again (a client that lost the answer): the same answer, nothing more stored.
        const qint64 beforeReplay = databaseBytes(path);
        QVERIFY(http.send(request("POST", "/v1/batch", token, body)));
        const auto again = http.read(60'000);
        QVERIFY(again);
        QCOMPARE(again->status, 200);
        QCOMPARE(QJsonDocument::fromJson(again->body).object(),
                 QJsonDocument::fromJson(answer->body).object());
        qInfo("replay: answer %lld kB, database grew %lld kB", qint64(again->body.size()) / 1024,
              (databaseBytes(path) - beforeReplay) / 1024);
        QVERIFY(databaseBytes(path) - beforeReplay < 100'000);
    }

    // 2,000 idle connections: /v1/health still answers fast, and connections beyond the cap are
    // refused rather than queued.
    void idleConnectionsDoNotStarveOthers() {
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"idle.sqlite"_s),
                             {u"--stats"_s, u"--max-connections"_s, u"2010"_s,
                              u"--max-connections-per-address"_s, u"2010"_s, u"--idle-timeout"_s, u"300"_s});
        QVERIFY(server.start());
        std::vector<RawHttp> idle(2000);
        for (RawHttp& connection : idle)
            QVERIFY(connection.connectTo(server.port()));
        QElapsedTimer wait;
        wait.start();
        qint64 open = 0;
        while ((open = statValue(server.port(), "connections_open")) < 2001 && wait.elapsed() < 20'000)
            QTest::qWait(100);
        QVERIFY2(open >= 2001, qPrintable(QString::number(open))); // 2,000 idle ones and the asking one

        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(health(server.port()).value(u"status"_s).toString(), u"ok"_s);
            times.append(clock.elapsed());
        }
        std::sort(times.begin(), times.end());
        qInfo("GET /v1/health beside 2000 idle connections: median %lld ms (fastest %lld, slowest %lld)",
              times.at(2), times.first(), times.last());
        QVERIFY2(times.at(2) < 100, qPrintable(QString::number(times.at(2))));

        // Past the cap of 2,010 connections new ones are closed at once (at least 40 of these 50).
        std::vector<RawHttp> more(50);
        for (RawHttp& connection : more)
            QVERIFY(connection.connectTo(server.port()));
        // The refused ones see their connection end; then they go, so that /v1/health gets in again.
        int ended = 0;
        for (RawHttp& connection : more)
            ended += connection.readSome(1000) ? 0 : 1;
        more.clear();
        qint64 refused = 0;
        wait.restart();
        while ((refused = statValue(server.port(), "connections_refused")) < 38 && wait.elapsed() < 10'000)
            QTest::qWait(100);
        qInfo("50 connections past the cap: %lld refused, %d saw the end at once", refused, ended);
        QVERIFY2(refused >= 38, qPrintable(QString::number(refused)));
        QVERIFY(ended >= 35);
    }

    // One address cannot take all connections: past --max-connections-per-address they are closed.
    void connectionsPerAddressAreCapped() {
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"per-address.sqlite"_s),
                             {u"--stats"_s, u"--max-connections-per-address"_s, u"5"_s});
        QVERIFY(server.start());
        std::vector<RawHttp> connections(12);
        for (RawHttp& connection : connections)
            QVERIFY(connection.connectTo(server.port()));
        int ended = 0;
        for (RawHttp& connection : connections)
            ended += connection.readSome(300) ? 0 : 1;
        connections.clear();
        const qint64 refused = statValue(server.port(), "connections_refused");
        qInfo("12 connections from one address with a cap of 5: %d closed at once, %lld refused", ended,
              refused);
        QCOMPARE(ended, 7);
        QVERIFY(refused >= 7); // and maybe the asking one, before the server saw the others go
    }

    // What the small HTTP reader refuses, each answered with an Error and the connection closed.
    void malformedRequestsAreRefused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("headers too large")
            << QByteArray("GET /v1/health HTTP/1.1\r\nX-Big: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("chunked body")
            << QByteArray("POST /v1/batch HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("no request line") << QByteArray("hello\r\n\r\n") << 400;
        QTest::newRow("length not a number")
            << QByteArray("POST /v1/batch HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /v1/batch HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n") << 400;
        QTest::newRow("another protocol") << QByteArray("GET /v1/health HTTP/2.0\r\n\r\n") << 505;
    }
    void malformedRequestsAreRefused() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"malformed-%1.sqlite"_s.arg(status)));
        QVERIFY(server.start());
        RawHttp http;
        QVERIFY(http.connectTo(server.port()));
        QVERIFY(http.send(request));
        const auto answer = http.read(10'000);
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        QVERIFY(!QJsonDocument::fromJson(answer->body).object().value(u"error"_s).toObject().isEmpty());
        QVERIFY(!http.readSome(5'000)); // closed
    }

    // A client that sends its headers (or its body) one byte at a time is dropped after the timeout,
    // as is one that sends nothing.
    void slowClientsAreDropped_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("headers") << u"headers"_s;
        QTest::newRow("body") << u"body"_s;
        QTest::newRow("nothing") << u"nothing"_s;
    }
    void slowClientsAreDropped() {
        QFETCH(QString, kind);
        ServerProcess server(
            u"sqlite:"_s + m_dir.filePath(u"slow-%1.sqlite"_s.arg(kind)),
            {u"--header-timeout"_s, u"2"_s, u"--read-timeout"_s, u"2"_s, u"--idle-timeout"_s, u"2"_s});
        QVERIFY(server.start());
        const QByteArray token = kind == u"body"_s ? server.addTenant(u"acme"_s) : QByteArray();
        RawHttp http;
        QVERIFY(http.connectTo(server.port()));
        QByteArray drip;
        if (kind == u"headers"_s) {
            drip = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(200, 'a');
        } else if (kind == u"body"_s) {
            QVERIFY(http.send("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                              "\r\nContent-Length: 1000\r\n\r\n"));
            drip = QByteArray(1000, ' ');
        }
        const qint64 dropped = droppedAfter(http, drip, 10'000);
        qInfo("slow client (%s) dropped after %lld ms with a 2 s timeout", qPrintable(kind), dropped);
        QVERIFY2(dropped >= 1500 && dropped < 3500, qPrintable(QString::number(dropped)));
        QCOMPARE(health(server.port()).value(u"status"_s).toString(), u"ok"_s);
    }

    // 10,000 requests with wrong tokens: after the first few of an address none of them reaches the
    // database.
    void wrongTokensCostNoQueries() {
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"tokens.sqlite"_s), {u"--stats"_s});
        QVERIFY(server.start());
        const QByteArray valid = server.addTenant(u"acme"_s);
        QVERIFY(!valid.isEmpty());
        const qint64 before = statValue(server.port(), "queries");
        QVERIFY(before >= 0);
        RawHttp http;
        QVERIFY(http.connectTo(server.port()));
        QMap<int, int> statuses;
        constexpr int total = 10'000;
        constexpr int perRound = 100; // pipelined: sent together, answered in order
        for (int round = 0; round < total / perRound; ++round) {
            QByteArray requests;
            for (int i = 0; i < perRound; ++i) {
                // Well-formed tokens (as `tenant add` makes them) that no tenant has.
                QByteArray random(32, Qt::Uninitialized);
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()), 8);
                const QByteArray token =
                    "skt_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                requests += request("GET", "/v1/changes", token);
            }
            QVERIFY(http.send(requests));
            for (int i = 0; i < perRound; ++i) {
                const auto answer = http.read(10'000);
                QVERIFY2(answer, "a wrong-token request got no answer");
                ++statuses[answer->status];
            }
        }
        const qint64 after = statValue(server.port(), "queries");
        qInfo("%d wrong-token requests: %d answered 401, %d answered 429, %lld database queries", total,
              statuses.value(401), statuses.value(429), after - before);
        QCOMPARE(statuses.value(401) + statuses.value(429), total);
        QVERIFY(after >= before);
        QVERIFY2(after - before <= 40, qPrintable(QString::number(after - before)));
    }
};

QTEST_GUILESS_MAIN(tst_ServerAbuse)
#include "tst_ServerAbuse.moc"
