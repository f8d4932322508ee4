// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"
#include "PreferencesDialog.h"
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

// The partner settings the rulebook reads are edited in Preferences and kept in settings.ini.
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

        // A fresh read of settings.ini, as the next session makes it.
        WorkspaceSettings reread(m_dir->filePath(QStringLiteral("ws/settings.ini")));
        const CheckSettings saved = reread.checkSettings();
        QVERIFY(!saved.requiredTopics.contains(ReferenceTopic::Mfa));
        QVERIFY(saved.requiredTopics.contains(ReferenceTopic::Printing));
        QVERIFY(saved.requiredApprovalTypes.contains(QStringLiteral("new_user_setup")));
        QVERIFY(saved.requiredApprovalTypes.contains(QStringLiteral("password_reset_other_user")));
        QCOMPARE(saved.approverReviewDays, 180);
        QCOMPARE(saved.partnerName, QStringLiteral("Brightpath IT"));
        QCOMPARE(reread.helpDeskContact().phone, QStringLiteral("+12015550123"));

        // Opening and accepting again changes nothing the rules read.
        PreferencesDialog again(*m_workspace);
        again.accept();
        QVERIFY(!again.checksChanged());
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
        QVERIFY(m_workspace->settings().helpDeskContact().phone.isEmpty());
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_Preferences.moc"
