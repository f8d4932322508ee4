// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "Changes.h"
#include "Op.h"
#include "ServerLogging.h"
#include "ServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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
    , m_authFailures(m_limits.authFailuresPerMinute / 60.0, m_limits.authFailuresPerMinute) {}

quint16 ApiServer::listen(const QHostAddress& address, quint16 port) {
    if (!m_http.listen(address, port))
        return 0;
    return m_http.serverPort();
}

QString ApiServer::statsLine() const {
    const HttpServer::Stats http = m_http.stats();
    return QStringLiteral("stats: requests=%1 queries=%2 auth_failures=%3 connections_accepted=%4 "
                          "connections_refused=%5 timed_out=%6 open=%7")
        .arg(m_requests)
        .arg(m_store.queryCount())
        .arg(m_authFailureCount)
        .arg(http.accepted)
        .arg(http.refused)
        .arg(http.timedOut)
        .arg(http.open);
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
    const auto found = m_store.tenantForToken(token);
    if (!found)
        return finish(request, unavailable());
    const std::optional<QString>& tenant = found.value();
    if (!tenant)
        return unauthorized();
    request.tenant = *tenant;
    request.token = token;
    const QByteArray key = tenant->toUtf8();
    if (const auto wait = m_opLimiter.take(key))
        return finish(request, tooMany(*wait, tr("Too many ops for this tenant; retry after the delay.")));
    if (const auto wait = m_byteLimiter.take(key, double(request.contentLength)))
        return finish(request, tooMany(*wait, tr("Too many bytes for this tenant; retry after the delay.")));
    return std::nullopt;
}

HttpResponse ApiServer::handle(HttpRequest& request) {
    return finish(request, route(request));
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
                                {QStringLiteral("timed_out"), http.timedOut}});
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
    if (path == QLatin1String("/v1/batch")) {
        if (method != "POST")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use POST."));
        return batch(tenant, request);
    }
    if (path == QLatin1String("/v1/changes")) {
        if (method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return changes(tenant, request);
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts.at(0) == QLatin1String("v1") &&
        protocol::entityNames().contains(parts.at(1))) {
        const QUuid id = QUuid::fromString(parts.at(2));
        if (!id.isNull()) {
            if (method == "GET")
                return getRecord(tenant, parts.at(1), id);
            if (method == "PATCH")
                return patchRecord(tenant, parts.at(1), id, request);
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET or PATCH."));
        }
    }
    return error(404, QStringLiteral("not_found"), tr("There is no such endpoint or record."));
}

ApiServer::Reply ApiServer::batch(const QString& tenant, const HttpRequest& request) {
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
    auto answers = m_store.applyBatch(tenant, ops);
    if (!answers) {
        if (answers.error().where == QLatin1String("quota"))
            return error(413, QStringLiteral("quota_exceeded"), answers.error().message);
        return unavailable();
    }
    QJsonArray list;
    for (const ServerStore::Answer& answer : answers.value())
        list.append(answer.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("results"), list}}, {}};
}

ApiServer::Reply ApiServer::changes(const QString& tenant, const HttpRequest& request) {
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
    auto page = m_store.changes(tenant, since, limit);
    if (!page)
        return unavailable();
    return Reply{200, page->toJson(), {}};
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

ApiServer::Reply ApiServer::patchRecord(const QString& tenant, const QString& entity, const QUuid& id,
                                        const HttpRequest& request) {
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
    auto answers = m_store.applyBatch(tenant, {op});
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
        break;
    }
    return getRecord(tenant, entity, id);
}

} // namespace sitekeeper::server
