// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActivationChecklist.h"
#include "AuditModel.h"
#include "BackendSettings.h"
#include "BundleFile.h"
#include "Checker.h"
#include "ConsoleDocks.h"
#include "CoverageTimelineView.h"
#include "CredentialsPanel.h"
#include "DemoPartner.h"
#include "DirectoryDiffDialog.h"
#include "EditorSupport.h"
#include "EntityEditors.h"
#include "EscalationsView.h"
#include "FindingFix.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "HelpBrowser.h"
#include "MemberRights.h"
#include "PartnerDialog.h"
#include "PreferencesDialog.h"
#include "ProfileImportWizard.h"
#include "PulledChanges.h"
#include "RecordTab.h"
#include "RecordTabs.h"
#include "ReferenceEditor.h"
#include "SiteEditor.h"
#include "SiteReports.h"
#include "SiteSummary.h"
#include "SiteTree.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncMenu.h"
#include "SyncProblemsDialog.h"
#include "SyncStatusBar.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace sitekeeper {

namespace {

// Window state kept between runs (typed keys in one place).
struct WindowSettings {
    static QString geometry() { return QStringLiteral("window/geometry"); }
    static QString state() { return QStringLiteral("window/state"); }
    static QString splitter() { return QStringLiteral("window/splitter"); }
};

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));
    setWindowTitle(tr("Sitekeeper — %1").arg(workspace.folder()));

    m_tree = new SiteTree(workspace.store(), m_ui->siteTree, m_ui->siteFilter, this);
    m_sites = m_tree->model();
    connect(m_tree, &SiteTree::siteSelected, this, &MainWindow::showSite);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({400, 880});

    setUpTabs();
    setUpChecks();

    // Undo and redo of every saved edit.
    QAction* undo = workspace.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = workspace.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undo, redo});
    // Shortcuts work wherever the focus is in the window, with the menu closed.
    addActions({undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    connect(&workspace, &Workspace::recordChanged, this, &MainWindow::recordChanged);
    connect(&workspace, &Workspace::editFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Undo or redo failed"),
                             tr("%1\n\nThe workspace was left as it was before.").arg(message));
    });

    connect(m_ui->actionNewSite, &QAction::triggered, this, [this] { newSite(QUuid()); });
    connect(m_ui->actionNewChildSite, &QAction::triggered, this, [this] { newSite(m_siteId); });
    connect(m_ui->addFirstSiteButton, &QPushButton::clicked, this, [this] { newSite(QUuid()); });
    connect(m_ui->addChildSiteButton, &QPushButton::clicked, this, [this] { newSite(m_siteId); });
    connect(m_ui->editSiteButton, &QPushButton::clicked, this, &MainWindow::editSite);
    connect(m_ui->actionEditSite, &QAction::triggered, this, &MainWindow::editSite);
    auto* reports = new SiteReports(workspace, *m_checker, this, [this] { preferences(); });
    const auto whatIf = [this, reports] {
        reports->approvalWhatIf(m_siteId);
    };
    connect(m_ui->actionApprovalWhatIf, &QAction::triggered, this, whatIf);
    connect(m_ui->whatIfButton, &QPushButton::clicked, this, whatIf);
    connect(m_ui->actionActivationSummary, &QAction::triggered, this,
            [this, reports] { reports->activationSummary(m_siteId); });
    connect(m_ui->actionClientHandout, &QAction::triggered, this,
            [this, reports] { reports->clientHandout(m_siteId); });
    connect(m_ui->actionImportBundle, &QAction::triggered, this, &MainWindow::importBundle);
    connect(m_ui->importBundleButton, &QPushButton::clicked, this, &MainWindow::importBundle);
    connect(m_ui->actionExportBundle, &QAction::triggered, this, &MainWindow::exportBundle);
    connect(m_ui->actionImportProfiles, &QAction::triggered, this, &MainWindow::importProfiles);
    connect(m_ui->actionCompareDirectory, &QAction::triggered, this, &MainWindow::compareWithDirectory);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this, &MainWindow::openDemo);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionGoToSite, &QAction::triggered, this, [this] {
        m_ui->siteFilter->setFocus();
        m_ui->siteFilter->selectAll();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (auto* tab = qobject_cast<RecordTab*>(m_ui->siteTabs->currentWidget())) {
            tab->filterEdit()->setFocus();
            tab->filterEdit()->selectAll();
        } else {
            m_ui->actionGoToSite->trigger();
        }
    });
    connect(m_ui->actionPartnerContacts, &QAction::triggered, this, &MainWindow::partnerContacts);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] { showUserGuide(); });
    connect(m_ui->actionExplainFinding, &QAction::triggered, this, &MainWindow::explainFinding);

    // Sync: status in the status bar, Sync Now (Ctrl+S) with progress and cancel, and a sync every
    // few minutes when a backend is set.
    m_sync = new SyncStatusBar(workspace, this);
    statusBar()->addPermanentWidget(m_findingsButton);
    statusBar()->addPermanentWidget(m_sync);
    connect(m_ui->actionSyncNow, &QAction::triggered, this, [this] { m_sync->syncNow(false); });
    // Sync Now without a backend asks for one, then syncs.
    m_syncMenu = new SyncMenu(workspace, *m_sync, this);
    connect(m_sync, &SyncStatusBar::connectRequested, this, [this] {
        if (m_syncMenu->connectToBackend())
            m_sync->syncNow(false);
    });
    connect(m_ui->actionConnect, &QAction::triggered, m_syncMenu, [this] { m_syncMenu->connectToBackend(); });
    connect(m_ui->actionSignOut, &QAction::triggered, m_syncMenu, &SyncMenu::signOut);
    connect(m_syncMenu, &SyncMenu::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    connect(m_syncMenu, &SyncMenu::signedOut, this, &MainWindow::updateRights);
    connect(&workspace, &Workspace::identityChanged, this, &MainWindow::updateRights);
    connect(m_ui->actionConflicts, &QAction::triggered, m_syncMenu, &SyncMenu::showConflicts);
    connect(m_syncMenu, &SyncMenu::conflictsResolved, this, [this] {
        if (!m_siteId.isNull())
            showSite(m_siteId);
    });
    connect(m_ui->actionSyncProblems, &QAction::triggered, m_syncMenu, &SyncMenu::showSyncProblems);
    connect(m_sync, &SyncStatusBar::problemsRequested, m_syncMenu, &SyncMenu::showSyncProblems);
    connect(m_syncMenu, &SyncMenu::openRecordRequested, this, &MainWindow::openRecordToFix);
    connect(m_sync, &SyncStatusBar::conflictsChanged, m_ui->actionConflicts, &QAction::setEnabled);
    // What a sync pulled comes through Workspace::pulled (and only what it pulled is read again).
    connect(m_sync, &SyncStatusBar::synced, this, &MainWindow::updateStatus);
    connect(&workspace, &Workspace::pulled, this, &MainWindow::pulled);
    m_sync->refresh();

    const bool empty = m_sites->siteCount() == 0;
    m_ui->detailStack->setCurrentWidget(empty ? m_ui->welcomePage : m_ui->sitePage);
    if (!empty)
        m_tree->selectFirst();
    updateStatus();
    updateRights();

    QSettings settings;
    restoreGeometry(settings.value(WindowSettings::geometry()).toByteArray());
    restoreState(settings.value(WindowSettings::state()).toByteArray());
    m_ui->splitter->restoreState(settings.value(WindowSettings::splitter()).toByteArray());
}

