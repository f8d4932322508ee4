// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendClient.h"

#include "HttpExchange.h"
#include "HttpStatus.h"
#include "Sealing.h"
#include "SyncLogging.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace sitekeeper {

namespace {

Error failure(const QString& message) {
    return Error{message, QString()};
}

// A connection that failed, timed out or was cut may work a moment later; a host name that does not
// resolve, an untrusted certificate or an answer that is not HTTP will not.
bool retryableOutcome(HttpExchange::Outcome outcome) {
    using Outcome = HttpExchange::Outcome;
    return outcome == Outcome::Refused || outcome == Outcome::Closed || outcome == Outcome::TimedOut ||
           outcome == Outcome::Failed;
}

bool retryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
}

} // namespace

BackendClient::BackendClient(QObject* parent)
    : QObject(parent) {}

BackendClient::~BackendClient() {
    cancel();
}

bool BackendClient::isLoopback(const QUrl& url) {
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> BackendClient::checkUrl(const QUrl& url) {
    // Credentials in the URL would be written to settings.ini and shown wherever the URL is; the
    // backend authenticates with the token, which lives in the keychain.
    if (!url.userInfo().isEmpty())
        return failure(tr("Refusing a backend URL with a user name or password in it (%1): it would be "
                          "stored in the settings and shown in messages. Give the URL without them, as "
                          "https://host[:port], and the token with --token-stdin.")
                           .arg(url.toString(QUrl::RemoveUserInfo)));
    if (!url.isValid() || url.host().isEmpty())
        return failure(tr("The backend URL \"%1\" is not valid; write it as https://host[:port].")
                           .arg(url.toString(QUrl::RemoveUserInfo)));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return failure(tr("Refusing plain HTTP to %1: the token and your data would travel unencrypted. Use "
                          "https:// (plain http:// is only for a backend on this machine).")
                           .arg(url.host()));
    }
    return failure(tr("The backend URL must start with https://, not %1.").arg(url.scheme()));
}

Result<void> BackendClient::configure(const Config& config) {
    m_configured = false;
    if (auto checked = checkUrl(config.baseUrl); !checked)
        return checked;
    if (config.token.isEmpty())
        return failure(tr("No backend token is set; run `backend login` first."));
    m_caCertificates.clear();
    if (!config.caFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            return failure(tr("The CA file %1 holds no PEM certificate.").arg(config.caFile));
    }
    m_config = config;
    m_configured = true;
    return {};
}

void BackendClient::cancel() {
    ++m_generation;
    // Each aborted exchange calls back (with "cancelled") before the next is aborted; one that a
    // callback starts meanwhile is of the new generation and stays.
    QList<QPointer<HttpExchange>> exchanges;
    for (HttpExchange* exchange : findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly))
        exchanges.append(exchange);
    for (const QPointer<HttpExchange>& exchange : exchanges)
        if (exchange)
            exchange->abort();
}

void BackendClient::send(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
                         std::function<void(Result<Answer>)> done) {
    send(verb, path, body, attempt, m_config.timeout, std::move(done));
}

