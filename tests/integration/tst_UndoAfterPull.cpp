// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo after a pull, with two workspaces on the real sitekeeper-server: an undo writes back
// only the fields its edit changed, so another admin's change to another field survives on both
// desks; and an undo of a field the other admin changed since refuses, saying why, and leaves the
// record as the pull left it.
#include "TwoDesks.h"

#include <QSignalSpy>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_UndoAfterPull : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void undoKeepsTheOtherAdminsField() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, QStringLiteral("keeps")));
        // A renames the title and pushes; B takes it, changes the email and pushes; A pulls.
        ClientProfile byA = desks.a.profile(desks.profile.id);
        byA.title = QStringLiteral("IT lead");
        QVERIFY(desks.a.workspace->edit<ClientProfile>(desks.a.profile(desks.profile.id), byA,
                                                       QStringLiteral("Edit title")));
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        ClientProfile byB = desks.b.profile(desks.profile.id);
        QCOMPARE(byB.title, QStringLiteral("IT lead"));
        byB.email = QStringLiteral("dana.whitfield@northwind.example");
        QVERIFY(desks.b.workspace->edit<ClientProfile>(desks.b.profile(desks.profile.id), byB,
                                                       QStringLiteral("Edit email")));
        QVERIFY(desks.b.sync());
        QVERIFY(desks.a.sync());
        QCOMPARE(desks.a.profile(desks.profile.id).email, QStringLiteral("dana.whitfield@northwind.example"));

        // A undoes its title: the title goes back, B's email stays.
        QSignalSpy failed(desks.a.workspace.get(), &Workspace::editFailed);
        desks.a.workspace->undoStack().undo();
        QCOMPARE(failed.count(), 0);
        const ClientProfile undone = desks.a.profile(desks.profile.id);
        QCOMPARE(undone.title, QStringLiteral("Office manager"));
        QCOMPARE(undone.email, QStringLiteral("dana.whitfield@northwind.example"));
        // The outbox carries the title alone.
        const QList<JournalEntry> waiting = desks.a.store().journal().pending();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.constFirst().fields.keys(), QStringList{QStringLiteral("title")});

        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        for (WorkspaceDesk* desk : {&desks.a, &desks.b}) {
            const ClientProfile now = desk->profile(desks.profile.id);
            QCOMPARE(now.title, QStringLiteral("Office manager"));
            QCOMPARE(now.email, QStringLiteral("dana.whitfield@northwind.example"));
        }
        const QJsonObject onServer = desks.serverProfile(m_network);
        QCOMPARE(onServer.value(u"title"_s).toString(), QStringLiteral("Office manager"));
        QCOMPARE(onServer.value(u"email"_s).toString(), QStringLiteral("dana.whitfield@northwind.example"));

        // Redo puts A's title back, still without touching the email.
        desks.a.workspace->undoStack().redo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(desks.a.profile(desks.profile.id).title, QStringLiteral("IT lead"));
        QCOMPARE(desks.a.profile(desks.profile.id).email, QStringLiteral("dana.whitfield@northwind.example"));
    }

    void undoOfAFieldChangedSinceRefuses() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, QStringLiteral("refuses")));
        ClientProfile byA = desks.a.profile(desks.profile.id);
        byA.title = QStringLiteral("IT lead");
        byA.vip = true;
        QVERIFY(desks.a.workspace->edit<ClientProfile>(desks.a.profile(desks.profile.id), byA,
                                                       QStringLiteral("Edit title")));
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        // B changes the same title again; A pulls it.
        ClientProfile byB = desks.b.profile(desks.profile.id);
        byB.title = QStringLiteral("Head of IT");
        QVERIFY(desks.b.workspace->edit<ClientProfile>(desks.b.profile(desks.profile.id), byB,
                                                       QStringLiteral("Edit title")));
        QVERIFY(desks.b.sync());
        QVERIFY(desks.a.sync());
        QCOMPARE(desks.a.profile(desks.profile.id).title, QStringLiteral("Head of IT"));

        QUndoStack& stack = desks.a.workspace->undoStack();
        QCOMPARE(stack.count(), 1);
        QSignalSpy failed(desks.a.workspace.get(), &Workspace::editFailed);
        stack.undo();
        // Refused, with a message that names the field and its value now; nothing was written.
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("title")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Head of IT")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("backend")), qPrintable(message));
        const ClientProfile now = desks.a.profile(desks.profile.id);
        QCOMPARE(now.title, QStringLiteral("Head of IT"));
        QVERIFY(now.vip); // the whole step is refused, not half of it
        QCOMPARE(desks.a.pending(), 0);
        // The step is gone from the stack: Ctrl+Z cannot meet it again.
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());

        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        QCOMPARE(desks.b.profile(desks.profile.id).title, QStringLiteral("Head of IT"));
        QCOMPARE(desks.serverProfile(m_network).value(u"title"_s).toString(), QStringLiteral("Head of IT"));
    }
};

QTEST_GUILESS_MAIN(tst_UndoAfterPull)
#include "tst_UndoAfterPull.moc"
