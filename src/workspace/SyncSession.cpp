// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSession.h"

#include "BackendConnection.h"
#include "BackendSettings.h"
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "SyncLogging.h"
#include "Workspace.h"

#include <QEventLoop>

namespace sitekeeper {

SyncSession::SyncSession(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {}

SyncSession::~SyncSession() = default;

bool SyncSession::isConfigured() const {
    return BackendSettings(m_workspace.folder()).isConfigured();
}

bool SyncSession::start(Direction direction) {
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    if (!m_connection)
        m_connection = std::make_unique<BackendConnection>(m_workspace);
    m_sharingProblems.clear();
    m_sharingNotes.clear();
    m_received = 0;
    m_connection->open([this, direction](Result<void> opened) {
        if (!opened)
            return finish(opened.error());
        runEngine(direction);
    });
    return true;
}

void SyncSession::runEngine(Direction direction) {
    SyncEngine& engine = m_connection->engine();
    disconnect(&engine, nullptr, this, nullptr);
    connect(&engine, &SyncEngine::pushProgress, this, &SyncSession::progress);
    connect(&engine, &SyncEngine::pullProgress, this, &SyncSession::pullProgress);
    connect(&engine, &SyncEngine::finished, this, [this, &engine, direction] {
        const SyncEngine::Summary summary = engine.summary();
        if (!summary.error.isEmpty() || m_cancelled) {
            finish(summary);
            return;
        }
        exchangeKeys(direction, summary);
    });
    switch (direction) {
    case Direction::Push:
        engine.push();
        break;
    case Direction::Pull:
        engine.pull();
        break;
    case Direction::Both:
        engine.sync();
        break;
    }
}

void SyncSession::exchangeKeys(Direction direction, const SyncEngine::Summary& summary) {
    // After a sync that worked: this desk's key registered, the team's keys known. A backend or a
    // keychain that cannot do this leaves the sync as it was; it is said as a note. Live sessions
    // follow each other closely: the keys are asked for every few minutes only.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_keysChecked.isValid() && m_keysChecked.secsTo(now) < keyCheckSeconds) {
        shareSecrets(direction, summary, false);
        return;
    }
    m_keysChecked = now;
    CredentialSharing& sharing = m_workspace.credentials().sharing();
    sharing.prepare(m_connection->client(), [this, direction, summary, &sharing](Result<void> prepared) {
        if (!m_running)
            return;
        if (!prepared) {
            qCWarning(lcSync) << "sharing: keys not exchanged:" << prepared.error().message;
            m_sharingNotes.append(tr("Shared credentials: %1").arg(prepared.error().message));
        } else if (!sharing.keyProblem().isEmpty()) {
            m_sharingNotes.append(sharing.keyProblem());
        }
        shareSecrets(direction, summary, prepared.ok());
    });
}

void SyncSession::shareSecrets(Direction direction, const SyncEngine::Summary& summary, bool reseal) {
    // What was pulled may hold secrets sealed for this member: into the keychain with them. Then,
    // with the records as the backend has them (a leaver's boxes already gone), what is stale after a
    // key exchange is sealed again and, unless only pulling, pushed in the same session.
    CredentialSharing& sharing = m_workspace.credentials().sharing();
    sharing.receive(
        summary.changes, [this, summary, direction, reseal, &sharing](CredentialSharing::Received received) {
            m_received = received.opened;
            m_sharingProblems.append(received.problems);
            if (!reseal || m_cancelled) {
                finish(summary);
                return;
            }
            const int before = SyncEngine::status(m_workspace.store()).pending;
            sharing.reseal([this, summary, direction, before](Result<void> resealed) {
                if (!resealed)
                    m_sharingNotes.append(tr("Shared credentials: %1").arg(resealed.error().message));
                const bool more = SyncEngine::status(m_workspace.store()).pending > before;
                if (!more || direction == Direction::Pull || m_cancelled) {
                    finish(summary);
                    return;
                }
                SyncEngine& again = m_connection->engine();
                disconnect(&again, &SyncEngine::finished, this, nullptr);
                connect(&again, &SyncEngine::finished, this, [this, summary, &again] {
                    SyncEngine::Summary both = summary;
                    const SyncEngine::Summary sealed = again.summary();
                    both.applied += sealed.applied;
                    both.rejected += sealed.rejected;
                    both.merged += sealed.merged;
                    both.conflicts += sealed.conflicts;
                    both.error = sealed.error;
                    finish(both);
                });
                again.push();
            });
        });
}

void SyncSession::cancel() {
    if (!m_running || !m_connection)
        return;
    m_cancelled = true;
    m_connection->engine().cancel();
}

Result<SyncEngine::Summary> SyncSession::run(Direction direction) {
    if (!start(direction))
        return Error{tr("A sync is running already: wait for it to finish."), QString()};
    if (m_running) {
        QEventLoop loop;
        connect(this, &SyncSession::finished, &loop, &QEventLoop::quit);
        loop.exec(); // the keychain and the network answer later
    }
    return m_outcome;
}

QString SyncSession::failure() const {
    if (!m_outcome)
        return m_outcome.error().toString();
    return m_outcome->error;
}

void SyncSession::finish(Result<SyncEngine::Summary> outcome) {
    m_outcome = std::move(outcome);
    m_running = false;
    Q_EMIT finished(failure().isEmpty());
}

} // namespace sitekeeper
