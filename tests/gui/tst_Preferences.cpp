// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"
#include "PartnerSettingsEdits.h"
#include "PreferencesDialog.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

// The partner settings the rulebook reads are edited in Preferences: one synced record, saved as an
// undoable edit; the phone region stays in settings.ini. A member who is not an admin sees them
// read-only, told why.

namespace {

// As if `GET /v1/me` had said the workspace's member has `role`.
void signInAs(sitekeeper::Workspace& workspace, sitekeeper::protocol::Role role) {
    sitekeeper::protocol::Me me;
    me.member.id = QUuid::createUuid();
    me.member.name = QStringLiteral("Robin Hale");
    me.member.email = QStringLiteral("robin@brightpath.example");
    me.member.role = role;
    me.tenantName = QStringLiteral("Brightpath");
    workspace.setIdentity(me);
}

} // namespace

class tst_Preferences : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

    static void check(QListWidget* list, const QString& key, Qt::CheckState state) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == key) {
                list->item(i)->setCheckState(state);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no item %1").arg(key)));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened =
            Workspace::open(m_dir->filePath(QStringLiteral("ws")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
    }
    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void checkSettingsAreSavedAndReported() {
        PreferencesDialog dialog(*m_workspace);
        dialog.show();
        auto* topics = dialog.findChild<QListWidget*>(QStringLiteral("requiredTopics"));
        auto* types = dialog.findChild<QListWidget*>(QStringLiteral("requiredApprovalTypes"));
        QVERIFY(topics && types);
        QCOMPARE(topics->count(), 10);
        check(topics, QStringLiteral("mfa"), Qt::Unchecked);
        check(topics, QStringLiteral("printing"), Qt::Checked);
        check(types, QStringLiteral("new_user_setup"), Qt::Checked);
        dialog.findChild<QSpinBox*>(QStringLiteral("approverReviewDays"))->setValue(180);
        dialog.findChild<QLineEdit*>(QStringLiteral("partnerName"))->setText(QStringLiteral("Brightpath IT"));
        dialog.findChild<QLineEdit*>(QStringLiteral("helpDeskPhone"))
            ->setText(QStringLiteral("(201) 555-0123"));
        screenshot(&dialog, QStringLiteral("preferences"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.checksChanged());

        // The record holds them, as the next session (and the backend) reads them.
        const PartnerSettings stored = m_workspace->partnerSettings();
        const CheckSettings& saved = stored.check;
        QVERIFY(!saved.requiredTopics.contains(ReferenceTopic::Mfa));
        QVERIFY(saved.requiredTopics.contains(ReferenceTopic::Printing));
        QVERIFY(saved.requiredApprovalTypes.contains(QStringLiteral("new_user_setup")));
        QVERIFY(saved.requiredApprovalTypes.contains(QStringLiteral("password_reset_other_user")));
        QCOMPARE(saved.approverReviewDays, 180);
        QCOMPARE(saved.partnerName, QStringLiteral("Brightpath IT"));
        QCOMPARE(stored.helpDesk.phone, QStringLiteral("+12015550123"));
        QCOMPARE(m_workspace->store()
                     .journal()
                     .forEntity(QStringLiteral("partner_settings"), PartnerSettings::recordId())
                     .size(),
                 1);
        // One step of Edit > Undo takes it all back.
        QCOMPARE(m_workspace->undoStack().count(), 1);
        m_workspace->undoStack().undo();
        QVERIFY(m_workspace->partnerSettings() == PartnerSettings::defaults());
        m_workspace->undoStack().redo();
        QCOMPARE(m_workspace->partnerSettings().check.partnerName, QStringLiteral("Brightpath IT"));

        // Opening and accepting again changes nothing the rules read.
        PreferencesDialog again(*m_workspace);
        again.accept();
        QVERIFY(!again.checksChanged());
        QCOMPARE(m_workspace->undoStack().count(), 1);
    }

    void nothingChangedWritesNothing() {
        PreferencesDialog dialog(*m_workspace);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_workspace->undoStack().count(), 0);
        QVERIFY(!m_workspace->store().partnerSettings().get(PartnerSettings::recordId()));
    }

    void anEditorSeesThemReadOnly() {
        signInAs(*m_workspace, protocol::Role::Editor);
        PreferencesDialog dialog(*m_workspace);
        dialog.show();
        QVERIFY(!dialog.partnerSettingsEditable());
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("partnerNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Only admins change the partner settings")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("you are signed in as editor")));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("partnerName"));
        QVERIFY(name->isReadOnly());
        QVERIFY(!dialog.findChild<QListWidget*>(QStringLiteral("requiredTopics"))->isEnabled());
        QVERIFY(dialog.findChild<QSpinBox*>(QStringLiteral("approverReviewDays"))->isReadOnly());
        // Typing does nothing; the machine's own setting is still saved.
        QTest::keyClicks(name, QStringLiteral("Sneaky"));
        QCOMPARE(name->text(), QString());
        auto* region = dialog.findChild<QLineEdit*>(QStringLiteral("region"));
        QVERIFY(!region->isReadOnly());
        region->setText(QStringLiteral("DE"));
        screenshot(&dialog, QStringLiteral("preferences-read-only"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_workspace->settings().defaultPhoneRegion(), QStringLiteral("DE"));
        QVERIFY(m_workspace->partnerSettings() == PartnerSettings::defaults());
        QCOMPARE(m_workspace->undoStack().count(), 0);
    }

    void aBadHelpDeskNumberIsRefusedOnItsField() {
        PreferencesDialog dialog(*m_workspace);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("helpDeskPhone"))->setText(QStringLiteral("+1 201 555"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Help desk phone")));
        QVERIFY(m_workspace->partnerSettings().helpDesk.phone.isEmpty());
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_Preferences.moc"
