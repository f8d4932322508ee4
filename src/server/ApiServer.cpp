// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "Changes.h"
#include "Op.h"
#include "Sealing.h"
#include "ServerLogging.h"
#include "ServerStore.h"
#include "Team.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace sitekeeper::server {

using protocol::Op;
using protocol::OpResult;

namespace {

QByteArray etagOf(qint64 revision) {
    return '"' + QByteArray::number(revision) + '"';
}

std::optional<qint64> parseEtag(QByteArray value) {
    value = value.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 revision = value.toLongLong(&ok);
    if (!ok || revision < 0)
        return std::nullopt;
    return revision;
}

QJsonObject recordJson(const QString& entity, const QUuid& id, const ServerStore::Record& record) {
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("revision"), record.revision},
                       {QStringLiteral("fields"), record.fields}};
}

// Tokens `tenant add` makes: "skt_" and 43 base64url characters. Anything else is wrong without
// asking the database.
bool plausibleToken(const QByteArray& token) {
    if (token.size() != 47 || !token.startsWith("skt_"))
        return false;
    for (qsizetype i = 4; i < token.size(); ++i) {
        const char c = token.at(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_'))
            return false;
    }
    return true;
}

} // namespace

ApiServer::ApiServer(ServerStore& store, Limits limits, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_limits(std::move(limits))
    , m_http(*this, m_limits.http, this)
    , m_opLimiter(m_limits.opsPerSecond, std::max(2 * m_limits.opsPerSecond, 1.0))
    , m_byteLimiter(m_limits.bytesPerSecond,
                    std::max(2 * m_limits.bytesPerSecond, 2.0 * double(m_limits.http.maxBodyBytes)))
    , m_addressLimiter(m_limits.addressRequestsPerSecond, 2 * m_limits.addressRequestsPerSecond)
    , m_authFailures(m_limits.authFailuresPerMinute / 60.0, m_limits.authFailuresPerMinute) {
    // Another instance on the same PostgreSQL committed changes: its tenant's waiters here look again.
    m_store.listenForChanges(this, [this](const QString& tenant) { feedMoved(tenant); });
}

ApiServer::~ApiServer() {
    // The connections go with m_http after this: they must not call back into a half-destroyed server.
    for (auto& [id, waiter] : m_waiters) {
        if (waiter.connection)
            waiter.connection->disconnect(this);
    }
    m_waiters.clear();
}

quint16 ApiServer::listen(const QHostAddress& address, quint16 port) {
    if (!m_http.listen(address, port))
        return 0;
    return m_http.serverPort();
}

QString ApiServer::statsLine() const {
    const HttpServer::Stats http = m_http.stats();
    return QStringLiteral("stats: requests=%1 queries=%2 auth_failures=%3 connections_accepted=%4 "
                          "connections_refused=%5 timed_out=%6 open=%7 waiting=%8 waits_answered=%9")
        .arg(m_requests)
        .arg(m_store.queryCount())
        .arg(m_authFailureCount)
        .arg(http.accepted)
        .arg(http.refused)
        .arg(http.timedOut)
        .arg(http.open)
        .arg(m_waiters.size())
        .arg(m_waitsAnswered);
}

ApiServer::Reply ApiServer::error(int status, const QString& code, const QString& message,
                                  const QJsonObject& fields) {
    return Reply{status, protocol::ApiError{code, message, fields}.toJson(), {}};
}

ApiServer::Reply ApiServer::unavailable() {
    // What failed is in the server's log; clients learn only that they may retry.
    Reply reply = error(503, QStringLiteral("unavailable"),
                        tr("The server cannot reach its database just now; retry later."));
    reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
    return reply;
}

ApiServer::Reply ApiServer::tooMany(int wait, const QString& message) {
    Reply reply = error(429, QStringLiteral("rate_limited"), message);
    reply.headers.append({QByteArray("Retry-After"), QByteArray::number(wait)});
    return reply;
}

HttpResponse ApiServer::finish(const HttpRequest& request, const Reply& reply) {
    HttpResponse response{reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                          reply.headers};
    if (!m_limits.recordDir.isEmpty()) {
        // One file per answer, for the contract test that checks them against openapi.yaml.
        // Written whole or not at all: a test may kill the server at any moment.
        QSaveFile file(QDir(m_limits.recordDir)
                           .filePath(QStringLiteral("%1-%2.json")
                                         .arg(QCoreApplication::applicationPid())
                                         .arg(++m_recorded, 6, 10, QLatin1Char('0'))));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                QJsonDocument(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                          {QStringLiteral("path"), request.url.path()},
                                          {QStringLiteral("status"), reply.status},
                                          {QStringLiteral("body"), reply.body}})
                    .toJson(QJsonDocument::Compact));
            file.commit();
        }
    }
    return response;
}

