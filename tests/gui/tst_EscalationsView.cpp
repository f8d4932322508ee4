// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationImport.h"
#include "EscalationReviewModel.h"
#include "EscalationsView.h"
#include "GuiTestSupport.h"
#include "Store.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

const QByteArray psaExport = "Ticket #,Date Entered,Company,Type,Assignment Reason,Summary\r\n"
                             "T-201,2024-06-03,Contoso HQ,Printing,Missing info,Plotter offline\r\n"
                             "T-202,2024-06-04,Contoso HQ,Printing,Needs approval,New printer for finance\r\n"
                             "T-203,2024-06-11,Contoso HQ,Printing,Missing info,Toner\r\n"
                             "T-204,2024-06-05,Contoso HQ,Microsoft 365,Out of scope,Shared mailbox\r\n"
                             "T-205,2024-06-12,Contoso HQ,Microsoft 365,Needs approval,Licence\r\n"
                             "T-206,2024-05-28,Contoso HQ,Security Incident,Out of scope,Phishing\r\n"
                             "T-207,2024-06-13,Contoso HQ,Security Incident,No response,Suspicious login\r\n"
                             "T-208,2024-06-10,Contoso HQ,Network,Could not reach,Wi-Fi drops\r\n"
                             "T-209,2024-01-10,Contoso HQ,Network,Could not reach,Long ago\r\n"_ba;

} // namespace

