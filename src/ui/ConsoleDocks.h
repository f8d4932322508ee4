// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QDockWidget;
class QKeySequence;
class QMainWindow;
class QMenu;
class QWidget;

namespace sitekeeper {

class Checker;
class FindingsPanel;
class Workspace;
struct Finding;

// The console's docks, tabbed at the bottom: the findings, the yearly review queue and the dashboard,
// each with its toggle in the View menu. The review queue and the dashboard read across the whole
// workspace, so each is made the first time it is shown, not at start.
class ConsoleDocks : public QObject {
    Q_OBJECT

public:
    ConsoleDocks(Workspace& workspace, Checker& checker, QMainWindow* window, QMenu* viewMenu);

    FindingsPanel* findingsPanel() const { return m_findings; }
    QDockWidget* findingsDock() const { return m_findingsDock; }
    QDockWidget* reviewDock() const { return m_reviewDock; }
    QDockWidget* dashboardDock() const { return m_dashboardDock; }

Q_SIGNALS:
    // Open the place to fix this (a finding, or a review item as one).
    void openRequested(const sitekeeper::Finding& finding);

private:
    QDockWidget* addDock(const QString& title, const QString& name, const QKeySequence& key);
    // A dock whose widget `make` creates the first time the dock is shown.
    QDockWidget* addLazyDock(const std::function<QWidget*()>& make, const QString& title, const QString& name,
                             const QKeySequence& key);

    Workspace& m_workspace;
    Checker& m_checker;
    QMainWindow* m_window;
    QMenu* m_viewMenu;
    FindingsPanel* m_findings = nullptr;
    QDockWidget* m_findingsDock = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    QDockWidget* m_dashboardDock = nullptr;
};

} // namespace sitekeeper
