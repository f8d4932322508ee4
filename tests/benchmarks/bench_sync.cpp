// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: push of 10,000 edits over loopback to the real sitekeeper-server, and an
// up-to-date sync (nothing to push, nothing new to pull). Prints the median of several runs, and the
// CPU time each side spent in the push (steadier than the wall clock on a shared machine).
//
//   bench_sync [--runs N] [--edits N] [--postgres URL [--nginx]]
//   bench_sync --first-sync WORKSPACE --server-data DIR [--runs N]
//
// --first-sync: a new member's first pull of a whole tenant into an empty workspace. The tenant is
// the workspace WORKSPACE (e.g. the L demo) pushed once, with its whole outbox, to a server whose
// SQLite database is kept in DIR (seeded again when WORKSPACE changes; the seed is not the figure).
// Each run then times SyncEngine::pull() into a fresh, empty workspace, and, in the same run, the
// floor: the same pages read from the same server by the same client and parsed, not stored.
//
// Each run uses a fresh workspace and a fresh server database (SQLite; PostgreSQL with --postgres,
// a database created per run). With --nginx the push goes over TLS through real nginx, serving
// packaging/nginx/sitekeeper.conf, to two server instances on that database: the production
// deployment of packaging/README.md.
#include "BackendClient.h"
#include "NginxSupport.h"
#include "PartnerContact.h"
#include "Store.h"
#include "SyncEngine.h"
#include "Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace sitekeeper;

