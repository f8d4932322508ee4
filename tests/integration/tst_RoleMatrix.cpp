// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint and op kind against each role (admin, editor, reviewer, viewer) on the real
// sitekeeper-server, over SQLite and PostgreSQL. The edits a role may not make are sent with curl,
// past any desktop, and the records they aimed at are then read back unchanged (GET and the feed).
#include "TeamTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

const QStringList roles{u"viewer"_s, u"reviewer"_s, u"editor"_s, u"admin"_s};

// Does `role` reach `needed`? Written out here, not asked of protocol::allows.
bool reaches(const QString& role, const QString& needed) {
    return roles.indexOf(role) >= roles.indexOf(needed);
}

} // namespace

class tst_RoleMatrix : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void opsInABatch_data() { addBackendRows(); }
    void opsInABatch() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));

        // Each op kind, the least role that may send it, and how to make its target.
        struct Kind {
            const char* name;
            QString entity;
            QString action;
            QString needed;
            std::function<QJsonObject()> seedFields;
            std::function<QJsonObject()> opFields;
        };
        const QList<Kind> kinds{
            {"upsert record",
             u"partner_contact"_s,
             u"upsert"_s,
             u"editor"_s,
             {},
             [] {
                 return contactFields(u"Fresh"_s);
             }},
            {"patch record", u"partner_contact"_s, u"patch"_s, u"editor"_s,
             [] { return contactFields(u"Old"_s); },
             [] {
                 return QJsonObject{{u"name"_s, u"Changed"_s}};
             }},
            {"delete record", u"partner_contact"_s, u"delete"_s, u"editor"_s,
             [] { return contactFields(u"Doomed"_s); },
             [] {
                 return QJsonObject();
             }},
            {"review reference", u"reference"_s, u"patch"_s, u"reviewer"_s,
             [] { return referenceFields(u"VPN how-to"_s); },
             [] {
                 return QJsonObject{{u"last_reviewed"_s, u"2026-11-30"_s}, {u"status"_s, u"current"_s}};
             }},
            {"edit reference", u"reference"_s, u"patch"_s, u"editor"_s,
             [] { return referenceFields(u"Printing"_s); },
             [] {
                 return QJsonObject{{u"title"_s, u"Printing, new"_s}};
             }},
            {"review approver", u"approver"_s, u"patch"_s, u"reviewer"_s, [] { return approverFields(); },
             [] {
                 return QJsonObject{{u"last_reviewed"_s, u"2026-11-30"_s}};
             }},
            {"retire approver", u"approver"_s, u"delete"_s, u"reviewer"_s, [] { return approverFields(); },
             [] {
                 return QJsonObject();
             }},
            {"partner settings",
             u"partner_settings"_s,
             u"upsert"_s,
             u"admin"_s,
             {},
             [] {
                 return settingsFields(u"Brightpath IT"_s);
             }},
        };

        // What a refused op aimed at, to read back at the end: "entity/id" -> revision (0: none).
        QMap<QString, qint64> untouched;
        QMap<QString, QJsonObject> untouchedFields;
        qint64 settingsRevision = 0;
        const QUuid settingsId = PartnerSettings::recordId();
        for (const Kind& kind : kinds) {
            for (const QString& role : roles) {
                const QString what = QString::fromLatin1(kind.name) + u" as "_s + role;
                const bool settings = kind.entity == QLatin1String("partner_settings");
                const QUuid id = settings ? settingsId : QUuid::createUuid();
                qint64 base = settings ? settingsRevision : 0;
                QJsonObject before;
                if (kind.seedFields) {
                    before = kind.seedFields();
                    base = seed(m_network, server, team.admin, kind.entity, id, before);
                    QVERIFY2(base == 1, qPrintable(what));
                }
                const QByteArray body =
                    opsBody({opJson(kind.entity, id, kind.action, base, kind.opFields())});
                const QUrl batch = endpoint(server, u"/v1/batch"_s);
                const QString key = kind.entity + u"/"_s + uuid(id);
                if (!reaches(role, kind.needed)) {
                    const HttpAnswer answer = curl("POST", batch, team.token(role), body);
                    if (role == QLatin1String("viewer")) {
                        // A viewer's batch is refused whole.
                        QVERIFY2(answer.status == 403,
                                 qPrintable(what + u": "_s + QString::number(answer.status)));
                        QCOMPARE(errorCode(answer), u"forbidden"_s);
                        QVERIFY(answer.body.value(u"error"_s)
                                    .toObject()
                                    .value(u"message"_s)
                                    .toString()
                                    .contains(u"reviewer"_s));
                    } else {
                        QVERIFY2(answer.status == 200, qPrintable(what));
                        const QJsonObject result = answer.body.value(u"results"_s).toArray().at(0).toObject();
                        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
                        QCOMPARE(result.value(u"code"_s).toString(), u"forbidden"_s);
                        const QString error = result.value(u"errors"_s).toArray().at(0).toString();
                        QVERIFY2(error.startsWith(u"role: "_s) && error.contains(kind.needed),
                                 qPrintable(error));
                    }
                    if (!untouched.contains(key)) {
                        untouched.insert(key, base);
                        untouchedFields.insert(key, before);
                    }
                    continue;
                }
                const HttpAnswer answer = http(m_network, "POST", batch, team.token(role), body);
                QVERIFY2(answer.status == 200, qPrintable(what));
                const QJsonObject result = answer.body.value(u"results"_s).toArray().at(0).toObject();
                QVERIFY2(result.value(u"status"_s).toString() == QLatin1String("applied"),
                         qPrintable(what + u": "_s + QString::fromUtf8(answer.raw)));
                QCOMPARE(result.value(u"revision"_s).toInteger(), base + 1);
                if (settings) {
                    settingsRevision = base + 1;
                    untouched.remove(key); // the admin's own change moves it; checked below by revision
                }
            }
        }
        QCOMPARE(settingsRevision, 1);

        // Nothing a refused op aimed at changed: read back one by one, and through the feed.
        const QMap<QString, protocol::Change> feed = serverState(m_network, server, team.admin);
        for (auto it = untouched.cbegin(); it != untouched.cend(); ++it) {
            const QStringList parts = it.key().split(u'/');
            const HttpAnswer got = http(m_network, "GET", endpoint(server, u"/v1/"_s + it.key()), team.admin);
            if (it.value() == 0) { // an upsert of a new record: there is none
                QVERIFY2(got.status == 404, qPrintable(it.key()));
                QVERIFY(!feed.contains(it.key()));
                continue;
            }
            QVERIFY2(got.status == 200, qPrintable(it.key()));
            QCOMPARE(got.body.value(u"revision"_s).toInteger(), it.value());
            QJsonObject fields = got.body.value(u"fields"_s).toObject();
            fields.remove(u"id"_s);
            QCOMPARE(fields, untouchedFields.value(it.key()));
            QVERIFY(feed.contains(it.key()));
            QCOMPARE(feed.value(it.key()).revision, it.value());
            QVERIFY(!feed.value(it.key()).deleted);
        }
        // The partner settings moved once only: by the admin.
        QCOMPARE(feed.value(u"partner_settings/"_s + uuid(settingsId)).revision, 1);
    }

    void endpoints_data() { addBackendRows(); }
    void endpoints() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QUuid contact = QUuid::createUuid();
        const QUuid reference = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, contact, contactFields(u"Ann"_s)),
                 1);
        QCOMPARE(seed(m_network, server, team.admin, u"reference"_s, reference, referenceFields(u"VPN"_s)),
                 1);
        qint64 contactRevision = 1;
        qint64 referenceRevision = 1;

        for (const QString& role : roles) {
            const QByteArray token = team.token(role);
            auto get = [&](const QString& path) {
                return http(m_network, "GET", endpoint(server, path), token);
            };
            auto expect = [&](const HttpAnswer& answer, bool allowed, const QString& what) {
                const bool ok = allowed
                                    ? answer.status == 200
                                    : answer.status == 403 && errorCode(answer) == QLatin1String("forbidden");
                if (!ok)
                    qWarning("%s as %s: %d %s", qPrintable(what), qPrintable(role), answer.status,
                             answer.raw.constData());
                return ok;
            };

            // Reads: every role.
            QVERIFY(expect(get(u"/v1/partner_contact/"_s + uuid(contact)), true, u"GET record"_s));
            const HttpAnswer changes = get(u"/v1/changes"_s);
            QVERIFY(expect(changes, true, u"changes"_s));
            QCOMPARE(changes.headers.value("x-sitekeeper-wait"), QByteArray("1"));
            const HttpAnswer me = get(u"/v1/me"_s);
            QVERIFY(expect(me, true, u"me"_s));
            auto decoded = protocol::Me::fromJson(me.body);
            QVERIFY(decoded);
            QCOMPARE(protocol::toString(decoded->member.role), role);
            QCOMPARE(decoded->tenantName, u"acme"_s);
            // The audit: editors and admins; the members: admins.
            QVERIFY(expect(get(u"/v1/audit"_s), reaches(role, u"editor"_s), u"audit"_s));
            QVERIFY(expect(get(u"/v1/members"_s), reaches(role, u"admin"_s), u"members"_s));
            // Presence: every role.
            const QByteArray where =
                QJsonDocument(QJsonObject{{u"entity"_s, u"reference"_s}, {u"id"_s, uuid(reference)}})
                    .toJson(QJsonDocument::Compact);
            QVERIFY(expect(http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), token, where), true,
                           u"PUT presence"_s));
            QVERIFY(expect(get(u"/v1/presence?entity=reference&id="_s + uuid(reference)), true,
                           u"GET presence"_s));
            QVERIFY(expect(http(m_network, "DELETE", endpoint(server, u"/v1/presence"_s), token, where), true,
                           u"DELETE presence"_s));

            // PATCH of a record: editors; a review PATCH of a reference: reviewers. Refused ones by curl.
            const QByteArray edit =
                QJsonDocument(QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, QString(u"Ann "_s + role)}}}})
                    .toJson();
            const QUrl contactUrl = endpoint(server, u"/v1/partner_contact/"_s + uuid(contact));
            const QByteArray ifMatch = "If-Match: \"" + QByteArray::number(contactRevision) + '"';
            if (reaches(role, u"editor"_s)) {
                const HttpAnswer patched =
                    http(m_network, "PATCH", contactUrl, token, edit,
                         {{"If-Match", '"' + QByteArray::number(contactRevision) + '"'}});
                QVERIFY(expect(patched, true, u"PATCH record"_s));
                ++contactRevision;
            } else {
                const HttpAnswer refused = curl("PATCH", contactUrl, token, edit, {ifMatch});
                QVERIFY(expect(refused, false, u"PATCH record"_s));
                QVERIFY(refused.body.value(u"error"_s)
                            .toObject()
                            .value(u"message"_s)
                            .toString()
                            .contains(u"editor"_s));
            }
            const QByteArray review =
                QJsonDocument(QJsonObject{{u"fields"_s, QJsonObject{{u"last_reviewed"_s, u"2026-11-30"_s}}}})
                    .toJson();
            const QUrl referenceUrl = endpoint(server, u"/v1/reference/"_s + uuid(reference));
            if (reaches(role, u"reviewer"_s)) {
                const HttpAnswer patched =
                    http(m_network, "PATCH", referenceUrl, token, review,
                         {{"If-Match", '"' + QByteArray::number(referenceRevision) + '"'}});
                QVERIFY(expect(patched, true, u"review PATCH"_s));
                ++referenceRevision;
            } else {
                const HttpAnswer refused =
                    curl("PATCH", referenceUrl, token, review,
                         {"If-Match: \"" + QByteArray::number(referenceRevision) + '"'});
                QVERIFY(expect(refused, false, u"review PATCH"_s));
            }
            // Whatever was refused left the records as they were.
            const HttpAnswer stored = get(u"/v1/partner_contact/"_s + uuid(contact));
            QCOMPARE(stored.body.value(u"revision"_s).toInteger(), contactRevision);
            QCOMPARE(get(u"/v1/reference/"_s + uuid(reference)).body.value(u"revision"_s).toInteger(),
                     referenceRevision);
        }
        // Two editors' PATCHes (editor, admin) and three reviews (reviewer, editor, admin) landed.
        QCOMPARE(contactRevision, 3);
        QCOMPARE(referenceRevision, 4);
        const QMap<QString, protocol::Change> feed = serverState(m_network, server, team.viewer);
        QCOMPARE(feed.value(u"partner_contact/"_s + uuid(contact)).revision, 3);
        QCOMPARE(feed.value(u"partner_contact/"_s + uuid(contact)).fields.value(u"name"_s).toString(),
                 u"Ann admin"_s);
        QCOMPARE(feed.value(u"reference/"_s + uuid(reference)).revision, 4);
    }
};

QTEST_GUILESS_MAIN(tst_RoleMatrix)
#include "tst_RoleMatrix.moc"
