// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackendClient.h"
#include "Result.h"
#include "SyncEngine.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace sitekeeper {

class Workspace;

// The backend of one workspace, ready to sync: its BackendClient configured from the workspace's
// BackendSettings and the token in the vault, and a SyncEngine over the workspace's store. Front
// ends (the CLI, the console) make one, open() it, then drive engine().
class BackendConnection : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    explicit BackendConnection(Workspace& workspace, QObject* parent = nullptr);

    // Reads the settings and the token, asynchronously (the keychain is); `done` says whether the
    // connection is ready.
    void open(Done done);

    // `backend login`: checks the URL, stores the token in the vault and the URL (and optional CA
    // file) in the workspace's settings.
    static void login(Workspace& workspace, const QUrl& url, const QByteArray& token, const QString& caFile,
                      Done done);

    // How the client retries a failed request (BackendClient::Config::backoff); set before open().
    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }

    BackendClient& client() { return m_client; }
    SyncEngine& engine() { return m_engine; }

private:
    void configure(const QByteArray& token, const Done& done);

    Workspace& m_workspace;
    BackendClient m_client;
    SyncEngine m_engine;
    Backoff m_backoff;
};

} // namespace sitekeeper
