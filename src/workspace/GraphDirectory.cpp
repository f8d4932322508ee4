// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphDirectory.h"

#include "BackendClient.h"
#include "Backoff.h"
#include "CredentialVault.h"
#include "Database.h"
#include "JsonValues.h"
#include "Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace sitekeeper {

namespace {

using Response = HttpExchange::Response;
using Ms = std::chrono::milliseconds;

// A page of users: Graph's largest.
constexpr int pageSize = 999;
// A chain of pages longer than this is a server going round in circles.
constexpr int maxPages = 10'000;
// An access token is renewed when it has less than this left.
constexpr qint64 renewMarginSeconds = 60;

Error error(const QString& message, const QString& where = {}, Error::Kind kind = Error::Kind::Invalid) {
    return Error{message, where, kind};
}

QString metaKey(const QUuid& siteId) {
    return QStringLiteral("graph_source/") + json::uuidText(siteId);
}

QByteArray formField(const char* name, const QByteArray& value) {
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

QByteArray form(std::initializer_list<std::pair<const char*, QByteArray>> fields) {
    QByteArrayList parts;
    for (const auto& [name, value] : fields)
        parts << formField(name, value);
    return parts.join('&');
}

// A URL as messages name it: scheme, host, port and path, without the query (a skip token) or anything
// that could be a credential.
QString place(const QByteArray& verb, const QUrl& url) {
    return QString::fromLatin1(verb) + QLatin1Char(' ') +
           url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// `text` with control characters (a terminal's escape sequences, line breaks) turned into spaces: the
// service's words are printed to terminals and shown in labels.
QString printable(QString text) {
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return text;
}

// The first line of an identity platform error description ("AADSTS70016: The provided request ...";
// the rest is trace and correlation ids).
QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// What the JSON error body of Graph (`{"error":{"code","message"}}`) or of the identity platform
// (`{"error":"invalid_grant","error_description":"AADSTS..."}`) says, as "code: message"; empty when
// the body is neither.
QString serviceError(const QByteArray& body, QString* code = nullptr) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue value = object.value(QLatin1String("error"));
    QString name;
    QString text;
    if (value.isObject()) {
        name = value.toObject().value(QLatin1String("code")).toString();
        text = value.toObject().value(QLatin1String("message")).toString();
    } else if (value.isString()) {
        name = value.toString();
        text = firstLine(object.value(QLatin1String("error_description")).toString());
    }
    if (code)
        *code = name;
    text = printable(text.left(500));
    name = printable(name.left(100));
    if (name.isEmpty())
        return text;
    return text.isEmpty() ? name : name + QStringLiteral(": ") + text;
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

QUrl joined(const QUrl& base, const QString& path) {
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

Result<void> checkBaseUrl(const QUrl& url, const QString& name) {
    if (!url.isValid() || url.host().isEmpty())
        return error(GraphDirectory::tr("The %1 URL \"%2\" is not valid; write it as https://host.")
                         .arg(name, url.toString(QUrl::RemoveUserInfo)));
    if (!url.userInfo().isEmpty())
        return error(GraphDirectory::tr("The %1 URL must not hold a user name or password.").arg(name));
    if (url.hasQuery() || url.hasFragment())
        return error(GraphDirectory::tr("The %1 URL must not have a query or fragment: %2")
                         .arg(name, url.toString(QUrl::RemoveUserInfo)));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && BackendClient::isLoopback(url))
        return {};
    return error(
        GraphDirectory::tr("Refusing the %1 URL %2: the sign-in travels with every request, so it must "
                           "be https:// (plain http:// only on this machine, for tests).")
            .arg(name, url.toString(QUrl::RemoveUserInfo)));
}

} // namespace

const QString GraphDirectory::scope =
    QStringLiteral("https://graph.microsoft.com/User.Read.All offline_access");

const QStringList GraphDirectory::columns{
    QStringLiteral("displayName"), QStringLiteral("givenName"),         QStringLiteral("surname"),
    QStringLiteral("mail"),        QStringLiteral("userPrincipalName"), QStringLiteral("businessPhones"),
    QStringLiteral("mobilePhone"), QStringLiteral("jobTitle"),          QStringLiteral("accountEnabled"),
    QStringLiteral("country"),     QStringLiteral("usageLocation"),
};

QByteArray GraphDirectory::Tokens::accessSecret() const {
    const QJsonObject object{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                             {QStringLiteral("expires_at"), double(expiresAt)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool GraphDirectory::Tokens::takeAccessSecret(const QByteArray& secret) {
    const QJsonObject object = QJsonDocument::fromJson(secret).object();
    accessToken = object.value(QLatin1String("access_token")).toString().toLatin1();
    expiresAt = qint64(object.value(QLatin1String("expires_at")).toDouble());
    return !accessToken.isEmpty();
}

GraphDirectory::GraphDirectory(CredentialVault& vault, QUuid workspaceId, Config config, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_workspaceId(workspaceId)
    , m_config(std::move(config)) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: never before `interval`
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto then = std::exchange(m_timed, {}))
            then();
    });
}

GraphDirectory::~GraphDirectory() {
    // Nobody is told any more: whoever deletes this is not waiting for it.
    m_fail = {};
    ++m_generation;
    if (m_exchange)
        m_exchange->abort();
}

Result<void> GraphDirectory::checkConfig(const Config& config) {
    const QString tenant = config.tenant.trimmed();
    static const QRegularExpression tenantPattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    if (tenant.isEmpty())
        return error(tr("Name the tenant: its id (a GUID) or a domain such as contoso.onmicrosoft.com."),
                     QStringLiteral("tenant"));
    for (const char* alias : {"common", "organizations", "consumers"})
        if (tenant.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0)
            return error(tr("\"%1\" is not one tenant: name the client's tenant by its id or domain, so that "
                            "the users of that tenant are read.")
                             .arg(tenant),
                         QStringLiteral("tenant"));
    const bool guid = !QUuid::fromString(tenant).isNull();
    if (!guid && (!tenantPattern.match(tenant).hasMatch() || !tenant.contains(QLatin1Char('.'))))
        return error(
            tr("\"%1\" is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com.")
                .arg(tenant),
            QStringLiteral("tenant"));
    if (QUuid::fromString(config.clientId.trimmed()).isNull())
        return error(tr("\"%1\" is not an application (client) id: copy the GUID from the app "
                        "registration's overview in the Entra admin center.")
                         .arg(config.clientId),
                     QStringLiteral("client id"));
    if (auto checked = checkBaseUrl(config.authority, tr("sign-in (authority)")); !checked)
        return checked;
    if (auto checked = checkBaseUrl(config.graph, tr("Microsoft Graph")); !checked)
        return checked;
    if (config.second.count() <= 0 || config.second.count() > 1000)
        return error(tr("A second must last between 1 and 1000 ms, not %1.").arg(config.second.count()));
    return {};
}

Result<GraphDirectory::Config> GraphDirectory::configFromEnvironment(const GraphSource& source) {
    Config config;
    config.tenant = source.tenant.trimmed();
    config.clientId = source.clientId.trimmed();
    for (const auto& [variable, url] : {std::pair{"SITEKEEPER_LOGIN_URL", &config.authority},
                                        std::pair{"SITEKEEPER_GRAPH_URL", &config.graph}}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        *url = QUrl(value, QUrl::StrictMode);
        if (auto checked = checkBaseUrl(*url, QString::fromLatin1(variable)); !checked) {
            Error failed = checked.error();
            failed.where = QString::fromLatin1(variable);
            return failed;
        }
    }
    if (const QString second = qEnvironmentVariable("SITEKEEPER_GRAPH_SECOND_MS"); !second.isEmpty()) {
        bool ok = false;
        const int ms = second.toInt(&ok);
        if (!ok || ms <= 0 || ms > 1000)
            return error(tr("must be a number of milliseconds from 1 to 1000, not \"%1\"").arg(second),
                         QStringLiteral("SITEKEEPER_GRAPH_SECOND_MS"));
        config.second = Ms(ms);
    }
    if (auto checked = checkConfig(config); !checked)
        return checked.error();
    return config;
}

QString GraphDirectory::tokenKey(const QUuid& workspaceId, const QString& tenant, const QString& clientId) {
    return QStringLiteral("sitekeeper/%1/graph/%2/%3")
        .arg(json::uuidText(workspaceId), tenant.trimmed().toLower(),
             json::uuidText(QUuid::fromString(clientId.trimmed())));
}

Result<GraphSource> GraphDirectory::rememberedSource(Workspace& workspace, const QUuid& siteId) {
    const auto text = workspace.database().meta(metaKey(siteId));
    if (!text)
        return text.error();
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    return GraphSource{object.value(QLatin1String("tenant")).toString(),
                       object.value(QLatin1String("client_id")).toString()};
}

Result<void> GraphDirectory::rememberSource(Workspace& workspace, const QUuid& siteId,
                                            const GraphSource& source) {
    const QJsonObject object{{QStringLiteral("tenant"), source.tenant.trimmed()},
                             {QStringLiteral("client_id"), source.clientId.trimmed()}};
    return workspace.database().setMeta(
        metaKey(siteId), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// --- the running operation ---

void GraphDirectory::begin(Fail fail) {
    ++m_generation;
    m_fail = std::move(fail);
}

void GraphDirectory::finish() {
    ++m_generation;
    m_timer.stop();
    m_timed = {};
    m_fail = {};
}

void GraphDirectory::failWith(const Error& failure) {
    Fail fail = std::exchange(m_fail, {});
    finish();
    m_table = {};
    m_tokens = {};
    m_read = {};
    if (fail)
        fail(failure);
}

void GraphDirectory::cancel() {
    if (!m_fail)
        return;
    Fail fail = std::exchange(m_fail, {});
    finish(); // a new generation first: the aborted exchange's answer is not looked at
    if (m_exchange)
        m_exchange->abort();
    m_table = {};
    m_tokens = {};
    m_read = {};
    fail(error(tr("Cancelled; nothing was read or stored."), {}, Error::Kind::Cancelled));
}

void GraphDirectory::later(Ms delay, std::function<void()> then) {
    m_timed = std::move(then);
    m_timer.start(delay);
}

void GraphDirectory::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                          const QByteArray& bearer, const QString& what,
                          std::function<void(const Response&)> handle, int attempt) {
    HttpExchange::Request request;
    request.verb = verb;
    request.url = url;
    request.headers = {{"Accept", "application/json"}};
    if (!bearer.isEmpty())
        request.headers.append(HttpExchange::Header("Authorization", "Bearer " + bearer));
    if (verb == "POST")
        request.headers.append(HttpExchange::Header("Content-Type", "application/x-www-form-urlencoded"));
    request.body = body;
    request.timeout = m_config.timeout;
    request.maxBodyBytes = m_config.maxReplyBytes;
    const quint64 generation = m_generation;
    const Ms second = m_config.second;
    m_exchange = HttpExchange::start(request, this, [=, this](const Response& reply) {
        if (generation != m_generation)
            return;
        m_exchange = nullptr;
        const QString where = place(verb, url);
        auto again = [=, this] {
            send(verb, url, body, bearer, what, handle, attempt + 1);
        };
        using Outcome = HttpExchange::Outcome;
        if (reply.outcome == Outcome::Answered) {
            if (reply.status != 429 && reply.status != 503 && reply.status != 504) {
                handle(reply);
                return;
            }
            const auto retryAfter =
                Backoff::parseRetryAfter(reply.header("Retry-After"), QDateTime::currentDateTimeUtc());
            if (attempt >= m_config.maxRetries) {
                failWith(error(tr("%1: the service is busy (HTTP %2) and still was after %3 tries. Try again "
                                  "later.")
                                   .arg(what)
                                   .arg(reply.status)
                                   .arg(attempt + 1),
                               where, Error::Kind::Unavailable));
                return;
            }
            if (retryAfter && *retryAfter > std::chrono::duration_cast<Ms>(m_config.maxRetryAfter)) {
                failWith(error(tr("%1: the service asks to wait %2 minutes before trying again; try again "
                                  "later.")
                                   .arg(what)
                                   .arg((retryAfter->count() + 59'999) / 60'000),
                               where, Error::Kind::Unavailable));
                return;
            }
            const Ms wait = retryAfter ? *retryAfter : Ms(1000LL << std::min(attempt, 5));
            Q_EMIT waiting(int((wait.count() + 999) / 1000));
            if (generation != m_generation) // cancelled from the signal
                return;
            later(Ms(wait.count() * second.count() / 1000), again);
            return;
        }
        const bool transient = reply.outcome == Outcome::Refused || reply.outcome == Outcome::Closed ||
                               reply.outcome == Outcome::TimedOut || reply.outcome == Outcome::Failed;
        if (transient && attempt < m_config.maxRetries) {
            later(Ms((1000LL << std::min(attempt, 5)) * second.count() / 1000), again);
            return;
        }
        QString why = reply.errorString;
        if (reply.outcome == Outcome::TooLarge)
            why = tr("the answer is larger than %1 MiB").arg(m_config.maxReplyBytes / (1024 * 1024));
        failWith(error(tr("%1 failed: %2").arg(what, why), where, Error::Kind::Unavailable));
    });
}

QUrl GraphDirectory::tokenUrl() const {
    return joined(m_config.authority,
                  QLatin1Char('/') + m_config.tenant.trimmed() + QStringLiteral("/oauth2/v2.0/token"));
}

// --- sign-in ---

void GraphDirectory::signIn(Prompt prompt, Done done) {
    if (isBusy()) {
        done(error(tr("Microsoft Entra ID is busy with another request."), {}, Error::Kind::Conflict));
        return;
    }
    if (auto checked = checkConfig(m_config); !checked) {
        done(checked.error());
        return;
    }
    if (!m_vault.isAvailable()) {
        done(error(tr("The Microsoft Entra ID sign-in is kept in the keychain, which is not available: %1")
                       .arg(m_vault.errorString()),
                   {}, Error::Kind::Unavailable));
        return;
    }
    begin([done](const Error& failure) { done(failure); });
    const QUrl url = joined(m_config.authority, QLatin1Char('/') + m_config.tenant.trimmed() +
                                                    QStringLiteral("/oauth2/v2.0/devicecode"));
    const QString what = tr("Asking Microsoft Entra ID for a sign-in code");
    const QByteArray body =
        form({{"client_id", m_config.clientId.trimmed().toUtf8()}, {"scope", scope.toUtf8()}});
    send("POST", url, body, {}, what, [=, this](const Response& reply) {
        const QString where = place("POST", url);
        if (reply.status != 200) {
            QString code;
            const QString said = serviceError(reply.body, &code);
            failWith(error(tr("%1: refused (HTTP %2%3).")
                               .arg(what)
                               .arg(reply.status)
                               .arg(said.isEmpty() ? QString() : QStringLiteral(", ") + said),
                           where, reply.status >= 500 ? Error::Kind::Unavailable : Error::Kind::Forbidden));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        const QJsonObject object = document.object();
        DeviceCode code;
        const QByteArray deviceCode = object.value(QLatin1String("device_code")).toString().toUtf8();
        code.userCode = object.value(QLatin1String("user_code")).toString();
        code.verificationUri = object.value(QLatin1String("verification_uri")).toString();
        code.message = printable(object.value(QLatin1String("message")).toString().left(1000));
        code.userCode = printable(code.userCode.left(100));
        code.verificationUri = printable(code.verificationUri.left(1000));
        code.expiresInSeconds = object.value(QLatin1String("expires_in")).toInt(900);
        const int interval = std::clamp(object.value(QLatin1String("interval")).toInt(5), 1, 60);
        if (parseError.error != QJsonParseError::NoError || !document.isObject() || deviceCode.isEmpty() ||
            code.userCode.isEmpty() || code.verificationUri.isEmpty()) {
            failWith(error(tr("%1: the answer is not the device code the identity platform documents (no "
                              "device_code, user_code or verification_uri).")
                               .arg(what),
                           where));
            return;
        }
        if (code.message.isEmpty())
            code.message = tr("To sign in, open %1 in a web browser and enter the code %2.")
                               .arg(code.verificationUri, code.userCode);
        const quint64 generation = m_generation;
        prompt(code);
        if (generation != m_generation) // cancelled while showing the code
            return;
        const qint64 deadline = QDateTime::currentMSecsSinceEpoch() +
                                qint64(std::max(code.expiresInSeconds, 1)) * m_config.second.count();
        Q_EMIT waiting(interval);
        later(Ms(interval * m_config.second.count()),
              [=, this] { pollToken(deviceCode, interval, deadline, done); });
    });
}

void GraphDirectory::pollToken(const QByteArray& deviceCode, int interval, qint64 deadlineMs, Done done) {
    const QString what = tr("Waiting for the sign-in to Microsoft Entra ID");
    if (QDateTime::currentMSecsSinceEpoch() > deadlineMs) {
        failWith(error(tr("The sign-in code expired before the sign-in was finished; sign in again."), {},
                       Error::Kind::Forbidden));
        return;
    }
    const QUrl url = tokenUrl();
    const QByteArray body = form({{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                                  {"client_id", m_config.clientId.trimmed().toUtf8()},
                                  {"device_code", deviceCode}});
    send("POST", url, body, {}, what, [=, this](const Response& reply) {
        if (reply.status == 200) {
            storeTokens(reply.body, {}, [this, done] {
                finish();
                done({});
            });
            return;
        }
        QString code;
        const QString said = serviceError(reply.body, &code);
        auto pollAgain = [=, this](int seconds) {
            Q_EMIT waiting(seconds);
            later(Ms(seconds * m_config.second.count()),
                  [=, this] { pollToken(deviceCode, seconds, deadlineMs, done); });
        };
        if (code == QLatin1String("authorization_pending")) {
            pollAgain(interval);
        } else if (code == QLatin1String("slow_down")) {
            // RFC 8628 3.5: the interval grows by five seconds for this and every later request.
            pollAgain(interval + 5);
        } else if (code == QLatin1String("authorization_declined")) {
            failWith(error(tr("The sign-in was declined in the browser; nothing was stored."), {},
                           Error::Kind::Forbidden));
        } else if (code == QLatin1String("expired_token")) {
            failWith(error(tr("The sign-in code expired before the sign-in was finished; sign in again."), {},
                           Error::Kind::Forbidden));
        } else if (code == QLatin1String("bad_verification_code")) {
            failWith(error(tr("Microsoft Entra ID did not recognise the sign-in code; sign in again."), {},
                           Error::Kind::Forbidden));
        } else {
            failWith(error(tr("%1: refused (HTTP %2%3).")
                               .arg(what)
                               .arg(reply.status)
                               .arg(said.isEmpty() ? QString() : QStringLiteral(", ") + said),
                           place("POST", url),
                           reply.status >= 500 ? Error::Kind::Unavailable : Error::Kind::Forbidden));
        }
    });
}

void GraphDirectory::storeTokens(const QByteArray& body, const QByteArray& previousRefresh,
                                 std::function<void()> then) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    Tokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString().toLatin1();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString().toLatin1();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previousRefresh; // the service may keep the refresh token as it is
    const QString type = object.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    const qint64 lifetime = qint64(object.value(QLatin1String("expires_in")).toDouble(3600));
    if (tokens.accessToken.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        failWith(error(tr("The identity platform's token answer holds no bearer access token."),
                       place("POST", tokenUrl())));
        return;
    }
    tokens.expiresAt = QDateTime::currentSecsSinceEpoch() + std::max<qint64>(lifetime, 0);
    // Two entries: Windows' Credential Manager holds 2,560 bytes per entry, and an access and a refresh
    // token together may be more. The refresh token is what keeps the sign-in; an access token that the
    // keychain cannot hold is used for this run only and renewed on the next.
    const quint64 generation = m_generation;
    const QPointer<GraphDirectory> self(this);
    auto keepAccess = [self, generation, tokens, then = std::move(then)] {
        self->m_vault.store(self->accessKey(), tokens.accessSecret(),
                            [self, generation, tokens, then](CredentialVault::Outcome outcome) {
                                if (!self || generation != self->m_generation)
                                    return;
                                if (!outcome.ok() && outcome.failure != CredentialVault::Failure::TooLarge) {
                                    self->failWith(error(tr("Signed in, but the access token could not be "
                                                            "kept in the keychain: %1")
                                                             .arg(outcome.message),
                                                         {}, Error::Kind::Unavailable));
                                    return;
                                }
                                self->m_tokens = tokens;
                                then();
                            });
    };
    if (tokens.refreshToken.isEmpty() || tokens.refreshToken == previousRefresh) {
        keepAccess();
        return;
    }
    m_vault.store(refreshKey(), tokens.refreshToken,
                  [self, generation, keepAccess = std::move(keepAccess)](CredentialVault::Outcome outcome) {
                      if (!self || generation != self->m_generation)
                          return;
                      if (!outcome.ok()) {
                          self->failWith(error(tr("Signed in, but the refresh token could not be kept in the "
                                                  "keychain: %1")
                                                   .arg(outcome.message),
                                               {}, Error::Kind::Unavailable));
                          return;
                      }
                      keepAccess();
                  });
}

QString GraphDirectory::accessKey() const {
    return tokenKey(m_workspaceId, m_config.tenant, m_config.clientId) + QStringLiteral("/access");
}

QString GraphDirectory::refreshKey() const {
    return tokenKey(m_workspaceId, m_config.tenant, m_config.clientId) + QStringLiteral("/refresh");
}

void GraphDirectory::signOut(Done done) {
    if (!m_vault.isAvailable()) {
        done({}); // a keychain that is not there holds no tokens
        return;
    }
    const auto removed = [done](CredentialVault::Outcome outcome) {
        if (outcome.ok() || outcome.failure == CredentialVault::Failure::NoKeychainService)
            return true;
        done(error(tr("The sign-in could not be removed from the keychain: %1").arg(outcome.message), {},
                   Error::Kind::Unavailable));
        return false;
    };
    m_vault.remove(refreshKey(), [this, self = QPointer<GraphDirectory>(this), removed, done](auto outcome) {
        if (!removed(outcome))
            return;
        if (!self) {
            done({});
            return;
        }
        m_vault.remove(accessKey(), [removed, done](auto outcome) {
            if (removed(outcome))
                done({});
        });
    });
}

// --- reading ---

void GraphDirectory::read(Prompt prompt, Read done) {
    readUsers([this, prompt, done](Result<CsvTable> table) {
        if (table || !m_needsSignIn) {
            done(std::move(table));
            return;
        }
        signIn(prompt, [this, done](Result<void> signedIn) {
            if (!signedIn) {
                done(signedIn.error());
                return;
            }
            readUsers(done);
        });
    });
}

void GraphDirectory::readUsers(Read done) {
    if (isBusy()) {
        done(error(tr("Microsoft Entra ID is busy with another request."), {}, Error::Kind::Conflict));
        return;
    }
    if (auto checked = checkConfig(m_config); !checked) {
        done(checked.error());
        return;
    }
    m_needsSignIn = false;
    if (!m_vault.isAvailable()) {
        done(error(tr("The Microsoft Entra ID sign-in is kept in the keychain, which is not available: %1")
                       .arg(m_vault.errorString()),
                   {}, Error::Kind::Unavailable));
        return;
    }
    begin([done](const Error& failure) { done(failure); });
    m_read = std::move(done);
    m_refreshed = false;
    m_table = {};
    m_table.header = columns;
    m_table.delimiter = QLatin1Char(',');
    const quint64 generation = m_generation;
    const QPointer<GraphDirectory> self(this);
    const auto unavailable = [](const CredentialVault::Outcome& outcome) {
        return error(tr("The Microsoft Entra ID sign-in is kept in the keychain: %1").arg(outcome.message),
                     {}, Error::Kind::Unavailable);
    };
    m_vault.read(accessKey(), [self, generation, unavailable](CredentialVault::Outcome outcome,
                                                              const QByteArray& access) {
        if (!self || generation != self->m_generation)
            return;
        if (!outcome.ok() && outcome.failure != CredentialVault::Failure::NotFound) {
            self->failWith(unavailable(outcome));
            return;
        }
        // An access entry that is not there (or not readable) is one to renew.
        if (!outcome.ok() || !self->m_tokens.takeAccessSecret(access))
            self->m_tokens = {};
        self->m_vault.read(
            self->refreshKey(),
            [self, generation, unavailable](CredentialVault::Outcome outcome, const QByteArray& refresh) {
                if (!self || generation != self->m_generation)
                    return;
                if (!outcome.ok() && outcome.failure != CredentialVault::Failure::NotFound) {
                    self->failWith(unavailable(outcome));
                    return;
                }
                self->m_tokens.refreshToken = outcome.ok() ? refresh : QByteArray();
                if (self->m_tokens.accessToken.isEmpty() && self->m_tokens.refreshToken.isEmpty()) {
                    self->m_needsSignIn = true;
                    self->failWith(
                        error(tr("Not signed in to Microsoft Entra ID for the tenant %1: sign in first.")
                                  .arg(self->m_config.tenant.trimmed()),
                              {}, Error::Kind::Forbidden));
                    return;
                }
                QUrl first = joined(self->m_config.graph, QStringLiteral("/v1.0/users"));
                first.setQuery(QStringLiteral("$select=id,") + columns.join(QLatin1Char(',')) +
                               QStringLiteral("&$top=") + QString::number(pageSize));
                GraphDirectory* me = self;
                auto start = [me, first] {
                    me->readPage(first, 1);
                };
                if (me->m_tokens.accessToken.isEmpty() ||
                    me->m_tokens.expiresAt - renewMarginSeconds <= QDateTime::currentSecsSinceEpoch())
                    me->refresh(start);
                else
                    start();
            });
    });
}

void GraphDirectory::refresh(std::function<void()> then) {
    const QString tenant = m_config.tenant.trimmed();
    const QString signInAgain =
        tr("The sign-in to Microsoft Entra ID for the tenant %1 is no longer accepted%2; sign in again.");
    if (m_tokens.refreshToken.isEmpty()) {
        m_needsSignIn = true;
        failWith(error(signInAgain.arg(tenant, QString()), {}, Error::Kind::Forbidden));
        return;
    }
    m_refreshed = true;
    const QUrl url = tokenUrl();
    const QByteArray body = form({{"client_id", m_config.clientId.trimmed().toUtf8()},
                                  {"grant_type", "refresh_token"},
                                  {"refresh_token", m_tokens.refreshToken},
                                  {"scope", scope.toUtf8()}});
    const QByteArray previous = m_tokens.refreshToken;
    send("POST", url, body, {}, tr("Renewing the sign-in to Microsoft Entra ID"),
         [=, this](const Response& reply) {
             if (reply.status == 200) {
                 storeTokens(reply.body, previous, then);
                 return;
             }
             const QString said = serviceError(reply.body);
             if (reply.status >= 400 && reply.status < 500) {
                 m_needsSignIn = true;
                 failWith(error(signInAgain.arg(tenant, said.isEmpty()
                                                            ? QString()
                                                            : QStringLiteral(" (") + said + QLatin1Char(')')),
                                place("POST", url), Error::Kind::Forbidden));
                 return;
             }
             failWith(error(tr("Renewing the sign-in to Microsoft Entra ID failed (HTTP %1%2).")
                                .arg(reply.status)
                                .arg(said.isEmpty() ? QString() : QStringLiteral(", ") + said),
                            place("POST", url), Error::Kind::Unavailable));
         });
}

void GraphDirectory::readPage(const QUrl& url, int page) {
    const QString what = tr("Reading the users from Microsoft Graph (page %1)").arg(page);
    send("GET", url, {}, m_tokens.accessToken, what, [=, this](const Response& reply) {
        const QString where = place("GET", url) + tr(", page %1").arg(page);
        if (reply.status == 200) {
            QUrl next;
            const auto taken = takePage(reply.body, page, &next);
            if (!taken) {
                Error failure = taken.error();
                failure.where =
                    where + (failure.where.isEmpty() ? QString() : QStringLiteral(", ") + failure.where);
                failWith(failure);
                return;
            }
            const quint64 generation = m_generation;
            Q_EMIT usersRead(int(m_table.rows.size()));
            if (generation != m_generation) // cancelled from the signal
                return;
            if (next.isValid()) {
                readPage(next, page + 1);
                return;
            }
            Read read = std::exchange(m_read, {});
            CsvTable table = std::exchange(m_table, {});
            m_tokens = {};
            finish();
            read(std::move(table));
            return;
        }
        QString code;
        const QString said = serviceError(reply.body, &code);
        const QString saidText = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
        if (reply.status == 401) {
            if (!m_refreshed) {
                refresh([this, url, page] { readPage(url, page); });
                return;
            }
            m_needsSignIn = true;
            failWith(error(
                tr("Microsoft Graph does not accept the sign-in (HTTP 401%1); sign in again.").arg(saidText),
                where, Error::Kind::Forbidden));
            return;
        }
        if (reply.status == 403) {
            failWith(
                error(tr("Microsoft Graph refused to list the users (HTTP 403%1). The account that signed in "
                         "must be allowed to read all users (User.Read.All, with an administrator's consent "
                         "in the tenant).")
                          .arg(saidText),
                      where, Error::Kind::Forbidden));
            return;
        }
        failWith(error(tr("Microsoft Graph answered HTTP %1%2.").arg(reply.status).arg(saidText), where,
                       reply.status >= 500 ? Error::Kind::Unavailable : Error::Kind::Invalid));
    });
}

Result<bool> GraphDirectory::takePage(const QByteArray& body, int page, QUrl* next) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(tr("Microsoft Graph's answer is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    const QJsonObject object = document.object();
    const QJsonValue value = object.value(QLatin1String("value"));
    if (!document.isObject() || !value.isArray())
        return error(tr("Microsoft Graph's answer has no list of users (\"value\")."));
    const QJsonArray users = value.toArray();
    for (qsizetype index = 0; index < users.size(); ++index) {
        const QString at = QStringLiteral("value[%1]").arg(index);
        if (!users.at(index).isObject())
            return error(tr("a user is not a JSON object"), at);
        if (m_table.rows.size() >= m_config.maxUsers)
            return error(tr("The tenant lists more than %L1 users; this is more than one site's profiles "
                            "can hold, so nothing was read.")
                             .arg(m_config.maxUsers));
        const QJsonObject user = users.at(index).toObject();
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString& column : columns) {
            const QJsonValue field = user.value(column);
            if (field.isNull() || field.isUndefined()) {
                cells << QString();
            } else if (field.isString()) {
                cells << field.toString();
            } else if (field.isBool()) {
                cells << (field.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else if (field.isArray()) {
                // businessPhones: the import takes the first of the numbers.
                QStringList items;
                for (const QJsonValue& item : field.toArray()) {
                    if (!item.isString())
                        return error(tr("a list entry is not text"), at + QLatin1Char('.') + column);
                    items << item.toString();
                }
                cells << items.join(QStringLiteral("; "));
            } else {
                return error(tr("neither text, true/false nor a list"), at + QLatin1Char('.') + column);
            }
        }
        m_table.rows.append(cells);
        m_table.lines.append(CsvTable::rowNumber(m_table.rows.size() - 1));
    }
    const QJsonValue link = object.value(QLatin1String("@odata.nextLink"));
    *next = QUrl();
    if (link.isUndefined() || link.isNull())
        return true;
    // Tolerant: a skip token in a form a strict parse refuses must not end the read; the origin check
    // below is what guards the token.
    const QUrl nextUrl(link.toString(), QUrl::TolerantMode);
    if (!link.isString() || !nextUrl.isValid() || nextUrl.isRelative())
        return error(tr("\"@odata.nextLink\" is not a URL."));
    if (!sameOrigin(nextUrl, m_config.graph) || !nextUrl.userInfo().isEmpty())
        return error(tr("Refusing to follow \"@odata.nextLink\" to %1: the sign-in travels with the request, "
                        "so only links to %2 are followed.")
                         .arg(nextUrl.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                              m_config.graph.toString(QUrl::RemovePath)),
                     {}, Error::Kind::Forbidden);
    if (page >= maxPages)
        return error(tr("Microsoft Graph's pages do not end (more than %L1).").arg(maxPages));
    *next = nextUrl;
    return true;
}

} // namespace sitekeeper
