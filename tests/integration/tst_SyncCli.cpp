// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands of the real sitekeeper-cli against the real server: backend login (token in
// the keychain when scripts/test.sh provides one), push, pull, sync, conflicts and their
// resolution.
#include "CliRunner.h"
#include "ClientProfile.h"
#include "Conflicts.h"
#include "Site.h"
#include "SyncTestSupport.h"

#include <QSettings>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_token;
    bool m_keychain = false;

    // Points `workspace` at the server: through `backend login` and the keychain when there is one,
    // else through the documented automation hook (settings + SITEKEEPER_BACKEND_TOKEN).
    void login(const QString& workspace) {
        const QString url = m_server->url().toString();
        if (m_keychain) {
            const CliRun run = runCli(
                workspace, {u"backend"_s, u"login"_s, u"--url"_s, url, u"--token-stdin"_s}, m_token + "\n");
            QVERIFY_CLI(run, 0);
            QVERIFY(!QFile(workspace + u"/settings.ini"_s).readAll().contains(m_token));
            return;
        }
        QSettings settings(workspace + u"/settings.ini"_s, QSettings::IniFormat);
        settings.setValue(u"backend/url"_s, url);
    }

private Q_SLOTS:
    void initTestCase() {
        m_keychain = qEnvironmentVariable("SITEKEEPER_KEYCHAIN_AVAILABLE") == QLatin1String("1");
        if (!m_keychain) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI=true but no keychain: run the tests through scripts/test.sh");
        }
        m_server = std::make_unique<ServerProcess>(u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s));
        QVERIFY(m_server->start());
        m_token = m_server->addTenant(u"acme"_s);
        QVERIFY(!m_token.isEmpty());
        if (!m_keychain)
            qputenv("SITEKEEPER_BACKEND_TOKEN", m_token);
        else
            qunsetenv("SITEKEEPER_BACKEND_TOKEN");
    }

    void loginRefusesPlainHttpAndEmptyToken() {
        const QString ws = m_dir.filePath(u"refuse"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        CliRun run = runCli(
            ws, {u"backend"_s, u"login"_s, u"--url"_s, u"http://backend.example.org"_s, u"--token-stdin"_s},
            "skt_x\n");
        QVERIFY_CLI(run, 2);
        QVERIFY(run.err.contains("Refusing plain HTTP"));
        run = runCli(ws,
                     {u"backend"_s, u"login"_s, u"--url"_s, m_server->url().toString(), u"--token-stdin"_s});
        QVERIFY_CLI(run, 2);
        QVERIFY_CLI(runCli(ws, {u"push"_s}), 2); // no backend set
    }

    void pushPullConflictsAndResolve() {
        const QString one = m_dir.filePath(u"one"_s);
        const QString two = m_dir.filePath(u"two"_s);
        QVERIFY_CLI(runCli(one, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(two, {u"init"_s}), 0);
        login(one);
        login(two);
        QVERIFY_CLI(runCli(one, {u"site"_s, u"add"_s, u"Harbor Office"_s}), 0);
        CliRun run = runCli(one, {u"push"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"applied"_s).toInt(), 1);
        run = runCli(two, {u"pull"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"pulled"_s).toInt(), 1);

        // The same field edited in both workspaces while apart.
        QUuid siteId;
        for (const QString& ws : {one, two}) {
            auto store = Store::open(ws + u"/workspace.sqlite"_s);
            QVERIFY(store);
            Site site = store.value()->sites().list().value().constFirst();
            siteId = site.id;
            site.scopeNotes = ws == one ? u"notes from one"_s : u"notes from two"_s;
            QVERIFY(store.value()->sites().update(site));
        }
        QVERIFY_CLI(runCli(one, {u"sync"_s}), 0);
        run = runCli(two, {u"sync"_s});
        QVERIFY_CLI(run, 1); // found problems: an open conflict
        run = runCli(two, {u"conflicts"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.at(0).toObject();
        QCOMPARE(conflict.value(u"field"_s).toString(), u"scope_notes"_s);
        QCOMPARE(conflict.value(u"mine"_s).toString(), u"notes from two"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toString(), u"notes from one"_s);
        QCOMPARE(conflict.value(u"entity_id"_s).toString(), siteId.toString(QUuid::WithoutBraces));
        run = runCli(two, {u"conflicts"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY(run.out.contains("notes from one"));

        QVERIFY_CLI(runCli(two, {u"conflicts"_s, u"resolve"_s, conflict.value(u"id"_s).toString(),
                                 u"--take"_s, u"sideways"_s}),
                    2);
        QVERIFY_CLI(runCli(two, {u"conflicts"_s, u"resolve"_s, conflict.value(u"id"_s).toString(),
                                 u"--take"_s, u"mine"_s}),
                    0);
        QVERIFY_CLI(runCli(two, {u"sync"_s}), 0);
        QVERIFY_CLI(runCli(one, {u"sync"_s}), 0);
        auto store = Store::open(one + u"/workspace.sqlite"_s);
        QVERIFY(store);
        QCOMPARE(store.value()->sites().get(siteId)->scopeNotes, u"notes from two"_s);
        store = Error{QString(), QString()};

        // The same field again: resolved with a merged value typed on stdin.
        for (const QString& ws : {one, two}) {
            auto desk = Store::open(ws + u"/workspace.sqlite"_s);
            QVERIFY(desk);
            Site site = desk.value()->sites().get(siteId).value();
            site.scopeNotes = ws == one ? u"printers from one"_s : u"laptops from two"_s;
            QVERIFY(desk.value()->sites().update(site));
        }
        QVERIFY_CLI(runCli(one, {u"sync"_s}), 0);
        QVERIFY_CLI(runCli(two, {u"sync"_s}), 1);
        run = runCli(two, {u"conflicts"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonObject again = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(again.value(u"record"_s).toString(), u"Harbor Office"_s);
        QCOMPARE(again.value(u"field_label"_s).toString(), u"Scope notes"_s);
        run = runCli(two, {u"conflicts"_s});
        QVERIFY(run.out.contains("Harbor Office: Scope notes"));
        const QString againId = again.value(u"id"_s).toString();
        QVERIFY_CLI(
            runCli(two,
                   {u"conflicts"_s, u"resolve"_s, againId, u"--take"_s, u"mine"_s, u"--merged-value-stdin"_s},
                   "x\n"),
            2);
        QVERIFY_CLI(runCli(two, {u"conflicts"_s, u"resolve"_s, againId, u"--merged-value-stdin"_s},
                           "printers and laptops\n"),
                    0);
        QVERIFY_CLI(runCli(two, {u"sync"_s}), 0);
        QVERIFY_CLI(runCli(one, {u"sync"_s}), 0);
        for (const QString& ws : {one, two}) {
            auto desk = Store::open(ws + u"/workspace.sqlite"_s);
            QVERIFY(desk);
            QCOMPARE(desk.value()->sites().get(siteId)->scopeNotes, u"printers and laptops"_s);
        }
    }

    void problemsListRetryAndDiscard() {
        const QString ws = m_dir.filePath(u"problems"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        login(ws);
        QVERIFY_CLI(runCli(ws, {u"site"_s, u"add"_s, u"Pier Office"_s}), 0);
        QVERIFY_CLI(runCli(ws, {u"profile"_s, u"add"_s, u"--site"_s, u"Pier Office"_s, u"--full-name"_s,
                                u"Ada Lovelace"_s, u"--email"_s, u"ada@pier.example"_s}),
                    0);
        QVERIFY_CLI(runCli(ws, {u"sync"_s}), 0);
        CliRun run = runCli(ws, {u"problems"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY(run.out.contains("No rejected edits."));

        // An edit an older desktop let through: the backend refuses it.
        {
            auto store = Store::open(ws + u"/workspace.sqlite"_s);
            QVERIFY(store);
            const ClientProfile ada = store.value()->profiles().list().value().constFirst();
            QVERIFY(queueUncheckedEdit(*store.value(), u"client_profile"_s, ada.id, u"email"_s,
                                       u"ada at pier"_s));
        }
        QVERIFY_CLI(runCli(ws, {u"push"_s}), 1);
        run = runCli(ws, {u"problems"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 1);
        const QJsonArray problems = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(problems.size(), 1);
        const QJsonObject problem = problems.at(0).toObject();
        QCOMPARE(problem.value(u"record"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(problem.value(u"site"_s).toString(), u"Pier Office"_s);
        QCOMPARE(problem.value(u"code"_s).toString(), u"invalid"_s);
        QCOMPARE(problem.value(u"field_labels"_s).toArray().at(0).toString(), u"Email"_s);
        QVERIFY(problem.value(u"reason"_s).toString().contains(u"Email: "_s));
        const QString id = problem.value(u"id"_s).toString().left(8);
        run = runCli(ws, {u"problems"_s});
        QVERIFY_CLI(run, 1);
        QVERIFY(run.out.contains("Ada Lovelace"));
        QVERIFY_CLI(runCli(ws, {u"problems"_s, u"retry"_s, u"nothing0"_s}), 2);

        // Retried as it is: refused again, still listed. Then discarded: the backend's email is back.
        QVERIFY_CLI(runCli(ws, {u"problems"_s, u"retry"_s, id}), 0);
        QVERIFY_CLI(runCli(ws, {u"push"_s}), 1);
        run = runCli(ws, {u"problems"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 1);
        const QString again =
            QJsonDocument::fromJson(run.out).array().at(0).toObject().value(u"id"_s).toString();
        QVERIFY_CLI(runCli(ws, {u"problems"_s, u"discard"_s, again}), 0);
        QVERIFY_CLI(runCli(ws, {u"problems"_s}), 0);
        auto store = Store::open(ws + u"/workspace.sqlite"_s);
        QVERIFY(store);
        QCOMPARE(store.value()->profiles().list().value().constFirst().email, u"ada@pier.example"_s);
    }
    void whoamiAndLogout() {
        const QString ws = m_dir.filePath(u"whoami"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(ws, {u"backend"_s, u"whoami"_s}), 2); // no backend yet
        login(ws);
        CliRun run = runCli(ws, {u"backend"_s, u"whoami"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonObject me = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(me.value(u"member"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(me.value(u"tenant"_s).toObject().value(u"name"_s).toString(), u"acme"_s);
        QCOMPARE(me.value(u"url"_s).toString(), m_server->url().toString());
        // Kept in the workspace for the window to show, without the token.
        QSettings settings(ws + u"/settings.ini"_s, QSettings::IniFormat);
        QCOMPARE(settings.value(u"backend/member_role"_s).toString(), u"admin"_s);
        QFile ini(ws + u"/settings.ini"_s);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_token));
        QVERIFY_CLI(runCli(ws, {u"site"_s, u"add"_s, u"Pending Office"_s}), 0);

        run = runCli(ws, {u"backend"_s, u"logout"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("1 edit(s) stay in the outbox") || run.out.contains("1 edit stays"),
                 run.out.constData());
        run = runCli(ws, {u"backend"_s, u"whoami"_s});
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("No backend is set"), run.err.constData());
        QVERIFY_CLI(runCli(ws, {u"backend"_s, u"logout"_s}), 2); // not signed in any more
    }
};

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_SyncCli.moc"
