// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "HttpExchange.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

namespace sitekeeper {

class CredentialVault;
class Workspace;

// Where a site's users are read from in Microsoft Entra ID: the tenant (its id, or a domain such as
// contoso.onmicrosoft.com) and the application (client) id of an app registration that allows public
// client flows. Remembered per site in the workspace's meta table (no secret: the tokens are in the
// keychain).
struct GraphSource {
    QString tenant;
    QString clientId;

    bool isEmpty() const { return tenant.isEmpty() && clientId.isEmpty(); }
    bool operator==(const GraphSource&) const = default;
};

// Reads the users of a Microsoft Entra ID tenant live through Microsoft Graph, as the table the Entra
// preset of ProfileImport reads (the column names of `GET /v1.0/users`), for the profile import and
// Compare With Directory.
//
// Sign-in is the OAuth 2.0 device authorization grant of the Microsoft identity platform (RFC 8628):
// `POST {authority}/{tenant}/oauth2/v2.0/devicecode` gives a code the user enters at a web page; the
// token endpoint is polled every `interval` seconds (five more after `slow_down`) until the user has
// signed in, declined, or the code expired. The access and refresh tokens are kept in the keychain
// only (tokenKey()), never in settings, SQLite or logs. An access token that has expired is renewed
// with the refresh token before reading; a 401 from Graph renews it once more, and when the refresh
// token is refused the error says to sign in again.
//
// Reading follows `@odata.nextLink` page after page, only to the scheme, host and port of the Graph
// base URL (a link elsewhere is refused: it would carry the token there), waits as `Retry-After`
// asks on 429 and 503 (a bounded number of times, at most Config::maxRetryAfter), caps every page at
// Config::maxReplyBytes and the whole at Config::maxUsers, and turns Graph's error bodies
// (`{"error":{"code","message"}}`) into errors that say what failed.
//
// Asynchronous on the thread that owns it; one operation at a time. cancel() ends the running one
// with a Cancelled error, at once.
class GraphDirectory : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString tenant;
        QString clientId;
        // The identity platform and Graph. Other values only for a national cloud or a test server:
        // https, or http on loopback.
        QUrl authority{QStringLiteral("https://login.microsoftonline.com")};
        QUrl graph{QStringLiteral("https://graph.microsoft.com")};
        std::chrono::milliseconds timeout{30'000}; // per request: no byte moved for this long
        // How long one second of the service's waits (interval, Retry-After, expires_in) lasts here.
        // Only tests shorten it.
        std::chrono::milliseconds second{1000};
        int maxRetries = 5;                         // per request, after 429, 503, 504 or a lost connection
        std::chrono::seconds maxRetryAfter{5 * 60}; // a longer Retry-After is not waited for
        qint64 maxReplyBytes = 32LL * 1024 * 1024;  // per page or token answer
        int maxUsers = 250'000;                     // more is refused rather than held
    };

    // What the user is to do to sign in: open verificationUri and enter userCode. `message` is the
    // service's own sentence saying so.
    struct DeviceCode {
        QString userCode;
        QString verificationUri;
        QString message;
        int expiresInSeconds = 0;
    };

    using Prompt = std::function<void(const DeviceCode&)>;
    using Done = std::function<void(Result<void>)>;
    using Read = std::function<void(Result<CsvTable>)>;

    // The scope asked for: reading every user's profile, and a refresh token.
    static const QString scope;
    // The columns of the table read(), in this order (the Entra preset's names).
    static const QStringList columns;

    // `workspaceId` namespaces the keychain entry. The vault must outlive this object.
    GraphDirectory(CredentialVault& vault, QUuid workspaceId, Config config, QObject* parent = nullptr);
    ~GraphDirectory() override;

