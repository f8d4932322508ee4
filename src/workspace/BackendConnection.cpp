// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendConnection.h"

#include "BackendSettings.h"
#include "CredentialVault.h"
#include "Workspace.h"

#include <QFile>
#include <QPointer>

namespace sitekeeper {

namespace {

Error failure(const QString& message) {
    return Error{message, QString()};
}

QString tokenKeyOf(Workspace& workspace) {
    return BackendSettings::tokenKey(workspace.id().toString(QUuid::WithoutBraces));
}

} // namespace

BackendConnection::BackendConnection(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_engine(workspace.store(), m_client) {
    // Every screen refreshes what the pull wrote (open editors take it into the fields they did not
    // change); a run that only pushed says nothing.
    connect(&m_engine, &SyncEngine::finished, this, [this] {
        if (m_engine.summary().pulled > 0)
            Q_EMIT m_workspace.pulled(m_engine.summary().changes);
    });
}

void BackendConnection::open(Done done) {
    const BackendSettings settings(m_workspace.folder());
    if (!settings.isConfigured()) {
        done(failure(
            tr("No backend is set for this workspace; run `backend login --url URL --token-stdin` first.")));
        return;
    }
    const QByteArray fromEnvironment = qgetenv(BackendSettings::tokenEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        configure(fromEnvironment, done);
        return;
    }
    CredentialVault& vault = m_workspace.vault();
    if (!vault.isAvailable()) {
        done(failure(
            tr("The backend token is in the keychain, which is not available: %1").arg(vault.errorString())));
        return;
    }
    // The keychain may answer after this connection is gone (its window closed): nothing is done then.
    vault.read(tokenKeyOf(m_workspace), [self = QPointer<BackendConnection>(this),
                                         done](CredentialVault::Outcome outcome, QByteArray token) {
        if (!self)
            return;
        if (!outcome.ok()) {
            done(failure(
                tr("Cannot read the backend token: %1 Run `backend login` again.").arg(outcome.message)));
            return;
        }
        self->configure(token, done);
    });
}

void BackendConnection::configure(const QByteArray& token, const Done& done) {
    const BackendSettings settings(m_workspace.folder());
    BackendClient::Config config;
    config.baseUrl = settings.url();
    config.token = token;
    config.caFile = settings.caFile();
    config.timeout = std::chrono::seconds(settings.timeoutSeconds());
    config.backoff = m_backoff;
    done(m_client.configure(config));
}

void BackendConnection::whoami(Identified done) {
    open([this, done](Result<void> opened) {
        if (!opened) {
            done(opened.error());
            return;
        }
        m_client.fetchMe([this, done](Result<protocol::Me> me) {
            if (!me) {
                done(explain(me.error(), BackendSettings(m_workspace.folder()).url()));
                return;
            }
            // A sign-out while the answer was on its way wins: it is not signed in again.
            if (BackendSettings(m_workspace.folder()).isConfigured())
                m_workspace.setIdentity(me.value());
            done(me);
        });
    });
}

Error BackendConnection::explain(const Error& error, const QUrl& url) {
    Error explained = error;
    const QString host = url.toString(QUrl::RemoveUserInfo);
    if (error.is(Error::Kind::Forbidden))
        explained.message = tr("The sign-in token was refused: it is wrong, expired or revoked. Ask your "
                               "admin for a new one. (%1)")
                                .arg(error.message);
    else if (error.is(Error::Kind::Unavailable) && error.where == QLatin1String("tls"))
        explained.message = tr("The server's certificate is not trusted: choose the CA file of its "
                               "certificate authority, or check the host name in the URL. (%1)")
                                .arg(error.message);
    else if (error.is(Error::Kind::Unavailable))
        explained.message = tr("The backend at %1 cannot be reached: check the URL and that the server "
                               "is running. (%2)")
                                .arg(host, error.message);
    else if (error.is(Error::Kind::NotFound))
        explained.message = tr("The server at %1 does not know who is signed in (GET /v1/me): is it a "
                               "Sitekeeper backend, and up to date?")
                                .arg(host);
    explained.where.clear();
    return explained;
}

void BackendConnection::test(const QUrl& url, const QByteArray& token, const QString& caFile,
                             Identified done) {
    if (auto checked = BackendClient::checkUrl(url); !checked) {
        done(checked.error());
        return;
    }
    if (token.isEmpty()) {
        done(failure(tr("Enter the sign-in token your admin gave you.")));
        return;
    }
    if (!caFile.isEmpty() && !QFile::exists(caFile)) {
        done(failure(tr("The CA file %1 does not exist.").arg(caFile)));
        return;
    }
    auto* client = new BackendClient;
    BackendClient::Config config;
    config.baseUrl = url;
    config.token = token;
    config.caFile = caFile;
    config.timeout = std::chrono::seconds(15);
    // A person is waiting at the dialog: one quick retry, not the minutes a sync may wait.
    config.backoff = Backoff(std::chrono::milliseconds(250), std::chrono::milliseconds(1000), 1);
    if (auto configured = client->configure(config); !configured) {
        delete client;
        done(configured.error());
        return;
    }
    client->fetchMe([client, url, done](Result<protocol::Me> me) {
        client->deleteLater();
        if (!me) {
            done(explain(me.error(), url));
            return;
        }
        done(std::move(me));
    });
}

void BackendConnection::signIn(Workspace& workspace, const QUrl& url, const QByteArray& token,
                               const QString& caFile, Identified done) {
    QPointer<Workspace> guard(&workspace);
    test(url, token, caFile, [guard, url, token, caFile, done](Result<protocol::Me> me) {
        if (!me || !guard) {
            done(me);
            return;
        }
        login(*guard, url, token, caFile, [guard, me, done](Result<void> stored) {
            if (!stored) {
                done(stored.error());
                return;
            }
            if (guard)
                guard->setIdentity(me.value());
            done(me);
        });
    });
}

void BackendConnection::logout(Workspace& workspace, Done done) {
    CredentialVault& vault = workspace.vault();
    const QString folder = workspace.folder();
    const auto forget = [folder, guard = QPointer<Workspace>(&workspace), done] {
        BackendSettings(folder).forgetUrl();
        if (guard)
            guard->setIdentity(std::nullopt);
        done({});
    };
    if (!vault.isAvailable()) {
        // Nothing can be in a keychain that is not there; the workspace forgets the backend anyway.
        forget();
        return;
    }
    vault.remove(tokenKeyOf(workspace), [forget, done](CredentialVault::Outcome outcome) {
        // No keychain service at all holds no token either (the automation hook's case).
        if (!outcome.ok() && outcome.failure != CredentialVault::Failure::NoKeychainService) {
            done(failure(tr("The token could not be removed from the keychain: %1 You are still "
                            "signed in.")
                             .arg(outcome.message)));
            return;
        }
        forget();
    });
}

void BackendConnection::login(Workspace& workspace, const QUrl& url, const QByteArray& token,
                              const QString& caFile, Done done) {
    if (auto checked = BackendClient::checkUrl(url); !checked) {
        done(checked);
        return;
    }
    if (!caFile.isEmpty() && !QFile::exists(caFile)) {
        done(failure(tr("The CA file %1 does not exist.").arg(caFile)));
        return;
    }
    if (token.isEmpty()) {
        done(failure(tr("The token is empty.")));
        return;
    }
    CredentialVault& vault = workspace.vault();
    if (!vault.isAvailable()) {
        done(failure(tr("The token cannot be stored: %1").arg(vault.errorString())));
        return;
    }
    const QString folder = workspace.folder();
    QPointer<Workspace> guard(&workspace);
    vault.store(tokenKeyOf(workspace), token,
                [folder, guard, url, caFile, done](CredentialVault::Outcome outcome) {
                    if (!outcome.ok()) {
                        done(failure(tr("The token was not stored: %1").arg(outcome.message)));
                        return;
                    }
                    BackendSettings settings(folder);
                    settings.setUrl(url);
                    settings.setCaFile(caFile);
                    // Another token may be another member: who it is is asked again.
                    if (guard)
                        guard->setIdentity(std::nullopt);
                    done({});
                });
}

} // namespace sitekeeper
