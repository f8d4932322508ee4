// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActivationChecklist.h"
#include "AuditModel.h"
#include "BackendSettings.h"
#include "Checker.h"
#include "ConsoleDocks.h"
#include "CoverageTimelineView.h"
#include "CredentialsPanel.h"
#include "DataMenu.h"
#include "EditorSupport.h"
#include "EntityEditors.h"
#include "EscalationsView.h"
#include "FindingFix.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "HelpBrowser.h"
#include "MemberRights.h"
#include "PreferencesDialog.h"
#include "ProfileMergeDialog.h"
#include "PulledChanges.h"
#include "RecordTab.h"
#include "RecordTabs.h"
#include "ReferenceEditor.h"
#include "SiteEditor.h"
#include "SiteReports.h"
#include "SiteSummary.h"
#include "SiteTree.h"
#include "SiteTreeModel.h"
#include "SyncMenu.h"
#include "SyncProblemsDialog.h"
#include "SyncStatusBar.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
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
    connect(m_ui->actionApprovalWhatIf, &QAction::triggered, this,
            [this, reports] { reports->approvalWhatIf(m_siteId); });
    connect(m_ui->whatIfButton, &QPushButton::clicked, m_ui->actionApprovalWhatIf, &QAction::trigger);
    connect(m_ui->actionActivationSummary, &QAction::triggered, this,
            [this, reports] { reports->activationSummary(m_siteId); });
    connect(m_ui->actionClientHandout, &QAction::triggered, this,
            [this, reports] { reports->clientHandout(m_siteId); });
    const auto showMessage = [this](const QString& text) {
        statusBar()->showMessage(text, 10'000);
    };
    auto* data = new DataMenu(workspace, this);
    connect(m_ui->actionImportBundle, &QAction::triggered, data, &DataMenu::importBundle);
    connect(m_ui->importBundleButton, &QPushButton::clicked, data, &DataMenu::importBundle);
    connect(m_ui->actionExportBundle, &QAction::triggered, data, &DataMenu::exportBundle);
    connect(m_ui->actionImportProfiles, &QAction::triggered, data,
            [this, data] { data->importProfiles(m_siteId); });
    connect(m_ui->actionCompareDirectory, &QAction::triggered, data,
            [this, data] { data->compareWithDirectory(m_siteId); });
    connect(m_ui->openDemoButton, &QPushButton::clicked, data, &DataMenu::openDemo);
    connect(m_ui->actionPartnerContacts, &QAction::triggered, data, &DataMenu::partnerContacts);
    connect(data, &DataMenu::openWorkspaceRequested, this, &MainWindow::openWorkspaceRequested);
    connect(data, &DataMenu::message, this, showMessage);
    connect(data, &DataMenu::bundleImported, this, [this] {
        m_tree->reload();
        m_tree->selectFirst();
        updateStatus();
    });
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
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { HelpBrowser::showAbout(this); });
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] { showUserGuide(); });
    connect(m_ui->actionExplainFinding, &QAction::triggered, this, &MainWindow::explainFinding);

    // Sync: the status bar (Sync Now, progress, cancel, a sync every few minutes) and the File menu.
    m_sync = new SyncStatusBar(workspace, this);
    statusBar()->addPermanentWidget(m_findingsButton);
    statusBar()->addPermanentWidget(m_sync);
    m_syncMenu = new SyncMenu(workspace, *m_sync, this);
    m_syncMenu->wire({m_ui->actionSyncNow, m_ui->actionConnect, m_ui->actionSignOut, m_ui->actionConflicts,
                      m_ui->actionSyncProblems});
    connect(m_syncMenu, &SyncMenu::message, this, showMessage);
    connect(m_syncMenu, &SyncMenu::signedOut, this, &MainWindow::updateRights);
    connect(&workspace, &Workspace::identityChanged, this, &MainWindow::updateRights);
    connect(m_syncMenu, &SyncMenu::conflictsResolved, this, [this] {
        if (!m_siteId.isNull())
            showSite(m_siteId);
    });
    connect(m_syncMenu, &SyncMenu::openRecordRequested, this, &MainWindow::openRecordToFix);
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

void MainWindow::showWelcome() {
    m_siteId = QUuid();
    updateRights();
    m_ui->detailStack->setCurrentWidget(m_ui->welcomePage);
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
        if (m_sites->siteCount() == 0)
            showWelcome();
        else
            selectSite(m_sites->indexOf(id).isValid() && m_siteId.isNull() ? id : keep);
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
        if (m_sites->siteCount() == 0)
            return showWelcome();
        if (!kept || m_siteId.isNull()) {
            m_tree->selectFirst(); // the site shown was deleted elsewhere (or none was shown yet)
            return;
        }
    }
    if (m_siteId.isNull())
        return;
    const QList<EntityKind> lists = changes.touchedKinds();
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
    std::optional<QString> done;
    if (finding.action == FixAction::MergeProfiles) {
        done = ProfileMergeDialog::ask(m_workspace, finding.entityId, finding.relatedId, this);
    } else if (const Result<void> applied = FindingFix::apply(m_workspace, finding, m_checker->today())) {
        done = FindingFix::describe(finding.action);
    } else {
        QMessageBox::warning(this, tr("Fix not applied"), applied.error().toString());
    }
    if (done)
        statusBar()->showMessage(tr("%1: done. Ctrl+Z undoes it.").arg(*done), 10'000);
    return done.has_value();
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

} // namespace sitekeeper
