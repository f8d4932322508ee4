// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSession.h"

#include "BackendConnection.h"
#include "BackendSettings.h"
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
    m_connection->open([this, direction](Result<void> opened) {
        if (!opened)
            return finish(opened.error());
        SyncEngine& engine = m_connection->engine();
        disconnect(&engine, nullptr, this, nullptr);
        connect(&engine, &SyncEngine::pushProgress, this, &SyncSession::progress);
        connect(&engine, &SyncEngine::pullProgress, this, &SyncSession::pullProgress);
        connect(&engine, &SyncEngine::finished, this, [this, &engine] { finish(engine.summary()); });
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
    });
    return true;
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