bool MainWindow::event(QEvent* event) {
    const bool handled = QMainWindow::event(event);
    // The first full check once the window has been painted: the sites show at once, and the
    // check's progress dialog has a window on screen to belong to.
    if (event->type() == QEvent::Paint && !m_firstCheckQueued) {
        m_firstCheckQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (m_sites->siteCount() > 0)
                checkAll();
        });
    }
    return handled;
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTabs() {
    m_recordTabs = new RecordTabs(m_workspace, m_ui->siteTabs, m_ui->credentialsTab, this);
    m_credentials = new CredentialsPanel(m_workspace, m_ui->credentialsTab);
    m_ui->credentialsLayout->addWidget(m_credentials);

    m_history = new AuditModel(m_workspace.store().audit(), this);
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setDefaultSectionSize(150);
}

void MainWindow::selectSite(const QUuid& siteId) {
    m_tree->select(siteId);
}

void MainWindow::showSite(const QUuid& siteId) {
    if (siteId.isNull())
        return;
    m_siteId = siteId;
    updateRights();
    m_ui->detailStack->setCurrentWidget(m_ui->sitePage);
    m_recordTabs->setSite(siteId);
    m_credentials->setSite(siteId);
    m_history->setSite(siteId);
    m_findings->setCurrentSite(siteId);
    m_coverageStale = m_escalationsStale = true;
    refreshSiteViews();
    refreshSummary();
}

