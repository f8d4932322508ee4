// SPDX-License-Identifier: GPL-3.0-or-later
// A record editor left open while a pull brings another admin's change, with two workspaces on the
// real sitekeeper-server: saving writes only the fields typed into the form, so the other admin's
// change to another field survives on both desks; the same field changed on both sides is asked
// about (keep mine or take the stored value), never silently lost.
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "ClientProfileEditor.h"
#include "GuiTestSupport.h"
#include "TwoDesks.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

void retype(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickSave(EditorDialog& editor) {
    QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// B sets the profile's title and pushes it.
bool otherAdminSetsTitle(TwoDesks& desks, const QString& title) {
    ClientProfile before = desks.b.profile(desks.profile.id);
    ClientProfile after = before;
    after.title = title;
    return desks.b.workspace->edit<ClientProfile>(before, after, QStringLiteral("Edit title")) &&
           desks.b.sync();
}

// Two desks synced (see TwoDesks) and A's editor of the profile, shown; null when either failed.
std::unique_ptr<ClientProfileEditor> startWithEditor(TwoDesks& desks, const QTemporaryDir& dir,
                                                     const QString& name) {
    if (!desks.start(dir, name))
        return nullptr;
    auto editor = std::make_unique<ClientProfileEditor>(*desks.a.workspace, desks.site.id,
                                                        desks.a.profile(desks.profile.id));
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        return nullptr;
    return editor;
}

// Answers the clash question that saving asks, with the button named `choice`; `text` gets its text.
void answerClash(const QString& choice, QString* text, bool* asked) {
    onNextDialog(
        [choice, text](QDialog* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            CHECK(box);
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
            auto* button = box->findChild<QPushButton*>(choice);
            CHECK(button);
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        },
        asked);
}

} // namespace

class tst_EditorAfterPull : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void savingKeepsTheOtherAdminsField() {
        TwoDesks desks;
        const auto opened = startWithEditor(desks, m_dir, QStringLiteral("other-field"));
        QVERIFY(opened);
        ClientProfileEditor& editor = *opened;
        QVERIFY(otherAdminSetsTitle(desks, QStringLiteral("Head of IT")));
        QVERIFY(desks.a.pull());
        retype(editor.findChild<QLineEdit*>(QStringLiteral("email")),
               QStringLiteral("dana.w@northwind.example"));
        clickSave(editor);
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const ClientProfile saved = desks.a.profile(desks.profile.id);
        QCOMPARE(saved.email, QStringLiteral("dana.w@northwind.example"));
        QCOMPARE(saved.title, QStringLiteral("Head of IT"));
        // The outbox carries the email alone: the title the form still showed is not sent back.
        const QList<JournalEntry> waiting = desks.a.store().journal().pending();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.constFirst().fields.keys(), QStringList{QStringLiteral("email")});

        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        for (WorkspaceDesk* desk : {&desks.a, &desks.b}) {
            const ClientProfile now = desk->profile(desks.profile.id);
            QCOMPARE(now.email, QStringLiteral("dana.w@northwind.example"));
            QCOMPARE(now.title, QStringLiteral("Head of IT"));
        }
        QCOMPARE(desks.serverProfile(m_network).value(u"title"_s).toString(), QStringLiteral("Head of IT"));
    }

    void sameFieldIsAsked_data() {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("keep mine") << u"keepMine"_s << u"IT lead"_s;
        QTest::newRow("take stored") << u"takeStored"_s << u"Head of IT"_s;
    }
    void sameFieldIsAsked() {
        QFETCH(QString, choice);
        QFETCH(QString, expectedTitle);
        TwoDesks desks;
        const auto opened = startWithEditor(desks, m_dir, QStringLiteral("same-field-") + choice);
        QVERIFY(opened);
        ClientProfileEditor& editor = *opened;
        QVERIFY(otherAdminSetsTitle(desks, QStringLiteral("Head of IT")));
        QVERIFY(desks.a.pull());
        retype(editor.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("IT lead"));
        retype(editor.findChild<QLineEdit*>(QStringLiteral("email")),
               QStringLiteral("dana.w@northwind.example"));
        QString question;
        bool asked = false;
        answerClash(choice, &question, &asked);
        clickSave(editor);
        QVERIFY2(asked, "saving over a field changed on the backend did not ask");
        QVERIFY2(question.contains(QStringLiteral("changed on the backend since you opened this editor")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Head of IT")), qPrintable(question)); // the stored value
        QVERIFY2(question.contains(QStringLiteral("IT lead")), qPrintable(question));    // and the typed one
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const ClientProfile saved = desks.a.profile(desks.profile.id);
        QCOMPARE(saved.title, expectedTitle);
        QCOMPARE(saved.email, QStringLiteral("dana.w@northwind.example")); // the field without a clash

        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        for (WorkspaceDesk* desk : {&desks.a, &desks.b}) {
            const ClientProfile now = desk->profile(desks.profile.id);
            QCOMPARE(now.title, expectedTitle);
            QCOMPARE(now.email, QStringLiteral("dana.w@northwind.example"));
        }
        QCOMPARE(desks.serverProfile(m_network).value(u"title"_s).toString(), expectedTitle);
    }

    void backToEditingSavesNothing() {
        TwoDesks desks;
        const auto opened = startWithEditor(desks, m_dir, QStringLiteral("back"));
        QVERIFY(opened);
        ClientProfileEditor& editor = *opened;
        QVERIFY(otherAdminSetsTitle(desks, QStringLiteral("Head of IT")));
        QVERIFY(desks.a.pull());
        retype(editor.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("IT lead"));
        retype(editor.findChild<QLineEdit*>(QStringLiteral("email")),
               QStringLiteral("dana.w@northwind.example"));
        QString question;
        bool asked = false;
        answerClash(u"backToEditing"_s, &question, &asked);
        clickSave(editor);
        QVERIFY(asked);
        // The editor stays open with the field marked; the store is as the pull left it.
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.shownErrors().size(), 1);
        QCOMPARE(editor.shownErrors().constFirst().field, u"title"_s);
        QVERIFY(editor.shownErrors().constFirst().message.contains(u"Head of IT"_s));
        QCOMPARE(desks.a.profile(desks.profile.id).title, QStringLiteral("Head of IT"));
        QCOMPARE(desks.a.profile(desks.profile.id).email, QStringLiteral("dana@northwind.example"));
        QCOMPARE(desks.a.pending(), 0);
        QCOMPARE(editor.findChild<QLineEdit*>(QStringLiteral("title"))->text(), QStringLiteral("IT lead"));
    }

    void anOpenEditorTakesWhatAPullBrings() {
        TwoDesks desks;
        const auto opened = startWithEditor(desks, m_dir, QStringLiteral("follows"));
        QVERIFY(opened);
        ClientProfileEditor& editor = *opened;
        auto* email = editor.findChild<QLineEdit*>(QStringLiteral("email"));
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("title"));
        retype(email, QStringLiteral("dana.w@northwind.example"));

        // B sets the title; A pulls it the way the console does, through its BackendConnection.
        QVERIFY(otherAdminSetsTitle(desks, QStringLiteral("Head of IT")));
        qputenv(BackendSettings::tokenEnvironmentVariable, desks.token);
        BackendSettings(desks.a.workspace->folder()).setUrl(desks.server->url());
        BackendConnection connection(*desks.a.workspace);
        bool connected = false;
        connection.open([&connected](Result<void> result) { connected = result.ok(); });
        QTRY_VERIFY(connected);
        QVERIFY(runEngine(connection.engine(), &SyncEngine::pull));
        qunsetenv(BackendSettings::tokenEnvironmentVariable);

        // The untouched field shows the pulled value; the typed one stays as typed.
        QCOMPARE(title->text(), QStringLiteral("Head of IT"));
        QCOMPARE(email->text(), QStringLiteral("dana.w@northwind.example"));
        QVERIFY(editor.isDirty());
        // Nothing to ask: the pulled title is the form's base now. A question would be closed and noted.
        bool asked = false;
        QTimer guard;
        guard.setInterval(50);
        connect(&guard, &QTimer::timeout, &editor, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        guard.start();
        clickSave(editor);
        guard.stop();
        QVERIFY(!asked);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const ClientProfile saved = desks.a.profile(desks.profile.id);
        QCOMPARE(saved.title, QStringLiteral("Head of IT"));
        QCOMPARE(saved.email, QStringLiteral("dana.w@northwind.example"));
        QCOMPARE(desks.a.store().journal().pending().constLast().fields.keys(), QStringList{u"email"_s});
    }
};

QTEST_MAIN(tst_EditorAfterPull)
#include "tst_EditorAfterPull.moc"
