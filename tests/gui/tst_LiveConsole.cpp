// SPDX-License-Identifier: GPL-3.0-or-later
// Every screen live, with two desks on the real sitekeeper-server: A's console follows the backend
// (its status bar's LiveSync), B is another member's desktop. B adds a site and edits a profile; A's
// tree and open profile list show them without any click, the selection and scroll position stay,
// and the findings and readiness follow. While B has a record open, A's editor of it says so; its
// history names who changed what; the review queue names who attested.
#include "BackendSettings.h"
#include "ClientProfileEditor.h"
#include "EntityListModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "LiveSync.h"
#include "RecordPresence.h"
#include "RecordTab.h"
#include "Reference.h"
#include "ReviewActions.h"
#include "ReviewQueueModel.h"
#include "ReviewQueueView.h"
#include "SiteTreeModel.h"
#include "SyncStatusBar.h"
#include "TwoDesks.h"

#include <QLabel>
#include <QScrollBar>
#include <QTableView>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

bool hasFinding(const Checker& checker, const QString& rule, const QUuid& entityId) {
    for (const Finding& finding : checker.findings()) {
        if (finding.rule == rule && finding.entityId == entityId)
            return true;
    }
    return false;
}

QString profileTitleOnScreen(RecordTab* tab, const QUuid& id) {
    EntityListModel* model = tab->model();
    const int row = model->rowOf(id);
    if (row < 0)
        return {};
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        if (header.contains(u"title"_s, Qt::CaseInsensitive))
            return model->index(row, column).data().toString();
    }
    return {};
}

} // namespace

