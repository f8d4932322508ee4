#include "DemoGenerator.h"
#include "MainWindow.h"
#include "SiteListModel.h"
#include "Store.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

class tst_MainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // SITEKEEPER_SCREENSHOT_DIR set: keep a picture of the window for the docs.
    static void screenshot(QWidget& window, const QString& name) {
        const QString dir = qEnvironmentVariable("SITEKEEPER_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SitekeeperTest"));
    }

    void emptyWorkspaceShowsWelcome() {
        auto workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("empty")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        MainWindow window(*workspace.value());
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("detailStack"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        screenshot(window, QStringLiteral("welcome"));
    }

    void listsFiltersAndShowsSites() {
        DemoGenerator::Options options;
        options.sites = 450;
        options.profilesPerSite = 2;
        options.seed = 3;
        options.asOf = QDate(2026, 11, 1);
        auto workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("demo")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        QVERIFY(workspace.value()->importBundle(DemoGenerator(options).generateAll()).ok());

        MainWindow window(*workspace.value());
        window.resize(1100, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SiteListModel* model = window.siteModel();

        // Lazy: the first page only, the rest as the view scrolls.
        QCOMPARE(model->totalCount(), 450);
        QCOMPARE(model->rowCount(), SiteListModel::pageSize);
        auto* view = window.findChild<QTableView*>(QStringLiteral("siteView"));
        QVERIFY(view);
        view->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > SiteListModel::pageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 450);

        // Typing in the filter narrows the list through full-text search.
        const Site first = *model->siteAt(0);
        const QString word = first.name.section(QLatin1Char(' '), 0, 0);
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("siteFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, word);
        QTRY_COMPARE(model->filter(), word);
        QVERIFY(model->totalCount() > 0);
        QVERIFY(model->totalCount() < 450);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->siteAt(row)->name.contains(word, Qt::CaseInsensitive));

        // Selecting a site shows its details.
        view->setCurrentIndex(model->index(0, 0));
        auto* title = window.findChild<QLabel*>(QStringLiteral("siteTitle"));
        QVERIFY(title->text().contains(model->siteAt(0)->name.toHtmlEscaped()));
        screenshot(window, QStringLiteral("main-window"));

        filter->clear();
        QTRY_COMPARE(model->totalCount(), 450);
    }

    // The model on its own, with the tester watching every change (a view attached first would
    // fetch more inside the tester's reset bookkeeping, so the tester gets the model alone).
    void siteModelPassesTheModelTester() {
        auto workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("demo")), Workspace::OpenMode::MustExist);
        QVERIFY(workspace.ok());
        SiteListModel model(workspace.value()->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        model.setFilter(model.siteAt(0)->name.section(QLatin1Char(' '), 0, 0));
        QVERIFY(model.rowCount() < 450);
        model.setFilter(QStringLiteral("no-such-site-anywhere"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter(QString());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.data(model.index(0, SiteListModel::NameColumn), SiteListModel::SiteIdRole).toUuid(),
                 model.siteAt(0)->id);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
