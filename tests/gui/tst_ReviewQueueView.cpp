// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"
#include "DemoWorkspace.h"
#include "GuiTestSupport.h"
#include "ReviewQueueModel.h"
#include "ReviewQueueView.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

const QDate asOf(2025, 3, 10);

template <class W>
W* child(QWidget* parent, const char* name) {
    return parent->findChild<W*>(QString::fromLatin1(name));
}

} // namespace

// The review queue over a demo partner of 30 sites, driven as a reviewer would.
class tst_ReviewQueueView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    QList<ReviewQueue::Item> queueItems(int within = 30) {
        ReviewQueue queue(*m_workspace);
        queue.setToday(asOf);
        const auto items = queue.items(within);
        return items ? items.value() : QList<ReviewQueue::Item>();
    }

    // The row of the view showing the item with `id`, or -1.
    static int viewRow(const ReviewQueueView& view, const QUuid& id) {
        const QAbstractItemModel* proxy = view.proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(ReviewQueueModel::IdRole).toUuid() == id)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = openDemoWorkspace(m_dir.filePath(u"demo"_s), 30, 20, 42, asOf);
        QVERIFY(m_workspace);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void modelPassesTheTester() {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto items = queueItems();
        QVERIFY(!items.isEmpty());
        model.setItems(items);
        QCOMPARE(model.rowCount(), items.size());
        QCOMPARE(model.columnCount(), int(ReviewQueueModel::ColumnCount));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
        model.setItems(items);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ReviewQueueModel::SortRole);
        proxy.sort(ReviewQueueModel::NextDueColumn);
        proxy.sort(ReviewQueueModel::DaysOverdueColumn, Qt::DescendingOrder);
    }

    // The queue says what the rulebook says: SK302 fires for exactly the references overdue or due within
    // the partner's 30 days, and SK405 for every overdue approver.
    void queueAgreesWithTheChecker() {
        Checker checker(*m_workspace);
        checker.setToday(asOf);
        QVERIFY(checker.checkAll().ok());
        QSet<QUuid> sk302;
        QSet<QUuid> sk405;
        for (const Finding& finding : checker.findings()) {
            if (finding.rule == u"SK302"_s)
                sk302.insert(finding.entityId);
            else if (finding.rule == u"SK405"_s)
                sk405.insert(finding.entityId);
        }

        ReviewQueueView view(*m_workspace);
        view.setToday(asOf);
        QCOMPARE(view.withinDays(), 30);
        QSet<QUuid> references;
        int overdueApprovers = 0;
        for (const ReviewQueue::Item& item : view.model()->items()) {
            if (item.isReference()) {
                references.insert(item.id);
            } else if (item.state == ReviewState::Overdue) {
                ++overdueApprovers;
                QVERIFY2(sk405.contains(item.id), qPrintable(item.title));
            }
        }
        QVERIFY(!references.isEmpty());
        QVERIFY(overdueApprovers > 0);
        QCOMPARE(references, sk302);
        QCOMPARE(view.model()->rowCount(), queueItems().size());
    }

    void reviewerWorksThroughTheQueue() {
        ReviewQueueView view(*m_workspace);
        view.setToday(asOf);
        view.resize(1180, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QList<ReviewQueue::Item> before = view.model()->items();
        const ReviewQueue::Summary summary = view.summary();
        QVERIFY(summary.overdue > 0);
        QVERIFY(summary.due > 0);
        QCOMPARE(summary.overdue + summary.due, int(before.size()));
        QVERIFY(child<QLabel>(&view, "summaryLabel")
                    ->text()
                    .contains(tr("%n overdue", nullptr, summary.overdue)));
        // Overdue first, and they stand out.
        QCOMPARE(toString(before.constFirst().state), toString(ReviewState::Overdue));
        QCOMPARE(toString(before.constLast().state), toString(ReviewState::DueSoon));
        const QModelIndex first = view.proxy()->index(0, ReviewQueueModel::StateColumn);
        QVERIFY(first.data(Qt::BackgroundRole).isValid());
        QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!view.proxy()->index(view.proxy()->rowCount() - 1, 0).data(Qt::BackgroundRole).isValid());
        view.table()->selectRow(0);
        screenshot(&view, u"review-queue"_s);

        // 1. Attest the first item with the button: it leaves the queue, its clock restarts.
        const ReviewQueue::Item attested = before.constFirst();
        const int undoBefore = m_workspace->undoStack().index();
        QTest::mouseClick(child<QPushButton>(&view, "attestButton"), Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), before.size() - 1);
        QCOMPARE(viewRow(view, attested.id), -1);
        if (attested.isReference())
            QCOMPARE(m_workspace->store().references().get(attested.id)->lastReviewed, asOf);
        else
            QCOMPARE(m_workspace->store().approvers().get(attested.id)->lastReviewed, asOf);
        QCOMPARE(m_workspace->undoStack().index(), undoBefore + 1);
        // The next item is selected, so that the reviewer can go on.
        QCOMPARE(view.selectedItems().size(), 1);
        QCOMPARE(view.selectedItems().constFirst().id, before.at(1).id);

        // 2. Three at once with Ctrl+R: one undo step.
        QItemSelection three(view.proxy()->index(0, 0),
                             view.proxy()->index(2, ReviewQueueModel::ColumnCount - 1));
        view.table()->selectionModel()->select(three, QItemSelectionModel::ClearAndSelect);
        const QList<ReviewQueue::Item> chosen = view.selectedItems();
        QCOMPARE(chosen.size(), 3);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(view.model()->rowCount(), before.size() - 4);
        for (const ReviewQueue::Item& item : chosen)
            QCOMPARE(viewRow(view, item.id), -1);
        QCOMPARE(m_workspace->undoStack().index(), undoBefore + 2);

        // Undo (as Edit > Undo does) brings the three back, through Workspace::recordChanged.
        m_workspace->undoStack().undo();
        QTRY_COMPARE(view.model()->rowCount(), before.size() - 1);
        for (const ReviewQueue::Item& item : chosen)
            QVERIFY(viewRow(view, item.id) >= 0);
        m_workspace->undoStack().undo();
        QTRY_COMPARE(view.model()->items(), before);
    }

    void filters() {
        ReviewQueueView view(*m_workspace);
        view.setToday(asOf);
        const int all = view.model()->rowCount();

        child<QComboBox>(&view, "kindCombo")->setCurrentIndex(2);
        QCOMPARE(view.kind(), ReviewQueue::Kind::Approvers);
        QVERIFY(view.model()->rowCount() > 0);
        for (const ReviewQueue::Item& item : view.model()->items())
            QCOMPARE(item.entity, EntityKind::Approver);
        const int approvers = view.model()->rowCount();
        view.setKind(ReviewQueue::Kind::References);
        QCOMPARE(view.model()->rowCount(), all - approvers);
        view.setKind(ReviewQueue::Kind::All);

        // Within 0 days: only what is overdue or due today.
        child<QSpinBox>(&view, "withinSpin")->setValue(0);
        QTRY_COMPARE(view.model()->rowCount(), queueItems(0).size());
        QVERIFY(view.model()->rowCount() < all);
        view.setWithinDays(30);
        QCOMPARE(view.model()->rowCount(), all);

        // The text filter narrows what is shown without reading again.
        const QString site = view.model()->items().constFirst().siteName;
        QTest::keyClicks(child<QLineEdit>(&view, "filterEdit"), site);
        QVERIFY(view.proxy()->rowCount() > 0);
        QVERIFY(view.proxy()->rowCount() < all);
        for (int row = 0; row < view.proxy()->rowCount(); ++row)
            QVERIFY(view.proxy()->index(row, ReviewQueueModel::SiteColumn).data().toString().contains(site));
        QVERIFY(child<QLabel>(&view, "summaryLabel")->text().contains(u"showing"_s));
        child<QLineEdit>(&view, "filterEdit")->clear();
        QCOMPARE(view.proxy()->rowCount(), all);
    }

    void openAndRetire() {
        ReviewQueueView view(*m_workspace);
        view.setToday(asOf);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Open: the lead's main window opens the editor.
        QSignalSpy opened(&view, &ReviewQueueView::openRequested);
        view.table()->selectRow(0);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toUuid(), view.selectedItems().constFirst().id);

        // Retire a reference: asked first, then retired.
        view.setKind(ReviewQueue::Kind::References);
        view.table()->selectRow(0);
        const ReviewQueue::Item reference = view.selectedItems().constFirst();
        const ReferenceStatus status = m_workspace->store().references().get(reference.id)->status;
        bool answered = false;
        onNextDialog([](QDialog* d) { return clickMessageBoxButton(d, QMessageBox::RejectRole); }, &answered);
        QTest::mouseClick(child<QPushButton>(&view, "retireButton"), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(viewRow(view, reference.id) >= 0); // cancelled: nothing changed
        onNextDialog([](QDialog* d) { return clickMessageBoxButton(d, QMessageBox::DestructiveRole); },
                     &answered);
        QTest::mouseClick(child<QPushButton>(&view, "retireButton"), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(toString(m_workspace->store().references().get(reference.id)->status),
                 toString(ReferenceStatus::Retired));
        QCOMPARE(viewRow(view, reference.id), -1);

        // Retire an approver: the dialog says it is removed, and it is.
        view.setKind(ReviewQueue::Kind::Approvers);
        view.table()->selectRow(0);
        const ReviewQueue::Item approver = view.selectedItems().constFirst();
        QString informative;
        onNextDialog(
            [&informative](QDialog* d) {
                informative = qobject_cast<QMessageBox*>(d)->informativeText();
                return clickMessageBoxButton(d, QMessageBox::DestructiveRole);
            },
            &answered);
        // The message box took the activation; shortcuts go to the active window.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Delete);
        QVERIFY(answered);
        QVERIFY(informative.contains(u"no retired state"_s));
        QVERIFY(!m_workspace->store().approvers().get(approver.id).ok());
        QCOMPARE(viewRow(view, approver.id), -1);

        m_workspace->undoStack().undo();
        m_workspace->undoStack().undo();
        QTRY_VERIFY(viewRow(view, approver.id) >= 0);
        QVERIFY(m_workspace->store().approvers().get(approver.id).ok());
        QCOMPARE(toString(m_workspace->store().references().get(reference.id)->status), toString(status));
    }
};

QTEST_MAIN(tst_ReviewQueueView)
#include "tst_ReviewQueueView.moc"
