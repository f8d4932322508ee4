// SPDX-License-Identifier: GPL-3.0-or-later
// LiveSync against the real sitekeeper-server on loopback, two desks on one tenant: a change desk B
// pushes reaches desk A's store through the long-poll without anybody calling pull; an edit on A
// goes out without a Sync Now; a server that does not hold requests (an older one: here the real
// server behind a proxy that answers as one would) is polled instead; a server that goes away and
// comes back is found again; stop() ends cleanly. `sitekeeper-cli sync --watch` prints one line per
// pull and exits 0 on SIGTERM. Nothing here is timed: each case waits for what it expects.
#include "BackendSettings.h"
#include "CliRunner.h"
#include "LiveSync.h"
#include "SyncSession.h"
#include "TwoDesks.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

// In front of the real server, answering as a server without long-poll would: the `wait` of a
// change-feed request is dropped before it is forwarded, and X-Sitekeeper-Wait is not passed back.
class NoWaitProxy : public QObject {
public:
    explicit NoWaitProxy(QUrl target)
        : m_target(std::move(target)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int changeRequests() const { return m_changeRequests; }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray& line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> start = lines.constFirst().trimmed().split(' ');
        const QByteArray method = start.value(0);
        QUrl url = m_target.resolved(QUrl(QString::fromLatin1(start.value(1))));
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        if (url.path() == QLatin1String("/v1/changes")) {
            ++m_changeRequests;
            QUrlQuery query(url);
            query.removeAllQueryItems(u"wait"_s);
            url.setQuery(query);
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QPointer<QTcpSocket> client(socket);
        connect(reply, &QNetworkReply::finished, this, [reply, client] {
            reply->deleteLater();
            if (!client)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
            for (const auto& [name, value] : reply->rawHeaderPairs()) {
                const QByteArray lower = name.toLower();
                if (lower == "x-sitekeeper-wait" || lower == "content-length" || lower == "connection" ||
                    lower == "transfer-encoding")
                    continue;
                head += name + ": " + value + "\r\n";
            }
            head += "Content-Length: " + QByteArray::number(data.size()) + "\r\n\r\n";
            client->write(head + data);
        });
    }

    QUrl m_target;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_changeRequests = 0;
};

// B sets the profile's title and pushes it.
bool otherDeskSetsTitle(TwoDesks& desks, const QString& title) {
    ClientProfile before = desks.b.profile(desks.profile.id);
    ClientProfile after = before;
    after.title = title;
    return desks.b.workspace->edit<ClientProfile>(before, after, u"Edit title"_s) && desks.b.sync();
}

} // namespace

class tst_LiveSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    // Desk A follows the backend at `url` (the server, or a proxy in front of it).
    static void pointAt(TwoDesks& desks, const QUrl& url) {
        BackendSettings(desks.a.workspace->folder()).setUrl(url);
        // The documented automation hook stands in for the keychain-held token.
        qputenv(BackendSettings::tokenEnvironmentVariable, desks.token);
    }

