// SPDX-License-Identifier: GPL-3.0-or-later
// The real sitekeeper-server process over HTTP: authentication, limits, validation, ETags,
// idempotent replay (also concurrent, through two server processes on one database) and tenant
// isolation. Every test runs on SQLite and on PostgreSQL.
#include "SyncTestSupport.h"

#include <QCryptographicHash>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

QJsonObject contactOp(const QUuid& opId, const QUuid& id, const QString& name,
                      const QString& action = u"upsert"_s, qint64 base = 0) {
    QJsonObject fields{{u"name"_s, name}, {u"email"_s, u"a@example.com"_s}};
    if (action == QLatin1String("patch"))
        fields = QJsonObject{{u"name"_s, name}};
    return QJsonObject{{u"op_id"_s, opId.toString(QUuid::WithoutBraces)},
                       {u"entity"_s, u"partner_contact"_s},
                       {u"id"_s, id.toString(QUuid::WithoutBraces)},
                       {u"action"_s, action},
                       {u"base_revision"_s, base},
                       {u"fields"_s, fields}};
}

QByteArray batchBody(const QJsonArray& ops) {
    return QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SyncServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    std::unique_ptr<ServerProcess> startServer(const QString& backend, const QStringList& extra = {}) {
        const QString database = makeDatabase(backend, m_dir);
        if (database.isEmpty())
            return nullptr;
        auto server = std::make_unique<ServerProcess>(database, extra);
        if (!server->start())
            return nullptr;
        return server;
    }

private Q_SLOTS:
    void authentication_data() { addBackendRows(); }
    void authentication() {
        QFETCH(QString, backend);
        auto server = startServer(backend);
        QVERIFY(server);
        const QByteArray token = server->addTenant(u"acme"_s);
        QVERIFY(token.startsWith("skt_"));

        QCOMPARE(http(m_network, "GET", endpoint(*server, u"/v1/health"_s), {}).status, 200);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<QPair<QByteArray, QString>> endpoints{
            {"POST", u"/v1/batch"_s},       {"GET", u"/v1/changes"_s}, {"GET", u"/v1/site/"_s + id},
            {"PATCH", u"/v1/site/"_s + id}, {"GET", u"/v1/nothing"_s},
        };
        for (const auto& [verb, path] : endpoints) {
            for (const QByteArray& bad :
                 QList<QByteArray>{QByteArray(), QByteArray("skt_wrong"), token + "x"}) {
                const HttpAnswer answer = http(m_network, verb, endpoint(*server, path), bad, "{}");
                QVERIFY2(answer.status == 401, qPrintable(path + u" "_s + QString::number(answer.status)));
                QCOMPARE(answer.body.value(u"error"_s).toObject().value(u"code"_s).toString(),
                         u"unauthorized"_s);
            }
        }
        QCOMPARE(http(m_network, "GET", endpoint(*server, u"/v1/changes"_s), token).status, 200);

        QProcess revoke;
        revoke.start(serverPath(),
                     {u"--database"_s, server->database(), u"tenant"_s, u"revoke"_s, u"acme"_s});
        QVERIFY(revoke.waitForFinished(30'000));
        QCOMPARE(revoke.exitCode(), 0);
        QCOMPARE(http(m_network, "GET", endpoint(*server, u"/v1/changes"_s), token).status, 401);
    }

    void validationAndLimits_data() { addBackendRows(); }
    void validationAndLimits() {
        QFETCH(QString, backend);
        auto server = startServer(backend, {u"--max-body"_s, u"4000"_s, u"--rate-limit"_s, u"20"_s});
        QVERIFY(server);
        const QByteArray token = server->addTenant(u"acme"_s);
        const QUrl batch = endpoint(*server, u"/v1/batch"_s);

        // A malformed op: 400 with the place named.
        QJsonObject broken = contactOp(QUuid::createUuid(), QUuid::createUuid(), u"A"_s);
        broken.insert(u"op_id"_s, u"not-a-uuid"_s);
        HttpAnswer answer = http(m_network, "POST", batch, token, batchBody({broken}));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.value(u"error"_s)
                    .toObject()
                    .value(u"fields"_s)
                    .toObject()
                    .contains(u"$.ops[0].op_id"_s));

        // A record the core rules refuse: rejected with its field errors, the others applied.
        QJsonObject invalid = contactOp(QUuid::createUuid(), QUuid::createUuid(), QString());
        answer = http(m_network, "POST", batch, token,
                      batchBody({contactOp(QUuid::createUuid(), QUuid::createUuid(), u"Ok"_s), invalid}));
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.body.value(u"results"_s).toArray();
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"rejected"_s);
        QVERIFY(
            results.at(1).toObject().value(u"errors"_s).toArray().at(0).toString().startsWith(u"name: "_s));

        // Too large a body: 413.
        answer = http(m_network, "POST", batch, token, QByteArray(5000, ' '));
        QCOMPARE(answer.status, 413);

        // The rate limit: 429 with Retry-After once the burst is spent.
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 80 && limited == 0; ++i) {
            answer = http(m_network, "GET", endpoint(*server, u"/v1/changes"_s), token);
            if (answer.status == 429) {
                ++limited;
                retryAfter = answer.headers.value("retry-after");
            }
        }
        QCOMPARE(limited, 1);
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void etagAndIfMatch_data() { addBackendRows(); }
    void etagAndIfMatch() {
        QFETCH(QString, backend);
        auto server = startServer(backend);
        QVERIFY(server);
        const QByteArray token = server->addTenant(u"acme"_s);
        const QUuid id = QUuid::createUuid();
        QCOMPARE(http(m_network, "POST", endpoint(*server, u"/v1/batch"_s), token,
                      batchBody({contactOp(QUuid::createUuid(), id, u"Ann"_s)}))
                     .status,
                 200);
        const QUrl record = endpoint(*server, u"/v1/partner_contact/"_s + id.toString(QUuid::WithoutBraces));
        HttpAnswer answer = http(m_network, "GET", record, token);
        QCOMPARE(answer.status, 200);
        const QByteArray etag = answer.headers.value("etag");
        QCOMPARE(etag, QByteArray("\"1\""));
        const QByteArray patch = R"({"fields":{"name":"Bob"}})";
        QCOMPARE(http(m_network, "PATCH", record, token, patch).status, 428);
        answer = http(m_network, "PATCH", record, token, patch, {{"If-Match", etag}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("etag"), QByteArray("\"2\""));
        QCOMPARE(answer.body.value(u"fields"_s).toObject().value(u"name"_s).toString(), u"Bob"_s);
        // The same ETag again is stale now.
        answer = http(m_network, "PATCH", record, token, R"({"fields":{"name":"Cy"}})", {{"If-Match", etag}});
        QCOMPARE(answer.status, 412);
        QCOMPARE(http(m_network, "GET", record, token)
                     .body.value(u"fields"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"Bob"_s);
        // Invalid fields: 400 with the field named.
        answer =
            http(m_network, "PATCH", record, token, R"({"fields":{"name":""}})", {{"If-Match", "\"2\""}});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.value(u"error"_s).toObject().value(u"fields"_s).toObject().contains(u"name"_s));
    }

    void conflictBaseFromTheSameBatch_data() { addBackendRows(); }
    void conflictBaseFromTheSameBatch() {
        // The server writes a batch's history rows at its end; a conflict on a revision the same
        // batch made still answers with that revision as its base.
        QFETCH(QString, backend);
        auto server = startServer(backend);
        QVERIFY(server);
        const QByteArray token = server->addTenant(u"acme"_s);
        const QUuid id = QUuid::createUuid();
        const HttpAnswer answer =
            http(m_network, "POST", endpoint(*server, u"/v1/batch"_s), token,
                 batchBody({contactOp(QUuid::createUuid(), id, u"Ann"_s),
                            contactOp(QUuid::createUuid(), id, u"Bea"_s, u"patch"_s, 1),
                            contactOp(QUuid::createUuid(), id, u"Cid"_s, u"patch"_s, 1)}));
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.body.value(u"results"_s).toArray();
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"applied"_s);
        const QJsonObject conflict = results.at(2).toObject();
        QCOMPARE(conflict.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(conflict.value(u"current"_s).toObject().value(u"name"_s).toString(), u"Bea"_s);
        QCOMPARE(conflict.value(u"base"_s).toObject().value(u"name"_s).toString(), u"Ann"_s);
    }

    void everyOpDeliveredTwice_data() { addBackendRows(); }
    void everyOpDeliveredTwice() {
        QFETCH(QString, backend);
        auto first = startServer(backend);
        QVERIFY(first);
        // A second server instance over the same database, for deliveries that truly overlap.
        ServerProcess second(first->database());
        QVERIFY(second.start());
        const QByteArray token = first->addTenant(u"acme"_s);

        // 200 records, each created and then patched twice.
        QList<QUuid> ids;
        QJsonArray creates;
        for (int i = 0; i < 200; ++i) {
            ids.append(QUuid::createUuid());
            creates.append(contactOp(QUuid::createUuid(), ids.constLast(), u"c%1"_s.arg(i)));
        }
        auto deliver = [&](const QByteArray& body, int times, bool concurrently) {
            QList<QNetworkReply*> replies;
            QList<QByteArray> answers;
            for (int t = 0; t < times; ++t) {
                QNetworkRequest request(endpoint(t % 2 == 0 ? *first : second, u"/v1/batch"_s));
                request.setRawHeader("Authorization", "Bearer " + token);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply* reply = m_network.post(request, body);
                replies.append(reply);
                if (!concurrently) {
                    QSignalSpy done(reply, &QNetworkReply::finished);
                    QVERIFY(done.wait(60'000));
                }
            }
            for (QNetworkReply* reply : std::as_const(replies)) {
                if (!reply->isFinished()) {
                    QSignalSpy done(reply, &QNetworkReply::finished);
                    QVERIFY(done.wait(60'000));
                }
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                answers.append(reply->readAll());
                reply->deleteLater();
            }
            // Every delivery gets the same answer: the stored first one.
            for (const QByteArray& answer : std::as_const(answers))
                QCOMPARE(answer, answers.constFirst());
        };
        deliver(batchBody(creates), 2, false);
        for (int round = 1; round <= 2; ++round) {
            QJsonArray patches;
            for (int i = 0; i < ids.size(); ++i)
                patches.append(contactOp(QUuid::createUuid(), ids.at(i), u"c%1 v%2"_s.arg(i).arg(round),
                                         u"patch"_s, round));
            deliver(batchBody(patches), 4, true);
        }
        // Duplicates inside one batch, too.
        const QJsonObject again = contactOp(QUuid::createUuid(), ids.constFirst(), u"twice"_s, u"patch"_s, 3);
        deliver(batchBody({again, again}), 2, true);

        const auto state = serverState(m_network, *first, token);
        QCOMPARE(state.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const protocol::Change change =
                state.value(u"partner_contact/"_s + ids.at(i).toString(QUuid::WithoutBraces));
            QCOMPARE(change.revision, i == 0 ? 4 : 3);
            QCOMPARE(change.fields.value(u"name"_s).toString(), i == 0 ? u"twice"_s : u"c%1 v2"_s.arg(i));
        }
    }

    void auditIsAppendOnlyAndTokensAreHashed_data() { addBackendRows(); }
    void auditIsAppendOnlyAndTokensAreHashed() {
        QFETCH(QString, backend);
        auto server = startServer(backend);
        QVERIFY(server);
        const QByteArray token = server->addTenant(u"acme"_s);
        QCOMPARE(http(m_network, "POST", endpoint(*server, u"/v1/batch"_s), token,
                      batchBody({contactOp(QUuid::createUuid(), QUuid::createUuid(), u"Ann"_s)}))
                     .status,
                 200);
        const QString spec = server->database();
        {
            QSqlDatabase db;
            if (spec.startsWith(u"sqlite:"_s)) {
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
                db.setDatabaseName(spec.mid(7));
            } else {
                const QUrl url(spec);
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"inspect"_s);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            }
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*) FROM audit"_s) && query.next());
            QVERIFY(query.value(0).toInt() >= 2); // the tenant and the op
            QVERIFY(!query.exec(u"UPDATE audit SET action = 'forged'"_s));
            QVERIFY(!query.exec(u"DELETE FROM audit"_s));
            // Tokens are the members' (the first admin's here); the tenant row keeps none.
            QVERIFY(query.exec(u"SELECT token_hash FROM members"_s) && query.next());
            const QString stored = query.value(0).toString();
            QCOMPARE(stored.toLatin1(), QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
            QVERIFY(!stored.contains(QString::fromLatin1(token)));
            QVERIFY(query.exec(u"SELECT token_hash FROM tenants"_s) && query.next());
            QVERIFY(query.value(0).toString().startsWith(u"members:"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void tenantIsolation_data() { addBackendRows(); }
    void tenantIsolation() {
        QFETCH(QString, backend);
        auto server = startServer(backend);
        QVERIFY(server);
        const QByteArray a = server->addTenant(u"alpha"_s);
        const QByteArray b = server->addTenant(u"beta"_s);
        QList<QUuid> ids;
        QJsonArray creates;
        for (int i = 0; i < 20; ++i) {
            ids.append(QUuid::createUuid());
            creates.append(contactOp(QUuid::createUuid(), ids.constLast(), u"a%1"_s.arg(i)));
        }
        QCOMPARE(http(m_network, "POST", endpoint(*server, u"/v1/batch"_s), a, batchBody(creates)).status,
                 200);
        const auto before = serverState(m_network, *server, a);
        QCOMPARE(before.size(), 20);

        int requests = 0;
        int refused = 0;
        for (const QUuid& id : std::as_const(ids)) {
            const QUrl record =
                endpoint(*server, u"/v1/partner_contact/"_s + id.toString(QUuid::WithoutBraces));
            for (const HttpAnswer& answer :
                 QList<HttpAnswer>{http(m_network, "GET", record, b),
                                   http(m_network, "PATCH", record, b, R"({"fields":{"name":"stolen"}})",
                                        {{"If-Match", "\"1\""}})}) {
                ++requests;
                refused += answer.status == 404 || answer.status == 403;
            }
            for (const QString& action : QStringList{u"patch"_s, u"delete"_s, u"upsert"_s}) {
                const HttpAnswer answer =
                    http(m_network, "POST", endpoint(*server, u"/v1/batch"_s), b,
                         batchBody({contactOp(QUuid::createUuid(), id, u"stolen"_s, action, 1)}));
                ++requests;
                const QJsonObject result = answer.body.value(u"results"_s).toArray().at(0).toObject();
                refused += answer.status == 200 && result.value(u"status"_s) == u"rejected"_s &&
                           result.value(u"code"_s) == u"not_found"_s;
            }
        }
        QCOMPARE(refused, requests);
        QVERIFY(serverState(m_network, *server, b).isEmpty());
        const auto after = serverState(m_network, *server, a);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(tst_SyncServer)
#include "tst_SyncServer.moc"
