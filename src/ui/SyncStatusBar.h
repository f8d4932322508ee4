// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace sitekeeper {

class BackendConnection;
class LiveSync;
class SyncSession;
class Workspace;

// The sync part of the console's status bar: who is signed in and their role, what waits in the
// outbox, when the last sync was, a progress bar with Cancel while one runs; and Sync Now, also every
// few minutes when a backend is set, besides the LiveSync that follows the backend.
class SyncStatusBar : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusBar(Workspace& workspace, QWidget* parent = nullptr);
    ~SyncStatusBar() override;

    // Syncs now; `quiet` (the timer's) says nothing when there is no backend or the sync fails.
    // Without a backend (and not quiet) it asks for one with connectRequested() instead.
    void syncNow(bool quiet);
    // Asks the backend who is signed in (Workspace::identity), quietly: a failure shows as
    // "Offline" or "Sign-in refused" with the reason in the tooltip.
    void refreshIdentity();
    // Reads the outbox's state again; `later` waits for the end of a burst of edits (a bulk action
    // is hundreds of them).
    void refresh(bool later = false);
    // Follows the backend while one is set (started here when it is; call start() again after
    // connecting one): other members' changes come in within a second, edits go out at once.
    LiveSync* liveSync() const { return m_live; }

Q_SIGNALS:
    // Whether there are conflicts to resolve (Sync > Conflicts).
    void conflictsChanged(bool open);
    // The "Refused by the backend" count was clicked: show the Sync Problems view.
    void problemsRequested();
    // A sync has ended: pulled changes may touch what is on screen.
    void synced();
    // Sync Now found no backend: the console opens File > Connect to Backend.
    void connectRequested();

private:
    void showStatus();
    void showIdentity();

    Workspace& m_workspace;
    SyncSession* m_session;
    QLabel* m_identity;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QToolButton* m_problems; // "Refused by the backend: N", shown while there are any
    QTimer* m_autoSync;
    QTimer* m_delay;
    LiveSync* m_live;
    bool m_quiet = true;      // the runs LiveSync starts say nothing; Sync Now's say why they failed
    bool m_syncAgain = false; // Sync Now came while a run was under way: another follows it
    bool m_againQuiet = true; // ... and says nothing unless one of those asking was Sync Now
    BackendConnection* m_connection = nullptr; // for refreshIdentity(), made on first use
    QString m_identityProblem;                 // why the last refreshIdentity() failed
    bool m_identityRefused = false;            // ... because the token was refused
};

} // namespace sitekeeper