void BackendClient::send(const QByteArray& verb, const QString& path, const QByteArray& body, int attempt,
                         std::chrono::milliseconds timeout, std::function<void(Result<Answer>)> done) {
    if (!m_configured) {
        done(failure(tr("The backend is not set up; run `backend login --url URL --token-stdin`.")));
        return;
    }
    QUrl url = m_config.baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));

    HttpExchange::Request request;
    request.verb = verb;
    request.url = url;
    request.headers = {{"Authorization", "Bearer " + m_config.token}, {"Accept", "application/json"}};
    if (!body.isEmpty())
        request.headers.append(HttpExchange::Header("Content-Type", "application/json"));
    request.body = body;
    request.timeout = timeout;
    // The body is taken as it arrives and counted: a reply growing past the cap ends there, so a
    // faulty or hostile server cannot make this desktop buffer gigabytes.
    request.maxBodyBytes = m_config.maxReplyBytes;
    request.extraCaCertificates = m_caCertificates;
    const qint64 cap = m_config.maxReplyBytes;
    const quint64 generation = m_generation;
    HttpExchange::start(std::move(request), this, [=, this](const HttpExchange::Response& reply) {
        if (generation != m_generation) {
            done(failure(tr("Sync was cancelled.")));
            return;
        }
        using Outcome = HttpExchange::Outcome;
        if (reply.outcome == Outcome::TooLarge) {
            done(failure(tr("The backend's answer to %1 %2 was larger than %3 MiB, the most this client "
                            "accepts, and was cut off there. Is %4 a Sitekeeper backend? Ask its "
                            "administrator to check it.")
                             .arg(QString::fromLatin1(verb), path.left(path.indexOf(QLatin1Char('?'))))
                             .arg(cap / (1024 * 1024))
                             .arg(m_config.baseUrl.host())));
            return;
        }
        if (reply.outcome == Outcome::Untrusted) {
            Error untrusted =
                failure(tr("The backend at %1 is not trusted (%2). Check the URL's host name, or "
                           "give the CA file of a private certificate authority.")
                            .arg(m_config.baseUrl.host(), reply.errorString));
            // Sign-in screens tell a certificate to trust apart from a server that is down.
            untrusted.where = QStringLiteral("tls");
            untrusted.kind = Error::Kind::Unavailable;
            done(untrusted);
            return;
        }
        if (reply.outcome != Outcome::Answered) {
            Error problem = failure(
                tr("Cannot reach the backend at %1: %2").arg(m_config.baseUrl.toString(), reply.errorString));
            problem.kind = Error::Kind::Unavailable;
            if (retryableOutcome(reply.outcome))
                retryOrFail(verb, path, body, attempt, timeout, std::nullopt, problem, done);
            else
                done(problem);
            return;
        }
        const int status = reply.status;
        const auto retryAfter =
            Backoff::parseRetryAfter(reply.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        if (status >= 200 && status < 300) {
            done(Answer{status, json, reply.header("X-Sitekeeper-Wait") == "1"});
            return;
        }
        const protocol::ApiError apiError = protocol::ApiError::fromJson(json);
        Error problem =
            failure(tr("The backend answered %1: %2")
                        .arg(status)
                        .arg(apiError.message.isEmpty() ? QString::fromLatin1(protocol::reasonPhrase(status))
                                                        : apiError.message));
        // 401: the token is unknown, revoked or expired; 403: the member's role does not allow it.
        if (status == 401 || status == 403)
            problem.kind = Error::Kind::Forbidden;
        else if (status == 404)
            problem.kind = Error::Kind::NotFound;
        if (retryableStatus(status))
            retryOrFail(verb, path, body, attempt, timeout, retryAfter, problem, done);
        else
            done(problem);
    });
}

void BackendClient::retryOrFail(const QByteArray& verb, const QString& path, const QByteArray& body,
                                int attempt, std::chrono::milliseconds timeout,
                                std::optional<Backoff::Ms> retryAfter, const Error& error,
                                const std::function<void(Result<Answer>)>& done) {
    if (retryAfter && *retryAfter > Backoff::maxRetryAfter) {
        // A server asking for a day (or a billion seconds) is broken or hostile; a sync that sleeps
        // that long looks hung. Give up now and say so.
        const qint64 minutes = retryAfter->count() / 60'000;
        done(failure(tr("%1 The backend asked to wait %2 minutes before trying again, longer than the %3 "
                        "minutes this client waits; sync stopped. Try again later.")
                         .arg(error.message)
                         .arg(minutes)
                         .arg(Backoff::maxRetryAfter.count() / 60'000)));
        return;
    }
    const auto delay = m_config.backoff.delay(attempt, *QRandomGenerator::global(), retryAfter);
    if (!delay) {
        done(error);
        return;
    }
    qCInfo(lcSync) << "retrying" << path << "in" << delay->count() << "ms after:" << error.message;
    const quint64 generation = m_generation;
    QTimer::singleShot(*delay, this, [=, this] {
        if (generation != m_generation) {
            done(failure(tr("Sync was cancelled.")));
            return;
        }
        send(verb, path, body, attempt + 1, timeout, done);
    });
}

void BackendClient::postBatch(const QList<protocol::Op>& ops, Done<QList<protocol::OpResult>> done) {
    QJsonArray list;
    for (const protocol::Op& op : ops)
        list.append(op.toJson());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("ops"), list}}).toJson(QJsonDocument::Compact);
    const qsizetype expected = ops.size();
    send("POST", QStringLiteral("/v1/batch"), body, 0, [done, expected](Result<Answer> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        const QJsonArray results = answer->body.value(QStringLiteral("results")).toArray();
        if (results.size() != expected) {
            done(
                failure(tr("The backend answered %1 results for %2 ops.").arg(results.size()).arg(expected)));
            return;
        }
        QList<protocol::OpResult> decoded;
        decoded.reserve(results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            auto result = protocol::OpResult::fromJson(results.at(i).toObject(),
                                                       QStringLiteral("$.results[%1]").arg(i));
            if (!result) {
                done(result.error());
                return;
            }
            decoded.append(result.value());
        }
        done(decoded);
    });
}

