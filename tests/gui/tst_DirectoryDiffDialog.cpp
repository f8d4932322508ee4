// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDiffDialog.h"
#include "DirectoryDiffModel.h"
#include "GuiTestSupport.h"
#include "LdapSourceWidget.h"
#include "LdapTestSupport.h"
#include "MainWindow.h"
#include "Store.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// Site > Compare With Directory: an Entra ID users export compared with a site's profiles, the three
// lists with their counts, the actions on the ticked rows, Edit > Undo, and files that cannot be read; and
// the LDAP / Active Directory source against the real slapd of scripts/test-slapd.sh.
class tst_DirectoryDiffDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QUuid m_site, m_ada, m_grace, m_alan, m_edsger, m_frances, m_john;
    const QString m_fixture = QStringLiteral(SITEKEEPER_TEST_DATA "/gui/entra-users.csv");

    // Alpha Dental: Ada (in the file, unchanged), Grace (a new mobile in the file), Alan (not in the file,
    // and an approver of two types), Edsger (disabled in the file), Frances and John (not in the file).
    std::unique_ptr<Workspace> workspace(const QString& name) {
        Bundle bundle;
        Site site;
        site.id = m_site = QUuid::createUuid();
        site.name = u"Alpha Dental"_s;
        site.timeZone = u"America/New_York"_s;
        site.emailDomains = {u"alphadental.com"_s};
        bundle.sites = {site};
        const auto person = [&](QUuid* id, const QString& name, const QString& email, const QString& mobile,
                                const QString& title) {
            ClientProfile p;
            p.id = *id = QUuid::createUuid();
            p.siteId = site.id;
            p.fullName = name;
            p.email = email;
            p.mobilePhone = mobile;
            p.title = title;
            bundle.profiles.append(p);
            return p;
        };
        person(&m_ada, u"Ada Lovelace"_s, u"ada@alphadental.com"_s, u"+12015550123"_s, u"Practice manager"_s);
        ClientProfile grace =
            person(&m_grace, u"Grace Hopper"_s, u"grace@alphadental.com"_s, u"+12015550188"_s, u"IT lead"_s);
        grace.officePhone = u"+12015550100"_s;
        bundle.profiles.last() = grace;
        person(&m_alan, u"Alan Turing"_s, u"alan@alphadental.com"_s, u"+12015550177"_s, u"Dentist"_s);
        person(&m_edsger, u"Edsger Dijkstra"_s, u"edsger@alphadental.com"_s, u"+12015550144"_s, u"Dentist"_s);
        person(&m_frances, u"Frances Allen"_s, u"frances@alphadental.com"_s, u"+12015550133"_s,
               u"Assistant"_s);
        person(&m_john, u"John McCarthy"_s, u"john@alphadental.com"_s, {}, u"Temp"_s);
        bundle.approvalTypes = ApprovalType::builtins();
        for (const QString& type : {u"password_reset_other_user"_s, u"user_termination"_s}) {
            Approver approver;
            approver.id = QUuid::createUuid();
            approver.siteId = site.id;
            approver.approvalType = type;
            approver.personId = m_alan;
            approver.phones = {u"+12015550177"_s};
            approver.smsAuthentication = true;
            bundle.approvers.append(approver);
        }
        return workspaceWith(m_dir.filePath(name), bundle);
    }

    static int rowOf(const DirectoryDiffModel* model, const QString& name) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() == name ||
                model->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }

    static QString tabText(const DirectoryDiffDialog& dialog, const char* tab) {
        auto* tabs = dialog.findChild<QTabWidget*>(u"resultTabs"_s);
        return tabs->tabText(tabs->indexOf(dialog.findChild<QWidget*>(QString::fromLatin1(tab))));
    }

    static QPushButton* button(const DirectoryDiffDialog& dialog, const char* name) {
        return dialog.findChild<QPushButton*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(m_fixture));
        // As the application does in English: the counts read "1 joiner", not "1 joiner(s)".
        QVERIFY(Translations::install(u"en"_s));
    }

    void menuOpensTheDialogForTheSelectedSite() {
        auto ws = workspace(u"menu"_s);
        QVERIFY(ws);
        MainWindow window(*ws);
        auto* action = window.findChild<QAction*>(u"actionCompareDirectory"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        window.selectSite(m_site);
        QTRY_VERIFY(action->isEnabled());
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                CHECK(qobject_cast<DirectoryDiffDialog*>(d));
                CHECK(d->findChild<QLabel*>(u"siteLabel"_s)->text().contains(u"Alpha Dental"));
                d->reject();
                return true;
            },
            &ok);
        action->trigger();
        QVERIFY(ok);
    }

    void ldapSource() {
        SITEKEEPER_REQUIRE_SLAPD();
        const test::Slapd slapd;
        test::DirectoryWriter writer;
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        // Ada unchanged, Grace with a new mobile, Edsger disabled, Barbara new; Alan, Frances, John gone.
        const QString unit = writer.unit(u"alpha"_s);
        QVERIFY(!unit.isEmpty());
        QVERIFY(writer.addPerson(unit, "ada", "Ada Lovelace", "ada@alphadental.com", {}, "+12015550123"));
        QVERIFY(writer.addPerson(unit, "grace", "Grace Hopper", "grace@alphadental.com", {"+12015550100"},
                                 "+12015550199"));
        QVERIFY(writer.addPerson(unit, "edsger", "Edsger Dijkstra", "edsger@alphadental.com", {},
                                 "+12015550144", 514));
        QVERIFY(writer.addPerson(unit, "barbara", "Barbara Liskov", "barbara@alphadental.com", {},
                                 "+12015550166"));

        auto ws = workspace(u"ldap"_s);
        QVERIFY(ws);
        DirectoryDiffDialog dialog(*ws, m_site);
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* source = dialog.findChild<QComboBox*>(u"sourceCombo"_s);
        auto* stack = dialog.findChild<QStackedWidget*>(u"sourceStack"_s);
        QCOMPARE(source->count(), 3); // file, LDAP, Entra ID
        QCOMPARE(source->itemText(1), u"LDAP / Active Directory"_s);
        source->setCurrentIndex(1);
        QCOMPARE(stack->currentWidget(), dialog.ldapSource());

        LdapSourceWidget* ldap = dialog.ldapSource();
        const auto field = [ldap](const char* name) {
            return ldap->findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        auto* errorLabel = dialog.findChild<QLabel*>(u"errorLabel"_s);
        auto* read = ldap->findChild<QPushButton*>(u"readButton"_s);

        // Plain LDAP to another machine is refused before anything is sent.
        field("urlEdit")->setText(u"ldap://dc1.alphadental.com"_s);
        field("baseDnEdit")->setText(unit);
        field("bindDnEdit")->setText(slapd.bindDn);
        field("passwordEdit")->setText(u"wrong password"_s);
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(u"StartTLS"_s), qPrintable(errorLabel->text()));

        // A wrong password: the directory's refusal, on the worker thread, and no comparison.
        field("urlEdit")->setText(slapd.url);
        QTest::mouseClick(read, Qt::LeftButton);
        QTRY_VERIFY(!ldap->isReading());
        QTRY_VERIFY2(errorLabel->text().contains(u"refused the bind DN or password"_s),
                     qPrintable(errorLabel->text()));
        QVERIFY(!errorLabel->text().contains(u"wrong password"_s));
        QVERIFY(!dialog.report());

        // Over StartTLS with the test CA, the right password: the lists as the directory says.
        ldap->findChild<QCheckBox*>(u"startTlsCheck"_s)->setChecked(true);
        field("caFileEdit")->setText(slapd.caFile);
        field("passwordEdit")->setText(QString::fromUtf8(slapd.bindPassword));
        QTest::mouseClick(read, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 15'000);
        QVERIFY(!ldap->isReading());
        QCOMPARE(dialog.joiners()->rowCount(), 1);
        QVERIFY(rowOf(dialog.joiners(), u"Barbara Liskov"_s) >= 0);
        QCOMPARE(dialog.numbers()->rowCount(), 1);
        QVERIFY(rowOf(dialog.leavers(), u"Alan Turing"_s) >= 0);
        QVERIFY(rowOf(dialog.leavers(), u"Frances Allen"_s) >= 0);
        QVERIFY(rowOf(dialog.leavers(), u"John McCarthy"_s) >= 0);
        QVERIFY(rowOf(dialog.leavers(), u"Ada Lovelace"_s) < 0);
        QVERIFY(dialog.findChild<QLabel*>(u"detectedLabel"_s)->text().contains(u"4 entries"_s));

        // An action, then undo: the lists are compared again with what was read.
        dialog.joiners()->setAllChecked(true);
        dialog.addSelectedJoiners();
        QCOMPARE(dialog.joiners()->rowCount(), 0);
        ws->undoStack().undo();
        QTRY_COMPARE(dialog.joiners()->rowCount(), 1);

        // The shot names the CA file, not the test's temporary folder.
        field("caFileEdit")->setText(u"alphadental-ca.pem"_s);
        dialog.findChild<QTabWidget*>(u"resultTabs"_s)->setCurrentIndex(0);
        QApplication::processEvents();
        screenshot(&dialog, u"directory-sources"_s);
    }

    void listsActionsAndUndo() {
        auto ws = workspace(u"diff"_s);
        QVERIFY(ws);
        Store& store = ws->store();
        MainWindow window(*ws);
        window.selectSite(m_site);
        DirectoryDiffDialog dialog(*ws, m_site, &window);
        for (DirectoryDiffModel* model : {dialog.leavers(), dialog.joiners(), dialog.numbers()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         &dialog);
        dialog.resize(1000, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!button(dialog, "disableLeaversButton")->isEnabled());

        // A relative name, as the file's place on this machine is nobody's business in the screenshot.
        QVERIFY(QFile::copy(m_fixture, m_dir.filePath(u"entra-users.csv"_s)));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const bool compared = dialog.compareFile(u"entra-users.csv"_s);
        QDir::setCurrent(previous);
        QVERIFY(compared);
        QVERIFY(dialog.findChild<QLabel*>(u"detectedLabel"_s)
                    ->text()
                    .contains(u"Microsoft Entra ID users export"));
        QVERIFY(!dialog.findChild<QLabel*>(u"errorLabel"_s)->isVisible());

        // Leavers: Alan (not in the file, still an approver of two types), Edsger (disabled there), Frances
        // and John.
        const DirectoryDiffModel* leavers = dialog.leavers();
        QCOMPARE(leavers->rowCount(), 4);
        QCOMPARE(tabText(dialog, "leaversTab"), u"&Leavers (4)");
        const int alan = rowOf(leavers, u"Alan Turing"_s);
        const int edsger = rowOf(leavers, u"Edsger Dijkstra"_s);
        QVERIFY(alan >= 0 && edsger >= 0);
        const QModelIndex alanUse = leavers->index(alan, 3);
        QVERIFY(alanUse.data().toString().contains(u"approver for Password reset for another user"));
        QVERIFY(alanUse.data().toString().contains(u"approver for User termination"));
        QVERIFY(!alanUse.data(Qt::DecorationRole).isNull());
        QVERIFY(alanUse.data(Qt::ToolTipRole).toString().contains(u"SK405"));
        QCOMPARE(leavers->index(alan, 2).data().toString(), u"Not in the directory");
        QCOMPARE(leavers->index(edsger, 2).data().toString(), u"Account disabled");
        QCOMPARE(leavers->index(edsger, 3).data().toString(), u"—");
        QVERIFY(leavers->index(edsger, 3).data(Qt::DecorationRole).isNull());
        QCOMPARE(leavers->index(alan, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Joiners: Barbara and Ken, with the row of the file each came from.
        const DirectoryDiffModel* joiners = dialog.joiners();
        QCOMPARE(joiners->rowCount(), 2);
        QCOMPARE(tabText(dialog, "joinersTab"), u"&Joiners (2)");
        const int ken = rowOf(joiners, u"Ken Thompson"_s);
        QVERIFY(ken >= 0);
        QCOMPARE(joiners->index(ken, 0).data().toString(), u"6");
        QCOMPARE(joiners->index(ken, 4).data().toString(), u"+12015550155");

        // Changed numbers: Grace's mobile only (her office number is the same).
        const DirectoryDiffModel* numbers = dialog.numbers();
        QCOMPARE(numbers->rowCount(), 1);
        QCOMPARE(tabText(dialog, "numbersTab"), u"C&hanged Numbers (1)");
        QCOMPARE(numbers->index(0, 1).data().toString(), u"Grace Hopper");
        QCOMPARE(numbers->index(0, 2).data().toString(), u"Mobile phone");
        QCOMPARE(numbers->index(0, 3).data().toString(), u"+12015550188");
        QCOMPARE(numbers->index(0, 4).data().toString(), u"+12015550199");

        const QString summary = dialog.findChild<QLabel*>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"4 leavers") && summary.contains(u"1 still used as approver") &&
                     summary.contains(u"2 joiners") && summary.contains(u"1 changed number"),
                 qPrintable(summary));
        QVERIFY(button(dialog, "disableLeaversButton")->isEnabled());
        screenshot(&dialog, u"directory-diff"_s);

        // Add only Barbara: Ken is unticked.
        dialog.findChild<QTabWidget*>(u"resultTabs"_s)
            ->setCurrentWidget(dialog.findChild<QWidget*>(u"joinersTab"_s));
        QVERIFY(dialog.joiners()->setData(joiners->index(ken, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(dialog.joiners()->checkedCount(), 1);
        QTest::mouseClick(button(dialog, "addJoinersButton"), Qt::LeftButton);
        const auto activeNamed = [&store, this](const QString& name) {
            ListQuery query;
            query.siteId = m_site;
            query.status = u"active"_s;
            query.limit = -1;
            const QList<ClientProfile> all = store.profiles().list(query).value();
            return std::count_if(all.cbegin(), all.cend(),
                                 [&](const ClientProfile& p) { return p.fullName == name; });
        };
        QCOMPARE(activeNamed(u"Barbara Liskov"_s), 1);
        QCOMPARE(activeNamed(u"Ken Thompson"_s), 0);
        QVERIFY(dialog.findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"1 joiner added"));
        // Compared again at once: only Ken is left to add.
        QCOMPARE(dialog.joiners()->rowCount(), 1);
        QCOMPARE(dialog.joiners()->index(0, 1).data().toString(), u"Ken Thompson");

        QTest::mouseClick(button(dialog, "disableLeaversButton"), Qt::LeftButton);
        QCOMPARE(store.profiles().get(m_alan)->status, ProfileStatus::Disabled);
        QCOMPARE(store.profiles().get(m_edsger)->status, ProfileStatus::Disabled);
        QCOMPARE(store.profiles().get(m_john)->status, ProfileStatus::Disabled);
        QCOMPARE(dialog.leavers()->rowCount(), 0);
        QVERIFY(!button(dialog, "disableLeaversButton")->isEnabled());

        QTest::mouseClick(button(dialog, "updateNumbersButton"), Qt::LeftButton);
        QCOMPARE(store.profiles().get(m_grace)->mobilePhone, u"+12015550199");
        QCOMPARE(dialog.numbers()->rowCount(), 0);

        // Edit > Undo in the main window takes back one action at a time; the dialog follows.
        QAction* undo = window.findChild<QAction*>(u"actionUndo"_s);
        QVERIFY(undo);
        undo->trigger();
        QCOMPARE(store.profiles().get(m_grace)->mobilePhone, u"+12015550188");
        QTRY_COMPARE(dialog.numbers()->rowCount(), 1);
        undo->trigger();
        QCOMPARE(store.profiles().get(m_alan)->status, ProfileStatus::Active);
        QCOMPARE(store.profiles().get(m_edsger)->status, ProfileStatus::Active);
        QTRY_COMPARE(dialog.leavers()->rowCount(), 4);
        // The dialog's own Undo button does the same.
        QTest::mouseClick(button(dialog, "undoButton"), Qt::LeftButton);
        QCOMPARE(activeNamed(u"Barbara Liskov"_s), 0);
        QTRY_COMPARE(dialog.joiners()->rowCount(), 2);
        QCOMPARE(store.profiles().get(m_ada)->status, ProfileStatus::Active);
    }

    void filesThatCannotBeComparedSayWhy() {
        auto ws = workspace(u"bad"_s);
        QVERIFY(ws);
        DirectoryDiffDialog dialog(*ws, m_site);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);

        // Enter in the file field compares (and does not close the dialog).
        auto* file = dialog.findChild<QLineEdit*>(u"fileEdit"_s);
        file->setText(m_dir.filePath(u"missing.csv"_s));
        file->setFocus();
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Cannot read") && error->text().contains(u"missing.csv"),
                 qPrintable(error->text()));

        // A quote that never closes: the row and column of its opening quote.
        const QString broken = writeTestFile(
            m_dir, u"broken.csv"_s, "userPrincipalName,displayName\r\nada@alphadental.com,\"Ada\r\n"_ba);
        QVERIFY(!dialog.compareFile(broken));
        QVERIFY2(error->text().contains(u"broken.csv") && error->text().contains(u"row 2, column 2"),
                 qPrintable(error->text()));

        // Columns of no known export: the header is named, and another format can be chosen.
        const QString unknown =
            writeTestFile(m_dir, u"unknown.csv"_s, "Person,Cell\r\nAda Lovelace,+12015550123\r\n"_ba);
        QVERIFY(!dialog.compareFile(unknown));
        QVERIFY(dialog.findChild<QLabel*>(u"detectedLabel"_s)->text().contains(u"fit no export"));
        QVERIFY2(error->text().contains(u"Header found: Person, Cell"), qPrintable(error->text()));
        QVERIFY(!dialog.report());

        // An unreadable number: its row and column are named, and leavers cannot be disabled, since the
        // person on that row may be one of them.
        const QString invalid = writeTestFile(m_dir, u"invalid.csv"_s,
                                              "userPrincipalName,displayName,accountEnabled,mobilePhone\r\n"
                                              "ada@alphadental.com,Ada Lovelace,True,+1 201 555 0123\r\n"
                                              "grace@alphadental.com,Grace Hopper,True,12\r\n"_ba);
        QVERIFY(dialog.compareFile(invalid));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"row 3, column 'mobilePhone'"), qPrintable(error->text()));
        QVERIFY(dialog.leavers()->rowCount() >= 1);
        QVERIFY(!button(dialog, "disableLeaversButton")->isEnabled());
        dialog.disableSelectedLeavers();
        QCOMPARE(ws->store().profiles().get(m_alan)->status, ProfileStatus::Active);
    }
};

QTEST_MAIN(tst_DirectoryDiffDialog)
#include "tst_DirectoryDiffDialog.moc"
