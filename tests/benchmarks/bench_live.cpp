// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: how soon one desk's edit reaches another desk, with 20 desks connected to
// one real sitekeeper-server on loopback. Desk A edits one record and pushes it, 200 times, one edit
// at a time; for each edit the time from the start of A's push to the moment desk B's workspace
// holds the new value is recorded; the other 18 desks stay connected and receive every change too
// (the load on the server). Prints p50 and p99.
//
//   bench_live [--mode live|polling] [--desks N] [--edits N] [--poll-ms MS] [--json]
//
// How B learns of a change:
// - live (the default): every desk is a real workspace (Workspace, SyncSession) with the console's
//   LiveSync running: one long-poll `GET /v1/changes?wait=25` open per desk, a sync when the feed
//   moved. A's LiveSync pushes its edit at once (push delay 0 here; the console waits 500 ms for a
//   burst of edits to end). The clock runs from A's save to B's LiveSync having synced it.
// - polling: no live channel; every desk but A pulls (SyncEngine::pull, one change-feed request
//   when nothing is new) every --poll-ms (default 1000, each desk at its own phase), the fallback.
// When a desk has the record, its store is what the console's screens are read from ("B's
// screen" is one list refresh after this; the GUI test of the live work covers that part).
#include "BackendClient.h"
#include "BackendSettings.h"
#include "LiveSync.h"
#include "PartnerContact.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>
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

double percentile(QList<double> values, double q) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(q * double(values.size() - 1)));
}

// One connected desk: its own workspace, client and engine, pulling every `pollMs`.
struct Desk {
    std::unique_ptr<Store> store;
    BackendClient client;
    std::unique_ptr<SyncEngine> engine;
    QTimer poll;
    std::function<void()> pulled; // after each pull

    bool open(const QString& path, quint16 port, const QByteArray& token) {
        auto opened = Store::open(path);
        if (!opened)
            return false;
        store = std::move(opened).value();
        BackendClient::Config config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.token = token;
        if (!client.configure(config))
            return false;
        engine = std::make_unique<SyncEngine>(*store, client);
        QObject::connect(engine.get(), &SyncEngine::finished, engine.get(), [this](bool) {
            if (pulled)
                pulled();
        });
        return true;
    }
    void startPolling(int pollMs, int phaseMs) {
        poll.setInterval(pollMs);
        QObject::connect(&poll, &QTimer::timeout, engine.get(), [this] {
            if (!engine->isRunning())
                engine->pull();
        });
        QTimer::singleShot(phaseMs, &poll, qOverload<>(&QTimer::start));
    }
};

// One desk as the console runs it: a workspace, its sync session and LiveSync.
struct LiveDesk {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SyncSession> session;
    std::unique_ptr<LiveSync> live;

    bool open(const QString& folder, const QUrl& url) {
        auto opened = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
        if (!opened)
            return false;
        workspace = std::move(opened).value();
        BackendSettings(workspace->folder()).setUrl(url);
        session = std::make_unique<SyncSession>(*workspace);
        live = std::make_unique<LiveSync>(*workspace, *session);
        live->setPushDelay(std::chrono::milliseconds(0));
        return true;
    }
};

