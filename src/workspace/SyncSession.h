// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <memory>

namespace sitekeeper {

class BackendConnection;
class Workspace;

// One exchange with the workspace's backend: the connection is opened (the token comes from the
// keychain, asynchronously), then the outbox is pushed and/or the change feed pulled. The console's
// Sync Now and the CLI's `push`, `pull` and `sync` run through here. The connection is kept for the
// next session.
class SyncSession : public QObject {
    Q_OBJECT

public:
    enum class Direction { Push, Pull, Both };

    explicit SyncSession(Workspace& workspace, QObject* parent = nullptr);
    ~SyncSession() override;

    // Whether the workspace has a backend set (`sitekeeper-cli backend login`).
    bool isConfigured() const;
    bool isRunning() const { return m_running; }

    // Starts a session; finished() follows. False when one is running already.
    bool start(Direction direction = Direction::Both);
    // Asks a running session to stop: the request in flight is dropped, what was stored stays (a
    // pull keeps every whole page it applied and goes on from there next time).
    void cancel();
    // Whether the last (or running) session was cancelled by cancel().
    bool wasCancelled() const { return m_cancelled; }
    // Starts a session and waits for its end in a local event loop (the command line).
    Result<SyncEngine::Summary> run(Direction direction = Direction::Both);

    // The last session's outcome: an error when the connection could not be opened, else the
    // engine's summary (whose `error` says why a run stopped early).
    const Result<SyncEngine::Summary>& outcome() const { return m_outcome; }
    // Why the last session failed, for people; empty when it succeeded.
    QString failure() const;
    // Sealed copies the last session received that did not open (changed, moved, for another key),
    // one sentence each: problems to look at, though the sync itself succeeded.
    const QStringList& sharingProblems() const { return m_sharingProblems; }
    // What kept the last session from exchanging keys or sealing again (no keychain, a backend
    // without keys, another desk's key), one sentence each: said, not a problem of the sync.
    const QStringList& sharingNotes() const { return m_sharingNotes; }
    // Secrets the last session received from boxes sealed for this member.
    int receivedSecrets() const { return m_received; }

Q_SIGNALS:
    // Edits pushed of the outbox's size at the start.
    void progress(qint64 done, qint64 total);
    // Changes read from the backend's feed so far, of `total` (-1: the backend does not say).
    void pullProgress(qint64 read, qint64 total);
    void finished(bool ok);

private:
    void runEngine(Direction direction);
    void exchangeKeys(Direction direction, const SyncEngine::Summary& summary);
    void shareSecrets(Direction direction, const SyncEngine::Summary& summary, bool reseal);
    void finish(Result<SyncEngine::Summary> outcome);

    Workspace& m_workspace;
    std::unique_ptr<BackendConnection> m_connection;
    Result<SyncEngine::Summary> m_outcome = SyncEngine::Summary{};
    bool m_running = false;
    bool m_cancelled = false;
    QStringList m_sharingProblems;
    QStringList m_sharingNotes;
    int m_received = 0;
    QDateTime m_keysChecked; // when the member keys were last exchanged by this session object
    static constexpr int keyCheckSeconds = 300;
};

} // namespace sitekeeper
