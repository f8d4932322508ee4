// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityListModel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProfileMergeDialog.h"
#include "RecordTab.h"
#include "Store.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;
using Field = ProfileMerge::Field;

// SK202's Merge… in the console: from the finding to the dialog, the choices made with the keyboard and
// the mouse, the merge written and undone with Ctrl+Z; the same dialog from two selected profiles;
// a viewer's greyed-out Merge.
class tst_ProfileMergeDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_today{2026, 6, 1};
    QUuid m_alpha, m_ada, m_king, m_approver, m_reference;
    int m_count = 0;

    std::unique_ptr<Workspace> workspace() {
        Bundle bundle;
        bundle.approvalTypes = ApprovalType::builtins();
        Site alpha;
        alpha.id = m_alpha = QUuid::createUuid();
        alpha.name = u"Alpha Dental"_s;
        alpha.coverage = Coverage::BusinessHours;
        alpha.timeZone = u"America/New_York"_s;
        bundle.sites = {alpha};
        // The same person twice (the same email): once from the directory, once typed by hand.
        ClientProfile ada;
        ada.id = m_ada = QUuid::createUuid();
        ada.siteId = m_alpha;
        ada.fullName = u"Ada Lovelace"_s;
        ada.email = u"ada@alphadental.com"_s;
        ada.mobilePhone = u"+12015550123"_s;
        ClientProfile king;
        king.id = m_king = QUuid::createUuid();
        king.siteId = m_alpha;
        king.fullName = u"Ada King"_s;
        king.email = u"ada@alphadental.com"_s;
        king.officePhone = u"+12015550188"_s;
        king.title = u"Chief Financial Officer"_s;
        king.vip = true;
        bundle.profiles = {ada, king};
        Approver approver;
        approver.id = m_approver = QUuid::createUuid();
        approver.siteId = m_alpha;
        approver.approvalType = u"password_reset_other_user"_s;
        approver.personKind = PersonKind::ClientProfile;
        approver.personId = m_king;
        approver.automatedApproval = true;
        approver.lastReviewed = m_today;
        bundle.approvers = {approver};
        Reference reference;
        reference.id = m_reference = QUuid::createUuid();
        reference.siteId = m_alpha;
        reference.title = u"Printers and scanners"_s;
        reference.topic = ReferenceTopic::Printing;
        reference.owner = u"Ada King"_s;
        reference.lastReviewed = m_today;
        bundle.references = {reference};
        return workspaceWith(m_dir.filePath(u"ws%1"_s.arg(++m_count)), bundle);
    }

    static std::optional<Finding> duplicateOf(const Checker& checker, const QUuid& id) {
        for (const Finding& f : checker.findings()) {
            if (f.rule == QLatin1String("SK202") && f.entityId == id)
                return f;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"SitekeeperTest"_s);
    }

    void mergeFromTheFinding() {
        auto ws = workspace();
        QVERIFY(ws);
        auto window = openCheckedWindow(*ws, m_today);
        QVERIFY(window);
        const auto finding = duplicateOf(window->checker(), m_ada);
        QVERIFY(finding);
        QCOMPARE(finding->action, FixAction::MergeProfiles);
        QCOMPARE(finding->relatedId, m_king);
        QVERIFY(finding->fix.startsWith(u"Merge the two profiles"_s));

        window->showFindings();
        FindingsPanel* panel = window->findingsPanel();
        QVERIFY(panel->selectFinding(*finding));
        auto* applyFix = panel->findChild<QPushButton*>(u"applyFixButton"_s);
        QVERIFY(applyFix->isEnabled());
        QCOMPARE(applyFix->text(), u"&Merge…"_s);

        bool ok = false;
        onNextDialog(
            [this](QDialog* d) {
                auto* dialog = qobject_cast<ProfileMergeDialog*>(d);
                CHECK(dialog);
                CHECK(dialog->profileId(0) == m_ada && dialog->profileId(1) == m_king);
                CHECK(dialog->plan().has_value());
                // Ada is kept at first; a value set on one side only is taken from where it is set.
                CHECK(dialog->keepButton(0)->isChecked());
                CHECK(dialog->choiceButton(Field::MobilePhone, 0)->isChecked());
                CHECK(dialog->choiceButton(Field::Title, 1)->isChecked());
                CHECK(dialog->choiceButton(Field::OfficePhone, 1)->isChecked());
                CHECK(dialog->choiceButton(Field::Vip, 1)->isChecked());
                CHECK(dialog->choiceButton(Field::Title, 1)->text() == u"Chief Financial Officer"_s);
                CHECK(dialog->choiceButton(Field::OfficePhone, 0)->text() == u"(empty)"_s);
                // One email in both: nothing to choose.
                CHECK(!dialog->choiceButton(Field::Email, 0)->isEnabled());

                // The keyboard: Alt+N goes to the name, the arrows choose; Alt+K and Right keep King.
                dialog->activateWindow();
                CHECK(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
                QRadioButton* name[2] = {dialog->choiceButton(Field::FullName, 0),
                                         dialog->choiceButton(Field::FullName, 1)};
                QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
                CHECK(QTest::qWaitFor([&] {
                    return QApplication::focusWidget() == name[0] || QApplication::focusWidget() == name[1];
                }));
                if (QApplication::focusWidget() == name[1])
                    QTest::keyClick(name[1], Qt::Key_Left);
                CHECK(dialog->choiceButton(Field::FullName, 0)->isChecked());
                QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
                CHECK(QApplication::focusWidget() == dialog->keepButton(0));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
                CHECK(dialog->keepButton(1)->isChecked());
                CHECK(dialog->plan()->keep.id == m_king);
                // King kept: nothing names Ada, so nothing moves.
                auto* list = dialog->findChild<QListWidget*>(u"repointList"_s);
                CHECK(list->count() == 1);
                CHECK(list->item(0)->text().startsWith(u"Nothing names"_s));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
                CHECK(dialog->keepButton(0)->isChecked());
                CHECK(dialog->plan()->keep.id == m_ada);

                // Ada kept: the approver and the reference owned by King's name come to her.
                CHECK(list->count() == 2);
                CHECK(list->item(0)->text() == u"Approver for Password reset for another user"_s);
                CHECK(list->item(1)->text() == u"Owner of the reference \"Printers and scanners\""_s);
                CHECK(dialog->findChild<QLabel*>(u"disableLabel"_s)
                          ->text()
                          .contains(u"\"Ada King\" will be disabled"_s));
                // The mouse: keep Ada's empty office phone after all.
                // (A radio button takes clicks on its circle and its text.)
                QRadioButton* empty = dialog->choiceButton(Field::OfficePhone, 0);
                QTest::mouseClick(empty, Qt::LeftButton, {}, QPoint(6, empty->height() / 2));
                CHECK(!dialog->plan()->takesFromOther(Field::OfficePhone));
                QRadioButton* set = dialog->choiceButton(Field::OfficePhone, 1);
                QTest::mouseClick(set, Qt::LeftButton, {}, QPoint(6, set->height() / 2));
                CHECK(dialog->plan()->takesFromOther(Field::OfficePhone));
                CHECK(!dialog->findChild<QLabel*>(u"errorLabel"_s)->isVisible());
                screenshot(dialog, u"profile-merge"_s);

                auto* merge =
                    dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
                CHECK(merge->text() == u"&Merge"_s);
                CHECK(merge->isEnabled());
                QTest::mouseClick(merge, Qt::LeftButton);
                CHECK(dialog->result() == QDialog::Accepted);
                return true;
            },
            &ok);
        QTest::mouseClick(applyFix, Qt::LeftButton);
        QVERIFY(ok);

        Store& store = ws->store();
        const ClientProfile ada = *store.profiles().get(m_ada);
        QCOMPARE(ada.fullName, u"Ada Lovelace"_s);
        QCOMPARE(ada.mobilePhone, u"+12015550123"_s);
        QCOMPARE(ada.officePhone, u"+12015550188"_s);
        QCOMPARE(ada.title, u"Chief Financial Officer"_s);
        QVERIFY(ada.vip);
        QCOMPARE(store.profiles().get(m_king)->status, ProfileStatus::Disabled);
        QCOMPARE(store.approvers().get(m_approver)->personId, m_ada);
        QCOMPARE(store.references().get(m_reference)->owner, u"Ada Lovelace"_s);
        QVERIFY(!duplicateOf(window->checker(), m_ada));
        QVERIFY(
            window->statusBar()->currentMessage().contains(u"Merge \"Ada King\" into \"Ada Lovelace\""_s));

        // One Ctrl+Z: both profiles and the pointers as they were, the finding back.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store.profiles().get(m_king)->status, ProfileStatus::Active);
        QCOMPARE(store.profiles().get(m_ada)->title, QString());
        QCOMPARE(store.approvers().get(m_approver)->personId, m_king);
        QCOMPARE(store.references().get(m_reference)->owner, u"Ada King"_s);
        QVERIFY(duplicateOf(window->checker(), m_ada));
    }

    void mergeFromTheProfilesList() {
        auto ws = workspace();
        QVERIFY(ws);
        auto window = openCheckedWindow(*ws, m_today);
        QVERIFY(window);
        window->selectSite(m_alpha);
        RecordTab* tab = window->profilesTab();
        auto* merge = tab->findChild<QPushButton*>(u"Merge"_s);
        QVERIFY(merge);
        QCOMPARE(merge->text(), u"&Merge…"_s);

        // One profile selected: asks for two.
        tab->select(m_ada);
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box);
                CHECK(box->text().contains(u"Select the two profiles"_s));
                box->accept();
                return true;
            },
            &ok);
        QTest::mouseClick(merge, Qt::LeftButton);
        QVERIFY(ok);

        // Both: the dialog; Cancel writes nothing.
        tab->view()->selectAll();
        QCOMPARE(tab->selectedIds().size(), 2);
        onNextDialog(
            [this](QDialog* d) {
                auto* dialog = qobject_cast<ProfileMergeDialog*>(d);
                CHECK(dialog);
                const QList<QUuid> shown{dialog->profileId(0), dialog->profileId(1)};
                CHECK(shown.contains(m_ada) && shown.contains(m_king));
                CHECK(dialog->plan().has_value());
                dialog->reject();
                return true;
            },
            &ok);
        QTest::mouseClick(merge, Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(ws->store().profiles().get(m_king)->status, ProfileStatus::Active);
        QCOMPARE(ws->undoStack().count(), 0);
    }

    void aPairAcrossSitesIsDisabledInOneClick() {
        // Ada's profile at a second site: approvers name profiles of their own site, so that pair is
        // not merged but one of it disabled, as before.
        auto ws = workspace();
        QVERIFY(ws);
        Site beta;
        beta.id = QUuid::createUuid();
        beta.name = u"Beta Logistics"_s;
        QVERIFY(ws->store().sites().create(beta).ok());
        ClientProfile elsewhere = *ws->store().profiles().get(m_ada);
        elsewhere.id = QUuid::createUuid();
        elsewhere.siteId = beta.id;
        QVERIFY(ws->store().profiles().create(elsewhere).ok());
        auto window = openCheckedWindow(*ws, m_today);
        QVERIFY(window);
        std::optional<Finding> across;
        for (const Finding& f : window->checker().findings()) {
            if (f.rule == QLatin1String("SK202") && f.entityId == elsewhere.id && f.relatedId == m_ada)
                across = f;
        }
        QVERIFY(across);
        QCOMPARE(across->action, FixAction::DisableProfile);
        QVERIFY(ProfileMerge(*ws).plan(m_ada, elsewhere.id).error().message.contains(u"different sites"_s));
        window->showFindings();
        FindingsPanel* panel = window->findingsPanel();
        QVERIFY(panel->selectFinding(*across));
        auto* applyFix = panel->findChild<QPushButton*>(u"applyFixButton"_s);
        QCOMPARE(applyFix->text(), u"&Apply Fix"_s);
        QTest::mouseClick(applyFix, Qt::LeftButton);
        QCOMPARE(ws->store().profiles().get(elsewhere.id)->status, ProfileStatus::Disabled);
        ws->undoStack().undo();
        QCOMPARE(ws->store().profiles().get(elsewhere.id)->status, ProfileStatus::Active);
    }

    void aViewerSeesWhyNot() {
        auto ws = workspace();
        QVERIFY(ws);
        protocol::Me me;
        me.member.id = QUuid::createUuid();
        me.member.name = u"Robin Hale"_s;
        me.member.role = protocol::Role::Viewer;
        ws->setIdentity(me);
        ProfileMergeDialog dialog(*ws, m_ada, m_king);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* merge =
            dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(!merge->isEnabled());
        QVERIFY(merge->toolTip().contains(u"editor"_s));
        auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"viewer"_s));
    }
};

QTEST_MAIN(tst_ProfileMergeDialog)
#include "tst_ProfileMergeDialog.moc"
