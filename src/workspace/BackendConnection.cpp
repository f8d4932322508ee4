// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendConnection.h"

#include "BackendSettings.h"
#include "CredentialVault.h"
#include "Workspace.h"

#include <QFile>

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
    vault.read(tokenKeyOf(m_workspace), [this, done](CredentialVault::Outcome outcome, QByteArray token) {
        if (!outcome.ok()) {
            done(failure(
                tr("Cannot read the backend token: %1 Run `backend login` again.").arg(outcome.message)));
            return;
        }
        configure(token, done);
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
    vault.store(tokenKeyOf(workspace), token, [folder, url, caFile, done](CredentialVault::Outcome outcome) {
        if (!outcome.ok()) {
            done(failure(tr("The token was not stored: %1").arg(outcome.message)));
            return;
        }
        BackendSettings settings(folder);
        settings.setUrl(url);
        settings.setCaFile(caFile);
        done({});
    });
}

} // namespace sitekeeper