    // Checks the tenant, the client id and both base URLs.
    static Result<void> checkConfig(const Config& config);
    // The defaults with the environment's test and national-cloud overrides: SITEKEEPER_LOGIN_URL (the
    // authority), SITEKEEPER_GRAPH_URL and SITEKEEPER_GRAPH_SECOND_MS (Config::second, for tests).
    // Checked with checkConfig(); an unusable variable is an error naming it.
    static Result<Config> configFromEnvironment(const GraphSource& source);

    // "sitekeeper/<workspace-id>/graph/<tenant>/<client-id>", lower case: the keychain holds the
    // access token (and its expiry) under this + "/access", the refresh token under this + "/refresh".
    static QString tokenKey(const QUuid& workspaceId, const QString& tenant, const QString& clientId);

    // The Entra ID source remembered for the site, or an empty one.
    static Result<GraphSource> rememberedSource(Workspace& workspace, const QUuid& siteId);
    static Result<void> rememberSource(Workspace& workspace, const QUuid& siteId, const GraphSource& source);

    // Device code sign-in: `prompt` is called once with what the user is to do, then the token
    // endpoint is polled; `done` says whether the tokens are in the keychain.
    void signIn(Prompt prompt, Done done);
    // Reads every user with the stored tokens (renewing them as needed). Without a usable sign-in
    // the error is of kind Forbidden and needsSignIn() is true.
    void readUsers(Read done);
    // readUsers(), and when it needs a sign-in, signIn(prompt) and readUsers() again.
    void read(Prompt prompt, Read done);
    // Removes the tokens from the keychain.
    void signOut(Done done);
    // Ends the running operation now with a Cancelled error; nothing more is stored.
    void cancel();

    bool isBusy() const { return bool(m_fail); }
    // The last readUsers() failed because there is no sign-in, or it is no longer accepted.
    bool needsSignIn() const { return m_needsSignIn; }
    const Config& config() const { return m_config; }

Q_SIGNALS:
    // After each page of users.
    void usersRead(int count);
    // Polling for the sign-in, or waiting as the service asked (Retry-After).
    void waiting(int seconds);

private:
    struct Tokens {
        QByteArray accessToken;
        QByteArray refreshToken;
        qint64 expiresAt = 0; // seconds since the epoch, UTC
        // The access entry: the access token and when it expires.
        QByteArray accessSecret() const;
        bool takeAccessSecret(const QByteArray& secret);
    };
    using Fail = std::function<void(const Error&)>;
    void begin(Fail fail);
    void finish();
    void failWith(const Error& error);

    // One request with the retries of 429/503/504 and lost connections; `handle` sees the answer.
    void send(const QByteArray& verb, const QUrl& url, const QByteArray& form, const QByteArray& bearer,
              const QString& what, std::function<void(const HttpExchange::Response&)> handle,
              int attempt = 0);
    void later(std::chrono::milliseconds delay, std::function<void()> then);

    void pollToken(const QByteArray& deviceCode, int interval, qint64 deadlineMs, Done done);
    // Keeps the tokens of a token endpoint's answer in the keychain, then calls `then`.
    void storeTokens(const QByteArray& body, const QByteArray& previousRefresh, std::function<void()> then);
    void refresh(std::function<void()> then);
    void readPage(const QUrl& url, int page);
    Result<bool> takePage(const QByteArray& body, int page, QUrl* next);
    QUrl tokenUrl() const;
    QString accessKey() const;  // tokenKey() + "/access"
    QString refreshKey() const; // tokenKey() + "/refresh"

    CredentialVault& m_vault;
    QUuid m_workspaceId;
    Config m_config;
    quint64 m_generation = 0;
    QPointer<HttpExchange> m_exchange;
    QTimer m_timer;
    std::function<void()> m_timed;
    Fail m_fail; // the running operation's end on failure; empty when idle
    bool m_needsSignIn = false;

    // While reading:
    Tokens m_tokens;
    bool m_refreshed = false;
    Read m_read;
    CsvTable m_table;
};

} // namespace sitekeeper
