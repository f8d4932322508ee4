// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in from the console against the real sitekeeper-server, with the token in the real
// keychain: Sync Now without a backend opens File > Connect to Backend, whose Test Connection says
// in words what is wrong (a plain-HTTP URL, a refused token) and whom a good token belongs to; OK
// signs in, the sync goes ahead and the status bar shows the member and their role. A viewer's
// console greys out what the role cannot do and says why; Sign Out asks, removes the token and
// keeps the outbox.
#include "../keychain/KeychainTestSupport.h"
#include "BackendSettings.h"
#include "ConnectDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecordTab.h"
#include "SignInSupport.h"
#include "Site.h"
#include "SiteEditor.h"
#include "Store.h"
#include "SyncEngine.h"
#include "Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

QLabel* statusLabel(MainWindow& window, const QString& accessibleName) {
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}

// Types into the dialog, clicks Test Connection and waits for its answer.
bool testWith(ConnectDialog* dialog, const QString& url, const QString& token) {
    dialog->findChild<QLineEdit*>(QStringLiteral("url"))->setText(url);
    dialog->findChild<QLineEdit*>(QStringLiteral("token"))->setText(token);
    QSignalSpy answered(dialog, &ConnectDialog::answered);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    return !answered.isEmpty() || answered.wait(30'000);
}

} // namespace