class tst_EscalationsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_siteId;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();

        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        site.goLiveDate = QDate(2024, 5, 20);
        QVERIFY(m_workspace->store().sites().create(site).ok());
        m_siteId = site.id;

        Reference printers;
        printers.id = QUuid::createUuid();
        printers.siteId = m_siteId;
        printers.title = u"Printers and plotters"_s;
        printers.topic = ReferenceTopic::Printing;
        printers.lastReviewed = QDate(2024, 5, 1);
        Reference email = printers;
        email.id = QUuid::createUuid();
        email.siteId = QUuid();
        email.title = u"Email and Microsoft 365"_s;
        email.topic = ReferenceTopic::Email;
        QVERIFY(m_workspace->store().references().create(printers).ok());
        QVERIFY(m_workspace->store().references().create(email).ok());

        EscalationImport importer(*m_workspace);
        const auto preview = importer.preview(psaExport);
        QVERIFY(preview.ok());
        QVERIFY(importer.import(*preview).ok());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void modelPassesTheTester() {
        EscalationReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Escalation> escalations;
        ListQuery query;
        query.limit = -1;
        escalations = m_workspace->store().escalations().list(query).value();
        const auto summary =
            EscalationReview::review(escalations, {}, QDate(2024, 1, 1), QDate(2024, 12, 31));
        model.setCategories(summary.categories);
        QCOMPARE(model.rowCount(), 4);
        model.setCategories({});
        QCOMPARE(model.rowCount(), 0);
        model.setCategories(summary.categories);
    }

    void weeklyReview() {
        EscalationsView view(*m_workspace);
        view.setToday(QDate(2024, 6, 14));
        view.setSite(m_siteId);
        view.setPeriod(EscalationsView::Period::Last4Weeks);
        view.resize(920, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.from(), QDate(2024, 5, 18));
        QCOMPARE(view.to(), QDate(2024, 6, 14));

        const EscalationReviewModel& model = *view.model();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, EscalationReviewModel::CategoryColumn).data().toString(), u"Printing"_s);
        QCOMPARE(model.index(0, EscalationReviewModel::CountColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, EscalationReviewModel::ReasonsColumn).data().toString(),
                 u"2 missing information, 1 needs approval"_s);
        QCOMPARE(model.index(0, EscalationReviewModel::ReferenceColumn).data().toString(),
                 u"Printers and plotters"_s);
        QCOMPARE(model.index(1, EscalationReviewModel::ReferenceColumn).data().toString(),
                 u"Email and Microsoft 365"_s);
        QCOMPARE(model.index(2, EscalationReviewModel::CategoryColumn).data().toString(),
                 u"Security incident"_s);
        QCOMPARE(model.index(2, EscalationReviewModel::CountColumn).data().toInt(), 2);
        QCOMPARE(model.index(2, EscalationReviewModel::ReferenceColumn).data().toString(), u"none"_s);
        QCOMPARE(model.index(2, 0).data(EscalationReviewModel::CoveredRole).toBool(), false);
        QVERIFY(model.index(2, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(3, EscalationReviewModel::CategoryColumn).data().toString(), u"Network"_s);
        QCOMPARE(model.index(3, EscalationReviewModel::CountColumn).data().toInt(), 1);
        QCOMPARE(view.summary().total, 8);
        QCOMPARE(view.summary().weeks.size(), 5);
        QVERIFY(view.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"2 without a reference"_s));

        // A category without a reference is selected, ready to write one.
        QCOMPARE(view.table()->currentIndex().data(EscalationReviewModel::CoveredRole).toBool(), false);
        screenshot(&view, u"escalations"_s);

        QSignalSpy requested(&view, &EscalationsView::writeReferenceRequested);
        view.table()->selectRow(3);
        auto* write = view.findChild<QPushButton*>(u"writeReferenceButton"_s);
        QVERIFY(write && write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].value<QUuid>(), m_siteId);
        QCOMPARE(requested[0][1].value<ReferenceTopic>(), ReferenceTopic::Vpn);
        QCOMPARE(requested[0][2].toString(), u"Network: how to resolve"_s);

        // Writing the reference covers the category: the view follows the workspace.
        Reference vpn;
        vpn.id = QUuid::createUuid();
        vpn.siteId = m_siteId;
        vpn.title = u"Network and VPN"_s;
        vpn.topic = ReferenceTopic::Vpn;
        QVERIFY(m_workspace->edit<Reference>(std::nullopt, vpn, u"Add reference"_s).ok());
        QCOMPARE(model.index(3, EscalationReviewModel::ReferenceColumn).data().toString(),
                 u"Network and VPN"_s);
        QVERIFY(m_workspace->edit<Reference>(vpn, std::nullopt, u"Remove reference"_s).ok());
    }

    void periods() {
        EscalationsView view(*m_workspace);
        view.setToday(QDate(2024, 6, 14)); // a Friday
        view.setSite(m_siteId);
        QCOMPARE(view.period(), EscalationsView::Period::Last7Days);
        QCOMPARE(view.from(), QDate(2024, 6, 8));
        QCOMPARE(view.to(), QDate(2024, 6, 14));
        view.setPeriod(EscalationsView::Period::LastWeek);
        QCOMPARE(view.from(), QDate(2024, 6, 3));
        QCOMPARE(view.to(), QDate(2024, 6, 9));
        QCOMPARE(view.summary().total, 3);
        view.setPeriod(EscalationsView::Period::FirstThreeMonths);
        QCOMPARE(view.from(), QDate(2024, 5, 20));
        QCOMPARE(view.to(), QDate(2024, 8, 19));
        QCOMPARE(view.summary().total, 8);

        // Editing a date makes the period custom.
        auto* from = view.findChild<QDateEdit*>(u"fromEdit"_s);
        from->setDate(QDate(2024, 1, 1));
        QCOMPARE(view.period(), EscalationsView::Period::Custom);
        QCOMPARE(view.summary().total, 9);
        QCOMPARE(view.findChild<QComboBox*>(u"periodCombo"_s)->currentData().toInt(),
                 int(EscalationsView::Period::Custom));
    }

    void importWithInvalidRowsWritesNothing() {
        EscalationsView view(*m_workspace);
        view.setSite(m_siteId);
        const QString path = writeTestFile(m_dir, u"bad.csv"_s,
                                           "Date,Site,Category\n2024-06-03,Contoso HQ,VPN\n"
                                           "2024-06-31,Contoso HQ,VPN\n"_ba);
        const qint64 before = m_workspace->store().escalations().count().value();
        bool interacted = false;
        QString text;
        onNextDialog(
            [&text](QDialog* dialog) {
                auto* box = qobject_cast<QMessageBox*>(dialog);
                CHECK(box);
                text = box->text() + box->detailedText();
                return clickMessageBoxButton(dialog, QMessageBox::AcceptRole);
            },
            &interacted);
        QVERIFY(!view.importFile(path));
        QVERIFY(interacted);
        QVERIFY2(text.contains(u"row 3, column 'Date'"_s), qPrintable(text));
        QCOMPARE(m_workspace->store().escalations().count().value(), before);
    }

    void importThroughTheView() {
        EscalationsView view(*m_workspace);
        view.setSite(m_siteId);
        view.setRange(QDate(2024, 7, 1), QDate(2024, 7, 31));
        QCOMPARE(view.model()->rowCount(), 0);
        const QString path = writeTestFile(m_dir, u"july.csv"_s,
                                           "Date;Site;Category;Reason\n2024-07-02;Contoso HQ;VPN;"
                                           "Unreachable\n"_ba);
        bool interacted = false;
        QString counts;
        onNextDialog(
            [&counts](QDialog* dialog) {
                auto* box = qobject_cast<QMessageBox*>(dialog);
                CHECK(box);
                counts = box->informativeText();
                return clickMessageBoxButton(dialog, QMessageBox::AcceptRole);
            },
            &interacted);
        QVERIFY(view.importFile(path));
        QVERIFY(interacted);
        QVERIFY2(counts.startsWith(u"1 new, 0 updated, 0 unchanged, 0 invalid"_s), qPrintable(counts));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), u"Vpn"_s);
    }
};

QTEST_MAIN(tst_EscalationsView)
#include "tst_EscalationsView.moc"
