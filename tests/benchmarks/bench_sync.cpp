// Benchmark, not a test: push of 10,000 edits over loopback to the real sitekeeper-server, and an
// up-to-date sync (nothing to push, nothing new to pull). Prints the median of several runs.
//
//   bench_sync [--runs N] [--edits N] [--postgres URL]
//
// Each run uses a fresh workspace and a fresh server database (SQLite; PostgreSQL with --postgres,
// a database created per run).
#include "BackendClient.h"
#include "PartnerContact.h"
#include "Store.h"
#include "SyncEngine.h"
#include "Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
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
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print every sample as one JSON line")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    const QString postgres = parser.value(QStringLiteral("postgres"));
    QTextStream out(stdout);
    QTemporaryDir dir;

    QList<double> pushSeconds;
    QList<double> upToDateMs;
    for (int run = 0; run < runs; ++run) {
        const QString database = freshDatabase(postgres, dir, run);
        QProcess add;
        add.start(serverPath(), {QStringLiteral("--database"), database, QStringLiteral("tenant"),
                                 QStringLiteral("add"), QStringLiteral("bench")});
        add.waitForFinished();
        const QByteArray token = add.readAllStandardOutput().trimmed().split('\n').constLast();
        QProcess server;
        server.start(serverPath(),
                     {QStringLiteral("--database"), database, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
        server.waitForReadyRead(15'000);
        const QByteArray line = server.readLine().trimmed();
        const QString port = QString::fromLatin1(line.mid(line.lastIndexOf(':') + 1));

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
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:") + port);
        config.token = token;
        if (!client.configure(config))
            return 2;
        SyncEngine engine(store, client);
        QElapsedTimer clock;
        clock.start();
        if (!runEngine(engine, &SyncEngine::push) || engine.summary().applied != edits) {
            out << "push failed: " << engine.summary().error << '\n';
            return 1;
        }
        pushSeconds.append(double(clock.nsecsElapsed()) / 1e9);
        // The first sync pulls back the feed once (and skips every record it has); the next is the
        // steady state measured here.
        runEngine(engine, &SyncEngine::sync);
        clock.restart();
        if (!runEngine(engine, &SyncEngine::sync))
            return 1;
        upToDateMs.append(double(clock.nsecsElapsed()) / 1e6);
        out << "run " << run + 1 << ": push " << pushSeconds.constLast() << " s, up-to-date sync "
            << upToDateMs.constLast() << " ms" << Qt::endl;
        server.kill();
        server.waitForFinished();
    }
    out << "median push of " << edits << " edits: " << median(pushSeconds) << " s ("
        << qRound(edits / median(pushSeconds)) << " edits/s)\n"
        << "median up-to-date sync: " << median(upToDateMs) << " ms\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray push, upToDate;
        for (double value : std::as_const(pushSeconds))
            push.append(value);
        for (double value : std::as_const(upToDateMs))
            upToDate.append(value);
        const QJsonObject json{{QStringLiteral("edits"), edits},
                               {QStringLiteral("push_s"), push},
                               {QStringLiteral("uptodate_ms"), upToDate}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
