// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fake Microsoft identity platform and Microsoft Graph for the tests (not a test itself): a small
// HTTP/1.1 server on loopback whose handler answers with the shapes Microsoft documents.

#include "GraphDirectory.h"
#include "Result.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <optional>

namespace sitekeeper::test {

using namespace Qt::StringLiterals;

inline const QString tenant = u"contoso.onmicrosoft.com"_s;
inline const QString clientId = u"535fb089-9ff3-47b6-9bfb-4f1264799865"_s;
// How long one of the service's seconds lasts in these tests.
constexpr int secondMs = 20;

struct Request {
    QByteArray method;
    QByteArray target; // path and query
    QByteArray authorization;
    QByteArray body;
    qint64 atMs = 0; // since the server started
    QUrlQuery form() const { return QUrlQuery(QString::fromUtf8(body)); }
    QString path() const { return QUrl(QString::fromUtf8(target)).path(); }
};

struct Reply {
    int status = 200;
    QByteArray body;
    QByteArray headers; // extra header lines, each ending in \r\n
};

inline Reply json(const QJsonObject& object, int status = 200) {
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

// The identity platform's error answer: `{"error": code, "error_description": "AADSTS...", ...}`.
inline Reply oauthError(const QString& code, const QString& description, int status = 400) {
    return json(QJsonObject{{u"error"_s, code},
                            {u"error_description"_s,
                             QString(description + u"\r\nTrace ID: 0f5e\r\nCorrelation ID: 9c1d"_s)},
                            {u"error_codes"_s, QJsonArray{70016}}},
                status);
}

// Graph's error answer: `{"error": {"code", "message", "innerError"}}`.
inline Reply graphError(int status, const QString& code, const QString& message) {
    return json(
        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                             {u"message"_s, message},
                                             {u"innerError"_s, QJsonObject{{u"request-id"_s, u"b1e8"_s}}}}}},
        status);
}

// A small HTTP/1.1 server on loopback: each request goes to `handler`, its answer closes the connection.
class FakeService : public QObject {
public:
    std::function<Reply(const Request&)> handler;
    QList<Request> requests;

    FakeService() {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<Request> to(const QString& pathEnd) const {
        QList<Request> found;
        for (const Request& r : requests)
            if (r.path().endsWith(pathEnd))
                found << r;
        return found;
    }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        Request request;
        for (const QByteArray& line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                request.authorization = line.mid(14).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> start = lines.constFirst().trimmed().split(' ');
        request.method = start.value(0);
        request.target = start.value(1);
        request.body = buffer.mid(end + 4, length);
        request.atMs = m_clock.elapsed();
        m_buffers.remove(socket);
        requests << request;
        const Reply reply = handler ? handler(request) : Reply{404, "{}", {}};
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) +
                      " X\r\nContent-Type: application/json; charset=utf-8\r\n" + reply.headers +
                      "Content-Length: " + QByteArray::number(reply.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

inline QJsonObject user(int i) {
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"displayName"_s, u"User %1"_s.arg(i)},
            {u"givenName"_s, u"User"_s},
            {u"surname"_s, QString::number(i)},
            {u"mail"_s, u"user%1@contoso.com"_s.arg(i)},
            {u"userPrincipalName"_s, u"user%1@contoso.com"_s.arg(i)},
            {u"businessPhones"_s, QJsonArray{}},
            {u"mobilePhone"_s, QJsonValue::Null},
            {u"jobTitle"_s, QJsonValue::Null},
            {u"accountEnabled"_s, true},
            {u"country"_s, QJsonValue::Null},
            {u"usageLocation"_s, u"GB"_s}};
}

inline QJsonObject person(const QString& name, const QString& mail, const QJsonValue& mobile, bool enabled,
                          const QJsonArray& business = {}) {
    QJsonObject u = user(0);
    u.insert(u"displayName"_s, name);
    u.insert(u"givenName"_s, name.section(u' ', 0, 0));
    u.insert(u"surname"_s, name.section(u' ', 1));
    u.insert(u"mail"_s, mail);
    u.insert(u"userPrincipalName"_s, mail);
    u.insert(u"mobilePhone"_s, mobile);
    u.insert(u"businessPhones"_s, business);
    u.insert(u"accountEnabled"_s, enabled);
    u.insert(u"jobTitle"_s, u"Analyst"_s);
    u.insert(u"country"_s, u"United Kingdom"_s);
    return u;
}

// Every file under `folder` that holds `needle`.
inline QStringList filesHolding(const QString& folder, const QByteArray& needle) {
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

// Waits for one callback of the directory; an unanswered call is an error of its own.
template <class T, class Start>
Result<T> waitFor(Start start, int timeoutMs = 20'000) {
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return Error{u"no answer in time"_s, {}};
    return std::move(*result);
}

inline QString text(const Error& e) {
    return e.toString();
}

} // namespace sitekeeper::test
