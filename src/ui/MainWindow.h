// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"

#include <QMainWindow>
#include <QUuid>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace sitekeeper {

class ActivationChecklist;
class AuditModel;
class BackendConnection;
class Checker;
class CoverageTimelineView;
class CredentialsPanel;
class EscalationsView;
class FindingsPanel;
class EntityListModel;
class HelpBrowser;
class RecordTab;
class SiteTreeModel;
class Workspace;
struct Finding;
struct ReadinessItem;
struct Site;

// The partner console: the site tree on the left; for the selected site its overview, client
// profiles, references, approvers, notification rules, credentials, coverage, escalations and history
// on the right. A Checker keeps the best-practice findings current: the Findings dock lists them, the
// tree's Ready column and the overview's activation checklist show each site's readiness.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    SiteTreeModel* siteModel() const { return m_sites; }
    QUuid currentSiteId() const { return m_siteId; }
    void selectSite(const QUuid& siteId);

    RecordTab* profilesTab() const { return m_profiles; }
    RecordTab* referencesTab() const { return m_references; }
    RecordTab* approversTab() const { return m_approvers; }
    RecordTab* rulesTab() const { return m_rules; }
    CredentialsPanel* credentialsPanel() const { return m_credentials; }
    Checker& checker() const { return *m_checker; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    QDockWidget* findingsDock() const { return m_findingsDock; }
    QDockWidget* reviewDock() const { return m_reviewDock; }
    QDockWidget* dashboardDock() const { return m_dashboardDock; }
    ActivationChecklist* activationChecklist() const;
    CoverageTimelineView* coverageView() const;
    EscalationsView* escalationsView() const { return m_escalations; }

    // Tools > Check All Sites: every site, with a progress dialog whose Cancel keeps the earlier
    // results. False when cancelled or failed.
    bool checkAll();
    // Opens the place to fix a finding: its record's editor with the field marked, or the tab of
    // the list it is about.
    void openFinding(const Finding& finding);
    // Applies the finding's one-click fix as an undoable edit; false (after saying why) when it failed.
    bool applyFix(const Finding& finding);
    // An activation checklist item's "Go to".
    void goTo(const ReadinessItem& item);
    // Shows and focuses the Findings dock.
    void showFindings();
    void approvalWhatIf();
    void exportActivationSummary();
    void exportClientHandout();

    // Opens the editor of each kind (tests drive them; menus and buttons call them too).
    void newSite(const QUuid& parentId);
    void editSite();
    // File > Import Profiles…: the import wizard for the selected site.
    void importProfiles();
    // Site > Compare With Directory…: leavers, joiners and changed numbers of the selected site.
    void compareWithDirectory();
    // Help > User Guide (F1): the guide's window, at a rule's section when `ruleId` is given.
    HelpBrowser* showUserGuide(const QString& ruleId = QString());
    HelpBrowser* helpBrowser() const { return m_help; }
    // Help > Explain This Finding: the finding selected in the Findings panel.
    void explainFinding();

Q_SIGNALS:
    // The user asked for another workspace (the demo): the application opens it in a new window.
    void openWorkspaceRequested(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    RecordTab* addRecordTab(EntityListModel* model, const QString& title, int position);
    void setUpTabs();
    void showSite(const QUuid& siteId);
    void refreshSummary();
    void recordChanged(EntityKind entity, const QUuid& id);
    void updateStatus();
    void importBundle();
    void exportBundle();
    void openDemo();
    void partnerContacts();
    void preferences();
    void about();
    void syncNow(bool quiet);
    void updateSyncStatus();
    void showConflicts();
    void disableProfiles(const QList<QUuid>& ids);
    void setUpChecks();
    void findingsChanged(const QList<QUuid>& siteIds);
    void updateFindingStatus();
    void refreshSiteViews();
    void editSiteField(const QString& field, const QString& message);
    void writeReference(const QUuid& siteId, ReferenceTopic topic, const QString& title);
    template <class T>
    // Asks `question` (a count in words: the plural differs by language), then removes as one undo step.
    void removeRecords(const QList<QUuid>& ids, const QString& question, const QString& undoText);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace& m_workspace;
    SiteTreeModel* m_sites = nullptr;
    QSortFilterProxyModel* m_siteFilter = nullptr;
    AuditModel* m_history = nullptr;
    RecordTab* m_profiles = nullptr;
    RecordTab* m_references = nullptr;
    RecordTab* m_approvers = nullptr;
    RecordTab* m_rules = nullptr;
    CredentialsPanel* m_credentials = nullptr;
    Checker* m_checker = nullptr;
    FindingsPanel* m_findings = nullptr;
    QDockWidget* m_findingsDock = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    bool m_firstCheckQueued = false;
    QDockWidget* m_dashboardDock = nullptr;
    // A dock whose widget `make` creates the first time the dock is shown.
    QDockWidget* addPanel(const std::function<QWidget*()>& make, const QString& title, const QString& name,
                          const QKeySequence& key);
    QToolButton* m_findingsButton = nullptr;
    EscalationsView* m_escalations = nullptr;
    HelpBrowser* m_help = nullptr;
    bool m_checking = false;
    // The coverage and escalation tabs read a whole site: they are refreshed when looked at.
    bool m_coverageStale = true;
    bool m_escalationsStale = true;
    QUuid m_siteId;
    // The tab that lists each kind of the selected site's records.
    QHash<EntityKind, QWidget*> m_tabs;
    std::unique_ptr<BackendConnection> m_backend;
    QLabel* m_syncLabel = nullptr;
    QProgressBar* m_syncProgress = nullptr;
    QToolButton* m_syncCancel = nullptr;
    QTimer* m_autoSync = nullptr;
    QTimer* m_syncStatusDelay = nullptr;
    bool m_syncing = false;
};

} // namespace sitekeeper
