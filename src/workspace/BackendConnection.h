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
// ends (the CLI, the console) make one, open() it, then drive engine(). It also signs in and out:
// the token goes to and from the vault, and who it belongs to (`GET /v1/me`) is kept in the
// workspace (Workspace::identity()).
class BackendConnection : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;
    using Identified = std::function<void(Result<protocol::Me>)>;

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
    // `backend whoami`: opens the connection, asks the backend who the token belongs to and keeps
    // the answer in the workspace. Failures are said in words that tell what to do.
    void whoami(Identified done);

    // Test Connection: asks `url` who `token` belongs to, trusting `caFile` too, without storing
    // anything. Tells apart a server that cannot be reached, a certificate that is not trusted and a
    // token that was refused.
    static void test(const QUrl& url, const QByteArray& token, const QString& caFile, Identified done);
    // The console's Connect to Backend: test(), then login(), then keeps the identity.
    static void signIn(Workspace& workspace, const QUrl& url, const QByteArray& token, const QString& caFile,
                       Identified done);
    // Sign Out: removes the token from the vault, forgets the URL (kept to offer at the next sign-in)
    // and the identity. The outbox is left as it is: its edits are pushed after the next sign-in.
    static void logout(Workspace& workspace, Done done);
    // What a failed request to the backend means for signing in, and what to do about it.
    static Error explain(const Error& error, const QUrl& url);

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