void MainWindow::refreshSummary() {
    const Checker::SiteResult* result = m_checker->site(m_siteId);
    m_ui->checklist->setReadiness(result ? std::optional(result->readiness) : std::nullopt);
    const auto site = m_workspace.store().sites().get(m_siteId);
    if (!site) {
        m_ui->siteTitle->setText(QString());
        m_ui->siteSummary->setText(QString());
        return;
    }
    m_ui->siteTitle->setText(QStringLiteral("<h2>%1</h2>").arg(site->name.toHtmlEscaped()));
    m_ui->siteSummary->setText(
        SiteSummary::html(*site, [this](EntityKind kind) { return m_recordTabs->count(kind); }));
}

void MainWindow::recordChanged(EntityKind entity, const QUuid& id) {
    if (entity == EntityKind::Site) {
        const QUuid keep = m_siteId.isNull() ? id : m_siteId;
        m_tree->reload();
        if (m_sites->siteCount() == 0) {
            m_siteId = QUuid();
            updateRights();
            m_ui->detailStack->setCurrentWidget(m_ui->welcomePage);
        } else {
            selectSite(m_sites->indexOf(id).isValid() && m_siteId.isNull() ? id : keep);
        }
    } else {
        m_recordTabs->recordChanged(entity, id);
    }
    m_history->setSite(m_siteId);
    refreshSummary();
    if (entity == EntityKind::Site)
        updateStatus();
    m_sync->refresh(true); // the outbox has grown
}

void MainWindow::pulled(const PulledChanges& changes) {
    if (changes.touches(entityName(EntityKind::Site))) {
        const bool kept = m_tree->refresh();
        updateStatus();
        if (m_sites->siteCount() == 0) {
            m_siteId = QUuid();
            m_ui->actionImportProfiles->setEnabled(false);
            m_ui->actionCompareDirectory->setEnabled(false);
            m_ui->detailStack->setCurrentWidget(m_ui->welcomePage);
            return;
        }
        if (!kept || m_siteId.isNull()) {
            m_tree->selectFirst(); // the site shown was deleted elsewhere (or none was shown yet)
            return;
        }
    }
    if (m_siteId.isNull())
        return;
    QList<EntityKind> lists;
    for (EntityKind kind : allEntityKinds()) {
        if (changes.touches(entityName(kind)))
            lists.append(kind);
    }
    m_recordTabs->refresh(lists);
    if (lists.contains(EntityKind::Credential))
        m_credentials->refresh();
    m_history->setSite(m_siteId);
    m_coverageStale = m_escalationsStale = true;
    refreshSiteViews();
    refreshSummary();
    m_sync->refresh();
}

void MainWindow::newSite(const QUuid& parentId) {
    SiteEditor editor(m_workspace, parentId, std::nullopt, this);
    if (editor.exec() == QDialog::Accepted)
        selectSite(editor.record().id);
}

void MainWindow::editSite() {
    const auto site = m_workspace.store().sites().get(m_siteId);
    if (site)
        SiteEditor(m_workspace, site->parentId, *site, this).exec();
}

RecordTab* MainWindow::profilesTab() const {
    return m_recordTabs->list(EntityKind::ClientProfile);
}

RecordTab* MainWindow::referencesTab() const {
    return m_recordTabs->list(EntityKind::Reference);
}

RecordTab* MainWindow::approversTab() const {
    return m_recordTabs->list(EntityKind::Approver);
}

RecordTab* MainWindow::rulesTab() const {
    return m_recordTabs->list(EntityKind::NotificationRule);
}

QDockWidget* MainWindow::findingsDock() const {
    return m_docks->findingsDock();
}

QDockWidget* MainWindow::reviewDock() const {
    return m_docks->reviewDock();
}

QDockWidget* MainWindow::dashboardDock() const {
    return m_docks->dashboardDock();
}

ActivationChecklist* MainWindow::activationChecklist() const {
    return m_ui->checklist;
}

CoverageTimelineView* MainWindow::coverageView() const {
    return m_ui->coverageView;
}

