// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendSettings.h"
#include "Conflicts.h"
#include "ConflictsDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace sitekeeper::test;

// The console against the real sitekeeper-server on loopback: Sync Now empties the outbox and the
// status bar says so; a conflict is shown side by side and resolved in the Conflicts dialog.
class tst_ConsoleSync : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void syncNowPushesAndShowsStatus() {
        ServerProcess server(makeDatabase(QStringLiteral("sqlite"), m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(QStringLiteral("Brightpath"));
        QVERIFY(!token.isEmpty());
        // The documented automation hook stands in for the keychain-held token here.
        qputenv(BackendSettings::tokenEnvironmentVariable, token);

        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("ws")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Northwind");
        QVERIFY(workspace.edit<Site>(std::nullopt, site, QStringLiteral("Add site")).ok());
        BackendSettings(workspace.folder()).setUrl(server.url());
        QCOMPARE(SyncEngine::status(workspace.store()).pending, 1);

        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel* syncLabel = nullptr;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Sync status"))
                syncLabel = label;
        }
        QVERIFY(syncLabel);
        // The console follows the backend (LiveSync): the waiting edit goes out without a click.
        QTRY_VERIFY_WITH_TIMEOUT(syncLabel->text().startsWith(QStringLiteral("Synced")), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(SyncEngine::status(workspace.store()).pending, 0, 20'000);
        window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(syncLabel->text().startsWith(QStringLiteral("Synced")), 20'000);
        QVERIFY2(syncLabel->text().contains(QStringLiteral("Edits waiting: 0")),
                 qPrintable(syncLabel->text()));
        QCOMPARE(SyncEngine::status(workspace.store()).pending, 0);
        screenshot(&window, QStringLiteral("main-window-synced"));
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
    }

    void conflictsAreResolvedSideBySide() {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")), Workspace::OpenMode::MustExist);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        const Site site = workspace.store().sites().list().value().constFirst();
        Conflict clash;
        clash.entity = QStringLiteral("site");
        clash.entityId = site.id;
        clash.field = QStringLiteral("champion");
        clash.base = QString();
        clash.mine = QStringLiteral("Dana Whitfield");
        clash.theirs = QStringLiteral("Marco Bianchi");
        clash.serverRevision = 2;
        QVERIFY(Conflicts(workspace.database()).add(clash).ok());

        ConflictsDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.openCount(), 1);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("table"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Site Northwind"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Champion"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Dana Whitfield"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Marco Bianchi"));
        table->selectRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(dialog.openCount(), 0);
        QCOMPARE(workspace.store().sites().get(site.id)->champion, QStringLiteral("Marco Bianchi"));
    }
};

QTEST_MAIN(tst_ConsoleSync)
#include "tst_ConsoleSync.moc"
