// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "Changes.h"
#include "Op.h"
#include "ServerLogging.h"
#include "ServerStore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

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

} // namespace

ApiServer::ApiServer(ServerStore& store, Limits limits, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_limits(limits)
    , m_rateLimiter(limits.requestsPerSecond, limits.burst) {}

ApiServer::Reply ApiServer::error(int status, const QString& code, const QString& message,
                                  const QJsonObject& fields) {
    return Reply{status, protocol::ApiError{code, message, fields}.toJson(), {}};
}

void ApiServer::send(QHttpServerResponder& responder, const Reply& reply) {
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    // The responder writes the status line and headers apart from the body; with Nagle's algorithm
    // the body then waits for the client's delayed ACK, up to 40 ms a request on Linux.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, route(request));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, error(404, QStringLiteral("not_found"), tr("There is no such endpoint.")));
}

ApiServer::Reply ApiServer::route(const QHttpServerRequest& request) {
    const QString path = request.url().path();
    const auto method = request.method();
    using Method = QHttpServerRequest::Method;
    if (path == QLatin1String("/v1/health")) {
        if (method != Method::Get)
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return Reply{200,
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("version"), QStringLiteral(SITEKEEPER_VERSION)}},
                     {}};
    }

    const QByteArray authorization = request.value("Authorization");
    std::optional<QString> tenant;
    QByteArray token;
    if (authorization.startsWith("Bearer ")) {
        token = authorization.mid(7).trimmed();
        tenant = m_store.tenantForToken(token);
    }
    if (!tenant) {
        Reply reply =
            error(401, QStringLiteral("unauthorized"),
                  tr("A valid bearer token is needed. Ask the server's operator for one (tenant add)."));
        reply.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
        return reply;
    }
    if (const auto wait = m_rateLimiter.take(ServerStore::hashToken(token))) {
        Reply reply =
            error(429, QStringLiteral("rate_limited"), tr("Too many requests; retry after the delay."));
        reply.headers.append({QByteArray("Retry-After"), QByteArray::number(*wait)});
        return reply;
    }
    if (request.body().size() > m_limits.maxBodyBytes) {
        return error(413, QStringLiteral("too_large"),
                     tr("The request body is larger than %1 bytes; send fewer ops per batch.")
                         .arg(m_limits.maxBodyBytes));
    }

    if (path == QLatin1String("/v1/batch")) {
        if (method != Method::Post)
            return error(405, QStringLiteral("method_not_allowed"), tr("Use POST."));
        return batch(*tenant, request);
    }
    if (path == QLatin1String("/v1/changes")) {
        if (method != Method::Get)
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET."));
        return changes(*tenant, request);
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts.at(0) == QLatin1String("v1") &&
        protocol::entityNames().contains(parts.at(1))) {
        const QUuid id = QUuid::fromString(parts.at(2));
        if (!id.isNull()) {
            if (method == Method::Get)
                return getRecord(*tenant, parts.at(1), id);
            if (method == Method::Patch)
                return patchRecord(*tenant, parts.at(1), id, request);
            return error(405, QStringLiteral("method_not_allowed"), tr("Use GET or PATCH."));
        }
    }
    return error(404, QStringLiteral("not_found"), tr("There is no such endpoint or record."));
}

ApiServer::Reply ApiServer::batch(const QString& tenant, const QHttpServerRequest& request) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("ops")).isArray())
        return error(400, QStringLiteral("bad_request"),
                     tr("The body must be a JSON object {\"ops\": [...]}."));
    const QJsonArray array = document.object().value(QStringLiteral("ops")).toArray();
    if (array.size() > m_limits.maxOpsPerBatch) {
        return error(413, QStringLiteral("too_large"),
                     tr("A batch holds at most %1 ops.").arg(m_limits.maxOpsPerBatch));
    }
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
    auto results = m_store.applyBatch(tenant, ops);
    if (!results) {
        Reply reply = error(503, QStringLiteral("unavailable"), results.error().message);
        reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        return reply;
    }
    QJsonArray list;
    for (const OpResult& result : results.value())
        list.append(result.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("results"), list}}, {}};
}

ApiServer::Reply ApiServer::changes(const QString& tenant, const QHttpServerRequest& request) {
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
        return error(503, QStringLiteral("unavailable"), page.error().message);
    return Reply{200, page->toJson(), {}};
}

ApiServer::Reply ApiServer::getRecord(const QString& tenant, const QString& entity, const QUuid& id) {
    auto record = m_store.record(tenant, entity, id);
    if (!record)
        return error(503, QStringLiteral("unavailable"), record.error().message);
    if (!record.value() || record.value()->deleted)
        return error(404, QStringLiteral("not_found"), tr("There is no such record."));
    Reply reply{200, recordJson(entity, id, *record.value()), {}};
    reply.headers.append({QByteArray("ETag"), etagOf(record.value()->revision)});
    return reply;
}

ApiServer::Reply ApiServer::patchRecord(const QString& tenant, const QString& entity, const QUuid& id,
                                        const QHttpServerRequest& request) {
    auto existing = m_store.record(tenant, entity, id);
    if (!existing)
        return error(503, QStringLiteral("unavailable"), existing.error().message);
    if (!existing.value() || existing.value()->deleted)
        return error(404, QStringLiteral("not_found"), tr("There is no such record."));
    const QByteArray ifMatch = request.value("If-Match");
    if (ifMatch.isEmpty())
        return error(428, QStringLiteral("precondition_required"),
                     tr("Send If-Match with the record's ETag."));
    const auto base = parseEtag(ifMatch);
    if (!base)
        return error(400, QStringLiteral("bad_request"), tr("If-Match must be an ETag from GET."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
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
    auto results = m_store.applyBatch(tenant, {op});
    if (!results)
        return error(503, QStringLiteral("unavailable"), results.error().message);
    const OpResult& result = results->constFirst();
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
