// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace sitekeeper {

class LiveSync;
class SyncSession;
class Workspace;

// The sync part of the console's status bar: what waits in the outbox, when the last sync was, a
// progress bar with Cancel while one runs; and Sync Now, also every few minutes when a backend is set,
// besides the LiveSync that follows the backend.
class SyncStatusBar : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusBar(Workspace& workspace, QWidget* parent = nullptr);
    ~SyncStatusBar() override;

    // Syncs now; `quiet` (the timer's) says nothing when there is no backend or the sync fails.
    void syncNow(bool quiet);
    // Reads the outbox's state again; `later` waits for the end of a burst of edits (a bulk action
    // is hundreds of them).
    void refresh(bool later = false);
    // Follows the backend while one is set (started here when it is; call start() again after
    // connecting one): other members' changes come in within a second, edits go out at once.
    LiveSync* liveSync() const { return m_live; }

Q_SIGNALS:
    // Whether there are conflicts to resolve (Sync > Conflicts).
    void conflictsChanged(bool open);
    // A sync has ended: pulled changes may touch what is on screen.
    void synced();

private:
    void showStatus();

    Workspace& m_workspace;
    SyncSession* m_session;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_autoSync;
    QTimer* m_delay;
    LiveSync* m_live;
    bool m_quiet = true; // the runs LiveSync starts say nothing; Sync Now's say why they failed
};

} // namespace sitekeeper
