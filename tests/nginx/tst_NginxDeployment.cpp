// SPDX-License-Identifier: GPL-3.0-or-later
// The production deployment of packaging/nginx/sitekeeper.conf, for real: nginx terminating TLS
// (a test CA made here; the client is given its file) in front of two sitekeeper-server instances
// on one fresh PostgreSQL database. Sync runs through it; nginx's own limits answer in the API's
// error shape; and one instance is killed in the middle of a 5,000-edit push, after which every
// edit is on the server exactly once. Needs nginx and the PostgreSQL of scripts/test.sh; under
// CI=true a missing one fails.
#include "NginxSupport.h"
#include "SyncTestSupport.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSslSocket>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

bool inCi() {
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace

class tst_NginxDeployment : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    std::unique_ptr<NginxFront> m_nginx;
    QNetworkAccessManager m_network;
    int m_desks = 0;

    QUrl front(const QString& path = {}) const {
        QUrl url(u"https://127.0.0.1:%1"_s.arg(m_nginx->port()));
        const qsizetype query = path.indexOf(u'?');
        url.setPath(path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }
    BackendClient::Config config(const QByteArray& token) const {
        BackendClient::Config config;
        config.baseUrl = front();
        config.token = token;
        config.caFile = m_dir.filePath(u"ca.crt"_s);
        config.timeout = std::chrono::milliseconds(30'000);
        config.backoff = Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(1000), 6);
        return config;
    }
    QString deskPath() { return m_dir.filePath(u"desk-%1.sqlite"_s.arg(++m_desks)); }
    QByteArray tenant(const QString& name) const { return m_a->addTenant(name); }

    // One request through nginx, trusting the test CA.
    QNetworkReply* send(const QByteArray& verb, const QString& path, const QByteArray& token,
                        const QByteArray& body = {}) {
        QNetworkRequest request(front(path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_dir.filePath(u"ca.crt"_s));
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(60'000);
        // HTTP/1.1 like BackendClient: under HTTP/2 each stream counts against limit_conn.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return m_network.sendCustomRequest(request, verb, body);
    }
    // The server database, read directly.
    QSqlDatabase serverDb() {
        QSqlDatabase db = QSqlDatabase::contains(u"server"_s)
                              ? QSqlDatabase::database(u"server"_s)
                              : QSqlDatabase::addDatabase(u"QPSQL"_s, u"server"_s);
        const QUrl url(m_database);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.isOpen())
            db.open();
        return db;
    }
    qint64 scalar(const QString& sql, const QVariantList& values) {
        QSqlQuery query(serverDb());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (nginxPath().isEmpty()) {
            if (inCi())
                QFAIL("CI=true but nginx is not installed: scripts/install-deps.sh installs it");
            QSKIP("nginx is not installed (apt install nginx)");
        }
        if (postgresUrl().isEmpty()) {
            if (inCi())
                QFAIL(
                    "CI=true but SITEKEEPER_TEST_POSTGRES is not set: run the tests through scripts/test.sh");
            QSKIP("no PostgreSQL: run through scripts/test.sh");
        }
        QVERIFY(makeTestCertificates(m_dir.path()));
        m_database = makeDatabase(u"postgresql"_s, m_dir);
        QVERIFY(!m_database.isEmpty());
        // As in production (packaging/README.md): plain HTTP to nginx only, limits per X-Real-IP.
        m_a = std::make_unique<ServerProcess>(m_database, QStringList{u"--behind-proxy"_s});
        m_b = std::make_unique<ServerProcess>(m_database, QStringList{u"--behind-proxy"_s});
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_nginx = std::make_unique<NginxFront>(m_dir.path());
        QVERIFY2(m_nginx->start({m_a->port(), m_b->port()}), qPrintable(m_nginx->error()));
    }
    void cleanupTestCase() {
        m_nginx.reset();
        m_a.reset();
        m_b.reset();
        QSqlDatabase::removeDatabase(u"server"_s);
    }

    void pushAndPull() {
        const QByteArray token = tenant(u"pushpull"_s);
        Desk a;
        Desk b;
        QVERIFY(a.open(deskPath(), config(token)));
        QVERIFY(b.open(deskPath(), config(token)));
        const QList<PartnerContact> contacts = seedContacts(*a.store);
        QCOMPARE(contacts.size(), 60);
        a.engine->setBatchSize(25);
        QVERIFY2(a.sync(), qPrintable(a.engine->summary().error));
        QCOMPARE(a.engine->summary().applied, 60 + 30 + 1);
        b.engine->setPageSize(7);
        QVERIFY2(b.sync(), qPrintable(b.engine->summary().error));
        QCOMPARE(b.engine->summary().pulled, 60);
        QCOMPARE(b.store->partnerContacts().count().value(), 59);
        QCOMPARE(b.store->partnerContacts().get(contacts.at(0).id)->name, u"c0 edited"_s);
        QVERIFY(b.sync());
        QCOMPARE(b.engine->summary().pulled, 0);
    }

    void tlsOnlyWithTheCa() {
        const QByteArray token = tenant(u"tls"_s);
        Desk desk;
        BackendClient::Config noCa = config(token);
        noCa.caFile.clear();
        QVERIFY(desk.open(deskPath(), noCa));
        QVERIFY(desk.store->partnerContacts().create(contact(u"untrusted"_s)));
        QVERIFY(!runEngine(*desk.engine, &SyncEngine::push, 600'000));
        QVERIFY2(desk.engine->summary().error.contains(u"not trusted"_s),
                 qPrintable(desk.engine->summary().error));
        QCOMPARE(desk.pending(), 1);
    }

    void nginxLimitsAnswerInTheApiShape() {
        const QByteArray token = tenant(u"limits"_s);
        // A body over client_max_body_size (8 MiB) is refused by nginx, as JSON.
        const QByteArray huge = "{\"ops\":[\"" + QByteArray(9 * 1024 * 1024, 'x') + "\"]}";
        HttpAnswer answer = collect(send("POST", u"/v1/batch"_s, token, huge));
        QCOMPARE(answer.status, 413);
        QCOMPARE(protocol::ApiError::fromJson(answer.body).code, u"too_large"_s);

        // A flood from one address meets limit_req: 429 with Retry-After and the API's error body.
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 400; ++i)
            replies.append(send("GET", u"/v1/changes?since=0&limit=1"_s, token));
        int ok = 0;
        int limited = 0;
        for (QNetworkReply* reply : std::as_const(replies)) {
            const HttpAnswer one = collect(reply);
            if (one.status == 200)
                ++ok;
            if (one.status == 429) {
                ++limited;
                QCOMPARE(one.headers.value("retry-after"), QByteArray("1"));
                QCOMPARE(protocol::ApiError::fromJson(one.body).code, u"rate_limited"_s);
            }
        }
        QVERIFY2(ok >= 100, qPrintable(QString::number(ok))); // the burst goes through
        QVERIFY2(limited > 0, qPrintable(QString::number(limited)));

        // A client that starts a request and never finishes its headers is dropped after
        // client_header_timeout (10 s); the bound here is generous.
        QSslSocket slow;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_dir.filePath(u"ca.crt"_s));
        slow.setSslConfiguration(ssl);
        slow.connectToHostEncrypted(u"127.0.0.1"_s, m_nginx->port());
        QVERIFY(slow.waitForEncrypted(10'000));
        slow.write("GET /v1/changes HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(slow.waitForBytesWritten(5'000));
        QElapsedTimer clock;
        clock.start();
        while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 40'000)
            slow.waitForDisconnected(1'000);
        QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(clock.elapsed() >= 5'000, qPrintable(QString::number(clock.elapsed())));
    }

    // Last: it kills an instance.
    void killOneInstanceDuringPush() {
        const QByteArray token = tenant(u"kill"_s);
        Desk desk;
        QVERIFY(desk.open(deskPath(), config(token)));
        constexpr int records = 2500;
        QList<PartnerContact> contacts;
        {
            Transaction tx(desk.store->database());
            for (int i = 0; i < records; ++i) {
                contacts.append(contact(u"k%1"_s.arg(i)));
                QVERIFY(desk.store->partnerContacts().create(contacts.constLast()));
            }
            for (PartnerContact& c : contacts) {
                c.name += u" edited"_s;
                QVERIFY(desk.store->partnerContacts().update(c));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(desk.pending(), 2 * records);
        QSet<QString> sent;
        for (qint64 after = 0;;) {
            const QList<JournalEntry> page = desk.store->journal().pending(1000, after);
            for (const JournalEntry& entry : page)
                sent.insert(entry.opId.toString(QUuid::WithoutBraces));
            if (page.isEmpty())
                break;
            after = page.constLast().seq;
        }
        QCOMPARE(sent.size(), 2 * records);

        bool killed = false;
        const quint16 deadPort = m_a->port();
        connect(desk.engine.get(), &SyncEngine::pushProgress, this, [&](qint64 done, qint64) {
            if (!killed && done >= 2000) {
                killed = true;
                m_a->kill(); // SIGKILL, with batches in flight
            }
        });
        QVERIFY2(runEngine(*desk.engine, &SyncEngine::push, 600'000),
                 qPrintable(desk.engine->summary().error));
        QVERIFY(killed);
        // nginx met the dead instance and moved on (its error log names it).
        const QString log = m_nginx->log();
        qInfo("nginx error log after the kill:\n%s", qPrintable(log.right(1500)));
        QVERIFY2(log.contains(u"127.0.0.1:%1"_s.arg(deadPort)), qPrintable(log));
        QCOMPARE(desk.engine->summary().applied, 2 * records);
        QCOMPARE(desk.pending(), 0);

        // On the server: every op once, none missing, none applied twice.
        QSqlQuery query(serverDb());
        QVERIFY(query.exec(u"SELECT id FROM tenants WHERE name = 'kill'"_s) && query.next());
        const QString id = query.value(0).toString();
        QSet<QString> applied;
        QVERIFY(query.exec(u"SELECT op_id FROM ops WHERE tenant = '%1'"_s.arg(id)));
        while (query.next())
            applied.insert(QUuid::fromString(query.value(0).toString()).toString(QUuid::WithoutBraces));
        QCOMPARE(applied.size(), 2 * records);
        QCOMPARE(applied, sent);
        QCOMPARE(scalar(u"SELECT count(*) FROM records WHERE tenant = ?"_s, {id}), records);
        QCOMPARE(scalar(u"SELECT count(*) FROM records WHERE tenant = ? AND revision <> 2"_s, {id}), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM history WHERE tenant = ?"_s, {id}), 2 * records);
        const auto state = serverState(m_network, *m_b, token);
        QCOMPARE(state.size(), records);
        for (const PartnerContact& c : std::as_const(contacts))
            QCOMPARE(state.value(u"partner_contact/"_s + c.id.toString(QUuid::WithoutBraces))
                         .fields.value(u"name"_s),
                     QJsonValue(c.name));
    }
};

QTEST_GUILESS_MAIN(tst_NginxDeployment)
#include "tst_NginxDeployment.moc"
