// SPDX-License-Identifier: GPL-3.0-or-later
// Rejected edits against the real sitekeeper-server on loopback: an edit the backend refuses (here
// one an older desktop let through: an email address that is none) needs attention with the
// backend's code and reason, names its record and field; fixed in the record and retried, it goes
// through. Discarding one asks the backend for its version and takes it (a record the backend does
// not have is removed here), and the undo brings the edit back.
#include "BackendSettings.h"
#include "Store.h"
#include "SyncProblems.h"
#include "SyncSession.h"
#include "SyncTestSupport.h"
#include "Workspace.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncProblemsServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    static bool injectEmail(Store& store, const QUuid& id, const QString& email) {
        return queueUncheckedEdit(store, u"client_profile"_s, id, u"email"_s, email);
    }

    static Result<SyncEngine::Summary> sync(Workspace& workspace) { return SyncSession(workspace).run(); }

    static Result<void> discard(Workspace& workspace, const QUuid& op) {
        std::optional<Result<void>> outcome;
        SyncProblems(workspace).discard(op, [&](Result<void> done) { outcome = done; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60'000))
            return Error{u"no answer"_s, QString()};
        return *outcome;
    }

private Q_SLOTS:
    void rejectedFixedRetriedAndDiscarded_data() { addBackendRows(); }
    void rejectedFixedRetriedAndDiscarded() {
        QFETCH(QString, backend);
        ServerProcess server(makeDatabase(backend, m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"Brightpath-"_s + backend);
        QVERIFY(!token.isEmpty());
        // The documented automation hook stands in for the keychain-held token here.
        qputenv(BackendSettings::tokenEnvironmentVariable, token);

        auto opened =
            Workspace::open(m_dir.filePath(u"ws-"_s + backend), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        Workspace& workspace = *opened.value();
        BackendSettings(workspace.folder()).setUrl(server.url());
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(workspace.edit<Site>(std::nullopt, site, u"Add site"_s));
        ClientProfile ada;
        ada.id = QUuid::createUuid();
        ada.siteId = site.id;
        ada.fullName = u"Ada Lovelace"_s;
        ada.email = u"ada@contoso.com"_s;
        QVERIFY(workspace.edit<ClientProfile>(std::nullopt, ada, u"Add Ada"_s));
        auto synced = sync(workspace);
        QVERIFY2(synced && synced->error.isEmpty(),
                 qPrintable(synced ? synced->error : synced.error().message));
        QCOMPARE(synced->applied, 2);

        // The backend refuses the edit: it needs attention, with the code and the reason.
        QVERIFY(injectEmail(workspace.store(), ada.id, u"ada at contoso"_s));
        synced = sync(workspace);
        QVERIFY(synced);
        QCOMPARE(synced->rejected, 1);
        auto listed = SyncProblems(workspace).list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        SyncProblems::Problem problem = listed->at(0);
        QCOMPARE(problem.code, u"invalid"_s);
        QCOMPARE(problem.recordName, u"Ada Lovelace"_s);
        QCOMPARE(problem.siteName, u"Contoso HQ"_s);
        QCOMPARE(problem.fieldLabels, QStringList{u"Email"_s});
        QVERIFY2(!problem.errors.isEmpty() && problem.errors.at(0).startsWith(u"email: "_s),
                 qPrintable(problem.errors.join(u" | "_s)));
        QVERIFY2(problem.reason.contains(u"Email: "_s), qPrintable(problem.reason));
        // A sync leaves it alone: it is never resent on its own.
        synced = sync(workspace);
        QVERIFY(synced);
        QCOMPARE(synced->rejected, 0);
        QCOMPARE(SyncProblems(workspace).list()->size(), 1);

        // Fixed in the record (its editor), then retried: both go through.
        const ClientProfile broken = workspace.store().profiles().get(ada.id).value();
        ClientProfile fixed = broken;
        fixed.email = u"ada.lovelace@contoso.com"_s;
        QVERIFY(workspace.edit<ClientProfile>(broken, fixed, u"Fix Ada"_s));
        QVERIFY(SyncProblems(workspace).retry(problem.opId));
        synced = sync(workspace);
        QVERIFY2(synced && synced->error.isEmpty(),
                 qPrintable(synced ? synced->error : synced.error().message));
        QCOMPARE(synced->rejected, 0);
        QVERIFY(SyncProblems(workspace).list()->isEmpty());
        QCOMPARE(SyncEngine::status(workspace.store()).pending, 0);
        const auto onServer = serverState(m_network, server, token);
        const QString key = u"client_profile/"_s + ada.id.toString(QUuid::WithoutBraces);
        QCOMPARE(onServer.value(key).fields.value(u"email"_s).toString(), u"ada.lovelace@contoso.com"_s);

        // Rejected again, then discarded: the backend's version comes back; the undo brings the edit.
        QVERIFY(injectEmail(workspace.store(), ada.id, u"ada@@contoso"_s));
        QVERIFY(sync(workspace));
        problem = SyncProblems(workspace).list()->at(0);
        auto discarded = discard(workspace, problem.opId);
        QVERIFY2(discarded, qPrintable(discarded ? QString() : discarded.error().message));
        QCOMPARE(workspace.store().profiles().get(ada.id)->email, u"ada.lovelace@contoso.com"_s);
        QVERIFY(SyncProblems(workspace).list()->isEmpty());
        workspace.undoStack().undo();
        QCOMPARE(workspace.store().profiles().get(ada.id)->email, u"ada@@contoso"_s);
        QCOMPARE(SyncProblems(workspace).list()->size(), 1);
        QCOMPARE(SyncProblems(workspace).list()->at(0).code, u"invalid"_s);
        workspace.undoStack().redo();
        QCOMPARE(workspace.store().profiles().get(ada.id)->email, u"ada.lovelace@contoso.com"_s);

        // A create the backend refused: it has no such record, so discarding removes it here.
        ClientProfile grace;
        grace.id = QUuid::createUuid();
        grace.siteId = site.id;
        grace.fullName = u"Grace Hopper"_s;
        grace.email = u"grace@contoso.com"_s;
        QVERIFY(workspace.edit<ClientProfile>(std::nullopt, grace, u"Add Grace"_s));
        const QUuid create = workspace.store().journal().pending().constLast().opId;
        QVERIFY(workspace.store().journal().markNeedsAttention(create, u"role: needs the editor role"_s,
                                                               u"forbidden"_s));
        discarded = discard(workspace, create);
        QVERIFY2(discarded, qPrintable(discarded ? QString() : discarded.error().message));
        QVERIFY(!workspace.store().profiles().get(grace.id));
        QVERIFY(!serverState(m_network, server, token)
                     .contains(u"client_profile/"_s + grace.id.toString(QUuid::WithoutBraces)));
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
    }
};

QTEST_GUILESS_MAIN(tst_SyncProblemsServer)
#include "tst_SyncProblemsServer.moc"
