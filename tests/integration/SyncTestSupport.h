// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the sync integration tests (not a test itself): the real sitekeeper-server
// process on a free loopback port, over SQLite or the PostgreSQL server scripts/test.sh starts, and
// small synchronous HTTP calls for checking what the server holds.

#include "BackendClient.h"
#include "PartnerContact.h"
#include "Store.h"
#include "SyncEngine.h"
#include "TestOpenssl.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sitekeeper::test {

using namespace Qt::StringLiterals;

inline QString serverPath() {
    return QStringLiteral(SITEKEEPER_BIN_DIR "/sitekeeper-server");
}

// The PostgreSQL server of scripts/test.sh, e.g. postgresql://postgres@127.0.0.1:PORT/postgres.
inline QString postgresUrl() {
    return qEnvironmentVariable("SITEKEEPER_TEST_POSTGRES");
}

// Adds the "backend" column: sqlite always, postgresql when scripts/test.sh started one. Under CI a
// missing PostgreSQL is a failing row, never a silent skip.
inline void addBackendRows() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (!postgresUrl().isEmpty() || qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::newRow("postgresql") << u"postgresql"_s;
}

// A fresh server database: a SQLite file in `dir`, or a new database on the PostgreSQL server.
inline QString makeDatabase(const QString& backend, const QTemporaryDir& dir) {
    if (backend == QLatin1String("sqlite"))
        return u"sqlite:"_s + dir.filePath(u"server-%1.sqlite"_s.arg(QRandomGenerator::global()->generate()));
    const QString url = postgresUrl();
    if (url.isEmpty()) {
        qWarning("CI=true but SITEKEEPER_TEST_POSTGRES is not set: scripts/test.sh did not start PostgreSQL");
        return {};
    }
    const QString name = u"sk_%1"_s.arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        const QUrl parsed(url);
        admin.setHostName(parsed.host());
        admin.setPort(parsed.port(5432));
        admin.setUserName(parsed.userName());
        admin.setPassword(parsed.password());
        admin.setDatabaseName(parsed.path().mid(1));
        if (!admin.open()) {
            qWarning("cannot connect to %s: %s", qPrintable(url), qPrintable(admin.lastError().text()));
            return {};
        }
        QSqlQuery query(admin);
        if (!query.exec(u"CREATE DATABASE "_s + name)) {
            qWarning("cannot create a database: %s", qPrintable(query.lastError().text()));
            return {};
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    QUrl parsed(url);
    parsed.setPath(u"/"_s + name);
    return parsed.toString();
}

// A connection `name` straight to a server database of makeDatabase (tests that shape its tables
// as an older version made them); the caller opens it, and removes it when done.
inline QSqlDatabase directDatabase(const QString& backend, const QString& database, const QString& name) {
    QSqlDatabase db =
        QSqlDatabase::addDatabase(backend == QLatin1String("sqlite") ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (backend == QLatin1String("sqlite")) {
        db.setDatabaseName(database.mid(7));
        return db;
    }
    const QUrl url(database);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

// One sitekeeper-server process. start() listens on 127.0.0.1 port 0 and reads the port it prints.
class ServerProcess {
public:
    explicit ServerProcess(QString database, QStringList extraArgs = {})
        : m_database(std::move(database))
        , m_extra(std::move(extraArgs)) {}
    ~ServerProcess() { kill(); }

    bool start(const QString& listen = u"127.0.0.1:0"_s) {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
        // A test that crashes takes its servers with it.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        QStringList args{u"--database"_s, m_database, u"--listen"_s, listen};
        // CTest names a folder per test: every answer the server gives is kept there, and
        // tst_ApiContract checks them all against docs/api/openapi.yaml.
        if (const QString replies = qEnvironmentVariable("SITEKEEPER_RECORD_REPLIES"); !replies.isEmpty()) {
            QDir().mkpath(replies);
            args << u"--record-replies"_s << replies;
        }
        m_process->start(serverPath(), args + m_extra);
        if (!m_process->waitForStarted(10'000))
            return false;
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process->waitForReadyRead(15'000)) {
                qWarning("server did not start: %s", m_process->readAllStandardError().constData());
                return false;
            }
            out += m_process->readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on "))
            return false;
        m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
        return m_port != 0;
    }
    void kill() {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no chance to finish anything
            m_process->waitForFinished(10'000);
        }
        m_process.reset();
    }
    qint64 pid() const {
        return m_process ? m_process->processId() : 0;
    }
    // Everything the server printed so far (its log).
    QByteArray logs() {
        if (m_process)
            m_logs += m_process->readAllStandardOutput() + m_process->readAllStandardError();
        return m_logs;
    }
    quint16 port() const {
        return m_port;
    }
    QUrl url(const QString& scheme = u"http"_s) const {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_port);
        return url;
    }
    const QString& database() const {
        return m_database;
    }

    // `tenant add NAME` on the same database: the token alone on the last line.
    QByteArray addTenant(const QString& name) const {
        QProcess process;
        process.start(serverPath(), {u"--database"_s, m_database, u"tenant"_s, u"add"_s, name});
        if (!process.waitForFinished(30'000) || process.exitCode() != 0)
            return {};
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return lines.constLast().trimmed();
    }

    // One management command of sitekeeper-server on the same database (`member list ...`).
    struct Command {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Command command(const QStringList& args) const {
        QProcess process;
        process.start(serverPath(), QStringList{u"--database"_s, m_database} + args);
        Command result;
        if (!process.waitForFinished(30'000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    // `member add`: the new member's token (empty when it failed).
    QByteArray addMember(const QString& tenant, const QString& name, const QString& email,
                         const QString& role, const QStringList& extra = {}) const {
        const Command run = command(QStringList{u"member"_s, u"add"_s, u"--tenant"_s, tenant, u"--name"_s,
                                                name, u"--email"_s, email, u"--role"_s, role} +
                                    extra);
        return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
    }
    // `member rotate`: the member's new token (empty when it failed).
    QByteArray rotateMember(const QString& tenant, const QString& email) const {
        const Command run = command({u"member"_s, u"rotate"_s, u"--tenant"_s, tenant, u"--email"_s, email});
        return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
    }

private:
    QString m_database;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_logs;
};

struct HttpAnswer {
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QMap<QByteArray, QByteArray> headers;
};

// Waits for `reply` (tests only: the wait runs the event loop) and takes what it brought.
inline HttpAnswer collect(QNetworkReply* reply) {
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60'000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    answer.error = reply->error();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

// One blocking request.
inline HttpAnswer http(QNetworkAccessManager& network, const QByteArray& verb, const QUrl& url,
                       const QByteArray& token, const QByteArray& body = {},
                       const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30'000);
    return collect(network.sendCustomRequest(request, verb, body));
}

inline QUrl endpoint(const ServerProcess& server, const QString& path) {
    QUrl url = server.url();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

// Every record the tenant has on the server, by "entity/id", through the change feed.
inline QMap<QString, protocol::Change> serverState(QNetworkAccessManager& network,
                                                   const ServerProcess& server, const QByteArray& token) {
    QMap<QString, protocol::Change> state;
    QString since = u"0"_s;
    for (;;) {
        const HttpAnswer answer =
            http(network, "GET", endpoint(server, u"/v1/changes?limit=1000&since="_s + since), token);
        auto page = protocol::ChangePage::fromJson(answer.body);
        if (answer.status != 200 || !page)
            return {};
        for (const protocol::Change& change : page->changes)
            state.insert(change.entity + u"/"_s + change.id.toString(QUuid::WithoutBraces), change);
        since = page->next;
        if (!page->more)
            return state;
    }
}

inline BackendClient::Config clientConfig(const ServerProcess& server, const QByteArray& token) {
    BackendClient::Config config;
    config.baseUrl = server.url();
    config.token = token;
    config.timeout = std::chrono::milliseconds(10'000);
    config.backoff = Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200), 3);
    return config;
}

// Runs one engine operation to its end; returns whether it succeeded.
inline bool runEngine(SyncEngine& engine, void (SyncEngine::*operation)(), int timeoutMs = 120'000) {
    QSignalSpy finished(&engine, &SyncEngine::finished);
    (engine.*operation)();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return finished.constFirst().constFirst().toBool();
}

// One op as POST /v1/batch carries it, and a batch body of such ops.
inline QJsonObject wireOp(const QUuid& opId, const QString& entity, const QUuid& id, const QString& action,
                          qint64 base, const QJsonObject& fields) {
    return QJsonObject{{u"op_id"_s, opId.toString(QUuid::WithoutBraces)},
                       {u"entity"_s, entity},
                       {u"id"_s, id.toString(QUuid::WithoutBraces)},
                       {u"action"_s, action},
                       {u"base_revision"_s, base},
                       {u"fields"_s, fields}};
}

inline QByteArray wireBatch(const QJsonArray& ops) {
    return QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact);
}

inline PartnerContact contact(const QString& name) {
    PartnerContact c;
    c.id = QUuid::createUuid();
    c.name = name;
    c.email = u"someone@example.com"_s;
    return c;
}

// A workspace store with a client and an engine on one backend.
struct Desk {
    std::unique_ptr<Store> store;
    BackendClient client;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString& path, const BackendClient::Config& config) {
        auto opened = Store::open(path);
        if (!opened)
            return false;
        store = std::move(opened).value();
        if (!client.configure(config))
            return false;
        engine = std::make_unique<SyncEngine>(*store, client);
        return true;
    }
    bool open(const QString& path, const ServerProcess& server, const QByteArray& token) {
        return open(path, clientConfig(server, token));
    }
    bool sync() { return runEngine(*engine, &SyncEngine::sync, 600'000); }
    int pending() { return store->journal().count(JournalEntry::State::Pending); }
};

// The edits of the push-and-pull cases: 60 new contacts, every second one edited again, the last
// one deleted (60 + 30 + 1 ops; 59 records remain). Returns the contacts as edited.
inline QList<PartnerContact> seedContacts(Store& store) {
    QList<PartnerContact> contacts;
    for (int i = 0; i < 60; ++i) {
        contacts.append(contact(u"c%1"_s.arg(i)));
        if (!store.partnerContacts().create(contacts.constLast()))
            return {};
    }
    for (int i = 0; i < 60; i += 2) {
        contacts[i].name += u" edited"_s;
        if (!store.partnerContacts().update(contacts.at(i)))
            return {};
    }
    if (!store.partnerContacts().remove(contacts.at(59).id))
        return {};
    return contacts;
}

// An edit an older desktop let through (its checks were weaker than the backend's): `value` stored
// in `field` of the record `id` and queued for the backend, which refuses it.
inline bool queueUncheckedEdit(Store& store, const QString& entity, const QUuid& id, const QString& field,
                               const QJsonValue& value) {
    RepositoryBase* repository = SyncEngine::repositoryFor(store, entity);
    auto json = repository ? repository->json(id) : Result<QJsonObject>(Error{});
    auto state = repository ? repository->state(id) : Result<RecordState>(Error{});
    if (!json || !state)
        return false;
    QJsonObject record = json.value();
    record.insert(field, value);
    if (!repository->applyRemote(record, state->serverRevision, false))
        return false;
    JournalEntry entry;
    entry.entity = entity;
    entry.entityId = id;
    entry.action = JournalEntry::Action::Patch;
    entry.fields = QJsonObject{{field, value}};
    entry.baseRevision = state->serverRevision;
    return store.journal().append(entry).ok();
}

} // namespace sitekeeper::test
