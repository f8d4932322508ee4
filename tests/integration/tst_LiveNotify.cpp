// SPDX-License-Identifier: GPL-3.0-or-later
// The long-poll `wait` of GET /v1/changes on the real sitekeeper-server: a parked request is answered
// with the change when the tenant's feed moves (one instance on SQLite; on PostgreSQL also when the
// change is written through another instance on the same database, by LISTEN/NOTIFY); a client that
// leaves while parked is forgotten; waits are capped in length and in number. No timing is asserted:
// the answers' content is.
#include "TeamTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_LiveNotify : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    qint64 waiting(const ServerProcess& server) {
        const HttpAnswer health = http(m_network, "GET", endpoint(server, u"/v1/health"_s), {});
        return health.body.value(u"stats"_s).toObject().value(u"waiting"_s).toInteger(-1);
    }
    QNetworkReply* park(const ServerProcess& server, const QByteArray& token, const QString& since,
                        int wait) {
        QNetworkRequest request(endpoint(server, u"/v1/changes?since=%1&wait=%2"_s.arg(since).arg(wait)));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(120'000);
        return m_network.get(request);
    }
    QString cursor(const ServerProcess& server, const QByteArray& token) {
        QString since = u"0"_s;
        for (;;) {
            const HttpAnswer answer =
                http(m_network, "GET", endpoint(server, u"/v1/changes?limit=1000&since="_s + since), token);
            since = answer.body.value(u"next"_s).toString();
            if (!answer.body.value(u"more"_s).toBool())
                return since;
        }
    }

    // A client long-polls `reader`; the admin writes through `writer`; the parked answer holds it.
    void wakesWith(const ServerProcess& writer, const ServerProcess& reader, const Team& team) {
        const QString since = cursor(reader, team.viewer);
        QNetworkReply* reply = park(reader, team.viewer, since, 60);
        QTRY_COMPARE_WITH_TIMEOUT(waiting(reader), 1, 30'000);
        QVERIFY(!reply->isFinished());
        const QUuid id = QUuid::createUuid();
        QCOMPARE(seed(m_network, writer, team.editor, u"partner_contact"_s, id, contactFields(u"Live Ann"_s)),
                 1);
        const HttpAnswer answer = collect(reply);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("x-sitekeeper-wait"), QByteArray("1"));
        auto page = protocol::ChangePage::fromJson(answer.body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
        QCOMPARE(page->changes.at(0).id, id);
        QCOMPARE(page->changes.at(0).fields.value(u"name"_s).toString(), u"Live Ann"_s);
        QCOMPARE(page->changes.at(0).changedBy, u"Eli Editor"_s);
        QVERIFY(page->next != since);
        QCOMPARE(waiting(reader), 0);
    }

private Q_SLOTS:
    void oneInstanceWakesItsWaiters_data() { addBackendRows(); }
    void oneInstanceWakesItsWaiters() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database, {u"--stats"_s});
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        wakesWith(server, server, team);
        // A change of another tenant wakes nobody here: the waiter is answered only at its end, empty.
        const QByteArray other = server.addTenant(u"other"_s);
        const QString since = cursor(server, team.viewer);
        QNetworkReply* reply = park(server, team.viewer, since, 60);
        QTRY_COMPARE_WITH_TIMEOUT(waiting(server), 1, 30'000);
        QCOMPARE(
            seed(m_network, server, other, u"partner_contact"_s, QUuid::createUuid(), contactFields(u"X"_s)),
            1);
        QVERIFY(!reply->isFinished());
        // ... and then our own change does.
        const QUuid id = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, id, contactFields(u"Mine"_s)), 1);
        auto page = protocol::ChangePage::fromJson(collect(reply).body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
        QCOMPARE(page->changes.at(0).id, id);
    }

    void acrossInstancesByNotify() {
        if (postgresUrl().isEmpty() && qEnvironmentVariable("CI") != QLatin1String("true"))
            QSKIP("needs the PostgreSQL of scripts/test.sh (SITEKEEPER_TEST_POSTGRES)");
        const QString database = makeDatabase(u"postgresql"_s, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess a(database, {u"--stats"_s});
        QVERIFY(a.start());
        ServerProcess b(database, {u"--stats"_s});
        QVERIFY(b.start());
        Team team;
        QVERIFY(team.make(a));
        // Written through A, waited for on B; then the other way round.
        wakesWith(a, b, team);
        wakesWith(b, a, team);
    }

    void aClientThatLeavesIsForgotten_data() { addBackendRows(); }
    void aClientThatLeavesIsForgotten() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        // Short read and idle timeouts: a parked request outlives them.
        ServerProcess server(database, {u"--stats"_s, u"--read-timeout"_s, u"0.5"_s, u"--idle-timeout"_s,
                                        u"0.5"_s, u"--header-timeout"_s, u"0.5"_s});
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QString since = cursor(server, team.viewer);
        QNetworkReply* leaving = park(server, team.viewer, since, 60);
        QNetworkReply* staying = park(server, team.viewer, since, 60);
        QTRY_COMPARE_WITH_TIMEOUT(waiting(server), 2, 30'000);
        // Parked longer than every timeout of the connection (a pause, not a measurement).
        QTest::qWait(1500);
        QCOMPARE(waiting(server), 2);
        leaving->abort();
        leaving->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(waiting(server), 1, 30'000);
        // The one that stayed past the read and idle timeouts still gets its change.
        const QUuid id = QUuid::createUuid();
        QCOMPARE(
            seed(m_network, server, team.admin, u"partner_contact"_s, id, contactFields(u"Still here"_s)), 1);
        const HttpAnswer answer = collect(staying);
        QCOMPARE(answer.status, 200);
        auto page = protocol::ChangePage::fromJson(answer.body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
        QCOMPARE(page->changes.at(0).id, id);
        QCOMPARE(waiting(server), 0);
    }

    void waitsAreBounded_data() { addBackendRows(); }
    void waitsAreBounded() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database,
                             {u"--stats"_s, u"--max-wait"_s, u"1"_s, u"--max-waiting-per-address"_s, u"2"_s});
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QString since = cursor(server, team.viewer);
        // A wait far beyond the cap is cut to it: the answer comes, empty, at the same cursor.
        QNetworkReply* capped = park(server, team.viewer, since, 100'000);
        const HttpAnswer answer = collect(capped);
        QCOMPARE(answer.status, 200);
        auto page = protocol::ChangePage::fromJson(answer.body);
        QVERIFY(page);
        QVERIFY(page->changes.isEmpty());
        QCOMPARE(page->next, since);
        QCOMPARE(waiting(server), 0);
        // Not a number of seconds: 400.
        for (const QString& bad : {u"-1"_s, u"soon"_s}) {
            const HttpAnswer refused =
                http(m_network, "GET", endpoint(server, u"/v1/changes?wait="_s + bad), team.viewer);
            QCOMPARE(refused.status, 400);
        }
        // A change already there is answered at once, whatever the wait.
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, QUuid::createUuid(),
                      contactFields(u"A"_s)),
                 1);
        page = protocol::ChangePage::fromJson(
            http(m_network, "GET", endpoint(server, u"/v1/changes?wait=60&since="_s + since), team.viewer)
                .body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
    }

    void parkedRequestsAreCapped_data() { addBackendRows(); }
    void parkedRequestsAreCapped() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database, {u"--stats"_s, u"--max-waiting-per-address"_s, u"2"_s});
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QString since = cursor(server, team.viewer);
        QNetworkReply* first = park(server, team.viewer, since, 60);
        QNetworkReply* second = park(server, team.admin, since, 60);
        QTRY_COMPARE_WITH_TIMEOUT(waiting(server), 2, 30'000);
        const HttpAnswer third =
            http(m_network, "GET", endpoint(server, u"/v1/changes?wait=60&since="_s + since), team.editor);
        QCOMPARE(third.status, 429);
        QVERIFY(third.headers.contains("retry-after"));
        QCOMPARE(waiting(server), 2);
        // A change answers both waiters.
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, QUuid::createUuid(),
                      contactFields(u"B"_s)),
                 1);
        for (QNetworkReply* reply : {first, second}) {
            auto page = protocol::ChangePage::fromJson(collect(reply).body);
            QVERIFY(page);
            QCOMPARE(page->changes.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_LiveNotify)
#include "tst_LiveNotify.moc"