class tst_LiveConsole : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Two desks synced; A follows the server as the console does (URL in its settings, the token
    // through the documented automation hook); B signs in as `bName` when given (another member).
    bool startDesks(TwoDesks& desks, const QString& name, const QString& bName = QString()) {
        CHECK(desks.start(m_dir, name));
        BackendSettings(desks.a.workspace->folder()).setUrl(desks.server->url());
        qputenv(BackendSettings::tokenEnvironmentVariable, desks.token);
        if (!bName.isEmpty()) {
            const QByteArray token =
                desks.server->addMember(u"Brightpath"_s, bName, u"dana@brightpath.example"_s, u"editor"_s);
            CHECK(!token.isEmpty());
            CHECK(desks.b.client.configure(clientConfig(*desks.server, token)));
        }
        return true;
    }

private Q_SLOTS:
    void cleanup() { qunsetenv(BackendSettings::tokenEnvironmentVariable); }

    void anotherMembersWorkShowsWithoutAClick() {
        TwoDesks desks;
        QVERIFY(startDesks(desks, u"every-screen"_s));
        Workspace& a = *desks.a.workspace;
        // Enough profiles that the list scrolls, and one of them selected further down.
        QList<QUuid> many;
        for (int i = 0; i < 80; ++i) {
            ClientProfile profile;
            profile.id = QUuid::createUuid();
            profile.siteId = desks.site.id;
            profile.fullName = u"Person %1"_s.arg(i, 2, 10, QLatin1Char('0'));
            profile.email = u"person%1@northwind.example"_s.arg(i);
            QVERIFY(a.edit<ClientProfile>(std::nullopt, profile, u"Add profile"_s));
            many.append(profile.id);
        }
        a.undoStack().clear();
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());

        MainWindow window(a);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LiveSync* live = window.findChild<SyncStatusBar*>()->liveSync();
        QVERIFY(live->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(window.checker().hasResults(), 30'000);
        window.selectSite(desks.site.id);
        QCOMPARE(window.currentSiteId(), desks.site.id);
        RecordTab* profiles = window.profilesTab();
        window.findChild<QTabWidget*>(u"siteTabs"_s)->setCurrentWidget(profiles);
        QTableView* list = profiles->view();
        const QUuid chosen = many.at(70);
        profiles->select(chosen);
        list->scrollTo(list->model()->index(profiles->model()->rowOf(chosen), 0));
        const int scrolled = list->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QVERIFY(!hasFinding(window.checker(), u"SK204"_s, desks.profile.id));

        // B: a new site, and Dana's profile loses its email (no way to reach her now: SK204).
        Site fabrikam;
        fabrikam.id = QUuid::createUuid();
        fabrikam.name = u"Fabrikam"_s;
        QVERIFY(desks.b.workspace->edit<Site>(std::nullopt, fabrikam, u"Add site"_s));
        ClientProfile before = desks.b.profile(desks.profile.id);
        ClientProfile after = before;
        after.email.clear();
        after.title = u"Head of operations"_s;
        QVERIFY(desks.b.workspace->edit<ClientProfile>(before, after, u"Edit profile"_s));
        QVERIFY(desks.b.sync());

        // A: no click, no Sync Now.
        SiteTreeModel* tree = window.siteModel();
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexOf(fabrikam.id).isValid(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(profileTitleOnScreen(profiles, desks.profile.id), u"Head of operations"_s,
                                  30'000);
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(window.checker(), u"SK204"_s, desks.profile.id), 30'000);
        // The new site was checked: its readiness is in the tree.
        QVERIFY(window.checker().site(fabrikam.id));
        QVERIFY(!tree->indexOf(fabrikam.id)
                     .siblingAtColumn(SiteTreeModel::ReadyColumn)
                     .data()
                     .toString()
                     .isEmpty());
        // The findings panel lists it.
        QVERIFY(window.findingsPanel()->view()->model()->rowCount() > 0);
        // What the user had stays: the site shown, the selected profile, the scroll position.
        QCOMPARE(window.currentSiteId(), desks.site.id);
        QCOMPARE(profiles->selectedIds(), QList<QUuid>{chosen});
        QCOMPARE(list->verticalScrollBar()->value(), scrolled);
        screenshot(&window, u"console-live"_s);
    }

    void theEditorSaysWhoElseHasTheRecordOpen() {
        TwoDesks desks;
        QVERIFY(startDesks(desks, u"presence"_s, u"Dana Ortiz"_s));
        // B has the profile open in an editor (its heartbeat).
        bool told = false;
        desks.b.client.putPresence(u"client_profile"_s, desks.profile.id,
                                   [&](Result<void> done) { told = done.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(told, 30'000);

        ClientProfileEditor editor(*desks.a.workspace, desks.site.id, desks.a.profile(desks.profile.id));
        editor.presence()->setPoll(std::chrono::milliseconds(200));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLabel* note = editor.presenceNote();
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 30'000);
        QCOMPARE(note->text(), u"Dana Ortiz is also editing this record."_s);
        screenshot(&editor, u"editor-presence"_s);

        // B closes the editor: the note goes.
        bool withdrawn = false;
        desks.b.client.deletePresence(u"client_profile"_s, desks.profile.id,
                                      [&](Result<void> done) { withdrawn = done.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(withdrawn, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 30'000);

        // A's own presence was told to the backend: B sees A, who is the tenant's first admin.
        std::optional<QList<protocol::Presence>> seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                desks.b.client.fetchPresence(u"client_profile"_s, desks.profile.id,
                                             [&](Result<QList<protocol::Presence>> members) {
                                                 if (members)
                                                     seen = members.value();
                                             });
                QTest::qWait(200);
                return seen && seen->size() == 1;
            }(),
            30'000);
        // Closing A's editor withdraws it.
        editor.reject();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                seen.reset();
                desks.b.client.fetchPresence(u"client_profile"_s, desks.profile.id,
                                             [&](Result<QList<protocol::Presence>> members) {
                                                 if (members)
                                                     seen = members.value();
                                             });
                QTest::qWait(200);
                return seen && seen->isEmpty();
            }(),
            30'000);
    }

    void historyAndReviewQueueNameTheMember() {
        TwoDesks desks;
        QVERIFY(startDesks(desks, u"history"_s, u"Dana Ortiz"_s));
        // Dana adds a reference and attests it; she also changes the profile's title and mobile.
        Reference reference;
        reference.id = QUuid::createUuid();
        reference.siteId = desks.site.id;
        reference.title = u"Printer setup"_s;
        QVERIFY(desks.b.workspace->edit<Reference>(std::nullopt, reference, u"Add reference"_s));
        QVERIFY(ReviewActions(*desks.b.workspace)
                    .attest(ReviewActions::Target{EntityKind::Reference, reference.id, {}}));
        ClientProfile before = desks.b.profile(desks.profile.id);
        ClientProfile after = before;
        after.title = u"Head of operations"_s;
        after.mobilePhone = u"+12125550142"_s;
        QVERIFY(desks.b.workspace->edit<ClientProfile>(before, after, u"Edit profile"_s));
        QVERIFY(desks.b.sync());
        QVERIFY(desks.a.pull());

        // The editor's history is the server's, with her name and the fields as the form calls them.
        ClientProfileEditor editor(*desks.a.workspace, desks.site.id, desks.a.profile(desks.profile.id));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLabel* history = editor.historyLabel();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(history->text().contains(u"Dana Ortiz, just now: "_s), 30'000);
        QVERIFY2(history->text().contains(u"mobile phone"_s), qPrintable(history->text()));
        QVERIFY2(history->text().contains(u"job title"_s), qPrintable(history->text()));
        QVERIFY2(!history->text().contains(u"mobile_phone"_s), qPrintable(history->text()));
        QVERIFY2(!history->text().contains(u"this desktop"_s), qPrintable(history->text()));
        editor.reject();

        // The review queue says who attested: the change feed's member name, kept in A's audit.
        ReviewQueueView queue(*desks.a.workspace);
        queue.setWithinDays(800);
        ReviewQueueModel* model = queue.model();
        const int row = model->rowOf(reference.id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ReviewQueueModel::AttestedByColumn).data().toString(), u"Dana Ortiz"_s);
    }
};

QTEST_MAIN(tst_LiveConsole)
#include "tst_LiveConsole.moc"
