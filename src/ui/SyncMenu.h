// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncProblems.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace sitekeeper {

class SyncProblemsDialog;
class SyncStatusBar;
class Workspace;

// The console's backend entries of the File menu: Connect to Backend, Sign Out, Conflicts and Sync
// Problems. The work is in the workspace (BackendConnection, ConflictList, SyncProblems); this only
// shows the dialogs, asks, and tells the status bar. `window` is the dialogs' parent.
class SyncMenu : public QObject {
    Q_OBJECT

public:
    SyncMenu(Workspace& workspace, SyncStatusBar& status, QWidget* window);

    // The menu entries this serves, and the status bar's requests (Sync Now without a backend asks
    // for one first; its "Refused" count opens Sync Problems; Conflicts… is enabled while there are).
    struct Actions {
        QAction* syncNow;
        QAction* connect;
        QAction* signOut;
        QAction* conflicts;
        QAction* syncProblems;
    };
    void wire(const Actions& actions);

    // File > Connect to Backend…: true when the user signed in.
    bool connectToBackend();
    // File > Sign Out…, after a question that says the outbox stays.
    void signOut();
    // File > Conflicts….
    void showConflicts();
    // File > Sync Problems… (also the status bar's "Refused by the backend" count): one view, kept
    // while the console is open, beside the editors it opens.
    SyncProblemsDialog* showSyncProblems();
    SyncProblemsDialog* problemsView() const { return m_problems; }

Q_SIGNALS:
    // A message for the window's status bar.
    void message(const QString& text);
    void signedOut();
    void conflictsResolved();
    // Sync Problems' Open Record.
    void openRecordRequested(const sitekeeper::SyncProblems::Target& target);

private:
    Workspace& m_workspace;
    SyncStatusBar& m_status;
    QWidget* m_window;
    QPointer<SyncProblemsDialog> m_problems;
};

} // namespace sitekeeper
