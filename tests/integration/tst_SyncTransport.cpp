// SPDX-License-Identifier: GPL-3.0-or-later
// BackendClient's transport rules against real processes: a hung server is given up on within the
// timeout while the event loop keeps running, 429 is retried no sooner than Retry-After, plain HTTP
// goes to loopback only, and TLS is refused for a self-signed certificate (without the CA file), a
// wrong host name and an expired certificate (certificates made with openssl here).
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncTransport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    bool openssl(const QStringList& args) { return runOpenssl(m_dir.path(), args); }

    // A key and a certificate signed by the test CA, for `san` (subjectAltName), valid `days`.
    bool signedCert(const QString& name, const QString& san, int days) {
        QFile ext(m_dir.filePath(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + san.toUtf8() + "\n");
        ext.close();
        return openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                        u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN=sitekeeper test"_s}) &&
               openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                        u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s, u"-days"_s,
                        QString::number(days), u"-extfile"_s, name + u".ext"_s});
    }

    // Pushes one new record over HTTPS to a server with `cert`; returns the engine's error.
    QString pushOverTls(const QString& cert, const QString& caFile, int* serverRecords) {
        const QString database = u"sqlite:"_s + m_dir.filePath(cert + u".server.sqlite"_s);
        ServerProcess server(database, {u"--tls-cert"_s, m_dir.filePath(cert + u".crt"_s), u"--tls-key"_s,
                                        m_dir.filePath(cert + u".key"_s)});
        if (!server.start())
            return u"server did not start"_s;
        const QByteArray token = server.addTenant(u"acme"_s);
        auto store = Store::open(m_dir.filePath(cert + u".client.sqlite"_s));
        if (!store)
            return store.error().message;
        if (!store.value()->partnerContacts().create(contact(u"over TLS"_s)))
            return u"no record"_s;
        BackendClient client;
        BackendClient::Config config = clientConfig(server, token);
        config.baseUrl = server.url(u"https"_s);
        config.caFile = caFile;
        if (auto configured = client.configure(config); !configured)
            return configured.error().message;
        SyncEngine engine(*store.value(), client);
        runEngine(engine, &SyncEngine::push, 30'000);
        server.kill();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(database.mid(7));
            db.open();
            QSqlQuery query(db);
            query.exec(u"SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM ops)"_s);
            *serverRecords = query.next() ? query.value(0).toInt() : -1;
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return engine.summary().error;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                         u"ca.key"_s, u"-out"_s, u"ca.crt"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                         u"/CN=Sitekeeper Test CA"_s}));
        QVERIFY(signedCert(u"good"_s, u"IP:127.0.0.1"_s, 30));
        QVERIFY(signedCert(u"wronghost"_s, u"DNS:backend.example.org"_s, 30));
        QVERIFY(signedCert(u"expired"_s, u"IP:127.0.0.1"_s, -1));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                         u"selfsigned.key"_s, u"-out"_s, u"selfsigned.crt"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                         u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
    }

    void plainHttpOnlyToLoopback_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8787"_s << true;
        QTest::newRow("loopback v6") << u"http://[::1]:8787"_s << true;
        QTest::newRow("localhost") << u"http://localhost:8787"_s << true;
        QTest::newRow("private address") << u"http://10.0.0.5:8787"_s << false;
        QTest::newRow("public name") << u"http://backend.example.org"_s << false;
        QTest::newRow("https anywhere") << u"https://backend.example.org"_s << true;
        QTest::newRow("ftp") << u"ftp://backend.example.org"_s << false;
    }
    void plainHttpOnlyToLoopback() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = QUrl(url);
        config.token = "skt_x";
        QCOMPARE(bool(client.configure(config)), accepted);
        QCOMPARE(client.isConfigured(), accepted);
        if (accepted)
            return;
        // Refused before any connection: the request fails at once, nothing is sent.
        bool called = false;
        client.fetchChanges({}, 10, 0, [&](Result<protocol::ChangePage> page) {
            called = true;
            QVERIFY(!page);
        });
        QVERIFY(called);
    }

    void tls_data() {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("trusted through the CA file") << u"good"_s << true << true;
        QTest::newRow("self-signed without CA file") << u"selfsigned"_s << false << false;
        QTest::newRow("CA-signed without CA file") << u"good"_s << false << false;
        QTest::newRow("wrong host name") << u"wronghost"_s << true << false;
        QTest::newRow("expired") << u"expired"_s << true << false;
    }
    void tls() {
        QFETCH(QString, cert);
        QFETCH(bool, withCa);
        QFETCH(bool, accepted);
        static int run = 0;
        const QString copy = cert + QString::number(++run);
        QFile::copy(m_dir.filePath(cert + u".crt"_s), m_dir.filePath(copy + u".crt"_s));
        QFile::copy(m_dir.filePath(cert + u".key"_s), m_dir.filePath(copy + u".key"_s));
        int serverRows = -1;
        const QString error =
            pushOverTls(copy, withCa ? m_dir.filePath(u"ca.crt"_s) : QString(), &serverRows);
        if (accepted) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(serverRows, 2); // the record and its op
        } else {
            QVERIFY2(error.contains(u"not trusted"_s), qPrintable(error));
            QCOMPARE(serverRows, 0); // nothing arrived
        }
    }

    void hungServerIsGivenUp() {
        QTcpServer hung;
        QList<QTcpSocket*> sockets;
        connect(&hung, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = hung.nextPendingConnection())
                sockets.append(socket); // accepted, read, never answered
        });
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        auto store = Store::open(m_dir.filePath(u"hung.sqlite"_s));
        QVERIFY(store);
        QVERIFY(store.value()->partnerContacts().create(contact(u"waiting"_s)));
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(hung.serverPort()));
        config.token = "skt_x";
        config.timeout = std::chrono::milliseconds(1500);
        config.backoff = Backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(100), 1);
        QVERIFY(client.configure(config));
        SyncEngine engine(*store.value(), client);

        // The event loop keeps turning while the client waits (a GUI would stay responsive).
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!runEngine(engine, &SyncEngine::push, 20'000));
        const qint64 elapsed = clock.elapsed();
        // One try and one retry, each given up after the 1.5 s timeout, plus at most 100 ms backoff.
        QVERIFY2(elapsed >= 1500 && elapsed < 2 * 1500 + 100 + 1500, qPrintable(QString::number(elapsed)));
        QVERIFY(!engine.summary().error.isEmpty());
        QVERIFY(ticks >= int(elapsed / 50) / 2);
        QVERIFY(!sockets.isEmpty());
        QCOMPARE(store.value()->journal().count(JournalEntry::State::Pending), 1);
        const SyncEngine::Status status = SyncEngine::status(*store.value());
        QCOMPARE(status.pending, 1);
        QVERIFY(!status.lastSync.isValid());
        QCOMPARE(status.lastError, engine.summary().error);
    }

    void cancelStopsAtOnce() {
        QTcpServer hung;
        QList<QTcpSocket*> sockets;
        connect(&hung, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = hung.nextPendingConnection())
                sockets.append(socket);
        });
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        auto store = Store::open(m_dir.filePath(u"cancel.sqlite"_s));
        QVERIFY(store);
        QVERIFY(store.value()->partnerContacts().create(contact(u"waiting"_s)));
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(hung.serverPort()));
        config.token = "skt_x";
        config.timeout = std::chrono::milliseconds(60'000);
        QVERIFY(client.configure(config));
        SyncEngine engine(*store.value(), client);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.push();
        QTimer::singleShot(200, &engine, &SyncEngine::cancel);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(finished.wait(5'000));
        QVERIFY(clock.elapsed() < 2'000);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!engine.isRunning());
        QCOMPARE(store.value()->journal().count(JournalEntry::State::Pending), 1);
    }

    void rateLimitIsRetriedAfterRetryAfter() {
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"rate.sqlite"_s), {u"--rate-limit"_s, u"1"_s});
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        auto store = Store::open(m_dir.filePath(u"rate-client.sqlite"_s));
        QVERIFY(store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.value()->partnerContacts().create(contact(u"r%1"_s.arg(i))));
        BackendClient client;
        QVERIFY(client.configure(clientConfig(server, token)));
        SyncEngine engine(*store.value(), client);
        engine.setBatchSize(1); // five requests against a burst of two
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runEngine(engine, &SyncEngine::push));
        QCOMPARE(engine.summary().applied, 5);
        // Three requests had to wait for Retry-After (1 s) although the backoff alone is 20-200 ms.
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_SyncTransport)
#include "tst_SyncTransport.moc"
