#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace sitekeeper {

class AuditModel;
class BackendConnection;
class CredentialsPanel;
class EntityListModel;
class RecordTab;
class SiteTreeModel;
class Workspace;
struct Site;

// The partner console: the site tree on the left; for the selected site its overview, client
// profiles, references, approvers, notification rules, credentials and history on the right.
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

    // Opens the editor of each kind (tests drive them; menus and buttons call them too).
    void newSite(const QUuid& parentId);
    void editSite();

Q_SIGNALS:
    // The user asked for another workspace (the demo): the application opens it in a new window.
    void openWorkspaceRequested(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    RecordTab* addRecordTab(EntityListModel* model, const QString& title, int position);
    void setUpTabs();
    void showSite(const QUuid& siteId);
    void refreshSummary();
    void recordChanged(const QString& entity, const QUuid& id);
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
    template <class T>
    void removeRecords(const QList<QUuid>& ids, const QString& what);

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
    QUuid m_siteId;
    std::unique_ptr<BackendConnection> m_backend;
    QLabel* m_syncLabel = nullptr;
    QProgressBar* m_syncProgress = nullptr;
    QToolButton* m_syncCancel = nullptr;
    QTimer* m_autoSync = nullptr;
    QTimer* m_syncStatusDelay = nullptr;
    bool m_syncing = false;
};

} // namespace sitekeeper