std::optional<HttpResponse> ApiServer::headersReceived(HttpRequest& request) {
    ++m_requests;
    const QByteArray client = request.client.toUtf8();
    if (const auto wait = m_addressLimiter.take(client))
        return finish(request,
                      tooMany(*wait, tr("Too many requests from this address; retry after the delay.")));
    if (request.contentLength > m_limits.http.maxBodyBytes) {
        return finish(request, error(413, QStringLiteral("too_large"),
                                     tr("The request body is larger than %1 bytes; send fewer ops per batch.")
                                         .arg(m_limits.http.maxBodyBytes)));
    }
    if (request.url.path() == QLatin1String("/v1/health"))
        return std::nullopt;

    auto unauthorized = [&] {
        ++m_authFailureCount;
        m_authFailures.charge(client, 1);
        Reply reply =
            error(401, QStringLiteral("unauthorized"),
                  tr("A valid bearer token is needed. Ask the server's operator for one (tenant add)."));
        reply.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
        return finish(request, reply);
    };
    // An address that keeps sending wrong tokens is turned away before the database is asked.
    if (const auto wait = m_authFailures.blocked(client)) {
        return finish(request,
                      tooMany(*wait, tr("Too many wrong tokens from this address; retry after the delay.")));
    }
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Bearer "))
        return unauthorized();
    const QByteArray token = authorization.mid(7).trimmed();
    if (!plausibleToken(token))
        return unauthorized();
    const auto found = m_store.callerForToken(token);
    if (!found)
        return finish(request, unavailable());
    const std::optional<ServerStore::Caller>& caller = found.value();
    if (!caller)
        return unauthorized();
    request.tenant = caller->tenant;
    request.tenantName = caller->tenantName;
    request.memberId = caller->memberId;
    request.memberName = caller->memberName;
    request.memberEmail = caller->memberEmail;
    request.role = caller->role;
    request.token = token;
    const QByteArray key = caller->tenant.toUtf8();
    if (const auto wait = m_opLimiter.take(key))
        return finish(request, tooMany(*wait, tr("Too many ops for this tenant; retry after the delay.")));
    if (const auto wait = m_byteLimiter.take(key, double(request.contentLength)))
        return finish(request, tooMany(*wait, tr("Too many bytes for this tenant; retry after the delay.")));
    return std::nullopt;
}

HttpResponse ApiServer::handle(HttpRequest& request) {
    if (request.url.path() == QLatin1String("/v1/changes") && request.method == "GET") {
        bool deferred = false;
        Reply reply = changes(request.tenant, request, deferred);
        if (deferred) {
            HttpResponse parked;
            parked.deferred = true;
            return parked;
        }
        return finish(request, reply);
    }
    return finish(request, route(request));
}

ServerStore::Caller ApiServer::callerOf(const HttpRequest& request) {
    return ServerStore::Caller{request.tenant,     request.tenantName,  request.memberId,
                               request.memberName, request.memberEmail, request.role};
}

ApiServer::Reply ApiServer::forbidden(protocol::Role needed, protocol::Role have) {
    return error(403, QStringLiteral("forbidden"), protocol::forbiddenMessage(needed, have));
}

ApiServer::Reply ApiServer::health() const {
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("version"), QStringLiteral(SITEKEEPER_VERSION)}};
    if (m_limits.stats) {
        const HttpServer::Stats http = m_http.stats();
        body.insert(QStringLiteral("stats"),
                    QJsonObject{{QStringLiteral("requests"), m_requests},
                                {QStringLiteral("queries"), qint64(m_store.queryCount())},
                                {QStringLiteral("auth_failures"), m_authFailureCount},
                                {QStringLiteral("connections_open"), http.open},
                                {QStringLiteral("connections_refused"), http.refused},
                                {QStringLiteral("timed_out"), http.timedOut},
                                {QStringLiteral("waiting"), qint64(m_waiters.size())},
                                {QStringLiteral("waits_answered"), m_waitsAnswered}});
    }
    return Reply{200, body, {}};
}

