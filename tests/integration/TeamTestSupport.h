// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the team tests (members, roles, audit, live): a tenant with one member of each role on
// the real sitekeeper-server, records to act on, ops, and requests through curl, a client that is
// not the desktop's.

#include "Approver.h"
#include "PartnerContact.h"
#include "PartnerSettings.h"
#include "Reference.h"
#include "SyncTestSupport.h"
#include "Team.h"

#include <QStandardPaths>

namespace sitekeeper::test {

inline QString uuid(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

inline QJsonObject opJson(const QString& entity, const QUuid& id, const QString& action, qint64 base,
                          const QJsonObject& fields) {
    return QJsonObject{{u"op_id"_s, uuid(QUuid::createUuid())},
                       {u"entity"_s, entity},
                       {u"id"_s, uuid(id)},
                       {u"action"_s, action},
                       {u"base_revision"_s, base},
                       {u"fields"_s, fields}};
}

inline QByteArray opsBody(const QJsonArray& ops) {
    return QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact);
}

inline QJsonObject contactFields(const QString& name) {
    PartnerContact contact;
    contact.name = name;
    contact.email = u"contact@example.com"_s;
    QJsonObject json = contact.toJson();
    json.remove(u"id"_s);
    return json;
}

inline QJsonObject referenceFields(const QString& title) {
    Reference reference;
    reference.title = title;
    QJsonObject json = reference.toJson();
    json.remove(u"id"_s);
    return json;
}

inline QJsonObject approverFields() {
    Approver approver;
    approver.siteId = QUuid::createUuid();
    approver.approvalType = u"mailbox_access"_s;
    approver.personId = QUuid::createUuid();
    QJsonObject json = approver.toJson();
    json.remove(u"id"_s);
    return json;
}

inline QJsonObject settingsFields(const QString& partnerName) {
    PartnerSettings settings;
    settings.check.partnerName = partnerName;
    QJsonObject json = settings.toJson();
    json.remove(u"id"_s);
    return json;
}

// One request through curl. The answer's status comes from curl's %{http_code}.
inline HttpAnswer curl(const QByteArray& verb, const QUrl& url, const QByteArray& token,
                       const QByteArray& body = {}, const QList<QByteArray>& headers = {}) {
    HttpAnswer answer;
    const QString program = QStandardPaths::findExecutable(u"curl"_s);
    if (program.isEmpty()) {
        qWarning("curl is not installed (scripts/install-deps.sh installs it)");
        return answer;
    }
    QStringList args{u"-s"_s, u"-S"_s,
                     u"-X"_s, QString::fromLatin1(verb),
                     u"-w"_s, u"\n%{http_code}"_s,
                     u"-H"_s, u"Authorization: Bearer "_s + QString::fromLatin1(token)};
    for (const QByteArray& header : headers)
        args << u"-H"_s << QString::fromLatin1(header);
    if (!body.isEmpty())
        args << u"-H"_s << u"Content-Type: application/json"_s << u"--data-binary"_s << u"@-"_s;
    args << url.toString();
    QProcess process;
    process.start(program, args);
    process.write(body);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        qWarning("curl failed: %s", process.readAllStandardError().constData());
        return answer;
    }
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype split = out.lastIndexOf('\n');
    answer.raw = out.left(split);
    answer.status = out.mid(split + 1).trimmed().toInt();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    return answer;
}

inline QString errorCode(const HttpAnswer& answer) {
    return answer.body.value(u"error"_s).toObject().value(u"code"_s).toString();
}

// A tenant "acme" whose admin added an editor, a reviewer and a viewer.
struct Team {
    QByteArray admin;
    QByteArray editor;
    QByteArray reviewer;
    QByteArray viewer;

    bool make(const ServerProcess& server) {
        admin = server
                    .command({u"tenant"_s, u"add"_s, u"acme"_s, u"--admin-name"_s, u"Dana Ortiz"_s,
                              u"--admin-email"_s, u"dana@example.com"_s})
                    .out.trimmed();
        editor = server.addMember(u"acme"_s, u"Eli Editor"_s, u"eli@example.com"_s, u"editor"_s);
        reviewer = server.addMember(u"acme"_s, u"Rita Reviewer"_s, u"rita@example.com"_s, u"reviewer"_s);
        viewer = server.addMember(u"acme"_s, u"Vic Viewer"_s, u"vic@example.com"_s, u"viewer"_s);
        return admin.startsWith("skt_") && editor.startsWith("skt_") && reviewer.startsWith("skt_") &&
               viewer.startsWith("skt_");
    }
    QByteArray token(const QString& role) const {
        if (role == QLatin1String("admin"))
            return admin;
        if (role == QLatin1String("editor"))
            return editor;
        if (role == QLatin1String("reviewer"))
            return reviewer;
        return viewer;
    }
};

// Upserts a record as `token` and answers its new revision (0: not applied).
inline qint64 seed(QNetworkAccessManager& network, const ServerProcess& server, const QByteArray& token,
                   const QString& entity, const QUuid& id, const QJsonObject& fields, qint64 base = 0) {
    const HttpAnswer answer = http(network, "POST", endpoint(server, u"/v1/batch"_s), token,
                                   opsBody({opJson(entity, id, u"upsert"_s, base, fields)}));
    const QJsonObject result = answer.body.value(u"results"_s).toArray().at(0).toObject();
    if (answer.status != 200 || result.value(u"status"_s).toString() != QLatin1String("applied"))
        return 0;
    return result.value(u"revision"_s).toInteger();
}

} // namespace sitekeeper::test
