// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialTestSupport.h"
#include "Sealing.h"
#include "TeamTestSupport.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unordered_set>

using namespace Qt::StringLiterals;
using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

// Every byte between the desks and the server, both ways: the test looks for secrets in it. It runs
// on a thread of its own, because the test blocks its own thread while a desk's CLI runs.
class RecordingProxy : public QObject {
    Q_OBJECT

public:
    RecordingProxy(quint16 target)
        : m_target(target) {}

    quint16 start() {
        moveToThread(&m_thread);
        m_thread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            this,
            [this, &port] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &RecordingProxy::accept);
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        return port;
    }
    void stop() {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QByteArray seen() {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    void accept() {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto forward = [this](QTcpSocket* from, QTcpSocket* to) {
                const QByteArray bytes = from->readAll();
                {
                    QMutexLocker lock(&m_mutex);
                    m_seen += bytes;
                }
                to->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, upstream, [=] { forward(client, upstream); });
            connect(upstream, &QTcpSocket::connected, upstream, [=] { forward(client, upstream); });
            connect(upstream, &QTcpSocket::readyRead, client, [=] { forward(upstream, client); });
            connect(upstream, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    quint16 m_target;
    QThread m_thread;
    QTcpServer* m_server = nullptr;
    QMutex m_mutex;
    QByteArray m_seen;
};

// A second person's desktop session: its own D-Bus session bus with its own gnome-keyring, so that
// the two members' secrets live in two keyrings as on two machines.
struct PrivateKeyring {
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qint64 busPid = 0;

    bool start() {
        for (const char* sub : {"home/.local/share", "home/.config", "run"})
            QDir().mkpath(dir.filePath(QString::fromLatin1(sub)));
        QFile(dir.filePath(u"run"_s))
            .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcess bus;
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--fork"_s, u"--nopidfile"_s, u"--print-address=1"_s,
                                     u"--print-pid=1"_s});
        if (!bus.waitForFinished(10'000) || bus.exitCode() != 0)
            return false;
        const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
        if (lines.size() < 2)
            return false;
        busPid = lines.at(1).trimmed().toLongLong();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(lines.at(0).trimmed()));
        environment.insert(u"HOME"_s, dir.filePath(u"home"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"home/.local/share"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"home/.config"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"run"_s));
        // As scripts/test.sh does: a throw-away password makes and unlocks a login keyring.
        for (const QStringList& args : {QStringList{u"--unlock"_s, u"--components=secrets"_s},
                                        QStringList{u"--start"_s, u"--components=secrets"_s}}) {
            QProcess keyring;
            keyring.setProcessEnvironment(environment);
            keyring.start(u"gnome-keyring-daemon"_s, args);
            if (args.constFirst() == QLatin1String("--unlock"))
                keyring.write("sitekeeper-test-b");
            keyring.closeWriteChannel();
            if (!keyring.waitForFinished(20'000) || keyring.exitCode() != 0)
                return false;
        }
        // The Secret Service answers on the new bus: a throw-away item is stored and read back.
        QProcess store;
        store.setProcessEnvironment(environment);
        store.start(u"secret-tool"_s,
                    {u"store"_s, u"--label=sitekeeper probe"_s, u"sitekeeper-probe"_s, u"b"_s});
        store.write("probe");
        store.closeWriteChannel();
        QProcess lookup;
        lookup.setProcessEnvironment(environment);
        if (!store.waitForFinished(20'000) || store.exitCode() != 0)
            return false;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"sitekeeper-probe"_s, u"b"_s});
        return lookup.waitForFinished(20'000) && lookup.readAllStandardOutput() == "probe";
    }
    // gnome-keyring leaves with its session bus.
    ~PrivateKeyring() {
        if (busPid > 0)
            ::kill(pid_t(busPid), SIGTERM);
    }
};

// The canary secrets, as they are and as a leak would likely carry them (tst_SecretCanary's
// encodings), found in one pass over a haystack: 8-byte windows against the needles' heads.
class Needles {
public:
    void add(const QByteArray& secret) {
        const QByteArrayList forms = canaryEncodings(secret);
        for (const QByteArray& form : forms) {
            m_heads.insert(head(form.constData()));
            m_forms.append(form);
        }
    }
    // The first needle found in `haystack`, or empty.
    QByteArray findIn(const QByteArray& haystack) const {
        for (qsizetype i = 0; i + 8 <= haystack.size(); ++i) {
            if (!m_heads.count(head(haystack.constData() + i)))
                continue;
            for (const QByteArray& form : m_forms) {
                if (QByteArrayView(haystack).sliced(i).startsWith(form))
                    return form;
            }
        }
        return {};
    }

private:
    static quint64 head(const char* bytes) {
        quint64 value = 0;
        memcpy(&value, bytes, 8);
        return value;
    }
    std::unordered_set<quint64> m_heads;
    QByteArrayList m_forms;
};

QByteArray canary(int n) {
    static const QByteArray chars =
        "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-./:;=?@_~";
    auto* random = QRandomGenerator::system();
    QByteArray secret = "cn" + QByteArray::number(n) + '-';
    while (secret.size() < 24)
        secret += chars.at(random->bounded(int(chars.size())));
    if (n % 10 == 3)
        secret += "\xc3\xa9t\xc3\xa9"; // non-ASCII, as people's passwords have
    return secret;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, concatenated (databases, WAL, logs, recorded replies).
QByteArray folderBytes(const QString& folder) {
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += fileBytes(it.next());
    return all;
}

} // namespace

// Credentials shared end to end (issue 17), with the real server, the real CLI and two members'
// desks, each with a keyring of its own: A shares 200 canary secrets with the team, B receives and
// reads each; nothing on the way or at rest on the server holds one in the clear. A changed box is
// refused on pull with the stored secret kept; the service opens what it was given and the partner
// sees the access; a revoked member loses every sealed copy and SK606 names what they could read;
// pulled data never chooses a keychain entry.
class tst_SharedCredentials : public QObject {
    Q_OBJECT

    static constexpr int count = 200;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RecordingProxy> m_proxy;
    PrivateKeyring m_keyringB;
    QString m_database;
    QString m_serviceKey;
    QString m_wsA;
    QString m_wsB;
    QByteArray m_tokenA;
    QByteArray m_tokenB;
    QString m_memberB; // B's member id, as the sealed copies name it
    QUrl m_url;        // through the proxy
    QList<QByteArray> m_canaries;
    QByteArray m_printed; // what the desks printed, except `credential get`

    CliRun runA(const QStringList& args, const QByteArray& input = {}) {
        const CliRun run = runCli(m_wsA, args, input, 120'000);
        if (args.value(1) != QLatin1String("get"))
            m_printed += run.out + run.err;
        return run;
    }
    CliRun runB(const QStringList& args, const QByteArray& input = {}) {
        const CliRun run = runCliWithEnvironment(m_wsB, args, m_keyringB.environment, input);
        if (args.value(1) != QLatin1String("get"))
            m_printed += run.out + run.err;
        return run;
    }
    static QStringList locate(int n) {
        return {u"--site"_s, u"Site 1"_s, u"--label"_s, u"Canary %1"_s.arg(n)};
    }
    ServerProcess::Command serverCommand(const QStringList& args) { return m_server->command(args); }

    // The body of a credential on the server, read from its database.
    QJsonObject serverBody(const QString& label) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_database.mid(7));
        QJsonObject found;
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT body FROM records WHERE entity = 'credential'"_s);
            while (query.next()) {
                const QJsonObject body = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                if (body.value(u"label"_s).toString() == label)
                    found = body;
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"peek"_s);
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyringB.start(), "a second D-Bus session with its own gnome-keyring did not start");
        m_database = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
        m_serviceKey = m_dir.filePath(u"service-key"_s);
        m_server = std::make_unique<ServerProcess>(m_database, QStringList{u"--service-key"_s, m_serviceKey});
        const auto made = serverCommand({u"service-key"_s, u"init"_s, u"--service-key"_s, m_serviceKey});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QCOMPARE(QFile(m_serviceKey).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(m_server->start());
        m_proxy = std::make_unique<RecordingProxy>(m_server->port());
        const quint16 port = m_proxy->start();
        QVERIFY(port != 0);
        m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));

        m_tokenA = serverCommand({u"tenant"_s, u"add"_s, u"acme"_s, u"--admin-name"_s, u"Ana Admin"_s,
                                  u"--admin-email"_s, u"ana@example.com"_s})
                       .out.trimmed();
        m_tokenB = m_server->addMember(u"acme"_s, u"Ben Editor"_s, u"ben@example.com"_s, u"editor"_s);
        QVERIFY(m_tokenA.startsWith("skt_") && m_tokenB.startsWith("skt_"));

        m_wsA = m_dir.filePath(u"desk-a"_s);
        m_wsB = m_dir.filePath(u"desk-b"_s);
        QVERIFY_CLI(runA({u"init"_s}), 0);
        QVERIFY_CLI(runB({u"init"_s}), 0);
        QVERIFY_CLI(
            runA({u"backend"_s, u"login"_s, u"--url"_s, m_url.toString(), u"--token-stdin"_s}, m_tokenA), 0);
        QVERIFY_CLI(
            runB({u"backend"_s, u"login"_s, u"--url"_s, m_url.toString(), u"--token-stdin"_s}, m_tokenB), 0);
        QVERIFY_CLI(runA({u"site"_s, u"add"_s, u"Site 1"_s}), 0);
        // Each desk makes its key and registers it; then A knows B's key.
        QVERIFY_CLI(runA({u"sync"_s}), 0);
        QVERIFY_CLI(runB({u"sync"_s}), 0);
        QVERIFY_CLI(runA({u"sync"_s}), 0);
        const CliRun whoA = runA({u"backend"_s, u"whoami"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(whoA, 0);
        QCOMPARE(QJsonDocument::fromJson(whoA.out).object().value(u"key_fingerprint"_s).toString().size(),
                 49);
        const CliRun whoB = runB({u"backend"_s, u"whoami"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(whoB, 0);
        m_memberB = QJsonDocument::fromJson(whoB.out)
                        .object()
                        .value(u"member"_s)
                        .toObject()
                        .value(u"id"_s)
                        .toString();
        QVERIFY(!QUuid::fromString(m_memberB).isNull());
    }

    void teamReadsEverySharedSecret() {
        for (int n = 0; n < count; ++n) {
            m_canaries.append(canary(n));
            QVERIFY_CLI(runA(QStringList{u"credential"_s, u"set"_s} + locate(n) +
                                 QStringList{u"--kind"_s, u"local_admin"_s, u"--username"_s,
                                             u"admin%1"_s.arg(n), u"--secret-stdin"_s},
                             m_canaries.constLast()),
                        0);
        }
        QVERIFY_CLI(runA({u"sync"_s}), 0);
        const CliRun pulled = runB({u"pull"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(pulled, 0);
        QCOMPARE(QJsonDocument::fromJson(pulled.out).object().value(u"received_secrets"_s).toInt(), count);
        for (int n = 0; n < count; ++n) {
            const CliRun read = runB(QStringList{u"credential"_s, u"get"_s} + locate(n));
            QVERIFY_CLI(read, 0);
            QCOMPARE(read.out, m_canaries.at(n));
        }
        // The server holds a box for A, B and nobody else, and knows who could read it.
        const QJsonObject body = serverBody(u"Canary 7"_s);
        QCOMPARE(body.value(u"sealed"_s).toObject().size(), 2);
        QCOMPARE(body.value(u"readers"_s).toArray().size(), 2);
        QCOMPARE(body.value(u"shared_with"_s).toArray(), QJsonArray{u"team"_s});
    }

    void changedCiphertextIsRefusedAndTheStoredSecretKept() {
        // The server's copy for B is changed in place, as a broken or hostile server would.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_database.mid(7));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA busy_timeout = 5000"_s));
            QVERIFY(query.exec(u"SELECT id, body FROM records WHERE entity = 'credential'"_s));
            QString id;
            QJsonObject body;
            while (query.next()) {
                body = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
                if (body.value(u"label"_s).toString() == QLatin1String("Canary 0")) {
                    id = query.value(0).toString();
                    break;
                }
            }
            QVERIFY(!id.isEmpty());
            // One byte in the middle of B's box flipped: it no longer authenticates.
            QJsonObject sealed = body.value(u"sealed"_s).toObject();
            QVERIFY(sealed.contains(m_memberB));
            QByteArray bytes = QByteArray::fromBase64(sealed.value(m_memberB).toString().toLatin1());
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
            sealed.insert(m_memberB, QString::fromLatin1(bytes.toBase64()));
            body.insert(u"sealed"_s, sealed);
            QVERIFY(db.transaction());
            QVERIFY(query.exec(u"UPDATE tenants SET change_seq = change_seq + 1"_s));
            QSqlQuery update(db);
            update.prepare(u"UPDATE records SET body = ?, revision = revision + 1, change_seq = (SELECT "
                           "change_seq FROM tenants WHERE tenants.id = records.tenant) WHERE id = ?"_s);
            update.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
            update.addBindValue(id);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            QVERIFY(db.commit());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"tamper"_s);

        const CliRun pulled = runB({u"pull"_s});
        QVERIFY_CLI(pulled, 1);
        QVERIFY2(pulled.err.contains("failed its authenticity check"), describe(pulled).constData());
        QVERIFY2(pulled.err.contains("Canary 0"), describe(pulled).constData());
        const CliRun kept = runB(QStringList{u"credential"_s, u"get"_s} + locate(0));
        QVERIFY_CLI(kept, 0);
        QCOMPARE(kept.out, m_canaries.at(0));
    }

    void serviceOpensOnlyWhatItWasGiven() {
        QVERIFY_CLI(runA(QStringList{u"credential"_s, u"share"_s} + locate(1) +
                         QStringList{u"--with"_s, u"service"_s}),
                    0);
        QVERIFY_CLI(runA({u"push"_s}), 0);
        const auto opened =
            serverCommand({u"credential"_s, u"open"_s, u"--service-key"_s, m_serviceKey, u"--tenant"_s,
                           u"acme"_s, u"--site"_s, u"Site 1"_s, u"--label"_s, u"Canary 1"_s, u"--as"_s,
                           u"Tom Technician"_s, u"--reason"_s, u"ticket 4711"_s});
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QCOMPARE(opened.out.trimmed(), m_canaries.at(1));

        const auto refused = serverCommand({u"credential"_s, u"open"_s, u"--service-key"_s, m_serviceKey,
                                            u"--tenant"_s, u"acme"_s, u"--site"_s, u"Site 1"_s, u"--label"_s,
                                            u"Canary 2"_s, u"--as"_s, u"Tom Technician"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not shared with the service"), refused.err.constData());
        QVERIFY(!refused.out.contains(m_canaries.at(2)));

        const CliRun access = runA(QStringList{u"credential"_s, u"access"_s} + locate(1) +
                                   QStringList{u"--format"_s, u"json"_s});
        QVERIFY_CLI(access, 0);
        const QJsonArray entries = QJsonDocument::fromJson(access.out).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"who"_s).toString(), u"Tom Technician"_s);
        QCOMPARE(entries.at(0).toObject().value(u"reason"_s).toString(), u"ticket 4711"_s);
        const CliRun none = runA(QStringList{u"credential"_s, u"access"_s} + locate(2) +
                                 QStringList{u"--format"_s, u"json"_s});
        QVERIFY_CLI(none, 0);
        QVERIFY(QJsonDocument::fromJson(none.out).object().value(u"entries"_s).toArray().isEmpty());
    }

    void noCanaryOnTheWireOrOnTheServer() {
        Needles needles;
        for (const QByteArray& secret : std::as_const(m_canaries))
            needles.add(secret);
        const QByteArray wire = m_proxy->seen();
        QVERIFY2(wire.size() > count * 200, "the proxy saw less than the shared secrets' traffic");
        QVERIFY2(wire.contains("\"sealed\""), "the sealed copies did not travel through the proxy");
        QVERIFY2(needles.findIn(wire).isEmpty(), "a canary crossed the wire readable");
        // The server's database with its WAL.
        QByteArray server;
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            server += fileBytes(m_database.mid(7) + suffix);
        QVERIFY(server.size() > 0);
        QVERIFY2(needles.findIn(server).isEmpty(), "a canary is readable in the server's database or WAL");
        QVERIFY2(needles.findIn(m_server->logs()).isEmpty(), "a canary is in the server's log");
        if (const QString replies = qEnvironmentVariable("SITEKEEPER_RECORD_REPLIES"); !replies.isEmpty())
            QVERIFY2(needles.findIn(folderBytes(replies)).isEmpty(), "a canary is in a recorded reply");
        // Both desks keep ciphertext only in their databases; secrets are in their keychains.
        QVERIFY2(needles.findIn(folderBytes(m_wsA)).isEmpty(), "a canary is in desk A's workspace folder");
        QVERIFY2(needles.findIn(folderBytes(m_wsB)).isEmpty(), "a canary is in desk B's workspace folder");
        QVERIFY2(needles.findIn(m_printed).isEmpty(), "a desk printed a canary outside `credential get`");
    }

    void revokedMemberLosesEverySealedCopy() {
        const auto revoked = serverCommand(
            {u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s, u"ben@example.com"_s});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        // The server deleted B's copies: none of the 200 has a box for B any more.
        const QJsonObject body = serverBody(u"Canary 9"_s);
        QCOMPARE(body.value(u"sealed"_s).toObject().size(), 1);
        QCOMPARE(body.value(u"readers"_s).toArray().size(), 2);

        // A learns who left; SK606 names every credential B could read.
        QVERIFY_CLI(runA({u"sync"_s}), 0);
        const CliRun check = runA({u"check"_s, u"--format"_s, u"json"_s});
        int leaverFindings = 0;
        for (const QJsonValue& finding :
             QJsonDocument::fromJson(check.out).object().value(u"findings"_s).toArray()) {
            if (finding.toObject().value(u"rule"_s).toString() == QLatin1String("SK606")) {
                ++leaverFindings;
                QVERIFY(finding.toObject().value(u"message"_s).toString().contains(u"Ben Editor"_s));
            }
        }
        QCOMPARE(leaverFindings, count);

        // B's token is refused: nothing more comes to B.
        const CliRun refused = runB({u"pull"_s});
        QCOMPARE(refused.exitCode, 2);
        // Even re-admitted with a new token, B finds no copy for itself; what it received goes.
        const QByteArray again = m_server->rotateMember(u"acme"_s, u"ben@example.com"_s);
        QVERIFY(again.startsWith("skt_"));
        QVERIFY_CLI(runB({u"backend"_s, u"login"_s, u"--url"_s, m_url.toString(), u"--token-stdin"_s}, again),
                    0);
        QVERIFY_CLI(runB({u"pull"_s}), 0);
        for (int n = 0; n < count; ++n) {
            const CliRun read = runB(QStringList{u"credential"_s, u"get"_s} + locate(n));
            QVERIFY2(read.exitCode == 2 && read.out.isEmpty(), describe(read).constData());
        }
    }

    void pulledKeychainRefNeverChoosesTheEntry() {
        // Desk A holds "Canary 5"; another tenant's desk C gets a record with the same id whose
        // keychain_ref names A's entry. C must neither print nor delete A's secret.
        const CliRun listed = runA({u"credential"_s, u"list"_s, u"--format"_s, u"json"_s});
        QString id;
        QString ref;
        for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
            if (value.toObject().value(u"label"_s).toString() == QLatin1String("Canary 5")) {
                id = value.toObject().value(u"id"_s).toString();
                ref = value.toObject().value(u"keychain_ref"_s).toString();
            }
        }
        QVERIFY(!id.isEmpty() && ref.endsWith(id));
        const QByteArray tokenC = m_server->addTenant(u"other"_s);
        QVERIFY(tokenC.startsWith("skt_"));
        QNetworkAccessManager network;
        const QUuid site = QUuid::createUuid();
        QJsonObject siteFields{{u"name"_s, u"Site 1"_s}};
        QVERIFY(seed(network, *m_server, tokenC, u"site"_s, site, siteFields) > 0);
        CredentialRecord crafted;
        crafted.siteId = site;
        crafted.label = u"Canary 5"_s;
        crafted.kind = CredentialKind::LocalAdmin;
        crafted.keychainRef = ref; // A's entry, chosen by the hostile feed
        QJsonObject fields = crafted.toJson();
        fields.remove(u"id"_s);
        QVERIFY(seed(network, *m_server, tokenC, u"credential"_s, QUuid::fromString(id), fields) > 0);

        const QString wsC = m_dir.filePath(u"desk-c"_s);
        QVERIFY_CLI(runCli(wsC, {u"init"_s}), 0);
        QVERIFY_CLI(
            runCli(wsC,
                   {u"backend"_s, u"login"_s, u"--url"_s, m_server->url().toString(), u"--token-stdin"_s},
                   tokenC),
            0);
        QVERIFY_CLI(runCli(wsC, {u"pull"_s}), 0);
        const CliRun leaked = runCli(wsC, QStringList{u"credential"_s, u"get"_s} + locate(5));
        QCOMPARE(leaked.exitCode, 2);
        QVERIFY(!leaked.out.contains(m_canaries.at(5)));
        QVERIFY_CLI(runCli(wsC, QStringList{u"credential"_s, u"rm"_s} + locate(5)), 0);
        const CliRun still = runA(QStringList{u"credential"_s, u"get"_s} + locate(5));
        QVERIFY_CLI(still, 0);
        QCOMPARE(still.out, m_canaries.at(5));
    }

    void cleanupTestCase() {
        if (m_proxy)
            m_proxy->stop();
    }
};

QTEST_GUILESS_MAIN(tst_SharedCredentials)
#include "tst_SharedCredentials.moc"
