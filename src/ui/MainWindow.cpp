// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActivationChecklist.h"
#include "ApprovalWhatIfDialog.h"
#include "ApproverEditor.h"
#include "AuditModel.h"
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "BundleCodec.h"
#include "Checker.h"
#include "ClientProfileEditor.h"
#include "ConflictsDialog.h"
#include "CoverageTimelineView.h"
#include "CredentialEditor.h"
#include "CredentialsPanel.h"
#include "DashboardView.h"
#include "DemoGenerator.h"
#include "DirectoryDiffDialog.h"
#include "EditorSupport.h"
#include "EscalationsView.h"
#include "FindingFix.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "HelpBrowser.h"
#include "NotificationRuleEditor.h"
#include "PartnerContactEditor.h"
#include "PartnerDialog.h"
#include "PreferencesDialog.h"
#include "ProfileImportWizard.h"
#include "RecordListModel.h"
#include "RecordTab.h"
#include "ReferenceEditor.h"
#include "ReportWriter.h"
#include "ReviewQueueView.h"
#include "SiteEditor.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "SyncEngine.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
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

template <class T>
using Columns = QList<typename RecordListModel<T>::Column>;

QVariant text(int role, const QString& value) {
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

QString windowText(const TimeWindow& window) {
    QStringList days;
    for (Weekday day : window.days)
        days << displayName(day).left(3);
    return QStringLiteral("%1 %2–%3 %4")
        .arg(days.join(QLatin1Char(' ')), window.start.toString(QStringLiteral("HH:mm")),
             window.end.toString(QStringLiteral("HH:mm")), window.timeZone);
}

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));
    setWindowTitle(tr("Sitekeeper — %1").arg(workspace.folder()));

    // The site tree, filtered by name as the user types (ancestors of a match stay visible).
    m_sites = new SiteTreeModel(workspace.store(), this);
    m_siteFilter = new QSortFilterProxyModel(this);
    m_siteFilter->setSourceModel(m_sites);
    m_siteFilter->setRecursiveFilteringEnabled(true);
    m_siteFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_siteFilter->setFilterKeyColumn(0);
    m_ui->siteTree->setModel(m_siteFilter);
    m_ui->siteTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->siteTree->header()->setStretchLastSection(false);
    m_ui->siteTree->expandAll();
    connect(m_ui->siteFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_siteFilter->setFilterFixedString(text.trimmed());
        m_ui->siteTree->expandAll();
    });
    connect(m_ui->siteTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showSite(m_siteFilter->mapToSource(current).data(SiteTreeModel::SiteIdRole).toUuid());
            });
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
    connect(m_ui->actionApprovalWhatIf, &QAction::triggered, this, &MainWindow::approvalWhatIf);
    connect(m_ui->actionActivationSummary, &QAction::triggered, this, &MainWindow::exportActivationSummary);
    connect(m_ui->actionClientHandout, &QAction::triggered, this, &MainWindow::exportClientHandout);
    connect(m_ui->whatIfButton, &QPushButton::clicked, this, &MainWindow::approvalWhatIf);
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
    m_syncLabel = new QLabel(this);
    m_syncLabel->setAccessibleName(tr("Sync status"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->hide();
    m_syncCancel = new QToolButton(this);
    m_syncCancel->setText(tr("Cancel"));
    m_syncCancel->setAccessibleName(tr("Cancel sync"));
    m_syncCancel->hide();
    statusBar()->addPermanentWidget(m_findingsButton);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncCancel);
    connect(m_ui->actionSyncNow, &QAction::triggered, this, [this] { syncNow(false); });
    connect(m_ui->actionConflicts, &QAction::triggered, this, &MainWindow::showConflicts);
    connect(m_syncCancel, &QToolButton::clicked, this, [this] {
        if (m_backend)
            m_backend->engine().cancel();
    });
    m_syncStatusDelay = new QTimer(this);
    m_syncStatusDelay->setSingleShot(true);
    m_syncStatusDelay->setInterval(200);
    connect(m_syncStatusDelay, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    m_autoSync = new QTimer(this);
    m_autoSync->setInterval(5 * 60 * 1000);
    connect(m_autoSync, &QTimer::timeout, this, [this] { syncNow(true); });
    if (BackendSettings(workspace.folder()).isConfigured())
        m_autoSync->start();
    updateSyncStatus();

    const bool empty = m_sites->siteCount() == 0;
    m_ui->detailStack->setCurrentWidget(empty ? m_ui->welcomePage : m_ui->sitePage);
    if (!empty)
        m_ui->siteTree->setCurrentIndex(m_siteFilter->index(0, 0));
    updateStatus();

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

RecordTab* MainWindow::addRecordTab(EntityListModel* model, const QString& title, int position) {
    auto* tab = new RecordTab(model, m_ui->siteTabs);
    tab->setObjectName(title);
    m_ui->siteTabs->insertTab(position, tab, title);
    return tab;
}

void MainWindow::setUpTabs() {
    Store& store = m_workspace.store();

    auto* profiles = new RecordListModel<ClientProfile>(
        store.profiles(), Columns<ClientProfile>{
                              {tr("Name"), QString(),
                               [](const ClientProfile& p, int role) -> QVariant {
                                   if (role == Qt::ToolTipRole && p.vip)
                                       return tr("VIP");
                                   return text(role, p.vip ? p.fullName + QStringLiteral(" ★") : p.fullName);
                               }},
                              {tr("Email"), QStringLiteral("email"),
                               [](const ClientProfile& p, int role) {
                                   return text(role, p.email);
                               }},
                              {tr("Office phone"), QStringLiteral("office_phone"),
                               [](const ClientProfile& p, int role) {
                                   return text(role, p.officePhone);
                               }},
                              {tr("Mobile"), QStringLiteral("mobile_phone"),
                               [](const ClientProfile& p, int role) {
                                   return text(role, p.mobilePhone);
                               }},
                              {tr("Title"), QStringLiteral("title"),
                               [](const ClientProfile& p, int role) {
                                   return text(role, p.title);
                               }},
                              {tr("Status"), QStringLiteral("status"),
                               [](const ClientProfile& p, int role) {
                                   return text(role, displayName(p.status));
                               }},
                          });
    m_profiles = addRecordTab(profiles, tr("Client &Profiles"), 1);
    m_profiles->setRemoveText(tr("&Disable"));
    connect(m_profiles, &RecordTab::newRequested, this,
            [this] { ClientProfileEditor(m_workspace, m_siteId, std::nullopt, this).exec(); });
    connect(m_profiles, &RecordTab::editRequested, this, [this](const QUuid& id) {
        const auto profile = m_workspace.store().profiles().get(id);
        if (profile)
            ClientProfileEditor(m_workspace, m_siteId, *profile, this).exec();
    });
    connect(m_profiles, &RecordTab::removeRequested, this, &MainWindow::disableProfiles);

    auto* references = new RecordListModel<Reference>(
        store.references(), Columns<Reference>{
                                {tr("Title"), QString(),
                                 [](const Reference& r, int role) {
                                     return text(role, r.title);
                                 }},
                                {tr("Topic"), QStringLiteral("topic"),
                                 [](const Reference& r, int role) {
                                     return text(role, displayName(r.topic));
                                 }},
                                {tr("Owner"), QStringLiteral("owner"),
                                 [](const Reference& r, int role) {
                                     return text(role, r.owner);
                                 }},
                                {tr("Last reviewed"), QStringLiteral("last_reviewed"),
                                 [](const Reference& r, int role) {
                                     return text(role, r.lastReviewed.toString(Qt::ISODate));
                                 }},
                                {tr("Status"), QStringLiteral("status"),
                                 [](const Reference& r, int role) {
                                     return text(role, displayName(r.status));
                                 }},
                            });
    m_references = addRecordTab(references, tr("&References"), 2);
    connect(m_references, &RecordTab::newRequested, this,
            [this] { ReferenceEditor(m_workspace, m_siteId, std::nullopt, this).exec(); });
    connect(m_references, &RecordTab::editRequested, this, [this](const QUuid& id) {
        const auto reference = m_workspace.store().references().get(id);
        if (reference)
            ReferenceEditor(m_workspace, m_siteId, *reference, this).exec();
    });
    connect(m_references, &RecordTab::removeRequested, this, [this](const QList<QUuid>& ids) {
        const int n = int(ids.size());
        removeRecords<Reference>(ids, tr("Remove %n reference(s)?", nullptr, n),
                                 tr("Remove %n reference(s)", nullptr, n));
    });
    m_references->addBulkAction(
        tr("Set &owner…"), QStringLiteral("Set owner"), [this](const QList<QUuid>& ids) {
            bool ok = false;
            const QString owner =
                QInputDialog::getText(this, tr("Set owner"),
                                      tr("Owner of the %n selected reference(s):", nullptr, int(ids.size())),
                                      QLineEdit::Normal, QString(), &ok)
                    .trimmed();
            if (!ok)
                return;
            m_workspace.undoStack().beginMacro(tr("Set owner of %n reference(s)", nullptr, int(ids.size())));
            for (const QUuid& id : ids) {
                auto before = m_workspace.store().references().get(id);
                if (!before)
                    continue;
                Reference after = *before;
                after.owner = owner;
                const auto saved = m_workspace.edit<Reference>(*before, after, tr("Set owner"));
                if (!saved) {
                    QMessageBox::warning(this, tr("Not saved"), saved.error().toString());
                    break;
                }
            }
            m_workspace.undoStack().endMacro();
        });
    m_references->addBulkAction(
        tr("Mark re&viewed"), QStringLiteral("Mark reviewed"), [this](const QList<QUuid>& ids) {
            m_workspace.undoStack().beginMacro(tr("Mark %n reference(s) reviewed", nullptr, int(ids.size())));
            for (const QUuid& id : ids) {
                auto before = m_workspace.store().references().get(id);
                if (!before)
                    continue;
                Reference after = *before;
                after.lastReviewed = QDate::currentDate();
                if (after.status != ReferenceStatus::Retired)
                    after.status = ReferenceStatus::Current;
                const auto saved = m_workspace.edit<Reference>(*before, after, tr("Mark reviewed"));
                if (!saved) {
                    QMessageBox::warning(this, tr("Not saved"), saved.error().toString());
                    break;
                }
            }
            m_workspace.undoStack().endMacro();
        });

    // Approver and rule rows name people; the names are looked up once per person and remembered.
    auto names = std::make_shared<QHash<QUuid, QString>>();
    auto nameOf = [&store, names](const QUuid& id) {
        if (id.isNull())
            return QString();
        auto it = names->constFind(id);
        if (it != names->cend())
            return *it;
        QString name;
        if (const auto profile = store.profiles().get(id))
            name = profile->fullName;
        else if (const auto contact = store.partnerContacts().get(id))
            name = contact->name;
        else
            name = tr("(missing)");
        names->insert(id, name);
        return name;
    };
    connect(&m_workspace, &Workspace::recordChanged, this, [names] { names->clear(); });

    auto* approvers = new RecordListModel<Approver>(
        store.approvers(),
        Columns<Approver>{
            {tr("Approval type"), QString(),
             [](const Approver& a, int role) {
                 return text(role, a.approvalType);
             }},
            {tr("Approver"), QStringLiteral("person_id"),
             [nameOf](const Approver& a, int role) {
                 return text(role, nameOf(a.personId));
             }},
            {tr("Method"), QStringLiteral("sms_authentication"),
             [](const Approver& a, int role) {
                 QStringList methods;
                 if (a.automatedApproval)
                     methods << tr("automated approval");
                 if (a.smsAuthentication)
                     methods << tr("SMS authentication");
                 return text(role, methods.isEmpty() ? tr("verbal") : methods.join(QStringLiteral(" + ")));
             }},
            {tr("Numbers"), QStringLiteral("phones"),
             [](const Approver& a, int role) {
                 return text(role, a.phones.join(QStringLiteral(", ")));
             }},
            {tr("Last reviewed"), QStringLiteral("last_reviewed"),
             [](const Approver& a, int role) {
                 return text(role, a.lastReviewed.toString(Qt::ISODate));
             }},
        });
    m_approvers = addRecordTab(approvers, tr("&Approvers"), 3);
    connect(m_approvers, &RecordTab::newRequested, this,
            [this] { ApproverEditor(m_workspace, m_siteId, std::nullopt, this).exec(); });
    connect(m_approvers, &RecordTab::editRequested, this, [this](const QUuid& id) {
        const auto approver = m_workspace.store().approvers().get(id);
        if (approver)
            ApproverEditor(m_workspace, m_siteId, *approver, this).exec();
    });
    connect(m_approvers, &RecordTab::removeRequested, this, [this](const QList<QUuid>& ids) {
        const int n = int(ids.size());
        removeRecords<Approver>(ids, tr("Remove %n approver(s)?", nullptr, n),
                                tr("Remove %n approver(s)", nullptr, n));
    });

    auto* rules = new RecordListModel<NotificationRule>(
        store.notificationRules(),
        Columns<NotificationRule>{
            {tr("Name"), QString(),
             [](const NotificationRule& r, int role) {
                 return text(role, r.name);
             }},
            {tr("Method"), QStringLiteral("method"),
             [](const NotificationRule& r, int role) {
                 return text(role, displayName(r.method));
             }},
            {tr("When"), QStringLiteral("window"),
             [](const NotificationRule& r, int role) {
                 return text(role, windowText(r.window));
             }},
            {tr("Escalation contacts"), QStringLiteral("escalation_contacts"),
             [nameOf](const NotificationRule& r, int role) {
                 QStringList people;
                 for (const QUuid& id : r.escalationContacts)
                     people << nameOf(id);
                 return text(role, people.join(QStringLiteral(", ")));
             }},
            {tr("Call before escalating"), QStringLiteral("call_before_escalating"),
             [nameOf](const NotificationRule& r, int role) {
                 return text(role, r.callBeforeEscalating ? nameOf(r.callBeforeContact) : tr("no"));
             }},
        });
    m_rules = addRecordTab(rules, tr("Notification R&ules"), 4);
    connect(m_rules, &RecordTab::newRequested, this,
            [this] { NotificationRuleEditor(m_workspace, m_siteId, std::nullopt, this).exec(); });
    connect(m_rules, &RecordTab::editRequested, this, [this](const QUuid& id) {
        const auto rule = m_workspace.store().notificationRules().get(id);
        if (rule)
            NotificationRuleEditor(m_workspace, m_siteId, *rule, this).exec();
    });
    connect(m_rules, &RecordTab::removeRequested, this, [this](const QList<QUuid>& ids) {
        const int n = int(ids.size());
        removeRecords<NotificationRule>(ids, tr("Remove %n notification rule(s)?", nullptr, n),
                                        tr("Remove %n notification rule(s)", nullptr, n));
    });

    m_credentials = new CredentialsPanel(m_workspace, m_ui->credentialsTab);
    m_ui->credentialsLayout->addWidget(m_credentials);

    m_history = new AuditModel(store.audit(), this);
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setDefaultSectionSize(150);
}

void MainWindow::selectSite(const QUuid& siteId) {
    const QModelIndex index = m_siteFilter->mapFromSource(m_sites->indexOf(siteId));
    if (index.isValid()) {
        m_ui->siteTree->setCurrentIndex(index);
        m_ui->siteTree->scrollTo(index);
    }
}

void MainWindow::showSite(const QUuid& siteId) {
    if (siteId.isNull())
        return;
    m_siteId = siteId;
    m_ui->actionImportProfiles->setEnabled(true);
    m_ui->actionCompareDirectory->setEnabled(true);
    m_ui->detailStack->setCurrentWidget(m_ui->sitePage);
    for (RecordTab* tab : {m_profiles, m_references, m_approvers, m_rules})
        tab->model()->setSite(siteId);
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
    QStringList lines;
    lines << tr("<b>Coverage:</b> %1").arg(displayName(site->coverage));
    lines << tr("<b>Activation:</b> %1").arg(displayName(site->activationStatus));
    lines << tr("<b>Answer as:</b> %1")
                 .arg(site->answerAs == AnswerAs::Custom ? site->answerAsText.toHtmlEscaped()
                                                         : displayName(site->answerAs));
    lines << tr("<b>Email domains:</b> %1")
                 .arg(site->emailDomains.isEmpty()
                          ? tr("none — email from this site cannot become tickets")
                          : site->emailDomains.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("<b>Time zone:</b> %1").arg(site->timeZone.isEmpty() ? tr("not set") : site->timeZone);
    lines << tr("<b>Servers here:</b> %1").arg(site->holdsServers ? tr("yes") : tr("no"));
    if (site->goLiveDate.isValid())
        lines << tr("<b>Go-live:</b> %1").arg(QLocale().toString(site->goLiveDate, QLocale::ShortFormat));
    if (!site->champion.isEmpty())
        lines << tr("<b>Champion:</b> %1").arg(site->champion.toHtmlEscaped());
    lines
        << tr("<b>Client profiles:</b> %1 · <b>References:</b> %2 · <b>Approvers:</b> %3 · <b>Rules:</b> %4")
               .arg(m_profiles->model()->totalCount())
               .arg(m_references->model()->totalCount())
               .arg(m_approvers->model()->totalCount())
               .arg(m_rules->model()->totalCount());
    if (!site->scopeNotes.isEmpty())
        lines << tr("<b>Scope:</b><br>%1")
                     .arg(
                         site->scopeNotes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_ui->siteSummary->setText(lines.join(QStringLiteral("<br>")));
}

void MainWindow::recordChanged(const QString& entity, const QUuid& id) {
    if (entity == QLatin1String(Site::entityName)) {
        const QUuid keep = m_siteId.isNull() ? id : m_siteId;
        m_sites->reload();
        m_ui->siteTree->expandAll();
        if (m_sites->siteCount() == 0) {
            m_siteId = QUuid();
            m_ui->actionImportProfiles->setEnabled(false);
            m_ui->actionCompareDirectory->setEnabled(false);
            m_ui->detailStack->setCurrentWidget(m_ui->welcomePage);
        } else {
            selectSite(m_sites->indexOf(id).isValid() && m_siteId.isNull() ? id : keep);
        }
    } else {
        const QHash<QString, RecordTab*> tabs{{QLatin1String(ClientProfile::entityName), m_profiles},
                                              {QLatin1String(Reference::entityName), m_references},
                                              {QLatin1String(Approver::entityName), m_approvers},
                                              {QLatin1String(NotificationRule::entityName), m_rules}};
        if (RecordTab* tab = tabs.value(entity)) {
            tab->model()->reload();
            tab->select(id);
        }
    }
    m_history->setSite(m_siteId);
    refreshSummary();
    if (entity == QLatin1String(Site::entityName))
        updateStatus();
    // The sync line counts the outbox: refreshed once per burst of edits (a bulk action is hundreds).
    m_syncStatusDelay->start();
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

void MainWindow::disableProfiles(const QList<QUuid>& ids) {
    m_workspace.undoStack().beginMacro(tr("Disable %n profile(s)", nullptr, int(ids.size())));
    for (const QUuid& id : ids) {
        const auto before = m_workspace.store().profiles().get(id);
        if (!before || before->status == ProfileStatus::Disabled)
            continue;
        ClientProfile after = *before;
        after.status = ProfileStatus::Disabled;
        const auto saved =
            m_workspace.edit<ClientProfile>(*before, after, tr("Disable %1").arg(after.fullName));
        if (!saved) {
            QMessageBox::warning(this, tr("Not saved"), saved.error().toString());
            break;
        }
    }
    m_workspace.undoStack().endMacro();
}

template <class T>
void MainWindow::removeRecords(const QList<QUuid>& ids, const QString& question, const QString& undoText) {
    // Qualified tr: lupdate files a plain tr() in this member template under another context.
    const auto answer = QMessageBox::question(
        this, sitekeeper::MainWindow::tr("Remove"),
        question + QLatin1Char(' ') + sitekeeper::MainWindow::tr("You can undo this with Ctrl+Z."));
    if (answer != QMessageBox::Yes)
        return;
    m_workspace.undoStack().beginMacro(undoText);
    for (const QUuid& id : ids) {
        const auto before = m_workspace.store().repository<T>().get(id);
        if (!before)
            continue;
        const auto saved = m_workspace.edit<T>(*before, std::nullopt, sitekeeper::MainWindow::tr("Remove"));
        if (!saved) {
            QMessageBox::warning(this, sitekeeper::MainWindow::tr("Not removed"), saved.error().toString());
            break;
        }
    }
    m_workspace.undoStack().endMacro();
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
    m_sites->setChecker(m_checker);
    // Widths from the longest text each column can hold: sizing to contents measures every row of the
    // tree again at each change, and a full check changes all of them (15 s at 2,000 sites).
    QHeaderView* header = m_ui->siteTree->header();
    const QFontMetrics metrics(m_ui->siteTree->font());
    const int decoration = m_ui->siteTree->iconSize().width() > 0 ? m_ui->siteTree->iconSize().width() : 16;
    int coverageWidth = metrics.horizontalAdvance(
        header->model()->headerData(SiteTreeModel::CoverageColumn, Qt::Horizontal).toString());
    for (Coverage coverage : allValues<Coverage>())
        coverageWidth = std::max(coverageWidth, metrics.horizontalAdvance(displayName(coverage)));
    header->setSectionResizeMode(SiteTreeModel::CoverageColumn, QHeaderView::Interactive);
    header->resizeSection(SiteTreeModel::CoverageColumn, coverageWidth + 16);
    header->setSectionResizeMode(SiteTreeModel::ReadyColumn, QHeaderView::Interactive);
    header->resizeSection(
        SiteTreeModel::ReadyColumn,
        std::max(metrics.horizontalAdvance(tr("%1 %").arg(100)),
                 metrics.horizontalAdvance(
                     header->model()->headerData(SiteTreeModel::ReadyColumn, Qt::Horizontal).toString())) +
            decoration + 12);

    m_findings = new FindingsPanel(*m_checker, m_workspace.store(), this);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    m_findingsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea |
                                    Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_findingsDock->hide();
    QAction* toggle = m_findingsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionFindings"));
    toggle->setText(tr("&Findings"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->menuView->addAction(toggle);
    addAction(toggle);
    connect(m_findings, &FindingsPanel::openRequested, this, &MainWindow::openFinding);
    connect(m_findings, &FindingsPanel::guideRequested, this,
            [this](const QString& ruleId) { showUserGuide(ruleId); });

    // The yearly review and the overview, beside the findings. Both read across the whole workspace,
    // so each is made the first time it is shown, not at start.
    m_reviewDock = addPanel(
        [this]() -> QWidget* {
            auto* review = new ReviewQueueView(m_workspace, this);
            review->setObjectName(QStringLiteral("reviewQueue"));
            connect(review, &ReviewQueueView::openRequested, this,
                    [this](const QString& entity, const QUuid& id) {
                        Finding target;
                        target.entity = entity;
                        target.entityId = id;
                        if (entity == QLatin1String(Reference::entityName))
                            target.siteId = m_workspace.store().references().siteOfRecord(id);
                        else if (entity == QLatin1String(Approver::entityName))
                            target.siteId = m_workspace.store().approvers().siteOfRecord(id);
                        openFinding(target);
                    });
            return review;
        },
        tr("&Review Queue"), QStringLiteral("reviewDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dashboardDock = addPanel(
        [this]() -> QWidget* {
            auto* dashboard = new DashboardView(m_workspace, *m_checker, this);
            dashboard->setObjectName(QStringLiteral("dashboard"));
            return dashboard;
        },
        tr("&Dashboard"), QStringLiteral("dashboardDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    tabifyDockWidget(m_findingsDock, m_reviewDock);
    tabifyDockWidget(m_reviewDock, m_dashboardDock);
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
    m_findingsDock->show();
    m_findingsDock->raise();
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

namespace {

// The editor of one record with the field of a finding marked; false when the record is gone.
template <class Editor, class T>
bool openEditor(Workspace& workspace, const QUuid& siteId, const Finding& finding, QWidget* parent) {
    const auto record = workspace.store().repository<T>().get(finding.entityId);
    if (!record)
        return false;
    Editor editor(workspace, siteId, *record, parent);
    if (!finding.field.isEmpty())
        editor.markField(finding.field, finding.message);
    editor.exec();
    return true;
}

} // namespace

void MainWindow::openFinding(const Finding& finding) {
    if (!finding.siteId.isNull())
        selectSite(finding.siteId);
    const QString& entity = finding.entity;
    bool opened = true;
    if (entity == QLatin1String(Site::entityName)) {
        // Findings about a site's lists (no rule, no approver for a type ...) are fixed in that list.
        const QHash<QString, QWidget*> lists{{QStringLiteral("approvers"), m_approvers},
                                             {QStringLiteral("references"), m_references},
                                             {QStringLiteral("notification_rules"), m_rules},
                                             {QStringLiteral("client_profiles"), m_profiles},
                                             {QStringLiteral("credentials"), m_ui->credentialsTab}};
        if (QWidget* tab = lists.value(finding.field)) {
            m_ui->siteTabs->setCurrentWidget(tab);
            statusBar()->showMessage(finding.message, 10'000);
        } else {
            editSiteField(finding.field, finding.message);
        }
    } else if (entity == QLatin1String(ClientProfile::entityName)) {
        opened = openEditor<ClientProfileEditor, ClientProfile>(m_workspace, finding.siteId, finding, this);
    } else if (entity == QLatin1String(Reference::entityName)) {
        opened = openEditor<ReferenceEditor, Reference>(m_workspace, finding.siteId, finding, this);
    } else if (entity == QLatin1String(Approver::entityName)) {
        opened = openEditor<ApproverEditor, Approver>(m_workspace, finding.siteId, finding, this);
    } else if (entity == QLatin1String(NotificationRule::entityName)) {
        opened =
            openEditor<NotificationRuleEditor, NotificationRule>(m_workspace, finding.siteId, finding, this);
    } else if (entity == QLatin1String(CredentialRecord::entityName)) {
        opened = openEditor<CredentialEditor, CredentialRecord>(m_workspace, finding.siteId, finding, this);
    } else if (entity == QLatin1String(PartnerContact::entityName)) {
        opened = openEditor<PartnerContactEditor, PartnerContact>(m_workspace, QUuid(), finding, this);
    } else {
        opened = false;
    }
    if (!opened)
        statusBar()->showMessage(
            tr("The record of this finding is no longer there: run Tools › Check All Sites."), 10'000);
}

bool MainWindow::applyFix(const Finding& finding) {
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
    const QHash<QString, QWidget*> tabs{{QLatin1String(ClientProfile::entityName), m_profiles},
                                        {QLatin1String(Reference::entityName), m_references},
                                        {QLatin1String(Approver::entityName), m_approvers},
                                        {QLatin1String(NotificationRule::entityName), m_rules},
                                        {QLatin1String(CredentialRecord::entityName), m_ui->credentialsTab}};
    if (item.entity == QLatin1String(Site::entityName)) {
        editSiteField(item.field, item.detail.isEmpty() ? item.title : item.detail);
    } else if (QWidget* tab = tabs.value(item.entity)) {
        m_ui->siteTabs->setCurrentWidget(tab);
    } else if (item.entity == QLatin1String("finding")) {
        m_findings->showSiteErrors(m_siteId);
        showFindings();
    }
}

QDockWidget* MainWindow::addPanel(const std::function<QWidget*()>& make, const QString& title,
                                  const QString& name, const QKeySequence& key) {
    auto* dock = new QDockWidget(QString(title).remove(QLatin1Char('&')), this);
    dock->setObjectName(name);
    connect(dock, &QDockWidget::visibilityChanged, this, [dock, make](bool visible) {
        if (visible && !dock->widget())
            dock->setWidget(make());
    });
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("action") + name);
    toggle->setText(title);
    toggle->setShortcut(key);
    m_ui->menuView->addAction(toggle);
    addAction(toggle);
    return dock;
}

void MainWindow::exportActivationSummary() {
    if (m_siteId.isNull())
        return;
    const auto site = m_workspace.store().sites().get(m_siteId);
    if (!site) {
        QMessageBox::warning(this, tr("Cannot export the activation summary"), site.error().toString());
        return;
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Activation Summary"),
        QDir::home().filePath(site->name + tr(" - activation summary") + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    const Result<void> written = ReportWriter::writeActivationSummary(*m_checker, m_siteId, path);
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export the activation summary"), written.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Activation summary written to %1").arg(QDir::toNativeSeparators(path)),
                             10'000);
}

void MainWindow::exportClientHandout() {
    if (m_siteId.isNull())
        return;
    const auto site = m_workspace.store().sites().get(m_siteId);
    if (!site) {
        QMessageBox::warning(this, tr("Cannot write the handout"), site.error().toString());
        return;
    }
    WorkspaceSettings& settings = m_workspace.settings();
    if (settings.helpDeskContact().phone.isEmpty() && settings.helpDeskContact().email.isEmpty()) {
        QMessageBox::information(
            this, tr("Client Handout"),
            tr("The handout tells end users how to reach the help desk. Enter the help desk "
               "phone number and email address in Preferences first."));
        preferences();
        if (settings.helpDeskContact().phone.isEmpty() && settings.helpDeskContact().email.isEmpty())
            return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Client Handout"),
        QDir::home().filePath(site->name + tr(" - help desk handout") + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<void> written =
        ReportWriter::writeClientHandout(m_workspace, m_siteId, m_checker->today(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Cannot write the handout"), written.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(path)), 10'000);
}

void MainWindow::approvalWhatIf() {
    if (m_siteId.isNull())
        return;
    const auto site = m_checker->siteData(m_siteId);
    const auto partner = m_checker->partnerData();
    if (!site || !partner) {
        QMessageBox::warning(this, tr("Cannot show the what-if"),
                             (site ? partner.error() : site.error()).toString());
        return;
    }
    ApprovalWhatIfDialog(*site, *partner, this).exec();
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
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("Cannot read %1: %2").arg(file, in.errorString()));
        return;
    }
    QStringList problems;
    const Bundle bundle = BundleCodec::decodeWithErrors(in.readAll(), &problems);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Bundle not imported"),
                        tr("%n problem(s) in %1; nothing was imported. Fix them and import again.", nullptr,
                           int(problems.size()))
                            .arg(file),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = m_workspace.importBundle(bundle);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, tr("Bundle not imported"),
                             tr("Nothing was imported: %1").arg(summary.error().toString()));
        return;
    }
    m_sites->reload();
    m_ui->siteTree->expandAll();
    if (m_sites->siteCount() > 0)
        m_ui->siteTree->setCurrentIndex(m_siteFilter->index(0, 0));
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
    const auto bundle = m_workspace.exportBundle();
    if (!bundle) {
        QMessageBox::warning(this, tr("Not exported"), bundle.error().toString());
        return;
    }
    QSaveFile out(file);
    const QByteArray bytes = BundleCodec::encode(*bundle);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        QMessageBox::warning(this, tr("Not exported"),
                             tr("Cannot write %1: %2").arg(file, out.errorString()));
}

void MainWindow::openDemo() {
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
    auto demo = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
    if (!demo) {
        QMessageBox::warning(this, tr("Cannot open the demo"), demo.error().toString());
        return;
    }
    const auto counts = demo.value()->counts();
    if (!counts) {
        QMessageBox::warning(this, tr("Cannot open the demo"), counts.error().toString());
        return;
    }
    if (counts->sites == 0) {
        DemoGenerator::Options options;
        options.sites = 30;
        options.profilesPerSite = 40;
        options.seed = 7;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto written = demo.value()->importBundle(DemoGenerator(options).generateAll());
        QApplication::restoreOverrideCursor();
        if (!written) {
            QMessageBox::warning(this, tr("Cannot open the demo"), written.error().toString());
            return;
        }
    }
    demo.value().reset(); // release the lock before the new window opens it
    Q_EMIT openWorkspaceRequested(folder);
}

void MainWindow::partnerContacts() {
    PartnerDialog(m_workspace, this).exec();
}

void MainWindow::updateSyncStatus() {
    const SyncEngine::Status status = SyncEngine::status(m_workspace.store());
    QStringList parts;
    if (!BackendSettings(m_workspace.folder()).isConfigured())
        parts << tr("No backend set");
    else if (status.lastSync.isValid())
        parts << tr("Synced %1").arg(QLocale().toString(status.lastSync.toLocalTime(), QLocale::ShortFormat));
    else
        parts << tr("Never synced");
    parts << tr("Edits waiting: %1").arg(status.pending);
    if (status.needsAttention > 0)
        parts << tr("Refused by the backend: %1").arg(status.needsAttention);
    if (status.openConflicts > 0)
        parts << tr("Conflicts: %1").arg(status.openConflicts);
    m_syncLabel->setText(parts.join(QStringLiteral(" · ")));
    m_syncLabel->setToolTip(status.lastError.isEmpty() ? QString()
                                                       : tr("Last sync failed: %1").arg(status.lastError));
    m_ui->actionConflicts->setEnabled(status.openConflicts > 0);
}

void MainWindow::syncNow(bool quiet) {
    if (m_syncing)
        return;
    const QString folder = m_workspace.folder();
    if (!BackendSettings(folder).isConfigured()) {
        if (!quiet)
            QMessageBox::information(
                this, tr("No backend"),
                tr("This workspace has no backend yet. Set one with:\n\nsitekeeper-cli --workspace "
                   "\"%1\" backend login --url URL --token-stdin")
                    .arg(folder));
        return;
    }
    m_syncing = true;
    m_syncProgress->setRange(0, 0);
    m_syncProgress->show();
    m_syncCancel->show();
    m_syncLabel->setText(tr("Syncing…"));
    auto finish = [this, quiet](const QString& error) {
        m_syncing = false;
        m_syncProgress->hide();
        m_syncCancel->hide();
        updateStatus();
        updateSyncStatus();
        if (!error.isEmpty() && !quiet)
            QMessageBox::warning(this, tr("Sync failed"), error);
        if (m_siteId.isNull() == false)
            showSite(m_siteId); // pulled changes may touch what is on screen
    };
    if (!m_backend)
        m_backend = std::make_unique<BackendConnection>(m_workspace);
    m_backend->open([this, finish](Result<void> opened) {
        if (!opened)
            return finish(opened.error().toString());
        SyncEngine& engine = m_backend->engine();
        disconnect(&engine, nullptr, this, nullptr);
        connect(&engine, &SyncEngine::pushProgress, this, [this](qint64 done, qint64 total) {
            m_syncProgress->setRange(0, int(std::max<qint64>(total, 1)));
            m_syncProgress->setValue(int(done));
        });
        connect(&engine, &SyncEngine::finished, this, [this, finish](bool ok) {
            finish(ok ? QString() : SyncEngine::status(m_workspace.store()).lastError);
        });
        engine.sync();
    });
}

void MainWindow::showConflicts() {
    ConflictsDialog dialog(m_workspace, this);
    dialog.exec();
    updateSyncStatus();
    if (!m_siteId.isNull())
        showSite(m_siteId);
}

void MainWindow::preferences() {
    PreferencesDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted && dialog.checksChanged())
        checkAll();
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