ApiServer::Reply ApiServer::route(HttpRequest& request) {
    const QString path = request.url.path();
    const QByteArray& method = request.method;
    if (path == QLatin1String("/v1/health")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return health();
    }
    const QString& tenant = request.tenant;
    const ServerStore::Caller caller = callerOf(request);
    if (path == QLatin1String("/v1/batch")) {
        if (method != "POST")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use POST."));
        return batch(caller, request);
    }
    if (path == QLatin1String("/v1/changes")) // GET is served by handle()
        return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
    if (path == QLatin1String("/v1/me")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return me(caller);
    }
    if (path == QLatin1String("/v1/members")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return members(caller);
    }
    if (path == QLatin1String("/v1/audit")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return audit(caller, request);
    }
    if (path == QLatin1String("/v1/presence")) {
        if (method != "GET" && method != "PUT" && method != "DELETE")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET, PUT or DELETE."));
        return presence(caller, request);
    }
    if (path == QLatin1String("/v1/keys")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return keys(caller);
    }
    if (path == QLatin1String("/v1/keys/me")) {
        if (method != "PUT")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use PUT."));
        return putKey(caller, request);
    }
    if (path == QLatin1String("/v1/access")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return access(caller, request);
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts.at(0) == QLatin1String("v1") &&
        protocol::entityNames().contains(parts.at(1))) {
        const QUuid id = QUuid::fromString(parts.at(2));
        if (!id.isNull()) {
            if (method == "GET")
                return getRecord(tenant, parts.at(1), id);
            if (method == "PATCH")
                return patchRecord(caller, parts.at(1), id, request);
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET or PATCH."));
        }
    }
    return error(404, QStringLiteral("not_found"), tr("There is no such endpoint or record."));
}

ApiServer::Reply ApiServer::batch(const ServerStore::Caller& caller, const HttpRequest& request) {
    const QString& tenant = caller.tenant;
    // A viewer changes nothing: the whole request is refused before its body is looked at.
    if (!protocol::allows(caller.role, protocol::reviewRole))
        return forbidden(protocol::reviewRole, caller.role);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("ops")).isArray())
        return error(400, QStringLiteral("bad_request"),
                     tr("The body must be a JSON object {\"ops\": [...]}."));
    const QJsonArray array = document.object().value(QStringLiteral("ops")).toArray();
    if (array.size() > m_limits.maxOpsPerBatch) {
        return error(413, QStringLiteral("too_large"),
                     tr("A batch holds at most %1 ops.").arg(m_limits.maxOpsPerBatch));
    }
    // The request took one unit on its headers; the rest of its ops are owed now.
    m_opLimiter.charge(tenant.toUtf8(), double(array.size()) - 1);
    QList<Op> ops;
    ops.reserve(array.size());
    QJsonObject fieldErrors;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto op = Op::fromJson(array.at(i).toObject(), QStringLiteral("$.ops[%1]").arg(i));
        if (!op)
            fieldErrors.insert(op.error().where, op.error().message);
        else
            ops.append(op.value());
    }
    if (!fieldErrors.isEmpty())
        return error(400, QStringLiteral("bad_request"), tr("Some ops are malformed."), fieldErrors);
    auto answers = m_store.applyBatch(caller, ops);
    if (!answers) {
        if (answers.error().where == QLatin1String("quota"))
            return error(413, QStringLiteral("quota_exceeded"), answers.error().message);
        return unavailable();
    }
    QJsonArray list;
    bool applied = false;
    for (const ServerStore::Answer& answer : answers.value()) {
        list.append(answer.toJson());
        applied = applied || answer.result.status == OpResult::Status::Applied;
    }
    if (applied) // after this answer is on its way
        QTimer::singleShot(0, this, [this, tenant] { feedMoved(tenant); });
    return Reply{200, QJsonObject{{QStringLiteral("results"), list}}, {}};
}

ApiServer::Reply ApiServer::changesReply(const protocol::ChangePage& page) {
    Reply reply{200, page.toJson(), {}};
    // Clients that see this wait with `wait`; without it they poll.
    reply.headers.append({QByteArray("X-Sitekeeper-Wait"), QByteArray("1")});
    return reply;
}