private Q_SLOTS:
    void cleanup() { qunsetenv(BackendSettings::tokenEnvironmentVariable); }

    void aChangeFromDeskBArrivesWithoutPull() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, u"long-poll"_s));
        pointAt(desks, desks.server->url());
        SyncSession session(*desks.a.workspace);
        LiveSync live(*desks.a.workspace, session);
        QSignalSpy synced(&live, &LiveSync::synced);
        QSignalSpy pulled(desks.a.workspace.get(), &Workspace::pulled);
        QVERIFY(live.start());
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30'000); // caught up, now waiting on the feed

        QVERIFY(otherDeskSetsTitle(desks, u"Head of operations"_s));
        QTRY_COMPARE_WITH_TIMEOUT(desks.a.profile(desks.profile.id).title, u"Head of operations"_s, 30'000);
        QVERIFY(live.serverWaits()); // it was the long-poll that learnt of it, not a poll
        QTRY_VERIFY(!pulled.isEmpty());
        // The screens learn which record came: the profile, with the site it was in.
        const auto changes = pulled.constLast().constFirst().value<PulledChanges>();
        QVERIFY(!changes.everything);
        QCOMPARE(changes.records.size(), 1);
        QCOMPARE(changes.records.constFirst().id, desks.profile.id);
        QCOMPARE(changes.records.constFirst().siteBefore, desks.site.id);

        // An edit here goes out without Sync Now.
        ClientProfile before = desks.a.profile(desks.profile.id);
        ClientProfile after = before;
        after.mobilePhone = u"+12125550142"_s;
        QVERIFY(desks.a.workspace->edit<ClientProfile>(before, after, u"Edit mobile"_s));
        QTRY_COMPARE_WITH_TIMEOUT(desks.serverProfile(m_network).value(u"mobile_phone"_s).toString(),
                                  u"+12125550142"_s, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(desks.a.pending(), 0, 30'000);

        QSignalSpy stopped(&live, &LiveSync::stopped);
        live.stop();
        QVERIFY(!stopped.isEmpty() || stopped.wait(30'000)); // at once when the run ended inside stop()
        QVERIFY(!live.isRunning());
        QVERIFY(!session.isRunning());
    }

    void aServerThatDoesNotWaitIsPolled() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, u"polling"_s));
        NoWaitProxy proxy(desks.server->url());
        QVERIFY(proxy.listen());
        pointAt(desks, proxy.url());
        SyncSession session(*desks.a.workspace);
        LiveSync live(*desks.a.workspace, session);
        live.setPollInterval(std::chrono::milliseconds(200));
        QSignalSpy synced(&live, &LiveSync::synced);
        QVERIFY(live.start());
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30'000);
        // Asked again and again, each answered at once: polling.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.changeRequests() >= 3, 30'000);
        QVERIFY(!live.serverWaits());

        QVERIFY(otherDeskSetsTitle(desks, u"Polled title"_s));
        QTRY_COMPARE_WITH_TIMEOUT(desks.a.profile(desks.profile.id).title, u"Polled title"_s, 30'000);
        QVERIFY(!live.serverWaits());
    }

    void aServerThatWentAwayIsFoundAgain() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, u"backoff"_s));
        pointAt(desks, desks.server->url());
        SyncSession session(*desks.a.workspace);
        LiveSync live(*desks.a.workspace, session);
        QSignalSpy synced(&live, &LiveSync::synced);
        QSignalSpy failed(&live, &LiveSync::failed);
        QVERIFY(live.start());
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30'000);

        const quint16 port = desks.server->port();
        desks.server->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 120'000);
        QVERIFY(!live.lastError().isEmpty());
        QVERIFY(live.isRunning()); // it backs off and tries again; it does not give up

        QVERIFY(desks.server->start(u"127.0.0.1:%1"_s.arg(port)));
        QVERIFY(desks.b.client.configure(clientConfig(*desks.server, desks.token)));
        QVERIFY(otherDeskSetsTitle(desks, u"After the outage"_s));
        QTRY_COMPARE_WITH_TIMEOUT(desks.a.profile(desks.profile.id).title, u"After the outage"_s, 180'000);
        QVERIFY(live.lastError().isEmpty());
    }

    void cliWatchPrintsPullsAndStopsOnSigterm() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, u"cli-watch"_s));
        BackendSettings(desks.a.workspace->folder()).setUrl(desks.server->url());
        const QString folder = desks.a.workspace->folder();
        desks.a.workspace.reset(); // the command line has the workspace now

        QProcess watch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(BackendSettings::tokenEnvironmentVariable),
                           QString::fromLatin1(desks.token));
        watch.setProcessEnvironment(environment);
        watch.start(cliPath(), {u"--workspace"_s, folder, u"sync"_s, u"--watch"_s});
        QVERIFY(watch.waitForStarted(10'000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("Following the backend"),
                                 30'000);

        QVERIFY(otherDeskSetsTitle(desks, u"Seen by the watch"_s));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("pulled 1 changes"), 30'000);
        QCOMPARE(out.count('\n'), 1); // one line for the one pull

        watch.terminate(); // SIGTERM
        QVERIFY(watch.waitForFinished(30'000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);

        auto reopened = Workspace::open(folder, Workspace::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->store().profiles().get(desks.profile.id)->title, u"Seen by the watch"_s);
    }
};

QTEST_GUILESS_MAIN(tst_LiveSync)
#include "tst_LiveSync.moc"
