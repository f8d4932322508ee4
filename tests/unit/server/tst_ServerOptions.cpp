// SPDX-License-Identifier: GPL-3.0-or-later
// sitekeeper-server's options, on the real program: bad numbers and plain HTTP to the network are
// refused with exit 2, a database password never appears in what it prints, TLS sends the whole
// certificate chain, behind a proxy the forwarded address is the one limits count, answers are
// kept for --answer-retention, quotas answer 413, libpq options reach PostgreSQL and SQL errors stay
// out of answers.
#include "SyncTestSupport.h"

#include <QSslSocket>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runServer(const QStringList& args,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(serverPath(), args);
    Run run;
    if (!process.waitForFinished(20'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray upsert(const QUuid& opId, const QUuid& id, const QString& title, const QString& body = {}) {
    return wireBatch(
        {wireOp(opId, u"reference"_s, id, u"upsert"_s, 0, {{u"title"_s, title}, {u"body"_s, body}})});
}

} // namespace

class tst_ServerOptions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    bool openssl(const QStringList& args) { return runOpenssl(m_dir.path(), args); }

    bool writeFile(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badValuesAreRefused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("rate not a number") << QStringList{u"--rate-limit"_s, u"abc"_s} << u"--rate-limit"_s;
        QTest::newRow("negative body") << QStringList{u"--max-body"_s, u"-1"_s} << u"--max-body"_s;
        QTest::newRow("no connections")
            << QStringList{u"--max-connections"_s, u"0"_s} << u"--max-connections"_s;
        QTest::newRow("timeout text") << QStringList{u"--read-timeout"_s, u"soon"_s} << u"--read-timeout"_s;
        QTest::newRow("half a record") << QStringList{u"--quota-records"_s, u"1.5"_s} << u"--quota-records"_s;
        QTest::newRow("empty retention")
            << QStringList{u"--answer-retention"_s, u""_s} << u"--answer-retention"_s;
        QTest::newRow("plain HTTP to the network")
            << QStringList{u"--listen"_s, u"0.0.0.0:0"_s} << u"--tls-cert"_s;
        QTest::newRow("proxy mode off loopback")
            << QStringList{u"--listen"_s, u"0.0.0.0:0"_s, u"--behind-proxy"_s} << u"--behind-proxy"_s;
    }
    void badValuesAreRefused() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QString database = m_dir.filePath(u"refused.sqlite"_s);
        const Run run = runServer(QStringList{u"--database"_s, u"sqlite:"_s + database} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        QVERIFY(!run.out.contains("listening"));
        QVERIFY(!QFile::exists(database)); // refused before anything was opened
    }

    void databasePasswordIsNeverPrinted() {
        const QString secret = u"S3cret-Pw-%1"_s.arg(QRandomGenerator::global()->generate());
        // Port 1 on loopback: the connection fails, and the message names the URL.
        Run run = runServer({u"--database"_s, u"postgresql://sk:"_s + secret + u"@127.0.0.1:1/sk"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("postgresql://sk:***@127.0.0.1:1/sk"), run.err.constData());
        QVERIFY(!run.err.contains(secret.toUtf8()) && !run.out.contains(secret.toUtf8()));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SITEKEEPER_DATABASE_PASSWORD"_s, secret);
        run = runServer(
            {u"--database"_s, u"postgresql://sk@127.0.0.1:1/sk?sslmode=require&password="_s + secret},
            environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());

        QVERIFY(writeFile(u"db-password"_s, secret.toUtf8() + "\n"));
        run = runServer({u"--database"_s, u"postgresql://sk@127.0.0.1:1/sk"_s, u"--database-password-file"_s,
                         m_dir.filePath(u"db-password"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());

        // Options that are not libpq's connection options are refused, not passed on.
        run = runServer({u"--database"_s, u"postgresql://sk@127.0.0.1:1/sk?options=-c%20x%3Dy"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("sslmode"), run.err.constData());
    }

    // libpq options in the URL reach the driver: sslmode=require against the test PostgreSQL
    // (which has no TLS) is refused by libpq, with the URL shown without its password.
    void postgresSslModeIsPassedOn() {
        const QString url = postgresUrl();
        if (url.isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("CI=true but SITEKEEPER_TEST_POSTGRES is not set: scripts/test.sh did not start "
                      "PostgreSQL");
            QSKIP("no PostgreSQL (scripts/test.sh starts one)");
        }
        Run run = runServer({u"--database"_s, url, u"tenant"_s, u"add"_s, u"plain"_s});
        QCOMPARE(run.exitCode, 0); // without sslmode it connects
        run = runServer({u"--database"_s, url + u"?sslmode=require"_s, u"tenant"_s, u"add"_s, u"tls"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("SSL"), run.err.constData());
    }

    // A certificate signed by an intermediate: a client that trusts only the root accepts the
    // server, because the server sends the intermediate too.
    void tlsSendsTheWholeChain() {
        QVERIFY(writeFile(u"ca.ext"_s, "basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n"));
        QVERIFY(writeFile(u"leaf.ext"_s, "subjectAltName=IP:127.0.0.1\n"));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                         u"root.key"_s, u"-out"_s, u"root.crt"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                         u"/CN=Sitekeeper Test Root"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"mid.key"_s,
                         u"-out"_s, u"mid.csr"_s, u"-subj"_s, u"/CN=Sitekeeper Test Intermediate"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"mid.csr"_s, u"-CA"_s, u"root.crt"_s, u"-CAkey"_s,
                         u"root.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"mid.crt"_s, u"-days"_s, u"30"_s,
                         u"-extfile"_s, u"ca.ext"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"leaf.key"_s,
                         u"-out"_s, u"leaf.csr"_s, u"-subj"_s, u"/CN=sitekeeper test"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"mid.crt"_s, u"-CAkey"_s,
                         u"mid.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"leaf.crt"_s, u"-days"_s, u"30"_s,
                         u"-extfile"_s, u"leaf.ext"_s}));
        QFile leaf(m_dir.filePath(u"leaf.crt"_s));
        QFile mid(m_dir.filePath(u"mid.crt"_s));
        QVERIFY(leaf.open(QIODevice::ReadOnly) && mid.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(u"chain.crt"_s, leaf.readAll() + mid.readAll()));

        ServerProcess server(
            u"sqlite:"_s + m_dir.filePath(u"tls.sqlite"_s),
            {u"--tls-cert"_s, m_dir.filePath(u"chain.crt"_s), u"--tls-key"_s, m_dir.filePath(u"leaf.key"_s)});
        QVERIFY(server.start());
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(u"root.crt"_s)));
        socket.setSslConfiguration(config);
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError>& e) { errors = e; });
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
        const bool encrypted = socket.waitForEncrypted(15'000);
        QVERIFY2(encrypted, errors.isEmpty() ? qPrintable(socket.errorString())
                                             : qPrintable(errors.constFirst().errorString()));
        qInfo("chain sent by the server: %lld certificates", qint64(socket.peerCertificateChain().size()));
        QVERIFY(socket.peerCertificateChain().size() >= 2);
        socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(10'000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    // Behind the proxy the forwarded address is the one wrong tokens are counted for; without
    // --behind-proxy a client cannot choose its address with a header.
    void forwardedAddressOnlyBehindTheProxy_data() {
        QTest::addColumn<bool>("behindProxy");
        QTest::newRow("behind proxy") << true;
        QTest::newRow("direct") << false;
    }
    void forwardedAddressOnlyBehindTheProxy() {
        QFETCH(bool, behindProxy);
        QStringList args{u"--auth-failures"_s, u"2"_s};
        if (behindProxy)
            args << u"--behind-proxy"_s;
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"proxy-%1.sqlite"_s.arg(behindProxy)), args);
        QVERIFY(server.start());
        auto wrong = [&](const QByteArray& from) {
            return http(m_network, "GET", endpoint(server, u"/v1/changes"_s), "skt_wrong", {},
                        {{"X-Forwarded-For", "198.51.100.1, " + from}})
                .status;
        };
        QCOMPARE(wrong("203.0.113.7"), 401);
        QCOMPARE(wrong("203.0.113.7"), 401);
        QCOMPARE(wrong("203.0.113.7"), 429);
        // Another address behind the proxy has its own count; directly, it is the same peer.
        QCOMPARE(wrong("203.0.113.8"), behindProxy ? 401 : 429);
    }

    void answersAreKeptForTheRetention() {
        const QString path = m_dir.filePath(u"retention.sqlite"_s);
        const QUuid opId = QUuid::createUuid();
        const QUuid id = QUuid::createUuid();
        QByteArray token;
        {
            ServerProcess server(u"sqlite:"_s + path);
            QVERIFY(server.start());
            token = server.addTenant(u"acme"_s);
            for (int delivery = 0; delivery < 2; ++delivery) {
                const HttpAnswer answer = http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token,
                                               upsert(opId, id, u"Kept"_s));
                QCOMPARE(answer.status, 200);
                // The second delivery is a replay: the same answer, not a conflict with itself.
                QCOMPARE(answer.body[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
            }
        }
        // With no retention the answer is gone at start: the same op now meets its own record.
        ServerProcess server(u"sqlite:"_s + path, {u"--answer-retention"_s, u"0"_s});
        QVERIFY(server.start());
        const HttpAnswer answer =
            http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token, upsert(opId, id, u"Kept"_s));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body[u"results"_s][0][u"status"_s].toString(), u"conflict"_s);
    }

    // A database failure answers 503 with a message for people; the SQL error stays in the log.
    void sqlErrorsStayInTheLog() {
        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        ServerProcess server(u"sqlite:"_s + path);
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"break"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TABLE history"_s));
        }
        QSqlDatabase::removeDatabase(u"break"_s);
        const HttpAnswer answer = http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token,
                                       upsert(QUuid::createUuid(), QUuid::createUuid(), u"Lost"_s));
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.body[u"error"_s][u"code"_s].toString(), u"unavailable"_s);
        QVERIFY(!answer.raw.contains("history"));
        QVERIFY(!answer.raw.toLower().contains("sql"));
        QVERIFY(!answer.raw.contains("no such table"));
    }

    // --stats prints its counters when the server is stopped.
    void statsAtExit() {
        QProcess process;
        process.start(serverPath(), {u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"stats.sqlite"_s),
                                     u"--listen"_s, u"127.0.0.1:0"_s, u"--stats"_s});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(15'000));
        QVERIFY(process.readAllStandardOutput().startsWith("listening on "));
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("stats: requests=0 queries="), err.constData());
    }

    void quotasAnswer413() {
        ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"quota.sqlite"_s),
                             {u"--quota-bytes"_s, u"2000"_s});
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        const HttpAnswer small = http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token,
                                      upsert(QUuid::createUuid(), QUuid::createUuid(), u"Small"_s));
        QCOMPARE(small.status, 200);
        const HttpAnswer large =
            http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token,
                 upsert(QUuid::createUuid(), QUuid::createUuid(), u"Large"_s, QString(3000, u'x')));
        QCOMPARE(large.status, 413);
        QCOMPARE(large.body[u"error"_s][u"code"_s].toString(), u"quota_exceeded"_s);
        QVERIFY(large.body[u"error"_s][u"message"_s].toString().contains(u"2000"_s));
        // Nothing of the refused batch was applied.
        QCOMPARE(serverState(m_network, server, token).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ServerOptions)
#include "tst_ServerOptions.moc"