ApiServer::Reply ApiServer::changes(const QString& tenant, HttpRequest& request, bool& deferred) {
    const QUrlQuery query = request.query();
    bool ok = true;
    const QString sinceText = query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return error(400, QStringLiteral("bad_request"), tr("since must be a cursor from an earlier page."),
                     QJsonObject{{QStringLiteral("since"), tr("not a cursor")}});
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    int limit = limitText.isEmpty() ? 500 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return error(400, QStringLiteral("bad_request"), tr("limit must be a whole number of 1 or more."),
                     QJsonObject{{QStringLiteral("limit"), tr("not a positive number")}});
    limit = std::min(limit, m_limits.maxChangesPerPage);
    const QString waitText = query.queryItemValue(QStringLiteral("wait"));
    const qint64 wait = waitText.isEmpty() ? 0 : waitText.toLongLong(&ok);
    if (!ok || wait < 0)
        return error(400, QStringLiteral("bad_request"),
                     tr("wait must be a whole number of seconds from 0 to %1.").arg(m_limits.maxWaitSeconds),
                     QJsonObject{{QStringLiteral("wait"), tr("not a number of seconds")}});
    auto page = m_store.changes(tenant, since, limit);
    if (!page)
        return unavailable();
    const int seconds = int(std::min<qint64>(wait, m_limits.maxWaitSeconds));
    if (!page->changes.isEmpty() || seconds == 0 || !request.connection)
        return changesReply(*page);

    // Nothing yet: the request is parked until the feed moves or its time is up. How many may wait is
    // bounded per tenant and per address (each holds a connection, not a thread or a query).
    int perTenant = 0;
    int perAddress = 0;
    for (const auto& [id, waiter] : m_waiters) {
        perTenant += waiter.tenant == tenant ? 1 : 0;
        perAddress += waiter.client == request.client ? 1 : 0;
    }
    if (perTenant >= m_limits.maxWaitingPerTenant || perAddress >= m_limits.maxWaitingPerAddress)
        return tooMany(5, tr("Too many requests are waiting for changes already; poll without wait, or "
                             "retry after the delay."));
    const quint64 id = ++m_nextWaiter;
    Waiter waiter;
    waiter.connection = request.connection;
    waiter.request = request;
    waiter.request.body.clear();
    waiter.tenant = tenant;
    waiter.client = request.client;
    waiter.since = since;
    waiter.limit = limit;
    waiter.timer = new QTimer(this);
    waiter.timer->setSingleShot(true);
    connect(waiter.timer, &QTimer::timeout, this, [this, id] { answerWaiter(id); });
    waiter.timer->start(std::chrono::seconds(seconds));
    // A client that goes away while it waits is forgotten with its connection.
    connect(request.connection, &QObject::destroyed, this, [this, id] { dropWaiter(id); });
    m_waiters.emplace(id, std::move(waiter));
    deferred = true;
    return {};
}

void ApiServer::feedMoved(const QString& tenant) {
    QList<quint64> due;
    for (const auto& [id, waiter] : m_waiters) {
        if (waiter.tenant == tenant)
            due.append(id);
    }
    // Waiters at the same cursor share one look at the feed.
    QHash<qint64, bool> moved;
    for (const quint64 id : std::as_const(due)) {
        const auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            continue;
        const qint64 since = it->second.since;
        if (!moved.contains(since)) {
            auto page = m_store.changes(tenant, since, 1);
            moved.insert(since, !page || !page->changes.isEmpty());
        }
        if (moved.value(since))
            answerWaiter(id);
    }
}

void ApiServer::answerWaiter(quint64 id) {
    const auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    Waiter waiter = std::move(it->second);
    m_waiters.erase(it);
    delete waiter.timer;
    if (!waiter.connection)
        return;
    waiter.connection->disconnect(this);
    ++m_waitsAnswered;
    auto page = m_store.changes(waiter.tenant, waiter.since, waiter.limit);
    const Reply reply = page ? changesReply(*page) : unavailable();
    waiter.connection->answerParked(finish(waiter.request, reply));
}

void ApiServer::dropWaiter(quint64 id) {
    const auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    delete it->second.timer;
    m_waiters.erase(it);
}

