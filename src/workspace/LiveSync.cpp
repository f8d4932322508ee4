// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveSync.h"

#include "BackendConnection.h"
#include "Database.h"
#include "Journal.h"
#include "Store.h"
#include "SyncLogging.h"
#include "SyncSession.h"
#include "Workspace.h"

#include <QPointer>
#include <QRandomGenerator>

namespace sitekeeper {

namespace {

// Only whether the feed moved matters to the watch: the pull reads the pages.
constexpr int watchPageSize = 1;

} // namespace

LiveSync::LiveSync(Workspace& workspace, SyncSession& session, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session) {
    m_pushDelay.setSingleShot(true);
    m_pushDelay.setInterval(500);
    connect(&m_pushDelay, &QTimer::timeout, this, &LiveSync::requestSync);
    m_next.setSingleShot(true);
    // Another process's edits (the command line on the same workspace) reach the outbox only.
    m_outbox.setInterval(2'000);
    connect(&m_outbox, &QTimer::timeout, this, &LiveSync::checkOutbox);
    connect(&workspace, &Workspace::recordChanged, this, [this] {
        if (m_running && !m_pushDelay.isActive())
            m_pushDelay.start();
    });
    connect(&session, &SyncSession::finished, this, &LiveSync::sessionFinished);
}

LiveSync::~LiveSync() {
    // The request still waiting is aborted here, while the members its answer would touch live.
    m_running = false;
    ++m_generation;
    if (m_connection)
        m_connection->client().cancel();
}

bool LiveSync::start() {
    if (m_running)
        return true;
    if (!m_session.isConfigured())
        return false;
    m_running = true;
    m_stopping = false;
    m_failures = 0;
    ++m_generation;
    m_outbox.start();
    if (!m_connection) {
        m_connection = std::make_unique<BackendConnection>(m_workspace);
        // A watch that fails is tried again here, with this class's own back-off: the client gives up
        // after a retry or two instead of for minutes.
        m_connection->setBackoff(Backoff(Ms(500), Ms(2'000), 2));
    }
    m_connecting = true;
    const quint64 generation = m_generation;
    QPointer<LiveSync> self(this);
    m_connection->open([self, generation](Result<void> opened) {
        if (!self || generation != self->m_generation)
            return;
        self->connected(opened.ok(), opened ? QString() : opened.error().toString());
    });
    return true;
}

void LiveSync::connected(bool ok, const QString& error) {
    m_connecting = false;
    if (!ok) {
        retryLater(error, &LiveSync::requestSync);
        return;
    }
    m_connected = true;
    requestSync(); // catch up first; the watch starts from where that leaves the cursor
}

void LiveSync::stop() {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pushDelay.stop();
    m_next.stop();
    m_outbox.stop();
    m_syncWanted = false;
    m_watching = false;
    if (m_connection)
        m_connection->client().cancel();
    if (m_ownRun && m_session.isRunning()) {
        m_stopping = true; // stopped() once the session has ended
        m_session.cancel();
        return;
    }
    QTimer::singleShot(0, this, &LiveSync::stopped);
}

void LiveSync::requestSync() {
    if (!m_running)
        return;
    if (!m_connected) {
        if (!m_connecting)
            retryLater(m_lastError, &LiveSync::requestSync);
        return;
    }
    if (m_session.isRunning()) {
        m_syncWanted = true; // after the run in progress
        return;
    }
    m_syncWanted = false;
    m_pushDelay.stop();
    // Set first: a session that cannot open its connection finishes inside start().
    m_ownRun = true;
    if (!m_session.start(SyncSession::Direction::Both))
        m_ownRun = false;
}

void LiveSync::sessionFinished(bool ok) {
    const bool own = m_ownRun;
    m_ownRun = false;
    if (m_stopping) {
        m_stopping = false;
        Q_EMIT stopped();
        return;
    }
    if (!m_running)
        return;
    m_pendingAfterSync = pendingEdits();
    if (!ok) {
        // A run somebody else started failed on its own terms: they say so; the watch goes on.
        if (own) {
            retryLater(m_session.failure(), &LiveSync::requestSync);
            return;
        }
    } else {
        m_failures = 0;
        m_lastError.clear();
        if (m_session.outcome())
            Q_EMIT synced(m_session.outcome().value());
    }
    if (m_syncWanted) {
        requestSync();
        return;
    }
    watch();
}

void LiveSync::watch() {
    if (!m_running || m_watching || !m_connected || m_next.isActive())
        return;
    if (m_session.isRunning())
        return; // its end starts the watch again
    auto cursor = m_workspace.database().meta(QString::fromLatin1(SyncEngine::cursorKey));
    if (!cursor) {
        retryLater(cursor.error().toString(), &LiveSync::watch);
        return;
    }
    m_watching = true;
    const quint64 generation = m_generation;
    const QString since = cursor.value();
    QPointer<LiveSync> self(this);
    m_connection->client().fetchChanges(since, watchPageSize, m_waitSeconds,
                                        [self, generation, since](Result<protocol::ChangePage> page) {
                                            if (self)
                                                self->watched(generation, since, std::move(page));
                                        });
}

void LiveSync::watched(quint64 generation, const QString& since, Result<protocol::ChangePage> page) {
    if (generation != m_generation || !m_running)
        return;
    m_watching = false;
    if (!page) {
        retryLater(page.error().toString(), &LiveSync::watch);
        return;
    }
    m_failures = 0;
    // Asked without a wait, an answer comes at once whatever the server supports: then it is polled.
    m_serverWaits = m_waitSeconds > 0 && m_connection->client().serverWaits();
    // Only a change after the cursor is news; the cursor alone may be spelt differently ("" and "0").
    if (!page->changes.isEmpty()) {
        qCDebug(lcSync) << "feed moved after" << since << ": syncing";
        requestSync();
        return;
    }
    if (m_serverWaits) {
        watch();
        return;
    }
    m_next.disconnect();
    connect(&m_next, &QTimer::timeout, this, &LiveSync::watch);
    m_next.start(m_pollInterval);
}

void LiveSync::retryLater(const QString& error, void (LiveSync::*next)()) {
    m_lastError = error;
    const int attempt = std::min(m_failures, 20);
    ++m_failures;
    const Ms delay = m_backoff.delay(attempt, *QRandomGenerator::global()).value_or(Ms(60'000));
    qCInfo(lcSync) << "live sync: trying again in" << delay.count() << "ms after:" << error;
    Q_EMIT failed(error);
    m_next.disconnect();
    connect(&m_next, &QTimer::timeout, this, [this, next] {
        if (!m_running)
            return;
        if (!m_connected && !m_connecting) {
            // The token could not be read, or the settings were wrong: open again (still backing off).
            const int failures = m_failures;
            m_running = false;
            m_connection.reset();
            start();
            m_failures = std::max(m_failures, failures);
            return;
        }
        (this->*next)();
    });
    // The first retry comes after at least a second: a full-jitter delay may be near zero.
    m_next.start(std::max(delay, Ms(1'000)));
}

void LiveSync::checkOutbox() {
    if (!m_running || !m_connected || m_session.isRunning() || m_next.isActive() || m_pushDelay.isActive())
        return;
    const int pending = pendingEdits();
    if (pending > 0 && pending != m_pendingAfterSync)
        requestSync();
}

int LiveSync::pendingEdits() const {
    return m_workspace.store().journal().count(JournalEntry::State::Pending);
}

} // namespace sitekeeper
