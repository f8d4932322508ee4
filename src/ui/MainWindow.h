#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace sitekeeper {

class SiteListModel;
class Workspace;

// The console's main window: the sites of the open workspace and the selected site's details.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    SiteListModel* siteModel() const { return m_sites; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showSelectedSite();
    void updateStatus();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace& m_workspace;
    SiteListModel* m_sites = nullptr;
};

} // namespace sitekeeper