void MainWindow::setUpChecks() {
    m_checker = new Checker(m_workspace, this);
    // A partner-wide edit touches every site: that check runs after the edit, with its progress dialog.
    m_checker->setFullCheckRunner([this] { QTimer::singleShot(0, this, [this] { checkAll(); }); });
    connect(m_checker, &Checker::findingsChanged, this, &MainWindow::findingsChanged);
    m_tree->setChecker(m_checker);
    m_docks = new ConsoleDocks(m_workspace, *m_checker, this, m_ui->menuView);
    m_findings = m_docks->findingsPanel();
    connect(m_docks, &ConsoleDocks::openRequested, this, &MainWindow::openFinding);
    connect(m_findings, &FindingsPanel::guideRequested, this,
            [this](const QString& ruleId) { showUserGuide(ruleId); });
    connect(m_findings, &FindingsPanel::fixRequested, this, &MainWindow::applyFix);

    connect(m_ui->actionCheckAll, &QAction::triggered, this, &MainWindow::checkAll);
    m_findingsButton = new QToolButton(this);
    m_findingsButton->setObjectName(QStringLiteral("findingsButton"));
    m_findingsButton->setAutoRaise(true);
    m_findingsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_findingsButton->setAccessibleName(tr("Findings"));
    m_findingsButton->setToolTip(tr("Show the findings (Ctrl+Shift+F)"));
    connect(m_findingsButton, &QToolButton::clicked, this, &MainWindow::showFindings);
    updateFindingStatus();

    connect(m_ui->checklist, &ActivationChecklist::goToRequested, this, &MainWindow::goTo);

    m_escalations = new EscalationsView(m_workspace, m_ui->escalationsTab);
    m_ui->escalationsLayout->addWidget(m_escalations);
    connect(m_escalations, &EscalationsView::writeReferenceRequested, this, &MainWindow::writeReference);
    connect(m_ui->siteTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshSiteViews);
}

