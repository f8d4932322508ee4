// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Team.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sitekeeper {

// Where this workspace syncs to: the backend URL and an optional private CA file, kept in the
// workspace's settings.ini (group "backend"), and who the backend last said the signed-in member is
// (name, email, role, tenant: no secret). The token is a secret and lives in the vault, under
// tokenKey(), never here.
class BackendSettings {
public:
    explicit BackendSettings(const QString& workspaceFolder);

    QUrl url() const;
    // Stores `url` without any user name or password in it.
    void setUrl(const QUrl& url);
    QString caFile() const;
    void setCaFile(const QString& path);
    // Per-request timeout in seconds (default 30).
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    bool isConfigured() const { return url().isValid() && !url().isEmpty(); }
    // Signing out forgets the URL (the workspace has no backend then) but keeps it here, for the
    // next sign-in to offer.
    void forgetUrl();
    QUrl previousUrl() const;

    // The member the token belongs to, as `GET /v1/me` last answered; nothing when never asked
    // since the last sign-in.
    std::optional<protocol::Me> identity() const;
    void setIdentity(const std::optional<protocol::Me>& identity);

    // The vault key of the backend token of workspace `workspaceId`.
    static QString tokenKey(const QString& workspaceId);
    // Test and automation hook: when set, this environment variable is the token and the vault is
    // not asked. Interactive use stores the token with `backend login --token-stdin`.
    static constexpr const char* tokenEnvironmentVariable = "SITEKEEPER_BACKEND_TOKEN";

private:
    QString m_iniPath;
};

} // namespace sitekeeper
