// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProfileImportPreviewModel.h"
#include "ProfileImportWizard.h"
#include "Store.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;
using Outcome = ProfileImport::Outcome;

// The import wizard for client profiles: a Microsoft 365 export is recognised, previewed row by row,
// refused while a row is invalid, and imported once the file is corrected.
class tst_ProfileImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QUuid m_site, m_ada;

    static constexpr const char* header = "Block credential,Display name,First name,Last name,Mobile Phone,"
                                          "Phone number,Title,User principal name\r\n";
    static constexpr const char* grace = "False,Grace Hopper,Grace,Hopper,(201) 555-0188,(201) 555-0100,"
                                         "IT lead,grace@alphadental.com\r\n";
    static constexpr const char* ada = "False,Ada Lovelace,Ada,Lovelace,(201) 555-0123,,Practice manager,"
                                       "Ada@AlphaDental.com\r\n";
    static constexpr const char* alan = "False,Alan Turing,Alan,Turing,12,,Dentist,alan@alphadental.com\r\n";

    std::unique_ptr<Workspace> workspace(const QString& name) {
        Bundle bundle;
        Site site;
        site.id = m_site = QUuid::createUuid();
        site.name = QStringLiteral("Alpha Dental");
        site.timeZone = QStringLiteral("America/New_York");
        site.emailDomains = {QStringLiteral("alphadental.com")};
        bundle.sites = {site};
        ClientProfile profile;
        profile.id = m_ada = QUuid::createUuid();
        profile.siteId = site.id;
        profile.fullName = QStringLiteral("Ada Lovelace");
        profile.email = QStringLiteral("ada@alphadental.com");
        profile.mobilePhone = QStringLiteral("+12015550123");
        profile.title = QStringLiteral("Receptionist");
        bundle.profiles = {profile};
        return workspaceWith(m_dir.filePath(name), bundle);
    }

    ListQuery siteQuery() const {
        ListQuery query;
        query.siteId = m_site;
        return query;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // As the application does in English: the counts read "1 update", not "1 update(s)".
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void previewRefusesInvalidRowsThenImports() {
        auto ws = workspace(QStringLiteral("import"));
        QVERIFY(ws);
        const QString withInvalid =
            writeTestFile(m_dir, QStringLiteral("users.csv"), QByteArray(header) + grace + ada + alan);
        const QString corrected =
            writeTestFile(m_dir, QStringLiteral("users-fixed.csv"), QByteArray(header) + grace + ada);
        QVERIFY(!withInvalid.isEmpty() && !corrected.isEmpty());

        ProfileImportWizard wizard(*ws, m_site);
        QAbstractItemModelTester tester(wizard.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.resize(980, 620);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("siteLabel"))->text().contains(u"Alpha Dental"));

        auto* file = wizard.findChild<QLineEdit*>(QStringLiteral("fileEdit"));
        QVERIFY(file);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        file->setText(withInvalid);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::FormatPage));
        QCOMPARE(wizard.detectedPreset(), std::optional(ProfileImport::Preset::M365));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("detectedLabel"))
                    ->text()
                    .contains(u"Microsoft 365 admin center export"));
        QVERIFY(!wizard.findChild<QWidget*>(QStringLiteral("mappingTable"))->isVisible());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::PreviewPage));
        const ProfileImportPreviewModel* model = wizard.previewModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->row(0).outcome, Outcome::New);
        QCOMPARE(model->row(1).outcome, Outcome::Update);
        QCOMPARE(model->row(2).outcome, Outcome::Invalid);
        QCOMPARE(model->index(0, ProfileImportPreviewModel::MobileColumn).data().toString(), u"+12015550188");
        QCOMPARE(model->index(0, ProfileImportPreviewModel::OfficeColumn).data().toString(), u"+12015550100");
        QVERIFY(model->index(1, ProfileImportPreviewModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(u"title: Receptionist → Practice manager"));
        QVERIFY(model->index(2, ProfileImportPreviewModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(u"Mobile Phone"));
        QVERIFY(model->index(2, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("countsLabel"))->text(),
                 u"<b>1 new, 1 update, 1 invalid</b>");
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(u"Import waits"));
        auto* invalidRows = wizard.findChild<QTableWidget*>(QStringLiteral("invalidTable"));
        QVERIFY(invalidRows && invalidRows->isVisible());
        QCOMPARE(invalidRows->rowCount(), 1);
        QCOMPARE(invalidRows->item(0, 0)->text(), u"4");
        QCOMPARE(invalidRows->item(0, 1)->text(), u"Mobile Phone");
        QCOMPARE(invalidRows->item(0, 2)->text(), u"12");
        screenshot(&wizard, QStringLiteral("import-wizard-preview"));
        // Import is refused: the workspace still has only Ada, unchanged.
        QCOMPARE(ws->store().profiles().list(siteQuery()).value().size(), qsizetype(1));

        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::FilePage));
        file->setText(corrected);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::PreviewPage));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::DonePage));
        QVERIFY(wizard.summary());
        QCOMPARE(wizard.summary()->created, qint64(1));
        QCOMPARE(wizard.summary()->updated, qint64(1));

        const QList<ClientProfile> profiles = ws->store().profiles().list(siteQuery()).value();
        QCOMPARE(profiles.size(), qsizetype(2));
        QCOMPARE(ws->store().profiles().get(m_ada)->title, u"Practice manager");
        const auto graceProfile =
            std::find_if(profiles.cbegin(), profiles.cend(),
                         [](const ClientProfile& p) { return p.fullName == u"Grace Hopper"; });
        QVERIFY(graceProfile != profiles.cend());
        QCOMPARE(graceProfile->email, u"grace@alphadental.com");
        QCOMPARE(graceProfile->mobilePhone, u"+12015550188");
    }

    // A file with staff in several countries and invalid rows: one cell fixed in the preview, the
    // other invalid rows left out on purpose and saved as a file to fix.
    void fixesACellAndLeavesInvalidRowsOut() {
        auto ws = workspace(QStringLiteral("skip"));
        QVERIFY(ws);
        QFile fixture(QStringLiteral(SITEKEEPER_TEST_DATA) + u"/directories/invalid-numbers.csv"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString path = writeTestFile(m_dir, QStringLiteral("international.csv"), fixture.readAll());
        ProfileImportWizard wizard(*ws, m_site);
        wizard.resize(980, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(path);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::PreviewPage));
        const ProfileImportPreviewModel* model = wizard.previewModel();
        QCOMPARE(model->preview().count(Outcome::Invalid), 3);
        // Each row's numbers were read in its own country, the extension kept.
        QCOMPARE(model->index(0, ProfileImportPreviewModel::CountryColumn).data().toString(), u"FR");
        QCOMPARE(model->index(2, ProfileImportPreviewModel::OfficeColumn).data().toString(),
                 u"+49301234567 ext. 204");
        auto* invalidRows = wizard.findChild<QTableWidget*>(QStringLiteral("invalidTable"));
        QCOMPARE(invalidRows->rowCount(), 3);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

        // Fix the French mobile in place: the row becomes new.
        QCOMPARE(invalidRows->item(0, 2)->text(), u"06 12");
        invalidRows->item(0, 2)->setText(u"06 98 76 54 32"_s);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("recheckButton")), Qt::LeftButton);
        QCOMPARE(model->preview().count(Outcome::Invalid), 2);
        QCOMPARE(model->row(1).outcome, Outcome::New);
        QCOMPARE(model->row(1).profile.mobilePhone, u"+33698765432");
        QCOMPARE(invalidRows->rowCount(), 2);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

        // Leave the others out, on purpose, and keep them to fix later.
        auto* skip = wizard.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"));
        QVERIFY(skip->text().contains(u"2 invalid rows"));
        invalidRows->item(0, 2)->setText(u"typed, not checked yet"_s);
        skip->setChecked(true);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(u"Import waits"));
        QCOMPARE(invalidRows->item(0, 2)->text(), u"typed, not checked yet"); // not lost by the tick
        invalidRows->item(0, 2)->setText(u"Narnia"_s);
        const QString rejects = m_dir.filePath(QStringLiteral("to-fix.csv"));
        QVERIFY(wizard.saveRejects(rejects).ok());
        QFile saved(rejects);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QCOMPARE(text.count('\n'), 3);
        QVERIFY(text.contains("Nowhere Person") && text.contains("Mobile Extension"));
        screenshot(&wizard, QStringLiteral("import-wizard-skip"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::DonePage));
        QCOMPARE(wizard.summary()->created, qint64(4));
        QCOMPARE(wizard.summary()->skipped, qint64(2));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(u"left out"));
        QCOMPARE(ws->store().profiles().list(siteQuery()).value().size(), qsizetype(5));
    }

    void unknownColumnsAreMatchedByHand() {
        auto ws = workspace(QStringLiteral("mapping"));
        QVERIFY(ws);
        const QString path = writeTestFile(m_dir, QStringLiteral("contacts.csv"),
                                           "Person,E-mail address,Cell\r\n"
                                           "Grace Hopper,grace@alphadental.com,"
                                           "(201) 555-0188\r\n"_ba);
        ProfileImportWizard wizard(*ws, m_site);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::FormatPage));
        QVERIFY(!wizard.detectedPreset());
        auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QVERIFY(table->isVisible());
        const auto column = [table](int row) {
            return qobject_cast<QComboBox*>(table->cellWidget(row, 1));
        };
        // Without a name column the wizard stays on the page and says why.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::FormatPage));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("formatError"))->isVisible());
        column(0)->setCurrentIndex(column(0)->findText(QStringLiteral("Person")));         // full name
        column(3)->setCurrentIndex(column(3)->findText(QStringLiteral("E-mail address"))); // email
        column(5)->setCurrentIndex(column(5)->findText(QStringLiteral("Cell")));           // mobile
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileImportWizard::PreviewPage));
        QCOMPARE(wizard.previewModel()->rowCount(), 1);
        QCOMPARE(wizard.previewModel()->row(0).outcome, Outcome::New);
        QCOMPARE(wizard.previewModel()->row(0).profile.email, u"grace@alphadental.com");
        QCOMPARE(wizard.previewModel()->row(0).profile.mobilePhone, u"+12015550188");
    }

    void menuActionFollowsTheSelectedSite() {
        auto ws = workspace(QStringLiteral("menu"));
        QVERIFY(ws);
        MainWindow window(*ws);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionImportProfiles"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        window.selectSite(m_site);
        QTRY_VERIFY(action->isEnabled());
    }
};

QTEST_MAIN(tst_ProfileImportWizard)
#include "tst_ProfileImportWizard.moc"
