// SPDX-License-Identifier: GPL-3.0-or-later
// The server's answers against docs/api/openapi.yaml: a short session meets every endpoint and the
// answers the spec lists (applied, conflict whole and partial, rejected, replay, 400, 401, 403, 404,
// 405, 412, 413 too large and over quota, 428, 429; me, members, audit, presence, a long poll), the server
// records each answer, and ajv checks them all against the spec, together with those the sync integration
// tests recorded before.
#include "SyncTestSupport.h"

#include <QDirIterator>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

QJsonObject op(const QUuid& opId, const QUuid& id, const QString& action, qint64 base,
               const QJsonObject& fields) {
    return wireOp(opId, u"reference"_s, id, action, base, fields);
}

QByteArray batch(const QJsonArray& ops) {
    return wireBatch(ops);
}

} // namespace

class tst_ApiContract : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QSet<int> m_statuses;

    HttpAnswer call(const ServerProcess& server, const QByteArray& verb, const QString& path,
                    const QByteArray& token, const QByteArray& body = {},
                    const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        HttpAnswer answer = http(m_network, verb, endpoint(server, path), token, body, headers);
        m_statuses.insert(answer.status);
        return answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyAnswerMatchesTheSpec() {
        const QString replies = m_dir.filePath(u"replies"_s);
        QVERIFY(QDir().mkpath(replies));
        {
            ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"contract.sqlite"_s),
                                 {u"--stats"_s, u"--record-replies"_s, replies});
            QVERIFY(server.start());
            const QByteArray token = server.addTenant(u"acme"_s);
            QCOMPARE(call(server, "GET", u"/v1/health"_s, {}).status, 200);
            QCOMPARE(call(server, "POST", u"/v1/health"_s, {}).status, 405);
            QCOMPARE(call(server, "GET", u"/v1/changes"_s, "skt_wrong").status, 401);
            QCOMPARE(call(server, "GET", u"/v1/nothing"_s, token).status, 404);
            QCOMPARE(call(server, "GET", u"/v1/batch"_s, token).status, 405);

            const QUuid small = QUuid::createUuid();
            const QUuid large = QUuid::createUuid();
            const QUuid first = QUuid::createUuid();
            const QByteArray created =
                batch({op(first, small, u"upsert"_s, 0, {{u"title"_s, u"Small"_s}}),
                       op(QUuid::createUuid(), small, u"patch"_s, 1, {{u"title"_s, u"Small 2"_s}}),
                       op(QUuid::createUuid(), large, u"upsert"_s, 0,
                          {{u"title"_s, u"Large"_s}, {u"body"_s, QString(70'000, u'x')}}),
                       op(QUuid::createUuid(), large, u"patch"_s, 1, {{u"title"_s, u"Large 2"_s}})});
            QCOMPARE(call(server, "POST", u"/v1/batch"_s, token, created).status, 200);
            const HttpAnswer mixed = call(
                server, "POST", u"/v1/batch"_s, token,
                batch({op(QUuid::createUuid(), small, u"patch"_s, 1, {{u"title"_s, u"stale"_s}}),
                       op(QUuid::createUuid(), large, u"patch"_s, 1, {{u"title"_s, u"stale"_s}}),
                       op(QUuid::createUuid(), small, u"patch"_s, 2, {{u"title"_s, u""_s}}),
                       op(QUuid::createUuid(), QUuid::createUuid(), u"patch"_s, 1, {{u"title"_s, u"x"_s}}),
                       op(first, small, u"upsert"_s, 0, {{u"title"_s, u"Small"_s}})}));
            QCOMPARE(mixed.status, 200);
            const QJsonArray results = mixed.body.value(u"results"_s).toArray();
            QCOMPARE(results.size(), 5);
            QCOMPARE(results.at(0)[u"status"_s].toString(), u"conflict"_s);
            QVERIFY(results.at(0).toObject().contains(u"current"_s));
            QCOMPARE(results.at(1)[u"partial"_s].toBool(), true);
            QCOMPARE(results.at(2)[u"code"_s].toString(), u"invalid"_s);
            QCOMPARE(results.at(3)[u"code"_s].toString(), u"not_found"_s);
            QCOMPARE(results.at(4)[u"status"_s].toString(), u"applied"_s); // the replay of the first
            QCOMPARE(call(server, "POST", u"/v1/batch"_s, token, "[]").status, 400);
            QJsonArray tooMany;
            for (int i = 0; i < 1001; ++i)
                tooMany.append(op(QUuid::createUuid(), QUuid::createUuid(), u"delete"_s, 1, {}));
            QCOMPARE(call(server, "POST", u"/v1/batch"_s, token, batch(tooMany)).status, 413);

            QCOMPARE(call(server, "GET", u"/v1/changes?limit=1"_s, token).status, 200);
            QCOMPARE(call(server, "GET", u"/v1/changes?since=x"_s, token).status, 400);
            const QString record = u"/v1/reference/"_s + small.toString(QUuid::WithoutBraces);
            const HttpAnswer got = call(server, "GET", record, token);
            QCOMPARE(got.status, 200);
            const QByteArray etag = got.headers.value("etag");
            QCOMPARE(call(server, "GET",
                          u"/v1/reference/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), token)
                         .status,
                     404);
            const QByteArray change = R"({"fields":{"title":"Patched"}})";
            QCOMPARE(call(server, "PATCH", record, token, change).status, 428);
            QCOMPARE(call(server, "PATCH", record, token, change, {{"If-Match", etag}}).status, 200);
            QCOMPARE(call(server, "PATCH", record, token, change, {{"If-Match", etag}}).status, 412);
            QCOMPARE(
                call(server, "PATCH", record, token, R"({"fields":{"title":""}})", {{"If-Match", "\"3\""}})
                    .status,
                400);
            QCOMPARE(call(server, "DELETE", record, token).status, 405);

            // The team endpoints, per role: me, members, audit, presence, the refusals, the long poll.
            const QByteArray viewer =
                server.addMember(u"acme"_s, u"Vic"_s, u"vic@example.com"_s, u"viewer"_s);
            const QByteArray reviewer =
                server.addMember(u"acme"_s, u"Rita"_s, u"rita@example.com"_s, u"reviewer"_s);
            QVERIFY(viewer.startsWith("skt_") && reviewer.startsWith("skt_"));
            QCOMPARE(call(server, "GET", u"/v1/me"_s, viewer).status, 200);
            QCOMPARE(call(server, "GET", u"/v1/members"_s, token).status, 200);
            QCOMPARE(call(server, "GET", u"/v1/members"_s, viewer).status, 403);
            QCOMPARE(call(server, "GET", u"/v1/audit?limit=5"_s, token).status, 200);
            QCOMPARE(call(server, "GET", u"/v1/audit?entity=member"_s, token).status, 200);
            QCOMPARE(call(server, "GET", u"/v1/audit"_s, reviewer).status, 403);
            QCOMPARE(call(server, "GET", u"/v1/audit?id=x"_s, token).status, 400);
            const QByteArray where =
                QJsonDocument(QJsonObject{{u"entity"_s, u"reference"_s},
                                          {u"id"_s, small.toString(QUuid::WithoutBraces)}})
                    .toJson(QJsonDocument::Compact);
            QCOMPARE(call(server, "PUT", u"/v1/presence"_s, token, where).status, 200);
            QCOMPARE(call(server, "GET",
                          u"/v1/presence?entity=reference&id="_s + small.toString(QUuid::WithoutBraces),
                          viewer)
                         .status,
                     200);
            QCOMPARE(call(server, "DELETE", u"/v1/presence"_s, token, where).status, 200);
            QCOMPARE(call(server, "PUT", u"/v1/presence"_s, token, QByteArray("{\"entity\":\"x\"}")).status,
                     400);
            QCOMPARE(call(server, "POST", u"/v1/batch"_s, viewer,
                          batch({op(QUuid::createUuid(), small, u"patch"_s, 3, {{u"title"_s, u"No"_s}})}))
                         .status,
                     403);
            const HttpAnswer refused =
                call(server, "POST", u"/v1/batch"_s, reviewer,
                     batch({op(QUuid::createUuid(), small, u"patch"_s, 3, {{u"title"_s, u"No"_s}})}));
            QCOMPARE(refused.status, 200);
            QCOMPARE(refused.body[u"results"_s][0][u"code"_s].toString(), u"forbidden"_s);
            QCOMPARE(call(server, "PATCH", record, viewer, change, {{"If-Match", "\"3\""}}).status, 403);
            const HttpAnswer feed = call(server, "GET", u"/v1/changes?limit=1000"_s, viewer);
            const HttpAnswer waited =
                call(server, "GET", u"/v1/changes?wait=1&since="_s + feed.body[u"next"_s].toString(), viewer);
            QCOMPARE(waited.status, 200);
            QCOMPARE(waited.headers.value("x-sitekeeper-wait"), QByteArray("1"));
        }
        {
            // Quotas and rate limits are small here.
            ServerProcess server(
                u"sqlite:"_s + m_dir.filePath(u"limits.sqlite"_s),
                {u"--record-replies"_s, replies, u"--quota-records"_s, u"1"_s, u"--rate-limit"_s, u"1"_s});
            QVERIFY(server.start());
            const QByteArray token = server.addTenant(u"acme"_s);
            const HttpAnswer full = call(
                server, "POST", u"/v1/batch"_s, token,
                batch({op(QUuid::createUuid(), QUuid::createUuid(), u"upsert"_s, 0, {{u"title"_s, u"One"_s}}),
                       op(QUuid::createUuid(), QUuid::createUuid(), u"upsert"_s, 0,
                          {{u"title"_s, u"Two"_s}})}));
            QCOMPARE(full.status, 413);
            QCOMPARE(full.body[u"error"_s][u"code"_s].toString(), u"quota_exceeded"_s);
            int limited = 0;
            for (int i = 0; i < 5; ++i)
                limited += call(server, "GET", u"/v1/changes"_s, token).status == 429 ? 1 : 0;
            QVERIFY(limited > 0);
        }
        for (const int status : {200, 400, 401, 403, 404, 405, 412, 413, 428, 429})
            QVERIFY2(m_statuses.contains(status), qPrintable(QString::number(status)));

        const QString tools = QStringLiteral(SITEKEEPER_NODE_TOOLS);
        if (!QFile::exists(tools + u"/node_modules/ajv/package.json"_s)) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("ajv is not installed in " SITEKEEPER_NODE_TOOLS
                      ": scripts/install-node-tools.sh did not run");
            QSKIP("ajv is not installed: run scripts/install-node-tools.sh");
        }
        // Also the answers the sync tests recorded (tests/api/CMakeLists.txt: the fixture runs
        // this test after them).
        QStringList dirs{replies};
        int recordedBefore = 0;
        if (QDir(QStringLiteral(SITEKEEPER_API_REPLIES)).exists()) {
            dirs << QStringLiteral(SITEKEEPER_API_REPLIES);
            QDirIterator it(QStringLiteral(SITEKEEPER_API_REPLIES), {u"*.json"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++recordedBefore;
            }
        }
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(u"node"_s, QStringList{QStringLiteral(SITEKEEPER_VALIDATE_REPLIES), tools,
                                          QStringLiteral(SITEKEEPER_OPENAPI)} +
                                  dirs);
        QVERIFY2(node.waitForFinished(120'000), "node did not finish");
        const QByteArray output = node.readAll();
        qInfo("%s(%d of them recorded by the sync tests)", output.constData(), recordedBefore);
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ApiContract)
#include "tst_ApiContract.moc"