bool MainWindow::checkAll() {
    if (m_checking)
        return false;
    m_checking = true;
    QProgressDialog progress(tr("Checking every site against the rulebook…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Check All Sites"));
    const Result<void> checked = m_checker->checkAll(percentProgress(progress));
    const bool cancelled = progress.wasCanceled();
    progress.close();
    m_checking = false;
    if (cancelled) {
        statusBar()->showMessage(m_checker->hasResults()
                                     ? tr("Check cancelled: the findings shown are from the "
                                          "previous check.")
                                     : tr("Check cancelled."),
                                 10'000);
        return false;
    }
    if (!checked) {
        QMessageBox::warning(this, tr("Check failed"),
                             tr("The sites could not be checked: %1").arg(checked.error().toString()));
        return false;
    }
    statusBar()->showMessage(tr("Checked %n site(s) in %1 ms", nullptr, int(m_checker->sites().size()))
                                 .arg(m_checker->lastFullCheckMs()),
                             10'000);
    return true;
}

void MainWindow::findingsChanged(const QList<QUuid>& siteIds) {
    m_findings->reload();
    m_sites->readinessChanged(siteIds);
    updateFindingStatus();
    if (siteIds.contains(m_siteId)) {
        m_coverageStale = true;
        refreshSiteViews();
        refreshSummary();
    }
}

void MainWindow::updateFindingStatus() {
    if (!m_checker->hasResults()) {
        m_findingsButton->setText(tr("Not checked"));
        m_findingsButton->setIcon(QIcon());
        return;
    }
    const FindingSummary summary = m_checker->summary();
    const QString errors = tr("%n error(s)", nullptr, summary.errors);
    const QString warnings = tr("%n warning(s)", nullptr, summary.warnings);
    m_findingsButton->setText(tr("%1, %2").arg(errors, warnings));
    m_findingsButton->setIcon(FindingsModel::severityIcon(summary.errors > 0     ? Severity::Error
                                                          : summary.warnings > 0 ? Severity::Warning
                                                                                 : Severity::Info));
}

void MainWindow::refreshSiteViews() {
    // The timeline and the escalation review read the whole site: only the one on screen is filled,
    // and only when something changed since.
    if (m_siteId.isNull())
        return;
    QWidget* current = m_ui->siteTabs->currentWidget();
    if (current == m_ui->coverageTab && m_coverageStale) {
        const auto site = m_checker->siteData(m_siteId);
        const auto partner = m_checker->partnerData();
        if (site && partner)
            m_ui->coverageView->setData(*site, *partner);
        m_coverageStale = false;
    } else if (current == m_ui->escalationsTab && m_escalationsStale) {
        // One "today" across the console: the Checker's (a test's or the wall clock).
        m_escalations->setToday(m_checker->today());
        if (m_escalations->siteId() != m_siteId)
            m_escalations->setSite(m_siteId);
        else
            m_escalations->refresh();
        m_escalationsStale = false;
    }
}

void MainWindow::showFindings() {
    findingsDock()->show();
    findingsDock()->raise();
    m_findings->view()->setFocus();
}

void MainWindow::editSiteField(const QString& field, const QString& message) {
    const auto site = m_workspace.store().sites().get(m_siteId);
    if (!site)
        return;
    SiteEditor editor(m_workspace, site->parentId, *site, this);
    if (!field.isEmpty())
        editor.markField(field, message);
    editor.exec();
}

void MainWindow::openFinding(const Finding& finding) {
    if (!finding.siteId.isNull())
        selectSite(finding.siteId);
    bool opened = true;
    if (finding.entity == EntityKind::Site) {
        // Findings about a site's lists (no rule, no approver for a type ...) are fixed in that list.
        const auto list = entityKindFromListKey(finding.field);
        if (QWidget* tab = list ? m_recordTabs->tab(*list) : nullptr) {
            m_ui->siteTabs->setCurrentWidget(tab);
            statusBar()->showMessage(finding.message, 10'000);
        } else {
            editSiteField(finding.field, finding.message);
        }
    } else {
        opened = EntityEditors::open(m_workspace, finding.entity, finding.siteId, finding.entityId, this,
                                     finding.field, finding.message);
    }
    if (!opened)
        statusBar()->showMessage(
            tr("The record of this finding is no longer there: run Tools › Check All Sites."), 10'000);
}

bool MainWindow::applyFix(const Finding& finding) {
    if (const QString forbidden = MemberRights(m_workspace).toEdit(finding.entity); !forbidden.isEmpty()) {
        QMessageBox::information(this, tr("Fix not applied"), forbidden);
        return false;
    }
    if (finding.action == FixAction::MoveSecretToVault) {
        openFinding(finding); // the editor offers the move into a credential when saving
        return true;
    }
    const Result<void> applied = FindingFix::apply(m_workspace, finding, m_checker->today());
    if (!applied) {
        QMessageBox::warning(this, tr("Fix not applied"), applied.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("%1: done. Ctrl+Z undoes it.").arg(FindingFix::describe(finding.action)),
                             10'000);
    return true;
}

void MainWindow::goTo(const ReadinessItem& item) {
    if (!item.entity) {
        m_findings->showSiteErrors(m_siteId);
        showFindings();
    } else if (*item.entity == EntityKind::Site) {
        editSiteField(item.field, item.detail.isEmpty() ? item.title : item.detail);
    } else if (QWidget* tab = m_recordTabs->tab(*item.entity)) {
        m_ui->siteTabs->setCurrentWidget(tab);
    }
}

void MainWindow::writeReference(const QUuid& siteId, ReferenceTopic topic, const QString& title) {
    ReferenceEditor editor(m_workspace, siteId, std::nullopt, this);
    editor.prefill(topic, title);
    editor.exec();
}

void MainWindow::updateStatus() {
    // The tree has counted the sites already; totals of profiles and the like would need a scan of
    // the biggest tables (0.6 s at a million profiles), so they are on each site's overview instead.
    statusBar()->showMessage(tr("Sites: %1").arg(m_sites->siteCount()));
}

void MainWindow::importBundle() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Import bundle"), QString(),
                                                      tr("Sitekeeper bundles (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QStringList problems;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = BundleFile::import(m_workspace, file, &problems);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox box(QMessageBox::Warning, tr("Bundle not imported"), summary.error().toString(),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    m_tree->reload();
    m_tree->selectFirst();
    updateStatus();
    statusBar()->showMessage(
        tr("Imported %1: %2 created, %3 updated").arg(file).arg(summary->created).arg(summary->updated),
        10'000);
}

void MainWindow::importProfiles() {
    if (m_siteId.isNull())
        return;
    // The import emits recordChanged for client profiles: the Profiles tab and the overview reload.
    ProfileImportWizard wizard(m_workspace, m_siteId, this);
    if (wizard.exec() == QDialog::Accepted && wizard.summary())
        statusBar()->showMessage(tr("Profiles imported: %1 created, %2 updated")
                                     .arg(wizard.summary()->created)
                                     .arg(wizard.summary()->updated),
                                 10'000);
}

void MainWindow::compareWithDirectory() {
    if (m_siteId.isNull())
        return;
    // Its actions are edits on the workspace's undo stack: the tabs reload through recordChanged.
    DirectoryDiffDialog(m_workspace, m_siteId, this).exec();
}

void MainWindow::exportBundle() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export bundle"), QStringLiteral("sitekeeper-bundle.json"),
                                     tr("Sitekeeper bundles (*.json)"));
    if (file.isEmpty())
        return;
    if (const auto exported = BundleFile::exportTo(m_workspace, file); !exported)
        QMessageBox::warning(this, tr("Not exported"), exported.error().toString());
}

void MainWindow::openDemo() {
    const QString folder = DemoPartner::defaultFolder();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> prepared = DemoPartner::prepare(folder);
    QApplication::restoreOverrideCursor();
    if (!prepared)
        return (void)QMessageBox::warning(this, tr("Cannot open the demo"), prepared.error().toString());
    Q_EMIT openWorkspaceRequested(folder);
}

void MainWindow::partnerContacts() {
    PartnerDialog(m_workspace, this).exec();
}

void MainWindow::updateRights() {
    // What the signed-in member's role cannot do is greyed out, with the reason as its tooltip.
    const MemberRights rights(m_workspace);
    const bool hasSite = !m_siteId.isNull();
    const QString sites = rights.toEdit(EntityKind::Site);
    setAllowed(m_ui->actionNewSite, true, sites);
    setAllowed(m_ui->actionNewChildSite, true, sites);
    setAllowed(m_ui->addFirstSiteButton, true, sites);
    setAllowed(m_ui->addChildSiteButton, true, sites);
    setAllowed(m_ui->actionImportBundle, true, sites);
    setAllowed(m_ui->importBundleButton, true, sites);
    const QString profiles = rights.toEdit(EntityKind::ClientProfile);
    setAllowed(m_ui->actionImportProfiles, hasSite, profiles);
    setAllowed(m_ui->actionCompareDirectory, hasSite, profiles);
    m_ui->actionSignOut->setEnabled(BackendSettings(m_workspace.folder()).isConfigured());
}

void MainWindow::openRecordToFix(const SyncProblems::Target& target) {
    if (!target.editable) {
        statusBar()->showMessage(target.message, 10'000);
        return;
    }
    if (!target.siteId.isNull())
        selectSite(target.siteId);
    bool opened = true;
    if (target.kind == EntityKind::Site)
        editSiteField(target.field, target.message);
    else
        opened = EntityEditors::open(m_workspace, target.kind, target.siteId, target.id,
                                     m_syncMenu->problemsView(), target.field, target.message);
    if (!opened)
        statusBar()->showMessage(
            tr("This record has no editor here, or is no longer there: discard the edit, "
               "or retry it as it is."),
            10'000);
}

void MainWindow::preferences() {
    // A change of the partner settings is an edit: the Checker re-checks every site on its own.
    PreferencesDialog dialog(m_workspace, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(WindowSettings::geometry(), saveGeometry());
    settings.setValue(WindowSettings::state(), saveState());
    settings.setValue(WindowSettings::splitter(), m_ui->splitter->saveState());
    event->accept();
}

HelpBrowser* MainWindow::showUserGuide(const QString& ruleId) {
    // One guide window, kept while the console is open, so that it remembers where the reader was.
    if (!m_help)
        m_help = new HelpBrowser(this);
    if (!ruleId.isEmpty())
        m_help->showRule(ruleId);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::explainFinding() {
    if (const auto finding = m_findings->currentFinding()) {
        m_findings->explainFinding(*finding);
        return;
    }
    showFindings();
    statusBar()->showMessage(
        tr("Select a finding in the Findings panel, then choose Explain This Finding (F1)."), 10'000);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Sitekeeper"),
        tr("<h3>Sitekeeper %1</h3><p>The partner console for an outsourced Help Desk service: "
           "sites, client profiles, references, approvers, notification rules and credentials, "
           "checked against the service's best practices.</p><p>Help › User Guide (F1) explains how to use "
           "it.</p>")
            .arg(QStringLiteral(SITEKEEPER_VERSION)));
}

} // namespace sitekeeper
