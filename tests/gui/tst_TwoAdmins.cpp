// SPDX-License-Identifier: GPL-3.0-or-later
// Two admins, two consoles, one real sitekeeper-server on loopback: each console is a MainWindow on
// its own workspace, signed in as its own member (the token in the real keychain) and following the
// backend with its LiveSync, as the application does. Nobody clicks Sync Now. Each case checks
// both stores and the server's audit, whose actor comes from the token: Dana Ortiz is desk A,
// Marco Bianchi desk B.
#include "../keychain/KeychainTestSupport.h"
#include "BackendClient.h"
#include "ClientProfileEditor.h"
#include "Conflicts.h"
#include "ConflictsDialog.h"
#include "EntityListModel.h"
#include "GuiTestSupport.h"
#include "LiveSync.h"
#include "PartnerSettingsEdits.h"
#include "RecordTab.h"
#include "SignInSupport.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncStatusBar.h"
#include "SyncTestSupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

constexpr int liveTimeout = 30'000;

struct AdminConsole {
    QString member;
    QByteArray token;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;

    Store& store() { return workspace->store(); }
    LiveSync* live() { return window->findChild<SyncStatusBar*>()->liveSync(); }
    ClientProfile profile(const QUuid& id) { return store().profiles().get(id).value(); }
    int pending() { return store().journal().count(JournalEntry::State::Pending); }
    int openConflicts() { return Conflicts(workspace->database()).openCount(); }
};

// What the profile's list on screen shows in the column whose header contains `header`.
QString onScreen(RecordTab* tab, const QUuid& id, const QString& header) {
    EntityListModel* model = tab->model();
    const int row = model->rowOf(id);
    if (row < 0)
        return {};
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString().contains(header, Qt::CaseInsensitive))
            return model->index(row, column).data().toString();
    }
    return {};
}

ClientProfile newProfile(const QUuid& siteId, const QString& name, const QString& email) {
    ClientProfile profile;
    profile.id = QUuid::createUuid();
    profile.siteId = siteId;
    profile.fullName = name;
    profile.email = email;
    return profile;
}

} // namespace

