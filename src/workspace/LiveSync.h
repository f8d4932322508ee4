// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoff.h"
#include "SyncEngine.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace sitekeeper {

class BackendConnection;
class SyncSession;
class Workspace;

// Keeps a workspace in step with its backend while it runs: a long-poll on the change feed
// (`GET /v1/changes?since=C&wait=S`) learns within about a second that another member changed
// something, and a sync (push, then pull) through the workspace's SyncSession brings it in; the
// pull's Workspace::pulled refreshes the screens. Local edits go out shortly after they are made
// (an edit in this process, or a pending outbox that grew, as another process's edit does). A
// server that does not hold requests (no `X-Sitekeeper-Wait: 1` in its answer) is polled every
// pollInterval() instead. Failures back off (full jitter, up to a minute) and are tried again; the
// session is never started twice at once, and runs others start (Sync Now) are waited for. The
// console's status bar and `sitekeeper-cli sync --watch` run one.
class LiveSync : public QObject {
    Q_OBJECT

public:
    using Ms = std::chrono::milliseconds;

    LiveSync(Workspace& workspace, SyncSession& session, QObject* parent = nullptr);
    ~LiveSync() override;

    // How long the server may hold a request (0..60 s; 25 unless set).
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    int waitSeconds() const { return m_waitSeconds; }
    // How often a server that does not hold requests is asked (3 s unless set).
    void setPollInterval(Ms interval) { m_pollInterval = interval; }
    Ms pollInterval() const { return m_pollInterval; }
    // How long after a local edit the push starts (500 ms unless set): a burst goes out together.
    void setPushDelay(Ms delay) { m_pushDelay.setInterval(delay); }

    // Starts following the backend; false when none is set (nothing runs then).
    bool start();
    // Stops: the request waiting on the server is dropped and a sync in progress is cancelled;
    // stopped() follows once nothing runs any more.
    void stop();
    bool isRunning() const { return m_running; }
    // Whether the server held the last request (long-poll) rather than being polled.
    bool serverWaits() const { return m_serverWaits; }
    // Why the last attempt failed; empty after a success.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A sync has ended well (any: this one's or one started elsewhere).
    void synced(const sitekeeper::SyncEngine::Summary& summary);
    // An attempt failed; it is tried again after a while.
    void failed(const QString& message);
    void stopped();

private:
    void connected(bool ok, const QString& error);
    void requestSync();
    void sessionFinished(bool ok);
    void watch();
    void watched(quint64 generation, const QString& since, Result<protocol::ChangePage> page);
    void retryLater(const QString& error, void (LiveSync::*next)());
    void checkOutbox();
    int pendingEdits() const;

    Workspace& m_workspace;
    SyncSession& m_session;
    std::unique_ptr<BackendConnection> m_connection; // its own client: the watch never blocks a push
    bool m_running = false;
    bool m_connected = false;
    bool m_connecting = false;
    bool m_watching = false;
    bool m_syncWanted = false;
    bool m_ownRun = false;
    bool m_serverWaits = false;
    bool m_stopping = false;
    int m_failures = 0;
    int m_pendingAfterSync = 0;
    quint64 m_generation = 0; // bumped by stop(): answers to requests of an earlier run are dropped
    int m_waitSeconds = 25;
    Ms m_pollInterval{3'000};
    QString m_lastError;
    Backoff m_backoff{Ms(1'000), Ms(60'000), 1'000'000};
    QTimer m_pushDelay;
    QTimer m_next;
    QTimer m_outbox;
};

} // namespace sitekeeper
