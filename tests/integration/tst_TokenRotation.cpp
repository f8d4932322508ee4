// SPDX-License-Identifier: GPL-3.0-or-later
// Members' tokens on the real sitekeeper-server, over SQLite and PostgreSQL: rotation keeps the
// tenant and its data and refuses the old token at once; a revoked member gets 401 while the others
// go on; a revoked tenant gets 401 for everyone and is restored with its data; an expired token gets
// 401; a database from before members keeps its tenant token working as an admin member.
#include "TeamTestSupport.h"

#include <QCryptographicHash>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_TokenRotation : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    int status(const ServerProcess& server, const QByteArray& token) {
        return http(m_network, "GET", endpoint(server, u"/v1/me"_s), token).status;
    }
    int contactRevision(const ServerProcess& server, const QByteArray& token, const QUuid& id) {
        const HttpAnswer answer =
            http(m_network, "GET", endpoint(server, u"/v1/partner_contact/"_s + uuid(id)), token);
        return answer.status == 200 ? int(answer.body.value(u"revision"_s).toInteger()) : -answer.status;
    }

private Q_SLOTS:
    void rotateRevokeRestore_data() { addBackendRows(); }
    void rotateRevokeRestore() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const QUuid contact = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"partner_contact"_s, contact, contactFields(u"Ann"_s)),
                 1);

        // Rotation: the old token is refused at once, the new one sees the tenant's data.
        const QByteArray rotated = server.rotateMember(u"acme"_s, u"eli@example.com"_s);
        QVERIFY(rotated.startsWith("skt_"));
        QVERIFY(rotated != team.editor);
        QCOMPARE(status(server, team.editor), 401);
        QCOMPARE(contactRevision(server, team.editor, contact), -401);
        QCOMPARE(contactRevision(server, rotated, contact), 1);
        const HttpAnswer me = http(m_network, "GET", endpoint(server, u"/v1/me"_s), rotated);
        QCOMPARE(me.body.value(u"member"_s).toObject().value(u"email"_s).toString(), u"eli@example.com"_s);
        QCOMPARE(
            seed(m_network, server, rotated, u"partner_contact"_s, contact, contactFields(u"Ann B"_s), 1), 2);

        // A revoked member: 401; the others work on.
        ServerProcess::Command revoked = server.command(
            {u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s, u"rita@example.com"_s});
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(status(server, team.reviewer), 401);
        QCOMPARE(status(server, team.viewer), 200);
        QCOMPARE(status(server, rotated), 200);
        QCOMPARE(status(server, team.admin), 200);

        // The list says so, in both formats.
        ServerProcess::Command list =
            server.command({u"member"_s, u"list"_s, u"--tenant"_s, u"acme"_s, u"--format"_s, u"json"_s});
        QCOMPARE(list.exitCode, 0);
        auto members = protocol::MemberList::fromJson(QJsonDocument::fromJson(list.out).object());
        QVERIFY(members);
        QCOMPARE(members->members.size(), 4);
        for (const protocol::Member& member : members->members)
            QCOMPARE(member.revoked, member.email == QLatin1String("rita@example.com"));
        list = server.command({u"member"_s, u"list"_s, u"--tenant"_s, u"acme"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("rita@example.com") && list.out.contains("revoked"));

        // A role change takes effect on the next request.
        QCOMPARE(server
                     .command({u"member"_s, u"role"_s, u"--tenant"_s, u"acme"_s, u"--email"_s,
                               u"vic@example.com"_s, u"editor"_s})
                     .exitCode,
                 0);
        QCOMPARE(seed(m_network, server, team.viewer, u"partner_contact"_s, QUuid::createUuid(),
                      contactFields(u"By Vic"_s)),
                 1);

        // The whole tenant revoked: 401 for every member; restored: everyone back, data intact.
        QCOMPARE(server.command({u"tenant"_s, u"revoke"_s, u"acme"_s}).exitCode, 0);
        for (const QByteArray& token : {team.admin, rotated, team.viewer})
            QCOMPARE(status(server, token), 401);
        QCOMPARE(server.command({u"tenant"_s, u"restore"_s, u"acme"_s}).exitCode, 0);
        for (const QByteArray& token : {team.admin, rotated, team.viewer})
            QCOMPARE(status(server, token), 200);
        QCOMPARE(status(server, team.reviewer), 401); // still revoked as a member
        QCOMPARE(contactRevision(server, team.admin, contact), 2);
        QCOMPARE(serverState(m_network, server, team.admin).size(), 2);

        // A rotation admits a revoked member again, with the new token only.
        const QByteArray back = server.rotateMember(u"acme"_s, u"rita@example.com"_s);
        QCOMPARE(status(server, back), 200);
        QCOMPARE(status(server, team.reviewer), 401);

        // Unknown tenant or member: the command fails and says so.
        const ServerProcess::Command unknown = server.command(
            {u"member"_s, u"rotate"_s, u"--tenant"_s, u"acme"_s, u"--email"_s, u"nobody@example.com"_s});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains("nobody@example.com"));
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(server.command({u"tenant"_s, u"restore"_s, u"nope"_s}).exitCode != 0);
    }

    void expiry_data() { addBackendRows(); }
    void expiry() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        QVERIFY(server.addTenant(u"acme"_s).startsWith("skt_"));
        // Expiring "after 0 days" has expired by the first request; after a year it works.
        const QByteArray expired = server.addMember(u"acme"_s, u"Temp"_s, u"temp@example.com"_s, u"editor"_s,
                                                    {u"--expires-days"_s, u"0"_s});
        const QByteArray valid = server.addMember(u"acme"_s, u"Year"_s, u"year@example.com"_s, u"editor"_s,
                                                  {u"--expires-days"_s, u"365"_s});
        QVERIFY(expired.startsWith("skt_"));
        QCOMPARE(status(server, expired), 401);
        QCOMPARE(status(server, valid), 200);
        ServerProcess::Command list =
            server.command({u"member"_s, u"list"_s, u"--tenant"_s, u"acme"_s, u"--format"_s, u"json"_s});
        auto members = protocol::MemberList::fromJson(QJsonDocument::fromJson(list.out).object());
        QVERIFY(members);
        int expiring = 0;
        for (const protocol::Member& member : members->members)
            expiring += member.expiresAt.isEmpty() ? 0 : 1;
        QCOMPARE(expiring, 2);
        // A rotation with a new expiry gives it a working token again.
        const ServerProcess::Command again =
            server.command({u"member"_s, u"rotate"_s, u"--tenant"_s, u"acme"_s, u"--email"_s,
                            u"temp@example.com"_s, u"--expires-days"_s, u"30"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(status(server, again.out.trimmed()), 200);
        // Bad input to the commands is refused.
        QVERIFY(server.addMember(u"acme"_s, u"X"_s, u"x@example.com"_s, u"root"_s).isEmpty());
        QVERIFY(
            server
                .addMember(u"acme"_s, u"X"_s, u"x@example.com"_s, u"editor"_s, {u"--expires-days"_s, u"-1"_s})
                .isEmpty());
        QVERIFY(server.addMember(u"acme"_s, u"Dup"_s, u"year@example.com"_s, u"editor"_s).isEmpty());
    }

    // A database of the version before members: its tenant's token becomes the admin member
    // "Tenant token" and keeps working.
    void tenantTokenFromBeforeMembers_data() { addBackendRows(); }
    void tenantTokenFromBeforeMembers() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        const QByteArray legacy = "skt_" + QByteArray(43, 'L');
        {
            QSqlDatabase db = directDatabase(backend, database, u"legacy"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // The tables as the version before members made them.
            QVERIFY(query.exec(
                u"CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, token_hash TEXT "
                "NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0, change_seq BIGINT NOT NULL DEFAULT "
                "0, created_at TEXT NOT NULL)"_s));
            QVERIFY(query.exec(
                u"CREATE TABLE records (tenant TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, "
                "revision BIGINT NOT NULL, deleted INTEGER NOT NULL, body TEXT NOT NULL, change_seq "
                "BIGINT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (tenant, entity, id))"_s));
            QVERIFY(query.exec(
                u"CREATE TABLE audit (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, at TEXT NOT NULL, "
                "action TEXT NOT NULL, entity TEXT, entity_id TEXT, op_id TEXT, detail TEXT)"_s));
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(legacy, QCryptographicHash::Sha256).toHex());
            QVERIFY(query.exec(
                u"INSERT INTO tenants VALUES ('t1', 'old', '%1', 0, 1, '2025-01-01T00:00:00.000Z')"_s.arg(
                    hash)));
            QVERIFY(query.exec(u"INSERT INTO records VALUES ('t1', 'partner_contact', '%1', 1, 0, "
                               "'{\"id\":\"%1\",\"name\":\"Old Ann\"}', 1, '2025-01-01T00:00:00.000Z')"_s.arg(
                                   uuid(QUuid::createUuid()))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"legacy"_s);
        ServerProcess server(database);
        QVERIFY(server.start());
        const HttpAnswer me = http(m_network, "GET", endpoint(server, u"/v1/me"_s), legacy);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.body.value(u"member"_s).toObject().value(u"name"_s).toString(), u"Tenant token"_s);
        QCOMPARE(me.body.value(u"member"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(serverState(m_network, server, legacy).size(), 1);
        // New members join the old tenant; a second start upgrades nothing twice.
        const QByteArray added = server.addMember(u"old"_s, u"New"_s, u"new@example.com"_s, u"viewer"_s);
        QCOMPARE(status(server, added), 200);
        server.kill();
        QVERIFY(server.start());
        QCOMPARE(status(server, legacy), 200);
        const ServerProcess::Command list =
            server.command({u"member"_s, u"list"_s, u"--tenant"_s, u"old"_s, u"--format"_s, u"json"_s});
        auto members = protocol::MemberList::fromJson(QJsonDocument::fromJson(list.out).object());
        QVERIFY(members);
        QCOMPARE(members->members.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_TokenRotation)
#include "tst_TokenRotation.moc"