class tst_TwoAdmins : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    AdminConsole m_a;
    AdminConsole m_b;
    Site m_site;
    ClientProfile m_dana; // a client profile both desks edit

    bool openDesk(AdminConsole& desk, const QString& folder) {
        auto opened = Workspace::open(m_dir.filePath(folder), Workspace::OpenMode::CreateIfMissing);
        CHECK(opened.ok());
        desk.workspace = std::move(opened).value();
        auto signedIn = waitForResult<protocol::Me>([&](auto done) {
            BackendConnection::signIn(*desk.workspace, m_server->url(), desk.token, QString(),
                                      std::move(done));
        });
        CHECK(signedIn && signedIn->ok());
        CHECK(signedIn->value().member.name == desk.member);
        desk.window = std::make_unique<MainWindow>(*desk.workspace);
        desk.window->resize(1200, 700);
        desk.window->show();
        CHECK(QTest::qWaitForWindowExposed(desk.window.get()));
        CHECK(desk.live()->isRunning());
        return true;
    }

    // The server's audit of one record, oldest first, read with A's token.
    QList<protocol::AuditEntry> audit(const QString& entity, const QUuid& id) {
        BackendClient client;
        if (!client.configure(clientConfig(*m_server, m_a.token)))
            return {};
        BackendClient::AuditQuery query;
        query.entity = entity;
        query.id = id;
        auto page =
            waitForResult<protocol::AuditPage>([&](auto done) { client.fetchAudit(query, std::move(done)); });
        if (!page || !page->ok())
            return {};
        return page->value().entries;
    }
    QStringList actors(const QString& entity, const QUuid& id) {
        QStringList names;
        for (const protocol::AuditEntry& entry : audit(entity, id))
            names << entry.memberName;
        return names;
    }

    // Both desks stop following the backend: what each edits now meets the other's only later.
    bool goOffline() {
        for (AdminConsole* desk : {&m_a, &m_b}) {
            QSignalSpy stopped(desk->live(), &LiveSync::stopped);
            desk->live()->stop();
            if (desk->live()->isRunning())
                CHECK(stopped.wait(liveTimeout));
        }
        return true;
    }
    // AdminConsole A comes back first and pushes; then B, which meets A's edits.
    bool comeBack() {
        CHECK(m_a.live()->start());
        CHECK(QTest::qWaitFor([&] { return m_a.pending() == 0; }, liveTimeout));
        CHECK(m_b.live()->start());
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        qunsetenv("SITEKEEPER_BACKEND_TOKEN");
        m_server = std::make_unique<ServerProcess>(makeDatabase(u"sqlite"_s, m_dir));
        QVERIFY(m_server->start());
        const auto added =
            m_server->command({u"tenant"_s, u"add"_s, u"Brightpath"_s, u"--admin-name"_s, u"Dana Ortiz"_s,
                               u"--admin-email"_s, u"dana@brightpath.example"_s});
        QCOMPARE(added.exitCode, 0);
        m_a.member = u"Dana Ortiz"_s;
        m_a.token = added.out.trimmed();
        m_b.member = u"Marco Bianchi"_s;
        m_b.token =
            m_server->addMember(u"Brightpath"_s, m_b.member, u"marco@brightpath.example"_s, u"admin"_s);
        QVERIFY(!m_a.token.isEmpty() && !m_b.token.isEmpty());
        QVERIFY(openDesk(m_a, u"desk-a"_s));
        QVERIFY(openDesk(m_b, u"desk-b"_s));

        // A's first site and profile reach B before the cases start.
        m_site.id = QUuid::createUuid();
        m_site.name = u"Northwind"_s;
        QVERIFY(m_a.workspace->edit<Site>(std::nullopt, m_site, u"Add site"_s));
        m_dana = newProfile(m_site.id, u"Ada Lovelace"_s, u"ada@northwind.example"_s);
        QVERIFY(m_a.workspace->edit<ClientProfile>(std::nullopt, m_dana, u"Add profile"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_b.store().profiles().get(m_dana.id).ok(), liveTimeout);
    }

    void cleanupTestCase() {
        for (AdminConsole* desk : {&m_b, &m_a}) {
            if (desk->window)
                desk->window->close();
            desk->window.reset();
            desk->workspace.reset();
        }
    }

    // A adds a site and edits a profile; B's tree and open profile list show them, no click.
    void aChangeShowsOnTheOtherConsole() {
        MainWindow& b = *m_b.window;
        b.selectSite(m_site.id);
        RecordTab* profiles = b.profilesTab();
        b.findChild<QTabWidget*>(u"siteTabs"_s)->setCurrentWidget(profiles);
        QTRY_VERIFY_WITH_TIMEOUT(profiles->model()->rowOf(m_dana.id) >= 0, liveTimeout);

        Site fabrikam;
        fabrikam.id = QUuid::createUuid();
        fabrikam.name = u"Fabrikam"_s;
        QVERIFY(m_a.workspace->edit<Site>(std::nullopt, fabrikam, u"Add site"_s));
        ClientProfile after = m_a.profile(m_dana.id);
        after.title = u"Head of IT"_s;
        QVERIFY(m_a.workspace->edit<ClientProfile>(m_a.profile(m_dana.id), after, u"Edit profile"_s));

        QTRY_VERIFY_WITH_TIMEOUT(b.siteModel()->indexOf(fabrikam.id).isValid(), liveTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(onScreen(profiles, m_dana.id, u"title"_s), u"Head of IT"_s, liveTimeout);
        QCOMPARE(m_b.store().sites().get(fabrikam.id)->name, u"Fabrikam"_s);
        QCOMPARE(m_b.profile(m_dana.id).title, u"Head of IT"_s);
        QCOMPARE(actors(u"site"_s, fabrikam.id), QStringList{u"Dana Ortiz"_s});
        QCOMPARE(actors(u"client_profile"_s, m_dana.id), (QStringList{u"Dana Ortiz"_s, u"Dana Ortiz"_s}));
    }

    // Apart, A and B change different fields of one record: both changes are kept on both desks.
    void differentFieldsApartAreBothKept() {
        QVERIFY(goOffline());
        ClientProfile onA = m_a.profile(m_dana.id);
        onA.title = u"CIO"_s;
        QVERIFY(m_a.workspace->edit<ClientProfile>(m_a.profile(m_dana.id), onA, u"Edit profile"_s));
        ClientProfile onB = m_b.profile(m_dana.id);
        onB.mobilePhone = u"+14155550142"_s;
        QVERIFY(m_b.workspace->edit<ClientProfile>(m_b.profile(m_dana.id), onB, u"Edit profile"_s));
        QVERIFY(comeBack());

        for (AdminConsole* desk : {&m_a, &m_b}) {
            QTRY_COMPARE_WITH_TIMEOUT(desk->profile(m_dana.id).mobilePhone, u"+14155550142"_s, liveTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(desk->profile(m_dana.id).title, u"CIO"_s, liveTimeout);
            QCOMPARE(desk->openConflicts(), 0);
        }
        const QList<protocol::AuditEntry> entries = audit(u"client_profile"_s, m_dana.id);
        QVERIFY(entries.size() >= 4);
        QCOMPARE(entries.at(entries.size() - 2).memberName, u"Dana Ortiz"_s);
        QCOMPARE(entries.at(entries.size() - 2).fields, QStringList{u"title"_s});
        QCOMPARE(entries.constLast().memberName, u"Marco Bianchi"_s);
        QCOMPARE(entries.constLast().fields, QStringList{u"mobile_phone"_s});
    }

    // Apart, both change the same field: exactly one conflict, on B, which B resolves in the
    // Conflicts dialog with a value typed in; the typed value is what both desks hold.
    void sameFieldApartIsOneConflictResolvedByATypedValue() {
        QVERIFY(goOffline());
        ClientProfile onA = m_a.profile(m_dana.id);
        onA.title = u"Chief Information Officer"_s;
        QVERIFY(m_a.workspace->edit<ClientProfile>(m_a.profile(m_dana.id), onA, u"Edit profile"_s));
        ClientProfile onB = m_b.profile(m_dana.id);
        onB.title = u"IT Director"_s;
        QVERIFY(m_b.workspace->edit<ClientProfile>(m_b.profile(m_dana.id), onB, u"Edit profile"_s));
        QVERIFY(comeBack());
        QTRY_COMPARE_WITH_TIMEOUT(m_b.openConflicts(), 1, liveTimeout);
        QCOMPARE(m_a.openConflicts(), 0);
        // Nothing was overwritten while the conflict is open: B still shows its own value.
        QCOMPARE(m_b.profile(m_dana.id).title, u"IT Director"_s);

        ConflictsDialog dialog(*m_b.workspace, m_b.window.get());
        dialog.resize(1000, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.openCount(), 1);
        auto* table = dialog.findChild<QTableWidget*>(u"table"_s);
        table->selectRow(0);
        QVERIFY(table->item(0, 0)->text().contains(u"Ada Lovelace"_s));
        auto* merged = dialog.findChild<QPlainTextEdit*>(u"mergedValue"_s);
        merged->setFocus();
        merged->selectAll();
        QTest::keyClicks(merged, u"Chief Information Officer and IT Director"_s);
        screenshot(&dialog, u"conflicts-two-admins"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"useMerged"_s), Qt::LeftButton);
        QCOMPARE(dialog.openCount(), 0);

        for (AdminConsole* desk : {&m_b, &m_a}) {
            QTRY_COMPARE_WITH_TIMEOUT(desk->profile(m_dana.id).title,
                                      u"Chief Information Officer and IT Director"_s, liveTimeout);
            QCOMPARE(desk->openConflicts(), 0);
        }
        const QList<protocol::AuditEntry> entries = audit(u"client_profile"_s, m_dana.id);
        QCOMPARE(entries.constLast().memberName, u"Marco Bianchi"_s);
        QVERIFY(entries.constLast().fields.contains(u"title"_s));
    }

    // Apart, A deletes a profile that B edits: B is asked (one conflict), nothing vanishes unseen;
    // B keeps its edit and the record is back on both desks with it.
    void aDeleteAgainstAnEditIsAskedAndTheEditKept() {
        const ClientProfile grace = newProfile(m_site.id, u"Grace Hopper"_s, u"grace@northwind.example"_s);
        QVERIFY(m_a.workspace->edit<ClientProfile>(std::nullopt, grace, u"Add profile"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_b.store().profiles().get(grace.id).ok(), liveTimeout);
        QVERIFY(goOffline());
        QVERIFY(m_a.workspace->edit<ClientProfile>(m_a.profile(grace.id), std::nullopt, u"Delete profile"_s));
        ClientProfile onB = m_b.profile(grace.id);
        onB.title = u"Rear admiral"_s;
        QVERIFY(m_b.workspace->edit<ClientProfile>(m_b.profile(grace.id), onB, u"Edit profile"_s));
        QVERIFY(comeBack());
        QTRY_COMPARE_WITH_TIMEOUT(m_b.openConflicts(), 1, liveTimeout);
        const QList<Conflict> open = Conflicts(m_b.workspace->database()).open();
        QCOMPARE(open.constFirst().field, QString::fromLatin1(SyncEngine::deletedRecordField));
        QCOMPARE(m_b.profile(grace.id).title, u"Rear admiral"_s); // still here until B decides

        ConflictsDialog dialog(*m_b.workspace, m_b.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableWidget*>(u"table"_s);
        table->selectRow(0);
        QVERIFY(!dialog.findChild<QPushButton*>(u"useMerged"_s)->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"takeMine"_s), Qt::LeftButton);
        QCOMPARE(dialog.openCount(), 0);
        for (AdminConsole* desk : {&m_b, &m_a}) {
            QTRY_VERIFY_WITH_TIMEOUT(desk->store().profiles().get(grace.id).ok() &&
                                         desk->profile(grace.id).title == u"Rear admiral"_s,
                                     liveTimeout);
        }
        const QStringList names = actors(u"client_profile"_s, grace.id);
        QCOMPARE(names.first(), u"Dana Ortiz"_s); // added
        QVERIFY(names.contains(u"Marco Bianchi"_s));
    }

    // B's editor is open while A changes the record: the untouched field follows A, the field B
    // typed into is B's and marked as changed on the backend; B's save keeps both.
    void aStaleEditorTakesUntouchedFieldsAndMarksTheClash() {
        ClientProfileEditor editor(*m_b.workspace, m_site.id, m_b.profile(m_dana.id), m_b.window.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* title = editor.findChild<QLineEdit*>(u"title"_s);
        auto* email = editor.findChild<QLineEdit*>(u"email"_s);
        title->selectAll();
        QTest::keyClicks(title, u"CTO"_s);

        ClientProfile onA = m_a.profile(m_dana.id);
        onA.email = u"ada.lovelace@northwind.example"_s;
        QVERIFY(m_a.workspace->edit<ClientProfile>(m_a.profile(m_dana.id), onA, u"Edit profile"_s));
        QTRY_COMPARE_WITH_TIMEOUT(email->text(), u"ada.lovelace@northwind.example"_s, liveTimeout);
        QCOMPARE(title->text(), u"CTO"_s);

        QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        for (AdminConsole* desk : {&m_a, &m_b}) {
            QTRY_COMPARE_WITH_TIMEOUT(desk->profile(m_dana.id).title, u"CTO"_s, liveTimeout);
            QCOMPARE(desk->profile(m_dana.id).email, u"ada.lovelace@northwind.example"_s);
        }
        const QList<protocol::AuditEntry> entries = audit(u"client_profile"_s, m_dana.id);
        QCOMPARE(entries.constLast().memberName, u"Marco Bianchi"_s);
        QCOMPARE(entries.constLast().fields, QStringList{u"title"_s});
    }

    // A changes the partner settings: B's workspace has them, and B's checker uses them.
    void partnerSettingsReachTheOtherDesk() {
        const PartnerSettings before = m_a.workspace->partnerSettings();
        PartnerSettings after = before;
        after.check.partnerName = u"Brightpath IT"_s;
        after.check.forbiddenTerms = QStringList{u"Contoso Helpdesk"_s};
        QVERIFY(PartnerSettingsEdits(*m_a.workspace).save(before, after));
        QTRY_VERIFY_WITH_TIMEOUT(m_b.workspace->partnerSettings().check.forbiddenTerms ==
                                     QStringList{u"Contoso Helpdesk"_s},
                                 liveTimeout);
        QCOMPARE(m_b.workspace->partnerSettings().check.partnerName, u"Brightpath IT"_s);
        QCOMPARE(actors(QString::fromLatin1(PartnerSettings::entityName), PartnerSettings::recordId()),
                 QStringList{u"Dana Ortiz"_s});
    }
};

QTEST_MAIN(tst_TwoAdmins)
#include "tst_TwoAdmins.moc"
