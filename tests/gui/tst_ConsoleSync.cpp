// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendSettings.h"
#include "Conflicts.h"
#include "ConflictsDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sitekeeper;
using namespace sitekeeper::test;

// The console against the real sitekeeper-server on loopback: Sync Now empties the outbox and the
// status bar says so; a long first pull shows its progress and can be cancelled, leaving whole pages
// that the next Sync Now goes on from; a conflict is shown side by side and resolved in the
// Conflicts dialog.
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

    void longFirstPullShowsProgressAndCancels() {
        ServerProcess server(makeDatabase(QStringLiteral("sqlite"), m_dir),
                             {QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(QStringLiteral("Lakeside"));
        QVERIFY(!token.isEmpty());
        constexpr int records = 30'000; // 30 pages of 1,000
        constexpr int pageSize = 1000;
        {
            Desk a;
            QVERIFY(a.open(m_dir.filePath(QStringLiteral("lakeside-a.sqlite")), server, token));
            Database::BulkWrite bulk(a.store->database());
            Transaction tx(a.store->database());
            for (int i = 0; i < records; ++i)
                QVERIFY(a.store->partnerContacts().create(contact(QStringLiteral("Contact %1").arg(i))));
            QVERIFY(tx.commit());
            a.engine->setBatchSize(1000);
            QVERIFY(runEngine(*a.engine, &SyncEngine::push, 600'000));
        }
        qputenv(BackendSettings::tokenEnvironmentVariable, token);
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("first")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        BackendSettings(workspace.folder()).setUrl(server.url());

        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel* label = nullptr;
        for (QLabel* each : window.statusBar()->findChildren<QLabel*>()) {
            if (each->accessibleName() == QLatin1String("Sync status"))
                label = each;
        }
        QProgressBar* progress = nullptr;
        for (QProgressBar* each : window.statusBar()->findChildren<QProgressBar*>()) {
            if (each->accessibleName() == QLatin1String("Sync progress"))
                progress = each;
        }
        QToolButton* cancel = nullptr;
        for (QToolButton* each : window.statusBar()->findChildren<QToolButton*>()) {
            if (each->accessibleName() == QLatin1String("Cancel sync"))
                cancel = each;
        }
        QVERIFY(label && progress && cancel);

        window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->trigger();
        // The bar counts the changes read of the total the backend names, and moves.
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() >= pageSize, 60'000);
        QCOMPARE(progress->maximum(), records);
        const int first = progress->value();
        QVERIFY2(label->text().startsWith(QStringLiteral("Receiving changes: ")), qPrintable(label->text()));
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > first, 60'000);
        // The screens have read the pages pulled so far (MainWindow refreshes the status bar then):
        // the label still shows the pull's progress, not the idle status.
        QVERIFY2(label->text().startsWith(QStringLiteral("Receiving changes: ")), qPrintable(label->text()));
        screenshot(&window, QStringLiteral("sync-first-pull-progress"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Cancelled: the bar goes, no failure dialog stops the console (the test would hang on one).
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible() && !cancel->isVisible(), 30'000);
        QVERIFY2(label->text().contains(QStringLiteral("Never synced")), qPrintable(label->text()));

        // Consistent: whole pages, and the stored cursor right after the last of them.
        const qint64 kept = workspace.store().partnerContacts().count().value();
        QVERIFY2(kept >= 2 * pageSize && kept < records, qPrintable(QString::number(kept)));
        QCOMPARE(kept % pageSize, 0);
        QNetworkAccessManager network;
        QString since = QStringLiteral("0");
        for (qint64 read = 0; read < kept; read += pageSize)
            since = http(network, "GET",
                         endpoint(server,
                                  QStringLiteral("/v1/changes?since=%1&limit=%2").arg(since).arg(pageSize)),
                         token)
                        .body.value(QStringLiteral("next"))
                        .toString();
        QCOMPARE(workspace.database().meta(QString::fromLatin1(SyncEngine::cursorKey)).value(), since);
        QCOMPARE(SyncEngine::status(workspace.store()).pending, 0);

        // The next Sync Now goes on from there to the end.
        window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Synced")), 120'000);
        QCOMPARE(workspace.store().partnerContacts().count().value(), qint64(records));
        QCOMPARE(SyncEngine::status(workspace.store()).pending, 0);
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
