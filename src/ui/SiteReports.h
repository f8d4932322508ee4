// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

#include <functional>

class QMainWindow;

namespace sitekeeper {

class Checker;
class Workspace;

// The Reports menu of the selected site: the approval what-if, and the activation summary and the
// client handout, each written (through ReportExport) to a file the user picks.
class SiteReports : public QObject {
    Q_OBJECT

public:
    // `preferences` opens the Preferences, where the handout's help desk contact is entered.
    SiteReports(Workspace& workspace, Checker& checker, QMainWindow* window,
                std::function<void()> preferences);

    void approvalWhatIf(const QUuid& siteId);
    void activationSummary(const QUuid& siteId);
    void clientHandout(const QUuid& siteId);

private:
    Workspace& m_workspace;
    Checker& m_checker;
    QMainWindow* m_window;
    std::function<void()> m_preferences;
};

} // namespace sitekeeper