void BackendClient::fetchRecord(const QString& entity, const QUuid& id, Done<Record> done) {
    const QString idText = id.toString(QUuid::WithoutBraces);
    send("GET", QStringLiteral("/v1/%1/%2").arg(entity, idText), {}, 0,
         [done, entity, idText](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             const QJsonValue fields = answer->body.value(QStringLiteral("fields"));
             const QJsonValue revision = answer->body.value(QStringLiteral("revision"));
             if (!fields.isObject() || !revision.isDouble() || revision.toDouble() < 1) {
                 done(failure(tr("The backend's answer for %1 %2 has no fields object or no revision of 1 "
                                 "or more; ask the backend's administrator to check it.")
                                  .arg(entity, idText)));
                 return;
             }
             done(Record{fields.toObject(), revision.toInteger()});
         });
}

void BackendClient::fetchChanges(const QString& since, int limit, int waitSeconds,
                                 Done<protocol::ChangePage> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), since.isEmpty() ? QStringLiteral("0") : since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    waitSeconds = std::clamp(waitSeconds, 0, 60);
    if (waitSeconds > 0)
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    const std::chrono::milliseconds timeout =
        waitSeconds > 0 ? std::chrono::milliseconds(std::chrono::seconds(waitSeconds + 30))
                        : m_config.timeout;
    send("GET", QStringLiteral("/v1/changes?") + query.toString(QUrl::FullyEncoded), {}, 0, timeout,
         [this, done, limit](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             m_serverWaits = answer->waits;
             auto page = protocol::ChangePage::fromJson(answer->body);
             if (page && page->changes.size() > limit) {
                 done(failure(tr("The backend sent %1 changes for a page of at most %2; pull stopped.")
                                  .arg(page->changes.size())
                                  .arg(limit)));
                 return;
             }
             done(std::move(page));
         });
}

void BackendClient::fetchAudit(const AuditQuery& request, Done<protocol::AuditPage> done) {
    QUrlQuery query;
    if (!request.entity.isEmpty())
        query.addQueryItem(QStringLiteral("entity"), request.entity);
    if (!request.id.isNull())
        query.addQueryItem(QStringLiteral("id"), request.id.toString(QUuid::WithoutBraces));
    if (!request.since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), request.since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    send("GET", QStringLiteral("/v1/audit?") + query.toString(QUrl::FullyEncoded), {}, 0,
         [done](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             done(protocol::AuditPage::fromJson(answer->body));
         });
}

void BackendClient::sendPresence(const QByteArray& verb, const QString& entity, const QUuid& id,
                                 Done<void> done) {
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("entity"), entity},
                                  {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}})
            .toJson(QJsonDocument::Compact);
    send(verb, QStringLiteral("/v1/presence"), body, 0, [done](Result<Answer> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done({});
    });
}

void BackendClient::putPresence(const QString& entity, const QUuid& id, Done<void> done) {
    sendPresence("PUT", entity, id, std::move(done));
}

void BackendClient::deletePresence(const QString& entity, const QUuid& id, Done<void> done) {
    sendPresence("DELETE", entity, id, std::move(done));
}

void BackendClient::fetchPresence(const QString& entity, const QUuid& id,
                                  Done<QList<protocol::Presence>> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("entity"), entity);
    query.addQueryItem(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    send("GET", QStringLiteral("/v1/presence?") + query.toString(QUrl::FullyEncoded), {}, 0,
         [done](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             auto list = protocol::PresenceList::fromJson(answer->body);
             if (!list) {
                 done(list.error());
                 return;
             }
             done(list->members);
         });
}

void BackendClient::fetchMe(Done<protocol::Me> done) {
    send("GET", QStringLiteral("/v1/me"), {}, 0, [done](Result<Answer> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(protocol::Me::fromJson(answer->body));
    });
}

void BackendClient::fetchKeys(Done<protocol::KeyDirectory> done) {
    send("GET", QStringLiteral("/v1/keys"), {}, 0, [done](Result<Answer> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(protocol::KeyDirectory::fromJson(answer->body));
    });
}

void BackendClient::putMyKey(const QByteArray& publicKey, Done<void> done) {
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("public_key"), protocol::sealing::encodeKey(publicKey)}})
            .toJson(QJsonDocument::Compact);
    send("PUT", QStringLiteral("/v1/keys/me"), body, 0, [done](Result<Answer> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done({});
    });
}

void BackendClient::fetchAccess(const QUuid& credentialId, Done<protocol::AccessList> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("credential"), credentialId.toString(QUuid::WithoutBraces));
    send("GET", QStringLiteral("/v1/access?") + query.toString(QUrl::FullyEncoded), {}, 0,
         [done](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             done(protocol::AccessList::fromJson(answer->body));
         });
}

} // namespace sitekeeper
