// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync Problems view and the Conflicts dialog against the real sitekeeper-server on loopback,
// driven as a person would: the status bar's "Refused by the backend" count opens the view; the
// keyboard opens a record's editor; Retry queues the edit again; Discard Edit takes the backend's
// version, and Edit > Undo brings the edit back. In the Conflicts dialog records have their names and
// fields their labels, and a typed merged value is what the store holds afterwards.
#include "BackendSettings.h"
#include "Conflicts.h"
#include "ConflictsDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Store.h"
#include "SyncProblems.h"
#include "SyncProblemsDialog.h"
#include "SyncSession.h"
#include "SyncStatusBar.h"
#include "SyncTestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncProblemsView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<Workspace> m_workspace;
    Site m_site;
    ClientProfile m_ada;
    ClientProfile m_grace;

    Store& store() { return m_workspace->store(); }

    ClientProfile profile(const QString& name, const QString& email, const QString& mobile) {
        ClientProfile p;
        p.id = QUuid::createUuid();
        p.siteId = m_site.id;
        p.fullName = name;
        p.email = email;
        p.mobilePhone = mobile;
        p.title = u"IT lead"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<ServerProcess>(makeDatabase(u"sqlite"_s, m_dir));
        QVERIFY(m_server->start());
        m_token = m_server->addTenant(u"Brightpath"_s);
        QVERIFY(!m_token.isEmpty());
        // The documented automation hook stands in for the keychain-held token here.
        qputenv(BackendSettings::tokenEnvironmentVariable, m_token);
        auto opened = Workspace::open(m_dir.filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        BackendSettings(m_workspace->folder()).setUrl(m_server->url());
        m_site.id = QUuid::createUuid();
        m_site.name = u"Contoso HQ"_s;
        m_site.emailDomains = {u"contoso.com"_s};
        QVERIFY(m_workspace->edit<Site>(std::nullopt, m_site, u"Add site"_s));
        m_ada = profile(u"Ada Lovelace"_s, u"ada@contoso.com"_s, u"+14155550123"_s);
        m_grace = profile(u"Grace Hopper"_s, u"grace@contoso.com"_s, u"+14155550124"_s);
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, m_ada, u"Add Ada"_s));
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, m_grace, u"Add Grace"_s));
        auto synced = SyncSession(*m_workspace).run();
        QVERIFY(synced && synced->error.isEmpty());

        // Ada's email as an older desktop let it through: the backend refuses it.
        QVERIFY(queueUncheckedEdit(store(), u"client_profile"_s, m_ada.id, u"email"_s, u"ada at contoso"_s));
        synced = SyncSession(*m_workspace).run();
        QVERIFY(synced);
        QCOMPARE(synced->rejected, 1);
        // Grace's new mobile number, refused for the member's role (as a reviewer's would be).
        const ClientProfile before = store().profiles().get(m_grace.id).value();
        ClientProfile after = before;
        after.mobilePhone = u"+14155550199"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(before, after, u"Edit Grace"_s));
        QVERIFY(store().journal().markNeedsAttention(
            store().journal().pending().constLast().opId,
            u"role: changing a client profile needs the editor role; you are a reviewer"_s, u"forbidden"_s));
        m_workspace->undoStack().clear();
    }

    void cleanupTestCase() {
        m_workspace.reset();
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
    }

    void theViewListsOpensRetriesAndDiscards() {
        auto window = openCheckedWindow(*m_workspace, QDate(2026, 12, 1));
        QVERIFY(window);
        auto* count = window->statusBar()->findChild<QToolButton*>(u"syncProblemsButton"_s);
        QVERIFY(count);
        QVERIFY(count->isVisible());
        QCOMPARE(count->text(), u"Refused by the backend: 2"_s);
        QTest::mouseClick(count, Qt::LeftButton);
        auto* view = window->findChild<SyncProblemsDialog*>();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        auto* table = view->findChild<QTableWidget*>(u"table"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"Client profile Ada Lovelace edited (Contoso HQ)"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Email"_s);
        QVERIFY2(table->item(0, 3)->text().contains(u"Email: "_s), qPrintable(table->item(0, 3)->text()));
        QCOMPARE(table->item(1, 1)->text(), u"Mobile phone"_s);
        QVERIFY(table->item(1, 3)->text().contains(u"Your role may not make this edit"_s));
        view->resize(1000, 360);
        screenshot(view, u"sync-problems"_s);

        // Enter opens the selected record's editor, at the field the backend named.
        table->setFocus();
        table->selectRow(0);
        bool edited = false;
        onNextDialog(
            [](QDialog* editor) {
                auto* email = editor->findChild<QLineEdit*>(u"email"_s);
                CHECK(email);
                CHECK(email->text() == u"ada at contoso"_s);
                email->clear();
                QTest::keyClicks(email, u"ada.lovelace@contoso.com"_s);
                QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                                  Qt::LeftButton);
                return editor->result() == QDialog::Accepted;
            },
            &edited);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(edited);
        QCOMPARE(store().profiles().get(m_ada.id)->email, u"ada.lovelace@contoso.com"_s);

        // Retry: back in the outbox, sent with the fixed value by the next sync.
        table->selectRow(0);
        QTest::mouseClick(view->findChild<QPushButton*>(u"retry"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(count->text(), u"Refused by the backend: 1"_s);
        auto* syncBar = window->findChild<SyncStatusBar*>();
        QVERIFY(syncBar);
        QSignalSpy synced(syncBar, &SyncStatusBar::synced);
        window->findChild<QAction*>(u"actionSyncNow"_s)->trigger();
        QVERIFY(synced.wait(30'000));
        QCOMPARE(SyncEngine::status(store()).pending, 0);
        QCOMPARE(SyncEngine::status(store()).needsAttention, 1);
        const auto onServer = serverState(m_network, *m_server, m_token);
        QCOMPARE(onServer.value(u"client_profile/"_s + m_ada.id.toString(QUuid::WithoutBraces))
                     .fields.value(u"email"_s)
                     .toString(),
                 u"ada.lovelace@contoso.com"_s);

        // Discard Grace's refused number: the backend's comes back, and Edit > Undo restores the edit.
        table->selectRow(0);
        QTest::mouseClick(view->findChild<QPushButton*>(u"discard"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30'000);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(store().profiles().get(m_grace.id)->mobilePhone, u"+14155550124"_s);
        QVERIFY(!count->isVisible());
        window->findChild<QAction*>(u"actionUndo"_s)->trigger();
        QCOMPARE(store().profiles().get(m_grace.id)->mobilePhone, u"+14155550199"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(SyncProblems(*m_workspace).list()->at(0).code, u"forbidden"_s);

        // The menu entry and its shortcut reach the same view.
        view->close();
        auto* action = window->findChild<QAction*>(u"actionSyncProblems"_s);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        action->trigger();
        QVERIFY(view->isVisible());
        view->close();
    }

    void conflictsShowNamesLabelsAndTakeATypedMergedValue() {
        Conflicts conflicts(m_workspace->database());
        const auto add = [&](const QString& entity, const QUuid& id, const QString& field,
                             const QJsonValue& base, const QJsonValue& mine, const QJsonValue& theirs) {
            Conflict c;
            c.entity = entity;
            c.entityId = id;
            c.field = field;
            c.base = base;
            c.mine = mine;
            c.theirs = theirs;
            c.serverRevision = store().repository(*entityKindFromName(entity)).state(id)->serverRevision;
            return conflicts.add(c).valueOr(QUuid());
        };
        QVERIFY(
            !add(u"client_profile"_s, m_ada.id, u"title"_s, u"IT lead"_s, u"Head of IT"_s, u"IT Director"_s)
                 .isNull());
        QVERIFY(!add(u"site"_s, m_site.id, u"email_domains"_s, QJsonArray{u"contoso.com"_s},
                     QJsonArray{u"contoso.com"_s, u"contoso.net"_s},
                     QJsonArray{u"contoso.com"_s, u"contoso.org"_s})
                     .isNull());
        QVERIFY(!add(u"client_profile"_s, m_grace.id, QString::fromLatin1(SyncEngine::deletedRecordField),
                     false, false, true)
                     .isNull());

        ConflictsDialog dialog(*m_workspace);
        dialog.resize(1100, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.openCount(), 3);
        auto* table = dialog.findChild<QTableWidget*>(u"table"_s);
        QCOMPARE(table->item(0, 0)->text(), u"Client profile Ada Lovelace (Contoso HQ)"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Job title"_s);
        QCOMPARE(table->item(0, 2)->text(), u"IT lead"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Head of IT"_s);
        QCOMPARE(table->item(0, 4)->text(), u"IT Director"_s);
        QCOMPARE(table->item(1, 1)->text(), u"Email domains"_s);
        QVERIFY2(table->item(2, 3)->text().contains(u"deleted on the backend"_s),
                 qPrintable(table->item(2, 3)->text()));

        // Ada's title: the merged value, typed.
        table->selectRow(0);
        auto* merged = dialog.findChild<QPlainTextEdit*>(u"mergedValue"_s);
        QCOMPARE(merged->toPlainText(), u"Head of IT"_s); // starts from yours
        merged->setFocus();
        merged->selectAll();
        QTest::keyClicks(merged, u"Head of IT and Facilities"_s);
        screenshot(&dialog, u"conflicts"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"useMerged"_s), Qt::LeftButton);
        QCOMPARE(dialog.openCount(), 2);
        QCOMPARE(store().profiles().get(m_ada.id)->title, u"Head of IT and Facilities"_s);
        bool queued = false;
        for (const JournalEntry& entry : store().journal().pending())
            queued = queued || entry.fields.value(u"title"_s) == u"Head of IT and Facilities"_s;
        QVERIFY(queued);

        // The site's domains: the prefilled merge holds both sides' items.
        table->selectRow(0);
        QCOMPARE(merged->toPlainText(), u"contoso.com\ncontoso.net\ncontoso.org"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"useMerged"_s), Qt::LeftButton);
        QCOMPARE(store().sites().get(m_site.id)->emailDomains,
                 (QStringList{u"contoso.com"_s, u"contoso.net"_s, u"contoso.org"_s}));

        // A delete against an edit offers no merged value; the backend's side deletes it here.
        table->selectRow(0);
        QVERIFY(!dialog.findChild<QPushButton*>(u"useMerged"_s)->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"takeTheirs"_s), Qt::LeftButton);
        QCOMPARE(dialog.openCount(), 0);
        QVERIFY(!store().profiles().get(m_grace.id));
    }
};

QTEST_MAIN(tst_SyncProblemsView)
#include "tst_SyncProblemsView.moc"