ApiServer::Reply ApiServer::me(const ServerStore::Caller& caller) const {
    const protocol::Me me{
        protocol::Member{caller.memberId, caller.memberName, caller.memberEmail, caller.role, {}, {}, false},
        caller.tenantName};
    return Reply{200, me.toJson(), {}};
}

ApiServer::Reply ApiServer::members(const ServerStore::Caller& caller) {
    if (!protocol::allows(caller.role, protocol::memberRole))
        return forbidden(protocol::memberRole, caller.role);
    auto list = m_store.membersOf(caller.tenant);
    if (!list)
        return unavailable();
    return Reply{200, protocol::MemberList{*list}.toJson(), {}};
}

ApiServer::Reply ApiServer::audit(const ServerStore::Caller& caller, const HttpRequest& request) {
    if (!protocol::allows(caller.role, protocol::auditRole))
        return forbidden(protocol::auditRole, caller.role);
    const QUrlQuery query = request.query();
    bool ok = true;
    const QString sinceText = query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return error(400, QStringLiteral("bad_request"), tr("since must be a cursor from an earlier page."),
                     QJsonObject{{QStringLiteral("since"), tr("not a cursor")}});
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return error(400, QStringLiteral("bad_request"), tr("limit must be a whole number of 1 or more."),
                     QJsonObject{{QStringLiteral("limit"), tr("not a positive number")}});
    limit = std::min(limit, m_limits.maxChangesPerPage);
    const QString entity = query.queryItemValue(QStringLiteral("entity"));
    if (!entity.isEmpty() && !protocol::entityNames().contains(entity) && entity != QLatin1String("member") &&
        entity != QLatin1String("tenant"))
        return error(400, QStringLiteral("bad_request"),
                     tr("entity must be an entity name, member or tenant."),
                     QJsonObject{{QStringLiteral("entity"), tr("not an entity")}});
    const QString idText = query.queryItemValue(QStringLiteral("id"));
    const QUuid id = QUuid::fromString(idText);
    if (!idText.isEmpty() && id.isNull())
        return error(400, QStringLiteral("bad_request"), tr("id must be a UUID."),
                     QJsonObject{{QStringLiteral("id"), tr("not a UUID")}});
    auto page = m_store.auditPage(caller.tenant, entity, id, since, limit);
    if (!page)
        return unavailable();
    return Reply{200, page->toJson(), {}};
}

ApiServer::Reply ApiServer::presence(const ServerStore::Caller& caller, const HttpRequest& request) {
    QString entity;
    QString idText;
    if (request.method == "GET") {
        const QUrlQuery query = request.query();
        entity = query.queryItemValue(QStringLiteral("entity"));
        idText = query.queryItemValue(QStringLiteral("id"));
    } else {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        entity = body.value(QStringLiteral("entity")).toString();
        idText = body.value(QStringLiteral("id")).toString();
    }
    const QUuid id = QUuid::fromString(idText);
    if (!protocol::entityNames().contains(entity) || id.isNull())
        return error(400, QStringLiteral("bad_request"),
                     tr("Name the record: an entity and its id (a UUID)."));
    if (request.method == "GET") {
        auto list = m_store.presence(caller, entity, id);
        if (!list)
            return unavailable();
        return Reply{200, list->toJson(), {}};
    }
    if (request.method == "DELETE") {
        if (!m_store.deletePresence(caller, entity, id))
            return unavailable();
        return Reply{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}, {}};
    }
    auto put = m_store.putPresence(caller, entity, id,
                                   QDateTime::currentDateTimeUtc().addSecs(m_limits.presenceSeconds));
    if (!put)
        return unavailable();
    if (!*put)
        return tooMany(m_limits.presenceSeconds, tr("This member has too many records open at once."));
    return Reply{200,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("expires_in"), m_limits.presenceSeconds}},
                 {}};
}

ApiServer::Reply ApiServer::keys(const ServerStore::Caller& caller) {
    // Every role seals (or at least may be sealed for): the directory is for all of them.
    auto directory = m_store.keyDirectory(caller.tenant);
    if (!directory)
        return unavailable();
    return Reply{200, directory->toJson(), {}};
}

