// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace sitekeeper {

// Where this workspace syncs to: the backend URL and an optional private CA file, kept in the
// workspace's settings.ini (group "backend"). The token is a secret and lives in the vault, under
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

    // The vault key of the backend token of workspace `workspaceId`.
    static QString tokenKey(const QString& workspaceId);
    // Test and automation hook: when set, this environment variable is the token and the vault is
    // not asked. Interactive use stores the token with `backend login --token-stdin`.
    static constexpr const char* tokenEnvironmentVariable = "SITEKEEPER_BACKEND_TOKEN";

private:
    QString m_iniPath;
};

} // namespace sitekeeper
