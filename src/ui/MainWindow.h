// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "SyncProblems.h"

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QDockWidget;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace sitekeeper {

class ActivationChecklist;
class AuditModel;
class Checker;
class ConsoleDocks;
class CoverageTimelineView;
class CredentialsPanel;
class EscalationsView;
class FindingsPanel;
class HelpBrowser;
class RecordTab;
class RecordTabs;
class SiteTree;
class SiteTreeModel;
class SyncMenu;
class SyncProblemsDialog;
class SyncStatusBar;
class Workspace;
struct Finding;
struct PulledChanges;
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

    RecordTab* profilesTab() const;
    RecordTab* referencesTab() const;
    RecordTab* approversTab() const;
    RecordTab* rulesTab() const;
    CredentialsPanel* credentialsPanel() const { return m_credentials; }
    Checker& checker() const { return *m_checker; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    QDockWidget* findingsDock() const;
    QDockWidget* reviewDock() const;
    QDockWidget* dashboardDock() const;
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

    // Opens the editor of each kind (tests drive them; menus and buttons call them too).
    void newSite(const QUuid& parentId);
    void editSite();
    // Help > User Guide (F1): the guide's window, at a rule's section when `ruleId` is given.
    HelpBrowser* showUserGuide(const QString& ruleId = QString());
    HelpBrowser* helpBrowser() const { return m_help; }
    // Help > Explain This Finding: the finding selected in the Findings panel.
    void explainFinding();
    // Sync Problems' Open Record: the record's editor with the field the backend named marked.
    void openRecordToFix(const SyncProblems::Target& target);

Q_SIGNALS:
    // The user asked for another workspace (the demo): the application opens it in a new window.
    void openWorkspaceRequested(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setUpTabs();
    void showSite(const QUuid& siteId);
    // No site is left (or none was there): the welcome page, with what needs a site greyed out.
    void showWelcome();
    void refreshSummary();
    void recordChanged(EntityKind entity, const QUuid& id);
    // A pull wrote records (another member's work): the tree, the lists and the site shown read them
    // again, keeping selection and scroll; the checker re-checks the sites on its own.
    void pulled(const PulledChanges& changes);
    void updateStatus();
    // Greys out what the signed-in member's role cannot do (MemberRights), with the reason.
    void updateRights();
    void preferences();
    void setUpChecks();
    void findingsChanged(const QList<QUuid>& siteIds);
    void updateFindingStatus();
    void refreshSiteViews();
    void editSiteField(const QString& field, const QString& message);
    void writeReference(const QUuid& siteId, ReferenceTopic topic, const QString& title);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace& m_workspace;
    SiteTreeModel* m_sites = nullptr;
    SiteTree* m_tree = nullptr;
    AuditModel* m_history = nullptr;
    RecordTabs* m_recordTabs = nullptr;
    CredentialsPanel* m_credentials = nullptr;
    Checker* m_checker = nullptr;
    FindingsPanel* m_findings = nullptr;
    ConsoleDocks* m_docks = nullptr;
    bool m_firstCheckQueued = false;
    QToolButton* m_findingsButton = nullptr;
    EscalationsView* m_escalations = nullptr;
    HelpBrowser* m_help = nullptr;
    SyncMenu* m_syncMenu = nullptr;
    bool m_checking = false;
    // The coverage and escalation tabs read a whole site: they are refreshed when looked at.
    bool m_coverageStale = true;
    bool m_escalationsStale = true;
    QUuid m_siteId;
    SyncStatusBar* m_sync = nullptr;
};

} // namespace sitekeeper