class tst_ConsoleSignIn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_editorToken;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
        m_server = std::make_unique<ServerProcess>(makeDatabase(QStringLiteral("sqlite"), m_dir));
        QVERIFY(m_server->start());
        QVERIFY(!m_server->addTenant(QStringLiteral("Brightpath")).isEmpty());
        m_editorToken =
            m_server->addMember(QStringLiteral("Brightpath"), QStringLiteral("Dana Ortiz"),
                                QStringLiteral("dana@brightpath.example"), QStringLiteral("editor"));
        QVERIFY2(!m_editorToken.isEmpty(), "sitekeeper-server member add (branch server) is missing");
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("ws")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Northwind");
        QVERIFY(m_workspace->edit<Site>(std::nullopt, site, QStringLiteral("Add site")));
    }

    void syncNowWithoutBackendConnects() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel* identity = statusLabel(window, QStringLiteral("Signed in as"));
        QLabel* sync = statusLabel(window, QStringLiteral("Sync status"));
        QVERIFY(identity && sync);
        QCOMPARE(identity->text(), QStringLiteral("Not signed in"));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionSignOut"))->isEnabled());

        const QString url = m_server->url().toString();
        const QString token = QString::fromLatin1(m_editorToken);
        bool interacted = false;
        onNextDialog(
            [&](QDialog* shown) {
                auto* dialog = qobject_cast<ConnectDialog*>(shown);
                CHECK(dialog);
                CHECK(testWith(dialog, QStringLiteral("http://backend.example.org"), token));
                CHECK(dialog->resultText().contains(QStringLiteral("Refusing plain HTTP")));
                CHECK(
                    testWith(dialog, url, QStringLiteral("skt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
                CHECK(dialog->resultText().contains(QStringLiteral("The sign-in token was refused")));
                CHECK(dialog->resultText().contains(QStringLiteral("Ask your admin for a new one")));
                CHECK(testWith(dialog, url, token));
                CHECK(dialog->resultText() ==
                      QStringLiteral("Connected: the token is Dana Ortiz (Editor) of Brightpath."));
                // Nothing is stored by a test.
                CHECK(!BackendSettings(m_workspace->folder()).isConfigured());
                screenshot(dialog, QStringLiteral("connect-backend"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
                return QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 30'000);
            },
            &interacted);
        window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->trigger();
        QVERIFY(interacted);

        // Signed in, and the sync that was asked for went ahead with the token from the keychain.
        QCOMPARE(identity->text(), QStringLiteral("Dana Ortiz · Editor"));
        QVERIFY(identity->toolTip().contains(QStringLiteral("dana@brightpath.example")));
        QTRY_VERIFY_WITH_TIMEOUT(sync->text().startsWith(QStringLiteral("Synced")), 30'000);
        QCOMPARE(SyncEngine::status(m_workspace->store()).pending, 0);
        QCOMPARE(protocol::toString(m_workspace->memberRole()), QStringLiteral("editor"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSignOut"))->isEnabled());
        screenshot(window.statusBar(), QStringLiteral("status-bar-identity"));
        screenshot(&window, QStringLiteral("main-window-signed-in"));
    }

    void viewerSeesWhatTheRoleCannotDo() {
        // A workspace of its own, with no backend to ask: the identity set here is the one shown.
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("viewer")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        Workspace& workspace = *opened.value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Northwind");
        QVERIFY(workspace.edit<Site>(std::nullopt, site, QStringLiteral("Add site")));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectSite(site.id);
        auto* newProfile = window.profilesTab()->findChild<QPushButton*>(QStringLiteral("newButton"));
        auto* newSite = window.findChild<QAction*>(QStringLiteral("actionNewSite"));
        auto* markReviewed = window.referencesTab()->findChild<QPushButton*>(QStringLiteral("Mark reviewed"));
        auto* setOwner = window.referencesTab()->findChild<QPushButton*>(QStringLiteral("Set owner"));
        QVERIFY(newProfile && newSite && markReviewed && setOwner);
        QVERIFY(newProfile->isEnabled());
        QVERIFY(newSite->isEnabled());

        protocol::Me viewer;
        viewer.member.id = QUuid::createUuid();
        viewer.member.name = QStringLiteral("Vic Viewer");
        viewer.member.email = QStringLiteral("vic@brightpath.example");
        viewer.member.role = protocol::Role::Viewer;
        viewer.tenantName = QStringLiteral("Brightpath");
        workspace.setIdentity(viewer);
        const QString needsEditor =
            QStringLiteral("This needs the editor role; you are signed in as viewer.");
        const QString needsReviewer =
            QStringLiteral("This needs the reviewer role; you are signed in as viewer.");
        QVERIFY(!newProfile->isEnabled());
        QCOMPARE(newProfile->toolTip(), needsEditor);
        QVERIFY(!newSite->isEnabled());
        QCOMPARE(newSite->toolTip(), needsEditor);
        QVERIFY(!setOwner->isEnabled());
        QCOMPARE(markReviewed->toolTip(), needsReviewer);
        {
            // An editor opens to read; its Save says why it is greyed out.
            SiteEditor editor(workspace, QUuid(), site, &window);
            QPushButton* save = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled());
            QCOMPARE(save->toolTip(), needsEditor);
        }
        screenshot(&window, QStringLiteral("viewer-greyed-out"));

        // A reviewer may attest and mark reviewed, not add.
        viewer.member.role = protocol::Role::Reviewer;
        workspace.setIdentity(viewer);
        QVERIFY(!newProfile->isEnabled());
        QVERIFY(markReviewed->isEnabled());
        QVERIFY(markReviewed->toolTip().isEmpty());
        QVERIFY(!setOwner->isEnabled());

        // Back to the editor who signed in: everything is allowed again, the tooltips as they were.
        viewer.member.name = QStringLiteral("Dana Ortiz");
        viewer.member.role = protocol::Role::Editor;
        workspace.setIdentity(viewer);
        QVERIFY(newProfile->isEnabled());
        QVERIFY(newProfile->toolTip().isEmpty());
        QVERIFY(newSite->isEnabled());
    }

    void signOutAsksAndKeepsTheOutbox() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QVERIFY(BackendSettings(m_workspace->folder()).isConfigured());
        Site another;
        another.id = QUuid::createUuid();
        another.name = QStringLiteral("Contoso");
        QVERIFY(m_workspace->edit<Site>(std::nullopt, another, QStringLiteral("Add site")));
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel* identity = statusLabel(window, QStringLiteral("Signed in as"));
        bool answered = false;
        QString question;
        onNextDialog(
            [&](QDialog* dialog) {
                auto* box = qobject_cast<QMessageBox*>(dialog);
                CHECK(box);
                question = box->text();
                return clickMessageBoxButton(dialog, QMessageBox::YesRole);
            },
            &answered);
        window.findChild<QAction*>(QStringLiteral("actionSignOut"))->trigger();
        QVERIFY(answered);
        QVERIFY2(question.contains(QStringLiteral("in the outbox and are pushed after you sign in again")),
                 qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(identity->text(), QStringLiteral("Not signed in"), 30'000);
        QVERIFY(!m_workspace->identity());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionSignOut"))->isEnabled());
        const auto [read, token] =
            readNow(m_workspace->vault(),
                    BackendSettings::tokenKey(m_workspace->id().toString(QUuid::WithoutBraces)));
        QCOMPARE(read.failure, CredentialVault::Failure::NotFound);
        QCOMPARE(SyncEngine::status(m_workspace->store()).pending, 1);
    }
};

QTEST_MAIN(tst_ConsoleSignIn)
#include "tst_ConsoleSignIn.moc"