namespace {

QString serverPath() {
    return QStringLiteral(SITEKEEPER_BIN_DIR "/sitekeeper-server");
}

bool runEngine(SyncEngine& engine, void (SyncEngine::*operation)()) {
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    (engine.*operation)();
    if (engine.isRunning())
        loop.exec();
    return ok;
}

QString freshDatabase(const QString& postgres, const QTemporaryDir& dir, int run) {
    if (postgres.isEmpty())
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server-%1.sqlite").arg(run));
    const QString name = QStringLiteral("skbench_%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        const QUrl url(postgres);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            return {};
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + name);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QUrl url(postgres);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// CPU seconds (user + system) this process has used.
double ownCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds (user + system) the process `pid` has used, from /proc (Linux); 0 elsewhere. On a
// shared machine the wall clock depends on the other load; the CPU time of both sides does not.
double processCpuSeconds(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Server {
    std::unique_ptr<QProcess> process;
    quint16 port = 0;

    bool start(const QString& database) {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(serverPath(),
                       {QStringLiteral("--database"), database, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
        if (!process->waitForReadyRead(30'000))
            return false;
        const QByteArray line = process->readLine().trimmed();
        port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
        return port != 0;
    }
    void stop() {
        if (process) {
            process->kill();
            process->waitForFinished();
        }
    }
    ~Server() { stop(); }
};

BackendClient::Config localConfig(quint16 port, const QByteArray& token) {
    BackendClient::Config config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.token = token;
    config.timeout = std::chrono::milliseconds(120'000);
    return config;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data) == data.size();
}

// The change feed read page by page with `pageSize`, each page parsed into changes (what a pull
// gets before it stores anything); returns the number of changes, -1 on an error.
qint64 readWholeFeed(BackendClient& client, int pageSize) {
    qint64 changes = 0;
    QString since = QStringLiteral("0");
    for (;;) {
        QEventLoop loop;
        Result<protocol::ChangePage> got = Error{QString(), QString()};
        client.fetchChanges(since, pageSize, 0, [&](Result<protocol::ChangePage> page) {
            got = std::move(page);
            loop.quit();
        });
        loop.exec();
        if (!got)
            return -1;
        changes += got->changes.size();
        if (!got->more)
            return changes;
        since = got->next;
    }
}

// Pushes the whole outbox of (a copy of) `workspace` to a server on `database` once; the token and
// what was seeded are kept beside the database. Returns the token.
QByteArray seedTenant(const QString& workspace, const QString& dataDir, QTextStream& out) {
    const QString database = QDir(dataDir).filePath(QStringLiteral("server.sqlite"));
    const QString stampFile = QDir(dataDir).filePath(QStringLiteral("seeded"));
    const QByteArray source = readFile(QDir(workspace).filePath(QStringLiteral(".bench-stamp")));
    const QByteArray token = readFile(QDir(dataDir).filePath(QStringLiteral("token")));
    if (!token.isEmpty() && !source.isEmpty() && readFile(stampFile) == source && QFile::exists(database))
        return token;
    QDir(dataDir).removeRecursively();
    QDir().mkpath(dataDir);
    // A copy: the push marks the outbox sent and must not touch the generated workspace.
    const QString copy = QDir(dataDir).filePath(QStringLiteral("seed-workspace.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seedcopy"));
        db.setDatabaseName(QDir(workspace).filePath(QStringLiteral("workspace.sqlite")));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("VACUUM INTO '%1'").arg(copy))) {
            out << "cannot copy " << workspace << ": " << db.lastError().text() << Qt::endl;
            return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seedcopy"));
    QProcess add;
    add.start(serverPath(), {QStringLiteral("--database"), QStringLiteral("sqlite:") + database,
                             QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("bench")});
    add.waitForFinished();
    const QByteArray newToken = add.readAllStandardOutput().trimmed().split('\n').constLast();
    Server server;
    if (newToken.isEmpty() || !server.start(QStringLiteral("sqlite:") + database)) {
        out << "cannot start the server for the seed" << Qt::endl;
        return {};
    }
    auto opened = Store::open(copy);
    if (!opened) {
        out << "cannot open the copy: " << opened.error().message << Qt::endl;
        return {};
    }
    Store& store = *opened.value();
    const qint64 outbox = store.journal().count(JournalEntry::State::Pending);
    BackendClient client;
    if (!client.configure(localConfig(server.port, newToken)))
        return {};
    SyncEngine engine(store, client);
    engine.setBatchSize(1000);
    out << "seeding: pushing the " << outbox << " edits of " << workspace << " (once)" << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    if (!runEngine(engine, &SyncEngine::push) || engine.summary().applied != outbox) {
        out << "seed push failed: " << engine.summary().error << " (" << engine.summary().applied << " of "
            << outbox << ")" << Qt::endl;
        return {};
    }
    out << "seeded " << outbox << " records in " << double(clock.elapsed()) / 1000 << " s" << Qt::endl;
    opened.value().reset();
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    if (!writeFile(QDir(dataDir).filePath(QStringLiteral("token")), newToken) ||
        !writeFile(stampFile, source))
        return {};
    return newToken;
}

int firstSync(const QString& workspace, const QString& dataDir, int runs, bool json, QTextStream& out) {
    const QByteArray token = seedTenant(workspace, dataDir, out);
    if (token.isEmpty())
        return 2;
    Server server;
    if (!server.start(QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("server.sqlite")))) {
        out << "the server did not start" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    QList<double> pullSeconds;
    QList<double> floorSeconds;
    QList<double> clientCpu;
    QList<double> serverCpu;
    qint64 records = 0;
    constexpr int pageSize = 1000; // the engine's default and the server's most
    for (int run = 0; run < runs; ++run) {
        // The floor: the same client reading and parsing every page, storing nothing.
        {
            BackendClient client;
            if (!client.configure(localConfig(server.port, token)))
                return 2;
            QElapsedTimer clock;
            clock.start();
            records = readWholeFeed(client, pageSize);
            floorSeconds.append(double(clock.nsecsElapsed()) / 1e9);
            if (records <= 0) {
                out << "reading the feed failed" << Qt::endl;
                return 1;
            }
        }
        const QString path = dir.filePath(QStringLiteral("member-%1.sqlite").arg(run));
        auto opened = Store::open(path);
        if (!opened) {
            out << "cannot open a workspace\n";
            return 2;
        }
        Store& store = *opened.value();
        BackendClient client;
        if (!client.configure(localConfig(server.port, token)))
            return 2;
        SyncEngine engine(store, client);
        const double clientBefore = ownCpuSeconds();
        const double serverBefore = processCpuSeconds(server.process->processId());
        QElapsedTimer clock;
        clock.start();
        if (!runEngine(engine, &SyncEngine::pull) || engine.summary().pulled != records) {
            out << "pull failed: " << engine.summary().error << " (" << engine.summary().pulled << " of "
                << records << ")" << Qt::endl;
            return 1;
        }
        pullSeconds.append(double(clock.nsecsElapsed()) / 1e9);
        clientCpu.append(ownCpuSeconds() - clientBefore);
        serverCpu.append(processCpuSeconds(server.process->processId()) - serverBefore);
        out << "run " << run + 1 << ": first pull of " << records << " records " << pullSeconds.constLast()
            << " s (CPU: client " << clientCpu.constLast() << " s, server " << serverCpu.constLast()
            << " s); floor (read and parse every page) " << floorSeconds.constLast() << " s" << Qt::endl;
        opened.value().reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    out << "median first pull of " << records << " records: " << median(pullSeconds) << " s; floor "
        << median(floorSeconds) << " s\n";
    if (json) {
        auto array = [](const QList<double>& values) {
            QJsonArray list;
            for (double value : values)
                list.append(value);
            return list;
        };
        out << QJsonDocument(QJsonObject{{QStringLiteral("records"), records},
                                         {QStringLiteral("pull_s"), array(pullSeconds)},
                                         {QStringLiteral("floor_s"), array(floorSeconds)},
                                         {QStringLiteral("pull_cpu_client_s"), array(clientCpu)},
                                         {QStringLiteral("pull_cpu_server_s"), array(serverCpu)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs"), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("edits"), QStringLiteral("Edits"), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("postgres"), QStringLiteral("PostgreSQL URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Ops per batch (the client's default: 500)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("nginx"),
                      QStringLiteral("Through nginx (TLS) to two server instances; needs --postgres")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print every sample as one JSON line")});
    parser.addOption({QStringLiteral("first-sync"),
                      QStringLiteral("Time a first pull of the tenant made by pushing this workspace"),
                      QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("server-data"),
                      QStringLiteral("Where --first-sync keeps the seeded server database"),
                      QStringLiteral("DIR")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("first-sync"))) {
        QTextStream out(stdout);
        if (!parser.isSet(QStringLiteral("server-data"))) {
            out << "--first-sync needs --server-data DIR\n";
            return 2;
        }
        return firstSync(
            parser.value(QStringLiteral("first-sync")), parser.value(QStringLiteral("server-data")),
            parser.value(QStringLiteral("runs")).toInt(), parser.isSet(QStringLiteral("json")), out);
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    const QString postgres = parser.value(QStringLiteral("postgres"));
    const bool nginx = parser.isSet(QStringLiteral("nginx"));
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (nginx && (postgres.isEmpty() || !test::makeTestCertificates(dir.path()))) {
        out << "--nginx needs --postgres URL and openssl\n";
        return 2;
    }

    QList<double> pushSeconds;
    QList<double> upToDateMs;
    QList<double> clientCpu;
    QList<double> serverCpu;
    for (int run = 0; run < runs; ++run) {
        const QString database = freshDatabase(postgres, dir, run);
        QProcess add;
        add.start(serverPath(), {QStringLiteral("--database"), database, QStringLiteral("tenant"),
                                 QStringLiteral("add"), QStringLiteral("bench")});
        add.waitForFinished();
        const QByteArray token = add.readAllStandardOutput().trimmed().split('\n').constLast();
        // One instance, or two behind nginx.
        std::vector<std::unique_ptr<QProcess>> servers;
        QList<quint16> ports;
        for (int i = 0; i < (nginx ? 2 : 1); ++i) {
            auto& server = servers.emplace_back(std::make_unique<QProcess>());
            QStringList args{QStringLiteral("--database"),   database,
                             QStringLiteral("--listen"),     QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--rate-limit"), QStringLiteral("0")};
            if (nginx)
                args << QStringLiteral("--behind-proxy");
            server->start(serverPath(), args);
            server->waitForReadyRead(15'000);
            const QByteArray line = server->readLine().trimmed();
            ports.append(quint16(line.mid(line.lastIndexOf(':') + 1).toUInt()));
        }
        const QString front = dir.filePath(QStringLiteral("nginx-%1").arg(run));
        QDir().mkpath(front);
        test::NginxFront proxy(front);
        if (nginx) {
            for (const char* file : {"server.crt", "server.key"})
                QFile::copy(dir.filePath(QLatin1String(file)), QDir(front).filePath(QLatin1String(file)));
            if (!proxy.start(ports)) {
                out << "nginx did not start: " << proxy.error() << '\n';
                return 2;
            }
        }
        const auto serversCpu = [&servers] {
            double seconds = 0;
            for (const auto& server : servers)
                seconds += processCpuSeconds(server->processId());
            return seconds;
        };

        auto opened = Store::open(dir.filePath(QStringLiteral("ws-%1.sqlite").arg(run)));
        if (!opened) {
            out << "cannot open a workspace\n";
            return 2;
        }
        Store& store = *opened.value();
        {
            Transaction tx(store.database());
            for (int i = 0; i < edits; ++i) {
                PartnerContact contact;
                contact.id = QUuid::createUuid();
                contact.name = QStringLiteral("Contact %1").arg(i);
                contact.email = QStringLiteral("c%1@example.com").arg(i);
                if (!store.partnerContacts().create(contact))
                    return 2;
            }
            if (!tx.commit())
                return 2;
        }
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = nginx ? QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()))
                               : QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.constFirst()));
        config.token = token;
        if (nginx)
            config.caFile = dir.filePath(QStringLiteral("ca.crt"));
        if (!client.configure(config))
            return 2;
        SyncEngine engine(store, client);
        if (parser.isSet(QStringLiteral("batch")))
            engine.setBatchSize(parser.value(QStringLiteral("batch")).toInt());
        const double clientBefore = ownCpuSeconds();
        const double serverBefore = serversCpu();
        QElapsedTimer clock;
        clock.start();
        if (!runEngine(engine, &SyncEngine::push) || engine.summary().applied != edits) {
            out << "push failed: " << engine.summary().error << '\n';
            return 1;
        }
        pushSeconds.append(double(clock.nsecsElapsed()) / 1e9);
        clientCpu.append(ownCpuSeconds() - clientBefore);
        serverCpu.append(serversCpu() - serverBefore);
        // The first sync pulls back the feed once (and skips every record it has); the next is the
        // steady state measured here.
        runEngine(engine, &SyncEngine::sync);
        clock.restart();
        if (!runEngine(engine, &SyncEngine::sync))
            return 1;
        upToDateMs.append(double(clock.nsecsElapsed()) / 1e6);
        out << "run " << run + 1 << ": push " << pushSeconds.constLast() << " s (CPU: client "
            << clientCpu.constLast() << " s, server " << serverCpu.constLast() << " s), up-to-date sync "
            << upToDateMs.constLast() << " ms" << Qt::endl;
        proxy.stop();
        for (const auto& server : servers) {
            server->kill();
            server->waitForFinished();
        }
    }
    out << "median push of " << edits << " edits: " << median(pushSeconds) << " s ("
        << qRound(edits / median(pushSeconds)) << " edits/s)\n"
        << "median CPU of a push: client " << median(clientCpu) << " s, server " << median(serverCpu)
        << " s\n"
        << "median up-to-date sync: " << median(upToDateMs) << " ms\n";
    if (parser.isSet(QStringLiteral("json"))) {
        auto array = [](const QList<double>& values) {
            QJsonArray list;
            for (double value : values)
                list.append(value);
            return list;
        };
        const QJsonObject json{{QStringLiteral("edits"), edits},
                               {QStringLiteral("push_s"), array(pushSeconds)},
                               {QStringLiteral("push_cpu_client_s"), array(clientCpu)},
                               {QStringLiteral("push_cpu_server_s"), array(serverCpu)},
                               {QStringLiteral("uptodate_ms"), array(upToDateMs)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