// The live figure: returns the samples, empty on an error (said on `out`).
QList<double> measureLive(int desks, int edits, quint16 port, const QByteArray& token,
                          const QTemporaryDir& dir, QTextStream& out) {
    qputenv(BackendSettings::tokenEnvironmentVariable, token);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    std::vector<std::unique_ptr<LiveDesk>> all;
    for (int i = 0; i < desks; ++i) {
        auto& desk = all.emplace_back(std::make_unique<LiveDesk>());
        if (!desk->open(dir.filePath(QStringLiteral("live-%1").arg(i)), url)) {
            out << "cannot open desk " << i << '\n';
            return {};
        }
    }
    LiveDesk& a = *all.at(0);
    LiveDesk& b = *all.at(1);
    PartnerContact record;
    record.id = QUuid::createUuid();
    record.name = QStringLiteral("Edit 0");
    record.email = QStringLiteral("live@example.com");
    if (!a.workspace->edit<PartnerContact>(std::nullopt, record, QStringLiteral("Add")))
        return {};
    if (!a.session->run(SyncSession::Direction::Push))
        return {};
    for (auto& desk : all) {
        if (!desk->session->run(SyncSession::Direction::Pull))
            return {};
        if (!desk->live->start()) {
            out << "LiveSync did not start\n";
            return {};
        }
    }
    // Every desk's long poll waiting on the server before the clock starts.
    {
        QEventLoop settle;
        QTimer::singleShot(2000, &settle, &QEventLoop::quit);
        settle.exec();
    }
    QList<double> samples;
    QElapsedTimer clock;
    QString expected;
    QEventLoop loop;
    QObject::connect(b.live.get(), &LiveSync::synced, &loop, [&] {
        if (expected.isEmpty())
            return;
        auto got = b.workspace->store().partnerContacts().get(record.id);
        if (got && got->name == expected) {
            samples.append(double(clock.nsecsElapsed()) / 1e6);
            expected.clear();
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int i = 1; i <= edits; ++i) {
        PartnerContact before = record;
        record.name = QStringLiteral("Edit %1").arg(i);
        expected = record.name;
        clock.start();
        if (!a.workspace->edit<PartnerContact>(before, record, QStringLiteral("Rename")))
            return {};
        deadline.start(30'000);
        loop.exec();
        if (!expected.isEmpty()) {
            out << "edit " << i << " did not reach B within 30 s (" << b.live->lastError() << ")\n";
            return {};
        }
        QEventLoop pause;
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(100)), &pause, &QEventLoop::quit);
        pause.exec();
    }
    if (!b.live->serverWaits())
        out << "note: the server did not hold requests; the desks polled\n";
    for (auto& desk : all)
        desk->live->stop();
    return samples;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("desks"), QStringLiteral("Connected desks (A and B among them)"),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits A makes"), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("poll-ms"), QStringLiteral("Each desk's polling interval"),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("live (LiveSync, long poll) or polling"),
                      QStringLiteral("MODE"), QStringLiteral("live")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print every sample as one JSON line")});
    parser.process(app);
    const bool live = parser.value(QStringLiteral("mode")) != QLatin1String("polling");
    const int desks = std::max(2, parser.value(QStringLiteral("desks")).toInt());
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    const int pollMs = std::max(1, parser.value(QStringLiteral("poll-ms")).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;

    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    QProcess add;
    add.start(serverPath(), {QStringLiteral("--database"), database, QStringLiteral("tenant"),
                             QStringLiteral("add"), QStringLiteral("bench")});
    add.waitForFinished();
    const QByteArray token = add.readAllStandardOutput().trimmed().split('\n').constLast();
    QProcess server;
    server.start(serverPath(),
                 {QStringLiteral("--database"), database, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    if (token.isEmpty() || !server.waitForReadyRead(30'000)) {
        out << "the server did not start\n";
        return 2;
    }
    const QByteArray line = server.readLine().trimmed();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());

    if (live) {
        const QList<double> samples = measureLive(desks, edits, port, token, dir, out);
        server.kill();
        server.waitForFinished();
        if (samples.isEmpty())
            return 1;
        out << "edit on A to B's workspace, " << desks << " desks connected, LiveSync (long poll): p50 "
            << percentile(samples, 0.5) << " ms, p99 " << percentile(samples, 0.99) << " ms over "
            << samples.size() << " edits\n";
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (double value : samples)
                list.append(value);
            out << QJsonDocument(QJsonObject{{QStringLiteral("desks"), desks},
                                             {QStringLiteral("mode"), QStringLiteral("live")},
                                             {QStringLiteral("latency_ms"), list}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        }
        return 0;
    }
    std::vector<std::unique_ptr<Desk>> all;
    for (int i = 0; i < desks; ++i) {
        auto& desk = all.emplace_back(std::make_unique<Desk>());
        if (!desk->open(dir.filePath(QStringLiteral("desk-%1.sqlite").arg(i)), port, token)) {
            out << "cannot open desk " << i << '\n';
            return 2;
        }
    }
    Desk& a = *all.at(0);
    Desk& b = *all.at(1);

    // The record A edits, known to every desk before the clock starts.
    PartnerContact record;
    record.id = QUuid::createUuid();
    record.name = QStringLiteral("Edit 0");
    record.email = QStringLiteral("live@example.com");
    if (!a.store->partnerContacts().create(record) || !runEngine(*a.engine, &SyncEngine::push))
        return 2;
    for (auto& desk : all) {
        if (desk.get() != &a && !runEngine(*desk->engine, &SyncEngine::pull))
            return 2;
    }
    // Every desk but A polls, each at its own phase of the interval.
    for (int i = 1; i < desks; ++i)
        all.at(i)->startPolling(pollMs, int(QRandomGenerator::global()->bounded(pollMs)));

    QList<double> samples;
    QElapsedTimer clock;
    QString expected;
    QEventLoop loop;
    b.pulled = [&] {
        if (expected.isEmpty())
            return;
        auto got = b.store->partnerContacts().get(record.id);
        if (got && got->name == expected) {
            samples.append(double(clock.nsecsElapsed()) / 1e6);
            expected.clear();
            loop.quit();
        }
    };
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int i = 1; i <= edits; ++i) {
        record.name = QStringLiteral("Edit %1").arg(i);
        if (!a.store->partnerContacts().update(record))
            return 2;
        expected = record.name;
        clock.start();
        a.engine->push();
        deadline.start(30'000);
        loop.exec();
        if (!expected.isEmpty()) {
            out << "edit " << i << " did not reach B within 30 s\n";
            return 1;
        }
        // A short random pause, so that the edits do not keep step with the polling.
        QEventLoop pause;
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(100)), &pause, &QEventLoop::quit);
        pause.exec();
    }
    for (auto& desk : all)
        desk->poll.stop();
    server.kill();
    server.waitForFinished();

    out << "edit on A to B's workspace, " << desks << " desks connected, polling every " << pollMs
        << " ms (no live channel): p50 " << percentile(samples, 0.5) << " ms, p99 "
        << percentile(samples, 0.99) << " ms over " << samples.size() << " edits\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (double value : samples)
            list.append(value);
        out << QJsonDocument(QJsonObject{{QStringLiteral("desks"), desks},
                                         {QStringLiteral("mode"), QStringLiteral("polling")},
                                         {QStringLiteral("poll_ms"), pollMs},
                                         {QStringLiteral("latency_ms"), list}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    }
    return 0;
}
