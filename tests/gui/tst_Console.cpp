// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"
#include "EditorDialog.h"
#include "EntityListModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PartnerDialog.h"
#include "RecordTab.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeView>

using namespace sitekeeper;

// The console driven as a person would: real widgets, real dialogs, a real workspace on disk.
class tst_Console : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QUuid m_contactA;
    QUuid m_contactB;

    template <class W>
    static W* child(QWidget* parent, const char* name) {
        return parent->findChild<W*>(QString::fromLatin1(name));
    }

    static bool save(QDialog* dialog) {
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        CHECK(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        return true;
    }

    static bool choose(QComboBox* combo, const QVariant& data) {
        const int index = combo->findData(data);
        CHECK(index >= 0);
        combo->setCurrentIndex(index);
        return true;
    }

    static void type(QLineEdit* edit, const QString& text) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QAction* action(MainWindow& window, const char* name) {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SitekeeperTest"));
        m_path = m_dir.filePath(QStringLiteral("console"));
    }

    void welcomePageOnAnEmptyWorkspace() {
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        MainWindow window(*workspace.value());
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(child<QStackedWidget>(&window, "detailStack")->currentWidget()->objectName(),
                 QStringLiteral("welcomePage"));
        QVERIFY(child<QPushButton>(&window, "addFirstSiteButton")->isVisible());
        screenshot(&window, QStringLiteral("welcome"));
    }

    void editEverythingUndoRedoAndReopen() {
        auto opened = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        Store& store = workspace.store();

        // Two of the partner's technicians to escalate to (contacts are partner-wide).
        for (const auto& [name, phone] :
             {std::pair{QStringLiteral("Dana Whitfield"), QStringLiteral("+12015550101")},
              std::pair{QStringLiteral("Marco Bianchi"), QStringLiteral("+12015550102")}}) {
            PartnerContact contact;
            contact.id = QUuid::createUuid();
            contact.name = name;
            contact.email =
                name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@brightpath-it.com");
            contact.phones = {phone};
            QVERIFY(
                workspace.edit<PartnerContact>(std::nullopt, contact, QStringLiteral("Add contact")).ok());
            (m_contactA.isNull() ? m_contactA : m_contactB) = contact.id;
        }
        workspace.undoStack().clear();

        MainWindow window(workspace);
        window.resize(1200, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // 1. A site, through the site editor.
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                screenshot(d, QStringLiteral("editor-site"));
                type(child<QLineEdit>(d, "name"), QStringLiteral("Contoso HQ"));
                CHECK(choose(child<QComboBox>(d, "coverage"), QStringLiteral("business_hours")));
                CHECK(choose(child<QComboBox>(d, "timeZone"), QStringLiteral("America/New_York")));
                type(child<QLineEdit>(d, "emailDomains"), QStringLiteral("contoso.com"));
                child<QCheckBox>(d, "holdsServers")->setChecked(true);
                for (const char* day :
                     {"hoursDayMon", "hoursDayTue", "hoursDayWed", "hoursDayThu", "hoursDayFri"})
                    child<QCheckBox>(d, day)->setChecked(true);
                child<QTimeEdit>(d, "hoursStart")->setTime(QTime(8, 0));
                child<QTimeEdit>(d, "hoursEnd")->setTime(QTime(17, 30));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        window.newSite(QUuid());
        QVERIFY(ok);
        QCOMPARE(store.sites().count().value(), 1);
        const Site hq = store.sites().list().value().constFirst();
        QCOMPARE(hq.name, QStringLiteral("Contoso HQ"));
        QCOMPARE(hq.coverage, Coverage::BusinessHours);
        QCOMPARE(hq.emailDomains, QStringList{QStringLiteral("contoso.com")});
        QCOMPARE(hq.businessHours.size(), 1);
        QCOMPARE(hq.businessHours.constFirst().days.size(), size_t(5));
        QCOMPARE(hq.businessHours.constFirst().start, QTime(8, 0));
        QCOMPARE(hq.businessHours.constFirst().end, QTime(17, 30));
        QCOMPARE(hq.businessHours.constFirst().timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(window.currentSiteId(), hq.id);

        // 2. A child site: the editor starts with the parent chosen.
        onNextDialog(
            [hq](QDialog* d) {
                CHECK(child<QComboBox>(d, "parent")->currentData().toUuid() == hq.id);
                type(child<QLineEdit>(d, "name"), QStringLiteral("Contoso Lab"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        window.newSite(hq.id);
        QVERIFY(ok);
        QCOMPARE(store.sites().count().value(), 2);
        ListQuery labQuery;
        labQuery.search = QStringLiteral("Lab");
        const Site lab = store.sites().list(labQuery).value().constFirst();
        QCOMPARE(lab.parentId, hq.id);
        QVERIFY(window.siteModel()->indexOf(lab.id).parent().isValid());
        window.selectSite(hq.id);
        QCOMPARE(window.currentSiteId(), hq.id);

        // 3. A profile: an invalid mobile number is refused inline, then a valid one is saved.
        onNextDialog(
            [](QDialog* d) {
                auto* editor = qobject_cast<EditorDialog*>(d);
                CHECK(editor);
                type(child<QLineEdit>(d, "fullName"), QStringLiteral("Ada Lovelace"));
                type(child<QLineEdit>(d, "email"), QStringLiteral("ada@contoso.com"));
                type(child<QLineEdit>(d, "mobilePhone"), QStringLiteral("+1 555"));
                CHECK(child<QLabel>(d, "mobilePhoneHint")->text().contains(QStringLiteral("d92d20")));
                CHECK(save(d));
                CHECK(d->isVisible()); // not saved
                CHECK(child<QLabel>(d, "errorLabel")->isVisible());
                CHECK(child<QLineEdit>(d, "mobilePhone")->property("invalid").toBool());
                CHECK(editor->shownErrors().size() == 1);
                CHECK(editor->shownErrors().constFirst().field == QLatin1String("mobile_phone"));
                screenshot(d, QStringLiteral("editor-profile-validation-error"));
                type(child<QLineEdit>(d, "mobilePhone"), QStringLiteral("+1 201 555 0123"));
                CHECK(child<QLabel>(d, "mobilePhoneHint")->text().startsWith(QStringLiteral("+12015550123")));
                screenshot(d, QStringLiteral("editor-profile"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(window.profilesTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        ListQuery ofHq;
        ofHq.siteId = hq.id;
        QCOMPARE(store.profiles().count(ofHq).value(), 1);
        const ClientProfile ada = store.profiles().list(ofHq).value().constFirst();
        QCOMPARE(ada.mobilePhone, QStringLiteral("+12015550123"));
        QCOMPARE(window.profilesTab()->model()->totalCount(), 1);

        // 4. Edit the profile: double-click the row, change the title.
        onNextDialog(
            [](QDialog* d) {
                type(child<QLineEdit>(d, "title"), QStringLiteral("Office Manager"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTableView* profileView = window.profilesTab()->view();
        const QRect cell = profileView->visualRect(profileView->model()->index(0, 0));
        // A click selects the row; a double-click on it opens its editor.
        QTest::mouseClick(profileView->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(profileView->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(ok);
        QCOMPARE(store.profiles().get(ada.id)->title, QStringLiteral("Office Manager"));

        // 5. An approver: Ada approves password resets by SMS.
        onNextDialog(
            [ada](QDialog* d) {
                screenshot(d, QStringLiteral("editor-approver"));
                CHECK(
                    choose(child<QComboBox>(d, "approvalType"), QStringLiteral("password_reset_other_user")));
                CHECK(choose(child<QComboBox>(d, "personKind"), QStringLiteral("client_profile")));
                CHECK(choose(child<QComboBox>(d, "person"), ada.id));
                type(child<QLineEdit>(d, "phone1"), QStringLiteral("+1 201 555 0123"));
                child<QCheckBox>(d, "smsAuthentication")->setChecked(true);
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(window.approversTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(store.approvers().count(ofHq).value(), 1);
        const Approver approver = store.approvers().list(ofHq).value().constFirst();
        QCOMPARE(approver.personId, ada.id);
        QVERIFY(approver.smsAuthentication);

        // 6. A notification rule with two escalation contacts.
        const QUuid a = m_contactA, b = m_contactB;
        onNextDialog(
            [a, b](QDialog* d) {
                screenshot(d, QStringLiteral("editor-notification-rule"));
                type(child<QLineEdit>(d, "name"), QStringLiteral("Business hours"));
                CHECK(choose(child<QComboBox>(d, "method"), QStringLiteral("phone")));
                CHECK(choose(child<QComboBox>(d, "contact1"), a));
                CHECK(choose(child<QComboBox>(d, "contact2"), b));
                CHECK(choose(child<QComboBox>(d, "timeZone"), QStringLiteral("America/New_York")));
                type(child<QLineEdit>(d, "emailRecipients"), QStringLiteral("escalations@brightpath-it.com"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(window.rulesTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(store.notificationRules().count(ofHq).value(), 1);
        QCOMPARE(store.notificationRules().list(ofHq).value().constFirst().escalationContacts,
                 (QList<QUuid>{a, b}));
        // 7. A reference, written in Markdown and looked at in the preview.
        onNextDialog(
            [](QDialog* d) {
                type(child<QLineEdit>(d, "title"), QStringLiteral("New user setup at Contoso"));
                CHECK(choose(child<QComboBox>(d, "topic"), QStringLiteral("new_user_setup")));
                child<QPlainTextEdit>(d, "body")->setPlainText(
                    QStringLiteral("# New user setup\n\n1. Create the account in **Microsoft 365**.\n"
                                   "2. Add the user to the *Staff* group.\n3. Ask the approver on file.\n"));
                child<QTabWidget>(d, "bodyTabs")->setCurrentIndex(1);
                CHECK(child<QTextBrowser>(d, "preview")
                          ->toPlainText()
                          .contains(QStringLiteral("Microsoft 365")));
                CHECK(!child<QTextBrowser>(d, "preview")->toPlainText().contains(QStringLiteral("**")));
                screenshot(d, QStringLiteral("editor-reference"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(window.referencesTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(store.references().count(ofHq).value(), 1);
        QCOMPARE(store.references().list(ofHq).value().constFirst().topic, ReferenceTopic::NewUserSetup);
        screenshot(&window, QStringLiteral("main-window"));

        // Undo each edit, newest first, and see it go; then redo each and see it come back.
        QUndoStack& stack = workspace.undoStack();
        QCOMPARE(stack.count(), 7);
        QAction* undo = action(window, "actionUndo");
        QAction* redo = action(window, "actionRedo");
        QVERIFY(undo && redo);
        undo->trigger();
        QCOMPARE(store.references().count(ofHq).value(), 0);
        QCOMPARE(window.referencesTab()->model()->totalCount(), 0);
        undo->trigger();
        QCOMPARE(store.notificationRules().count(ofHq).value(), 0);
        QCOMPARE(window.rulesTab()->model()->totalCount(), 0);
        // The shortcut does the same where the focus is not in a text field (which undoes its own typing).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QTreeView>(&window, "siteTree")->setFocus();
        QTRY_VERIFY(child<QTreeView>(&window, "siteTree")->hasFocus());
        QTest::keyClick(child<QTreeView>(&window, "siteTree"), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store.approvers().count(ofHq).value(), 0);
        undo->trigger();
        QCOMPARE(store.profiles().get(ada.id)->title, QString());
        undo->trigger();
        QCOMPARE(store.profiles().count(ofHq).value(), 0);
        undo->trigger();
        QCOMPARE(store.sites().count().value(), 1);
        undo->trigger();
        QCOMPARE(store.sites().count().value(), 0);
        QVERIFY(!stack.canUndo());

        redo->trigger();
        QCOMPARE(store.sites().count().value(), 1);
        redo->trigger();
        QCOMPARE(store.sites().count().value(), 2);
        QCOMPARE(store.sites().get(lab.id)->parentId, hq.id);
        redo->trigger();
        QCOMPARE(store.profiles().count(ofHq).value(), 1);
        child<QTreeView>(&window, "siteTree")->setFocus();
        QTRY_VERIFY(child<QTreeView>(&window, "siteTree")->hasFocus());
        QTest::keyClick(child<QTreeView>(&window, "siteTree"), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store.profiles().get(ada.id)->title, QStringLiteral("Office Manager"));
        redo->trigger();
        QCOMPARE(store.approvers().count(ofHq).value(), 1);
        redo->trigger();
        QCOMPARE(store.notificationRules().count(ofHq).value(), 1);
        redo->trigger();
        QCOMPARE(store.references().count(ofHq).value(), 1);
        QVERIFY(!stack.canRedo());

        // Every change is on disk: close everything and open the workspace again.
        opened.value().reset();
        auto again = Workspace::open(m_path, Workspace::OpenMode::MustExist);
        QVERIFY(again.ok());
        Store& reopened = again.value()->store();
        QCOMPARE(reopened.sites().count().value(), 2);
        QCOMPARE(reopened.sites().get(lab.id)->parentId, hq.id);
        QCOMPARE(reopened.profiles().get(ada.id)->title, QStringLiteral("Office Manager"));
        QCOMPARE(reopened.profiles().get(ada.id)->mobilePhone, QStringLiteral("+12015550123"));
        QCOMPARE(reopened.approvers().get(approver.id)->personId, ada.id);
        QCOMPARE(reopened.notificationRules().count(ofHq).value(), 1);
        QCOMPARE(reopened.references().count(ofHq).value(), 1);
        // And the outbox holds every edit, undo and redo for the backend.
        QVERIFY(reopened.journal().count() >= 7);
    }

    void partnerContactsAndApprovalTypes() {
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("partner")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        Bundle builtins;
        builtins.approvalTypes = ApprovalType::builtins();
        QVERIFY(workspace.importBundle(builtins).ok());
        PartnerDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                type(child<QLineEdit>(d, "name"), QStringLiteral("Noor Haddad"));
                type(child<QLineEdit>(d, "email"), QStringLiteral("noor@brightpath-it.com"));
                type(child<QLineEdit>(d, "phone1"), QStringLiteral("+44 7400 123456"));
                CHECK(child<QLabel>(d, "phone1Hint")->text().contains(QStringLiteral("mobile")));
                screenshot(d, QStringLiteral("editor-partner-contact"));
                CHECK(save(d));
                return !d->isVisible();
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(dialog.contactsTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(workspace.store().partnerContacts().count().value(), 1);
        QCOMPARE(workspace.store().partnerContacts().list().value().constFirst().phones,
                 QStringList{QStringLiteral("+447400123456")});
        QCOMPARE(dialog.contactsTab()->model()->totalCount(), 1);

        // The partner's own approval type, keyed from its name.
        onNextDialog(
            [](QDialog* d) {
                auto* input = qobject_cast<QInputDialog*>(d);
                CHECK(input);
                input->setTextValue(QStringLiteral("Printer purchase"));
                input->accept();
                return true;
            },
            &ok);
        QTest::mouseClick(child<QPushButton>(dialog.approvalTypesTab(), "newButton"), Qt::LeftButton);
        QVERIFY(ok);
        ListQuery custom;
        custom.search = QStringLiteral("printer_purchase");
        QCOMPARE(workspace.store().approvalTypes().count().value(),
                 qint64(ApprovalType::builtins().size() + 1));
        QCOMPARE(dialog.approvalTypesTab()->model()->totalCount(),
                 qint64(ApprovalType::builtins().size() + 1));
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
        screenshot(&dialog, QStringLiteral("partner-approval-types"));
        workspace.undoStack().undo();
        QCOMPARE(workspace.store().approvalTypes().count().value(), qint64(ApprovalType::builtins().size()));
    }

    void filterTenThousandProfiles() {
        DemoGenerator::Options options;
        options.sites = 1;
        options.profilesPerSite = 10'000;
        options.seed = 11;
        options.asOf = QDate(2026, 11, 1);
        auto workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("big")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        QVERIFY(workspace.value()->importBundle(DemoGenerator(options).generateAll()).ok());

        MainWindow window(*workspace.value());
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectSite(workspace.value()->store().sites().list().value().constFirst().id);
        child<QTabWidget>(&window, "siteTabs")->setCurrentWidget(window.profilesTab());
        EntityListModel* model = window.profilesTab()->model();
        QCOMPARE(model->totalCount(), 10'000);
        QVERIFY(model->rowCount() <= 2 * EntityListModel::pageSize); // lazy: a page, not the table

        QLineEdit* filter = window.profilesTab()->filterEdit();
        QTest::keyClicks(filter, QStringLiteral("Amelia"));
        QTRY_COMPARE(model->filter(), QStringLiteral("Amelia"));
        QVERIFY(model->totalCount() > 0);
        QVERIFY(model->totalCount() < 10'000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->index(row, 0).data().toString();
            const QString email = model->index(row, 1).data().toString();
            QVERIFY2(name.contains(QStringLiteral("Amelia")) || email.contains(QStringLiteral("amelia")),
                     qPrintable(name));
        }
        screenshot(&window, QStringLiteral("profiles-filtered"));
        filter->clear();
        QTRY_COMPARE(model->totalCount(), 10'000);
    }
};

QTEST_MAIN(tst_Console)
#include "tst_Console.moc"