ApiServer::Reply ApiServer::putKey(const ServerStore::Caller& caller, const HttpRequest& request) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return error(400, QStringLiteral("bad_request"), tr("The body must be {\"public_key\": \"...\"}."));
    const QJsonValue text = document.object().value(QStringLiteral("public_key"));
    const QByteArray key = text.isString() ? protocol::sealing::decodeKey(text.toString()) : QByteArray();
    if (key.isEmpty())
        return error(400, QStringLiteral("invalid"), tr("Some fields need correcting."),
                     QJsonObject{{QStringLiteral("public_key"),
                                  tr("must be an X25519 public key: 32 bytes in base64")}});
    auto registered = m_store.setPublicKey(caller, key);
    if (!registered)
        return unavailable();
    return Reply{200, QJsonObject{{QStringLiteral("member"), registered->toJson()}}, {}};
}

ApiServer::Reply ApiServer::access(const ServerStore::Caller& caller, const HttpRequest& request) {
    const QString idText = request.query().queryItemValue(QStringLiteral("credential"));
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull())
        return error(400, QStringLiteral("bad_request"), tr("credential must be a credential's id (a UUID)."),
                     QJsonObject{{QStringLiteral("credential"), tr("not a UUID")}});
    constexpr int maxEntries = 1000;
    auto list = m_store.accessList(caller.tenant, id, maxEntries);
    if (!list)
        return unavailable();
    if (!list.value())
        return error(404, QStringLiteral("not_found"), tr("There is no such credential."));
    return Reply{200, list.value()->toJson(), {}};
}

ApiServer::Reply ApiServer::getRecord(const QString& tenant, const QString& entity, const QUuid& id) {
    auto record = m_store.record(tenant, entity, id);
    if (!record)
        return unavailable();
    if (!record.value() || record.value()->deleted)
        return error(404, QStringLiteral("not_found"), tr("There is no such record."));
    Reply reply{200, recordJson(entity, id, *record.value()), {}};
    reply.headers.append({QByteArray("ETag"), etagOf(record.value()->revision)});
    return reply;
}

ApiServer::Reply ApiServer::patchRecord(const ServerStore::Caller& caller, const QString& entity,
                                        const QUuid& id, const HttpRequest& request) {
    const QString& tenant = caller.tenant;
    auto existing = m_store.record(tenant, entity, id);
    if (!existing)
        return unavailable();
    if (!existing.value() || existing.value()->deleted)
        return error(404, QStringLiteral("not_found"), tr("There is no such record."));
    const QByteArray ifMatch = request.value("If-Match");
    if (ifMatch.isEmpty())
        return error(428, QStringLiteral("precondition_required"),
                     tr("Send If-Match with the record's ETag."));
    const auto base = parseEtag(ifMatch);
    if (!base)
        return error(400, QStringLiteral("bad_request"), tr("If-Match must be an ETag from GET."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !document.object().value(QStringLiteral("fields")).isObject())
        return error(400, QStringLiteral("bad_request"), tr("The body must be {\"fields\": {...}}."));

    Op op;
    op.opId = QUuid::createUuid();
    op.entity = entity;
    op.id = id;
    op.action = Op::Action::Patch;
    op.baseRevision = *base;
    op.fields = document.object().value(QStringLiteral("fields")).toObject();
    op.fields.remove(QStringLiteral("id"));
    if (const protocol::Role needed = protocol::neededRole(op); !protocol::allows(caller.role, needed))
        return forbidden(needed, caller.role);
    auto answers = m_store.applyBatch(caller, {op});
    if (!answers) {
        if (answers.error().where == QLatin1String("quota"))
            return error(413, QStringLiteral("quota_exceeded"), answers.error().message);
        return unavailable();
    }
    const OpResult& result = answers->constFirst().result;
    switch (result.status) {
    case OpResult::Status::Conflict:
        return error(412, QStringLiteral("stale"),
                     tr("The record changed since that ETag; GET it again and reapply the change."));
    case OpResult::Status::Rejected: {
        if (result.code == QLatin1String("not_found"))
            return error(404, QStringLiteral("not_found"), tr("There is no such record."));
        QJsonObject fields;
        for (const QString& line : result.errors) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            fields.insert(line.left(colon), line.mid(colon + 2));
        }
        return error(400, QStringLiteral("invalid"), tr("Some fields need correcting."), fields);
    }
    case OpResult::Status::Applied:
        QTimer::singleShot(0, this, [this, tenant] { feedMoved(tenant); });
        break;
    }
    return getRecord(tenant, entity, id);
}

} // namespace sitekeeper::server
