// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivationChecklist.h"
#include "ApproverEditor.h"
#include "Checker.h"
#include "ClientProfileEditor.h"
#include "CoverageTimelineView.h"
#include "DemoGenerator.h"
#include "EscalationsView.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecordTab.h"
#include "ReferenceEditor.h"
#include "SiteEditor.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace sitekeeper;

// The console's side of the rulebook: the Findings panel, one-click fixes with undo, the readiness
// column and activation checklist, and the site views that read the Checker's data.
class tst_Findings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_today{2026, 6, 1};
    QUuid m_alpha, m_beta, m_ada, m_adaTwin, m_approver, m_reference;

    template <class W>
    static W* child(QObject* parent, const char* name) {
        return parent->findChild<W*>(QString::fromLatin1(name));
    }

    // A window over `workspace` whose first check runs with the test's "today".
    std::unique_ptr<MainWindow> openWindow(Workspace& workspace, QSize size = {1280, 800}) {
        return openCheckedWindow(workspace, m_today, size);
    }

    static bool hasFinding(const Checker& checker, const QString& rule, const QUuid& entityId) {
        const Findings all = checker.findings();
        return std::any_of(all.cbegin(), all.cend(),
                           [&](const Finding& f) { return f.rule == rule && f.entityId == entityId; });
    }

    static Finding findingOf(const FindingsModel* model, const QString& rule, const QUuid& entityId) {
        for (const Finding& f : model->findings()) {
            if (f.rule == rule && f.entityId == entityId)
                return f;
        }
        return {};
    }

    std::unique_ptr<Workspace> smallWorkspace(const QString& name) {
        auto opened = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing);
        if (!opened)
            return nullptr;
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        Bundle bundle;
        bundle.approvalTypes = ApprovalType::builtins();
        PartnerContact dana;
        dana.id = QUuid::createUuid();
        dana.name = QStringLiteral("Dana Whitfield");
        dana.email = QStringLiteral("dana@brightpath-it.com");
        dana.phones = {QStringLiteral("+12015550101")};
        bundle.contacts = {dana};

        // Alpha: covered, set up, past its go-live date but still a draft; two profiles of one person.
        Site alpha;
        alpha.id = m_alpha = QUuid::createUuid();
        alpha.name = QStringLiteral("Alpha Dental");
        alpha.coverage = Coverage::BusinessHours;
        alpha.timeZone = QStringLiteral("America/New_York");
        alpha.businessHours = {TimeWindow{
            {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday},
            QTime(8, 0),
            QTime(17, 0),
            QStringLiteral("America/New_York")}};
        alpha.emailDomains = {QStringLiteral("alphadental.com")};
        alpha.goLiveDate = QDate(2026, 3, 1);
        Site beta;
        beta.id = m_beta = QUuid::createUuid();
        beta.name = QStringLiteral("Beta Logistics");
        beta.coverage = Coverage::Always;
        beta.timeZone = QStringLiteral("Europe/Berlin");
        bundle.sites = {alpha, beta};

        ClientProfile ada;
        ada.id = m_ada = QUuid::createUuid();
        ada.siteId = alpha.id;
        ada.fullName = QStringLiteral("Ada Lovelace");
        ada.email = QStringLiteral("ada@alphadental.com");
        ada.mobilePhone = QStringLiteral("+12015550123");
        ClientProfile twin = ada;
        twin.id = m_adaTwin = QUuid::createUuid();
        twin.fullName = QStringLiteral("Ada King");
        twin.mobilePhone = QStringLiteral("+12015550124");
        bundle.profiles = {ada, twin};

        Approver approver;
        approver.id = m_approver = QUuid::createUuid();
        approver.siteId = alpha.id;
        approver.approvalType = QStringLiteral("password_reset_other_user");
        approver.personKind = PersonKind::ClientProfile;
        approver.personId = ada.id;
        approver.phones = {ada.mobilePhone};
        approver.automatedApproval = true;
        approver.lastReviewed = m_today.addYears(-2);
        bundle.approvers = {approver};

        Reference reference;
        reference.id = m_reference = QUuid::createUuid();
        reference.siteId = alpha.id;
        reference.title = QStringLiteral("New user setup at Alpha");
        reference.topic = ReferenceTopic::NewUserSetup;
        reference.body = QStringLiteral("Create the account, then ask the approver on file.");
        reference.lastReviewed = m_today.addYears(-2);
        bundle.references = {reference};

        NotificationRule rule;
        rule.id = QUuid::createUuid();
        rule.siteId = alpha.id;
        rule.name = QStringLiteral("Business hours");
        rule.window = alpha.businessHours.constFirst();
        rule.method = RuleMethod::Email;
        rule.escalationContacts = {dana.id};
        rule.emailRecipients = {QStringLiteral("escalations@brightpath-it.com")};
        bundle.rules = {rule};
        if (!workspace->importBundle(bundle))
            return nullptr;
        return workspace;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SitekeeperTest"));
    }

    void findingsPanelFiltersOpensAndFixes() {
        auto workspace = smallWorkspace(QStringLiteral("small"));
        QVERIFY(workspace);
        auto window = openWindow(*workspace);
        QVERIFY(window);
        FindingsPanel* panel = window->findingsPanel();
        FindingsModel* model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(panel->filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The check ran on open: the model holds the Checker's findings.
        QCOMPARE(model->rowCount(), int(window->checker().findings().size()));
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK104"), m_alpha));
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK202"), m_ada));
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK405"), m_approver));
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK302"), m_reference));
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK501"), m_beta));
        QVERIFY(!hasFinding(window->checker(), QStringLiteral("SK501"), m_alpha));

        // Tools > Check All Sites and View > Findings, with their shortcuts.
        auto* checkAll = child<QAction>(window.get(), "actionCheckAll");
        QCOMPARE(checkAll->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
        QCOMPARE(child<QAction>(window.get(), "actionFindings")->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+F")));
        QSignalSpy rechecked(&window->checker(), &Checker::findingsChanged);
        checkAll->trigger();
        QCOMPARE(rechecked.size(), 1);
        QCOMPARE(model->rowCount(), int(window->checker().findings().size()));

        // The status bar counts them and opens the panel.
        auto* status = child<QToolButton>(window.get(), "findingsButton");
        const FindingSummary summary = window->checker().summary();
        QVERIFY(summary.errors > 0);
        QVERIFY(status->text().startsWith(QString::number(summary.errors)));
        QVERIFY(status->text().contains(QStringLiteral("%1 warning").arg(summary.warnings)));
        QVERIFY(!window->findingsDock()->isVisible());
        QTest::mouseClick(status, Qt::LeftButton);
        QVERIFY(window->findingsDock()->isVisible());

        // Names of the records come from the store.
        const int adaRow = int(model->findings().indexOf(findingOf(model, QStringLiteral("SK202"), m_ada)));
        QVERIFY(adaRow >= 0);
        QCOMPARE(model->index(adaRow, FindingsModel::RecordColumn).data().toString(),
                 QStringLiteral("Client profile: Ada Lovelace"));
        QCOMPARE(model->index(adaRow, FindingsModel::SiteColumn).data().toString(),
                 QStringLiteral("Alpha Dental"));
        QVERIFY(!model->index(adaRow, FindingsModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());

        // Filters: severity, rule, site, text.
        FindingsFilterModel* filter = panel->filter();
        auto* severity = child<QComboBox>(panel, "severityFilter");
        severity->setCurrentIndex(severity->findData(int(Severity::Error)));
        QCOMPARE(filter->rowCount(), summary.errors);
        for (int row = 0; row < filter->rowCount(); ++row)
            QCOMPARE(filter->index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
        severity->setCurrentIndex(0);
        QCOMPARE(filter->rowCount(), model->rowCount());
        auto* rule = child<QComboBox>(panel, "ruleFilter");
        rule->setCurrentIndex(rule->findData(QStringLiteral("SK202")));
        QCOMPARE(filter->rowCount(), 2); // each of the pair
        QVERIFY(rule->currentText().startsWith(QStringLiteral("SK202 — ")));
        rule->setCurrentIndex(0);
        window->selectSite(m_beta);
        auto* site = child<QComboBox>(panel, "siteFilter");
        site->setCurrentIndex(1); // the selected site
        QVERIFY(filter->rowCount() > 0);
        for (int row = 0; row < filter->rowCount(); ++row)
            QCOMPARE(filter->index(row, 0).data(FindingsModel::SiteIdRole).toUuid(), m_beta);
        window->selectSite(m_alpha);
        QVERIFY(filter->rowCount() > 0);
        for (int row = 0; row < filter->rowCount(); ++row)
            QCOMPARE(filter->index(row, 0).data(FindingsModel::SiteIdRole).toUuid(), m_alpha);
        QTest::keyClicks(child<QLineEdit>(panel, "textFilter"), QStringLiteral("ada king"));
        QTRY_COMPARE(filter->rowCount(), 2); // Ada King's own finding, and Ada's that names her
        child<QLineEdit>(panel, "textFilter")->clear();
        site->setCurrentIndex(0);

        // Double-click a profile finding: the profile editor with the field marked.
        bool ok = false;
        const Finding duplicate = findingOf(model, QStringLiteral("SK202"), m_ada);
        onNextDialog(
            [duplicate](QDialog* d) {
                auto* editor = qobject_cast<ClientProfileEditor*>(d);
                CHECK(editor);
                CHECK(editor->record().id == duplicate.entityId);
                CHECK(editor->shownErrors().size() == 1);
                CHECK(editor->shownErrors().constFirst().field == duplicate.field);
                CHECK(child<QLabel>(d, "errorLabel")->isVisible());
                d->reject();
                return true;
            },
            &ok);
        QVERIFY(panel->selectFinding(duplicate));
        QTableView* view = panel->view();
        const QRect cell =
            view->visualRect(view->currentIndex().siblingAtColumn(FindingsModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(ok);

        // A site finding opens the site editor with its field marked.
        const Finding draft = findingOf(model, QStringLiteral("SK104"), m_alpha);
        onNextDialog(
            [draft](QDialog* d) {
                auto* editor = qobject_cast<SiteEditor*>(d);
                CHECK(editor);
                CHECK(editor->shownErrors().constFirst().field == QLatin1String("activation_status"));
                CHECK(child<QWidget>(d, "activationStatus")->property("invalid").toBool());
                d->reject();
                return true;
            },
            &ok);
        window->openFinding(draft);
        QVERIFY(ok);

        // Apply Fix on the pair of one site is Merge…: the merge dialog (tst_ProfileMergeDialog drives
        // it; a pair across sites is disabled in one click there too). Cancel leaves both.
        Store& store = workspace->store();
        const Finding twin = findingOf(model, QStringLiteral("SK202"), m_adaTwin);
        QCOMPARE(twin.action, FixAction::MergeProfiles);
        QVERIFY(panel->selectFinding(twin));
        auto* applyFix = child<QPushButton>(panel, "applyFixButton");
        QVERIFY(applyFix->isEnabled());
        QCOMPARE(applyFix->text(), QStringLiteral("&Merge…"));
        onNextDialog(
            [](QDialog* d) {
                CHECK(d->metaObject()->className() == QByteArray("sitekeeper::ProfileMergeDialog"));
                CHECK(d->windowTitle().contains(QStringLiteral("Ada King")));
                d->reject();
                return true;
            },
            &ok);
        QTest::mouseClick(applyFix, Qt::LeftButton);
        QVERIFY(ok);
        QCOMPARE(store.profiles().get(m_adaTwin)->status, ProfileStatus::Active);
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK202"), m_adaTwin));
        QCOMPARE(model->rowCount(), int(window->checker().findings().size()));

        // Mark reviewed (approver and reference), undone the same way.
        for (const auto& [ruleId, id] : {std::pair{QStringLiteral("SK405"), m_approver},
                                         std::pair{QStringLiteral("SK302"), m_reference}}) {
            const Finding stale = findingOf(model, ruleId, id);
            QCOMPARE(stale.action, FixAction::MarkReviewed);
            QVERIFY(panel->selectFinding(stale));
            QTest::mouseClick(applyFix, Qt::LeftButton);
            QVERIFY2(!hasFinding(window->checker(), ruleId, id), qPrintable(ruleId));
            QVERIFY(findingOf(model, ruleId, id).rule.isEmpty());
        }
        QCOMPARE(store.approvers().get(m_approver)->lastReviewed, m_today);
        QCOMPARE(store.references().get(m_reference)->lastReviewed, m_today);
        workspace->undoStack().undo();
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK302"), m_reference));
        workspace->undoStack().undo();
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK405"), m_approver));
        QCOMPARE(store.approvers().get(m_approver)->lastReviewed, m_today.addYears(-2));

        // Explain Rule (F1): the rule's title and explanation.
        QVERIFY(panel->selectFinding(findingOf(model, QStringLiteral("SK405"), m_approver)));
        onNextDialog(
            [](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box);
                CHECK(box->text().contains(QStringLiteral("SK405")));
                CHECK(box->informativeText().contains(QStringLiteral("approver")));
                box->accept();
                return true;
            },
            &ok);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F1);
        QVERIFY(ok);
    }

    void anEditRechecksOnlyItsSite() {
        auto workspace = smallWorkspace(QStringLiteral("recheck"));
        QVERIFY(workspace);
        auto window = openWindow(*workspace);
        QVERIFY(window);
        QVERIFY(!hasFinding(window->checker(), QStringLiteral("SK102"), m_alpha));
        const qint64 fullChecks = window->checker().lastFullCheckMs();
        Q_UNUSED(fullChecks)

        QList<QList<QUuid>> changes;
        connect(&window->checker(), &Checker::findingsChanged, this,
                [&changes](const QList<QUuid>& ids) { changes.append(ids); });
        const Site before = *workspace->store().sites().get(m_alpha);
        Site after = before;
        after.emailDomains.clear();
        QVERIFY(workspace->edit<Site>(before, after, QStringLiteral("Clear domains")).ok());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst(), QList<QUuid>{m_alpha}); // not Beta
        QVERIFY(hasFinding(window->checker(), QStringLiteral("SK102"), m_alpha));
        QVERIFY(
            !findingOf(window->findingsPanel()->model(), QStringLiteral("SK102"), m_alpha).rule.isEmpty());
        // The readiness of Alpha dropped in the tree and in the checklist.
        const QModelIndex ready =
            window->siteModel()->indexOf(m_alpha).siblingAtColumn(SiteTreeModel::ReadyColumn);
        const Readiness& readiness = window->checker().site(m_alpha)->readiness;
        QCOMPARE(ready.data(SiteTreeModel::ReadinessRole).toInt(), readiness.score());
        QVERIFY(
            ready.data(Qt::ToolTipRole).toString().contains(QStringLiteral("email"), Qt::CaseInsensitive));
        window->selectSite(m_alpha);
        QVERIFY(window->activationChecklist()->goToButton(ReadinessItem::Key::EmailDomain));
        workspace->undoStack().undo();
        QVERIFY(!hasFinding(window->checker(), QStringLiteral("SK102"), m_alpha));
        QVERIFY(!window->activationChecklist()->goToButton(ReadinessItem::Key::EmailDomain));
    }

    void readinessColumnAndChecklist() {
        auto workspace = smallWorkspace(QStringLiteral("readiness"));
        QVERIFY(workspace);
        auto window = openWindow(*workspace);
        QVERIFY(window);
        SiteTreeModel* tree = window->siteModel();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree->columnCount(), int(SiteTreeModel::ColumnCount));
        QCOMPARE(tree->headerData(SiteTreeModel::ReadyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Ready"));
        for (const QUuid& id : {m_alpha, m_beta}) {
            const Readiness& readiness = window->checker().site(id)->readiness;
            const QModelIndex cell = tree->indexOf(id).siblingAtColumn(SiteTreeModel::ReadyColumn);
            QCOMPARE(cell.data().toString(), QStringLiteral("%1 %").arg(readiness.score()));
            QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
            for (const ReadinessItem& item : readiness.items) {
                if (!item.passed)
                    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(item.title));
            }
        }
        // Beta has no rule, no profiles ...: a low score.
        QVERIFY(window->checker().site(m_beta)->readiness.score() <
                window->checker().site(m_alpha)->readiness.score());

        // The overview's checklist: every item with its mark, the missing ones with "Go to".
        window->selectSite(m_beta);
        ActivationChecklist* checklist = window->activationChecklist();
        const Readiness& beta = window->checker().site(m_beta)->readiness;
        QCOMPARE(checklist->readiness()->score(), beta.score());
        for (const ReadinessItem& item : beta.items) {
            const QString key = Readiness::keyString(item.key);
            auto* mark = checklist->findChild<QLabel*>(QStringLiteral("mark_") + key);
            QVERIFY(mark);
            QCOMPARE(mark->text(), item.passed ? QStringLiteral("✓") : QStringLiteral("✗"));
            QCOMPARE(checklist->goToButton(item.key) != nullptr, !item.passed);
        }
        // Go to: a list opens its tab, errors open the Findings panel filtered to the site.
        auto* tabs = child<QTabWidget>(window.get(), "siteTabs");
        QPushButton* rules = checklist->goToButton(ReadinessItem::Key::NotificationRule);
        QVERIFY(rules);
        QTest::mouseClick(rules, Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window->rulesTab()));
        tabs->setCurrentIndex(0);
        QPushButton* errors = checklist->goToButton(ReadinessItem::Key::NoErrors);
        QVERIFY(errors);
        QTest::mouseClick(errors, Qt::LeftButton);
        QVERIFY(window->findingsDock()->isVisible());
        FindingsFilterModel* filter = window->findingsPanel()->filter();
        QCOMPARE(filter->site(), m_beta);
        QCOMPARE(filter->severity(), std::optional(Severity::Error));
        QVERIFY(filter->rowCount() > 0);
        // A site item opens the site editor at its field.
        window->selectSite(m_beta);
        QPushButton* email = checklist->goToButton(ReadinessItem::Key::EmailDomain);
        QVERIFY(email);
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                auto* editor = qobject_cast<SiteEditor*>(d);
                CHECK(editor);
                CHECK(editor->shownErrors().constFirst().field == QLatin1String("email_domains"));
                d->reject();
                return true;
            },
            &ok);
        QTest::mouseClick(email, Qt::LeftButton);
        QVERIFY(ok);
    }

    void siteViewsAreWired() {
        auto workspace = smallWorkspace(QStringLiteral("views"));
        QVERIFY(workspace);
        auto window = openWindow(*workspace);
        QVERIFY(window);
        window->selectSite(m_alpha);
        auto* tabs = child<QTabWidget>(window.get(), "siteTabs");
        tabs->setCurrentWidget(child<QWidget>(window.get(), "coverageTab"));
        QCOMPARE(window->coverageView()->timeline().rules().size(), 1); // fed from the Checker's site data
        tabs->setCurrentWidget(child<QWidget>(window.get(), "escalationsTab"));
        QCOMPARE(window->escalationsView()->siteId(), m_alpha);

        // "Write a reference" from the escalation review: the reference editor, filled in.
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                auto* editor = qobject_cast<ReferenceEditor*>(d);
                CHECK(editor);
                CHECK(editor->record().topic == ReferenceTopic::Vpn);
                CHECK(editor->record().title == QLatin1String("VPN at Alpha"));
                d->done(QDialog::Rejected + 100);
                return true;
            },
            &ok);
        Q_EMIT window->escalationsView()->writeReferenceRequested(m_alpha, ReferenceTopic::Vpn,
                                                                  QStringLiteral("VPN at Alpha"));
        QVERIFY(ok);

        // Site > Approval What-If…
        onNextDialog(
            [](QDialog* d) {
                CHECK(d->inherits("sitekeeper::ApprovalWhatIfDialog"));
                d->reject();
                return true;
            },
            &ok);
        child<QAction>(window.get(), "actionApprovalWhatIf")->trigger();
        QVERIFY(ok);
    }

    void screenshotsWithDemoData() {
        DemoGenerator::Options options;
        options.sites = 30;
        options.profilesPerSite = 20;
        options.seed = 7;
        options.asOf = m_today;
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("demo")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Workspace& workspace = *opened.value();
        DemoGenerator generator(options);
        QVERIFY(workspace
                    .importChunks([&generator](const std::function<bool(const Bundle&)>& sink) {
                        return generator.generate(sink);
                    })
                    .ok());
        auto window = openWindow(workspace, {1440, 900});
        QVERIFY(window);
        QVERIFY(window->checker().findings().size() > 0);
        auto* tree = child<QTreeView>(window.get(), "siteTree");
        // A site with something to fix, to show in each view.
        QUuid shown;
        for (const auto& site : window->checker().sites()) {
            if (!site.readiness.ready() && site.coverage != Coverage::None &&
                site.activationStatus != ActivationStatus::Deactivated &&
                (shown.isNull() || site.siteName < window->checker().site(shown)->siteName))
                shown = site.siteId;
        }
        QVERIFY(!shown.isNull());
        window->selectSite(shown);
        tree->scrollTo(tree->currentIndex());
        QTest::qWait(50);
        screenshot(window.get(), QStringLiteral("checklist"));

        window->showFindings();
        // A finding with a one-click fix selected, as a user about to apply it would see it.
        FindingsPanel* panel = window->findingsPanel();
        for (const Finding& f : panel->model()->findings()) {
            if (f.action == FixAction::MarkReviewed && panel->selectFinding(f))
                break;
        }
        window->findingsDock()->resize(window->width(), 340);
        window->resizeDocks({window->findingsDock()}, {340}, Qt::Vertical);
        QTest::qWait(50);
        screenshot(window.get(), QStringLiteral("findings"));
        window->findingsDock()->hide();

        auto* tabs = child<QTabWidget>(window.get(), "siteTabs");
        tabs->setCurrentWidget(child<QWidget>(window.get(), "coverageTab"));
        QTest::qWait(50);
        screenshot(window.get(), QStringLiteral("timeline-in-console"));
        tabs->setCurrentWidget(child<QWidget>(window.get(), "escalationsTab"));
        window->escalationsView()->setPeriod(EscalationsView::Period::FirstThreeMonths);
        QTest::qWait(50);
        screenshot(window.get(), QStringLiteral("escalations-in-console"));
    }
};

QTEST_MAIN(tst_Findings)
#include "tst_Findings.moc"
