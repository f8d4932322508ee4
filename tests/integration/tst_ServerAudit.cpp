// SPDX-License-Identifier: GPL-3.0-or-later
// Who changed what, on the real sitekeeper-server over SQLite and PostgreSQL: every applied op is in
// GET /v1/audit with the member its token belongs to (never a name the client sends), its fields and
// new revision; the filters (entity, id, since, limit) work; the change feed names the same actor;
// member management shows up as "member" events. And presence: who else has a record open.
#include "TeamTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_ServerAudit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    protocol::AuditPage audit(const ServerProcess& server, const QByteArray& token, const QString& query) {
        const HttpAnswer answer = http(m_network, "GET", endpoint(server, u"/v1/audit?"_s + query), token);
        auto page = protocol::AuditPage::fromJson(answer.body);
        if (answer.status != 200 || !page) {
            qWarning("audit %s: %d %s", qPrintable(query), answer.status, answer.raw.constData());
            return {};
        }
        return *page;
    }

private Q_SLOTS:
    void actorsAndFilters_data() { addBackendRows(); }
    void actorsAndFilters() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QUrl batch = endpoint(server, u"/v1/batch"_s);

        // Dana (admin) creates a contact; Eli (editor) renames it, claiming to be someone else in every
        // way a client could; Dana deletes another record; Rita (reviewer) reviews a reference.
        const QUuid contact = QUuid::createUuid();
        const QUuid other = QUuid::createUuid();
        const QUuid reference = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, contact, contactFields(u"Ann"_s)),
                 1);
        QCOMPARE(seed(m_network, server, team.admin, u"partner_contact"_s, other, contactFields(u"Bo"_s)), 1);
        QCOMPARE(seed(m_network, server, team.admin, u"reference"_s, reference, referenceFields(u"VPN"_s)),
                 1);
        QJsonObject claimed{{u"name"_s, u"Ann Smith"_s},
                            {u"changed_by"_s, u"Mallory"_s},
                            {u"member"_s, QJsonObject{{u"name"_s, u"Mallory"_s}}},
                            {u"member_name"_s, u"Mallory"_s}};
        QJsonObject op = opJson(u"partner_contact"_s, contact, u"patch"_s, 1, claimed);
        op.insert(u"changed_by"_s, u"Mallory"_s);
        op.insert(u"member"_s, u"Mallory"_s);
        HttpAnswer answer =
            http(m_network, "POST", batch, team.editor, opsBody({op}), {{"X-Member-Name", "Mallory"}});
        QCOMPARE(answer.body.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
                 u"applied"_s);
        answer = http(m_network, "POST", batch, team.admin,
                      opsBody({opJson(u"partner_contact"_s, other, u"delete"_s, 1, {})}));
        QCOMPARE(answer.status, 200);
        answer = http(m_network, "POST", batch, team.reviewer,
                      opsBody({opJson(u"reference"_s, reference, u"patch"_s, 1,
                                      QJsonObject{{u"last_reviewed"_s, u"2026-11-30"_s}})}));
        QCOMPARE(answer.body.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
                 u"applied"_s);
        // A refused op leaves no audit row.
        answer = http(m_network, "POST", batch, team.reviewer,
                      opsBody({opJson(u"partner_contact"_s, contact, u"patch"_s, 2,
                                      QJsonObject{{u"name"_s, u"Rita was here"_s}})}));
        QCOMPARE(answer.body.value(u"results"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"forbidden"_s);

        // The record's history: two entries, each with its actor from the token.
        protocol::AuditPage page =
            audit(server, team.editor, u"entity=partner_contact&id="_s + uuid(contact));
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.entries.at(0).memberName, u"Dana Ortiz"_s);
        QCOMPARE(page.entries.at(0).action, u"upsert"_s);
        QCOMPARE(page.entries.at(0).revision, 1);
        QVERIFY(page.entries.at(0).fields.contains(u"name"_s));
        QCOMPARE(page.entries.at(1).memberName, u"Eli Editor"_s);
        QCOMPARE(page.entries.at(1).action, u"patch"_s);
        QCOMPARE(page.entries.at(1).revision, 2);
        QCOMPARE(page.entries.at(1).fields, QStringList{u"name"_s}); // not the claims
        QVERIFY(page.entries.at(0).memberId != page.entries.at(1).memberId);
        QVERIFY(page.entries.at(0).seq < page.entries.at(1).seq);
        QVERIFY(!page.more);
        QVERIFY(QDateTime::fromString(page.entries.at(1).at, Qt::ISODateWithMs).isValid());
        // The member ids are the members' (from /v1/members).
        const HttpAnswer members = http(m_network, "GET", endpoint(server, u"/v1/members"_s), team.admin);
        auto list = protocol::MemberList::fromJson(members.body);
        QVERIFY(list);
        QHash<QString, QUuid> ids;
        for (const protocol::Member& member : list->members)
            ids.insert(member.name, member.id);
        QCOMPARE(page.entries.at(1).memberId, ids.value(u"Eli Editor"_s));
        QCOMPARE(page.entries.at(0).memberId, ids.value(u"Dana Ortiz"_s));

        // The change feed names the same actor.
        const QMap<QString, protocol::Change> feed = serverState(m_network, server, team.viewer);
        const protocol::Change change = feed.value(u"partner_contact/"_s + uuid(contact));
        QCOMPARE(change.changedBy, u"Eli Editor"_s);
        QCOMPARE(change.changedAt, page.entries.at(1).at);
        QCOMPARE(change.fields.value(u"name"_s).toString(), u"Ann Smith"_s);
        QVERIFY(!change.fields.contains(u"changed_by"_s));
        QCOMPARE(feed.value(u"partner_contact/"_s + uuid(other)).changedBy, u"Dana Ortiz"_s);
        QCOMPARE(feed.value(u"reference/"_s + uuid(reference)).changedBy, u"Rita Reviewer"_s);

        // Filter by entity: the contacts' four rows (two upserts, a patch, a delete), oldest first.
        page = audit(server, team.admin, u"entity=partner_contact"_s);
        QCOMPARE(page.entries.size(), 4);
        QCOMPARE(page.entries.at(3).action, u"delete"_s);
        QCOMPARE(page.entries.at(3).id, other);
        QCOMPARE(page.entries.at(3).memberName, u"Dana Ortiz"_s);
        QVERIFY(page.entries.at(3).fields.isEmpty());
        page = audit(server, team.admin, u"entity=reference"_s);
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.entries.at(1).memberName, u"Rita Reviewer"_s);
        QCOMPARE(page.entries.at(1).fields, QStringList{u"last_reviewed"_s});

        // Paging with limit and since: the same rows as one page, none twice.
        const protocol::AuditPage all = audit(server, team.admin, u"limit=1000"_s);
        QStringList seen;
        QString since = u"0"_s;
        for (int round = 0; round < 100; ++round) {
            const protocol::AuditPage part = audit(server, team.admin, u"limit=2&since="_s + since);
            QVERIFY(part.entries.size() <= 2);
            for (const protocol::AuditEntry& entry : part.entries)
                seen.append(QString::number(entry.seq));
            since = part.next;
            if (!part.more)
                break;
        }
        QStringList expected;
        for (const protocol::AuditEntry& entry : all.entries)
            expected.append(QString::number(entry.seq));
        QCOMPARE(seen, expected);
        // Nothing after the last cursor.
        QVERIFY(audit(server, team.admin, u"since="_s + all.next).entries.isEmpty());

        // Member management is in the audit too, by the server operator.
        page = audit(server, team.admin, u"entity=member"_s);
        QStringList actions;
        for (const protocol::AuditEntry& entry : page.entries)
            actions.append(entry.action);
        QCOMPARE(actions.count(u"member_add"_s), 4);
        QVERIFY(server.rotateMember(u"acme"_s, u"vic@example.com"_s).startsWith("skt_"));
        page = audit(server, team.admin, u"entity=member&id="_s + uuid(ids.value(u"Vic Viewer"_s)));
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.entries.at(1).action, u"member_rotate"_s);

        // Bad filters: 400.
        QCOMPARE(http(m_network, "GET", endpoint(server, u"/v1/audit?id=nope"_s), team.admin).status, 400);
        QCOMPARE(http(m_network, "GET", endpoint(server, u"/v1/audit?entity=users"_s), team.admin).status,
                 400);
        QCOMPARE(http(m_network, "GET", endpoint(server, u"/v1/audit?since=-4"_s), team.admin).status, 400);
    }

    void presenceShowsTheOthers_data() { addBackendRows(); }
    void presenceShowsTheOthers() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QUuid id = QUuid::createUuid();
        const QString query = u"/v1/presence?entity=site&id="_s + uuid(id);
        auto body = [](const QUuid& record) {
            return QJsonDocument(QJsonObject{{u"entity"_s, u"site"_s}, {u"id"_s, uuid(record)}})
                .toJson(QJsonDocument::Compact);
        };
        auto others = [&](const QByteArray& token) {
            auto list =
                protocol::PresenceList::fromJson(http(m_network, "GET", endpoint(server, query), token).body);
            QStringList names;
            for (const protocol::Presence& presence : list.valueOr({}).members)
                names.append(presence.name);
            names.sort(); // the order of two PUTs in one millisecond is the members' ids'
            return names;
        };
        QCOMPARE(http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.admin, body(id)).status,
                 200);
        QCOMPARE(http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.viewer, body(id)).status,
                 200);
        // A heartbeat renews, never doubles.
        QCOMPARE(http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.admin, body(id)).status,
                 200);
        QCOMPARE(others(team.editor), (QStringList{u"Dana Ortiz"_s, u"Vic Viewer"_s}));
        QCOMPARE(others(team.admin), QStringList{u"Vic Viewer"_s}); // not oneself
        QCOMPARE(http(m_network, "DELETE", endpoint(server, u"/v1/presence"_s), team.admin, body(id)).status,
                 200);
        QCOMPARE(others(team.editor), QStringList{u"Vic Viewer"_s});
        // Another record is another list.
        QVERIFY(others(team.editor).size() == 1);
        QCOMPARE(http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.editor,
                      body(QUuid::createUuid()))
                     .status,
                 200);
        QCOMPARE(others(team.admin), QStringList{u"Vic Viewer"_s});
        // One member cannot hold open an unbounded number of records.
        int refused = 0;
        for (int i = 0; i < 60 && refused == 0; ++i) {
            const int status = http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.reviewer,
                                    body(QUuid::createUuid()))
                                   .status;
            refused = status == 429 ? i : 0;
        }
        QCOMPARE(refused, 50);
        // Not a record: 400.
        QCOMPARE(
            http(m_network, "PUT", endpoint(server, u"/v1/presence"_s), team.admin, "{\"entity\":\"site\"}")
                .status,
            400);
    }
};

QTEST_GUILESS_MAIN(tst_ServerAudit)
#include "tst_ServerAudit.moc"
