// SPDX-License-Identifier: GPL-3.0-or-later
// The server's side of sealed sharing on the real sitekeeper-server, over SQLite and PostgreSQL: the
// key directory and each member registering their own key (bad keys refused, the same key not audited
// twice); sealed copies only for members with a key and for the service when the server holds its
// key; a revoked member's copies taken out of every credential in a new revision of the change feed;
// the service key file (its mode, never overwritten); and `credential open`, which prints a secret
// sealed for the service only when it opens and records who opened it for GET /v1/access.
#include "CredentialRecord.h"
#include "Sealing.h"
#include "Site.h"
#include "TeamTestSupport.h"

#include <QFile>
#include <QFileDevice>
#include <QSqlRecord>

using namespace sitekeeper;
using namespace sitekeeper::test;
namespace sealing = sitekeeper::protocol::sealing;

namespace {

QJsonObject siteFields(const QString& name) {
    Site site;
    site.id = QUuid::createUuid();
    site.name = name;
    QJsonObject json = site.toJson();
    json.remove(u"id"_s);
    return json;
}

QJsonObject credentialFields(const QUuid& siteId, const QString& label, const QMap<QString, QString>& sealed,
                             const QList<QUuid>& readers = {}) {
    CredentialRecord credential;
    credential.id = QUuid::createUuid();
    credential.siteId = siteId;
    credential.label = label;
    credential.sealed = sealed;
    credential.readers = readers;
    if (!sealed.isEmpty())
        credential.sharedWith = {u"team"_s};
    QJsonObject json = credential.toJson();
    json.remove(u"id"_s);
    return json;
}

QByteArray keyBody(const QString& key) {
    return QJsonDocument(QJsonObject{{u"public_key"_s, key}}).toJson(QJsonDocument::Compact);
}

// A box that no longer opens: one byte of its ciphertext changed, still base64 of the same size.
QString changed(const QString& box) {
    QByteArray bytes = QByteArray::fromBase64(box.toLatin1());
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class tst_SealedSharing : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    HttpAnswer get(const ServerProcess& server, const QString& path, const QByteArray& token) {
        return http(m_network, "GET", endpoint(server, path), token);
    }
    HttpAnswer putKey(const ServerProcess& server, const QByteArray& token, const QByteArray& body) {
        return http(m_network, "PUT", endpoint(server, u"/v1/keys/me"_s), token, body);
    }
    protocol::KeyDirectory directory(const ServerProcess& server, const QByteArray& token) {
        const HttpAnswer answer = get(server, u"/v1/keys"_s, token);
        auto parsed = protocol::KeyDirectory::fromJson(answer.body);
        if (answer.status != 200 || !parsed) {
            qWarning("GET /v1/keys: %d %s", answer.status, answer.raw.constData());
            return {};
        }
        return *parsed;
    }
    QUuid memberId(const ServerProcess& server, const QByteArray& token, const QString& email) {
        const protocol::MemberKey* member = directory(server, token).memberByEmail(email);
        return member ? member->memberId : QUuid();
    }
    // One op; answers its result object.
    QJsonObject apply(const ServerProcess& server, const QByteArray& token, const QJsonObject& op) {
        const HttpAnswer answer =
            http(m_network, "POST", endpoint(server, u"/v1/batch"_s), token, opsBody({op}));
        return answer.body.value(u"results"_s).toArray().at(0).toObject();
    }
    QList<protocol::AuditEntry> audit(const ServerProcess& server, const QByteArray& token,
                                      const QString& entity, const QUuid& id, const QString& action) {
        const HttpAnswer answer =
            get(server, u"/v1/audit?limit=1000&entity=%1&id=%2"_s.arg(entity, uuid(id)), token);
        auto page = protocol::AuditPage::fromJson(answer.body);
        QList<protocol::AuditEntry> entries;
        if (!page)
            return entries;
        for (const protocol::AuditEntry& entry : page->entries) {
            if (entry.action == action)
                entries.append(entry);
        }
        return entries;
    }
    protocol::AccessList access(const ServerProcess& server, const QByteArray& token,
                                const QUuid& credential) {
        const HttpAnswer answer = get(server, u"/v1/access?credential="_s + uuid(credential), token);
        auto list = protocol::AccessList::fromJson(answer.body);
        if (answer.status != 200 || !list) {
            qWarning("GET /v1/access: %d %s", answer.status, answer.raw.constData());
            return {};
        }
        return *list;
    }
    // `service-key VERB --service-key PATH` (no database needed).
    ServerProcess::Command serviceKey(const QString& verb, const QString& path) {
        return ServerProcess(u"sqlite:"_s + m_dir.filePath(u"unused.sqlite"_s))
            .command({u"service-key"_s, verb, u"--service-key"_s, path});
    }
    // The public key `service-key show` prints.
    QByteArray shownKey(const QByteArray& out) {
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("public_key: "))
                return sealing::decodeKey(QString::fromLatin1(line.mid(12).trimmed()));
        }
        return {};
    }
    // Serving with `args` ends at once with this exit code and message (-1: it went on serving).
    ServerProcess::Command refusedServe(const QStringList& args) {
        QProcess process;
        process.start(serverPath(),
                      QStringList{u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"refused.sqlite"_s),
                                  u"--listen"_s, u"127.0.0.1:0"_s} +
                          args);
        ServerProcess::Command result;
        if (!process.waitForFinished(15'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(sealing::available());
    }

    void keyDirectory_data() { addBackendRows(); }
    void keyDirectory() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));

        // Every role reads the directory: everyone, nobody with a key yet, no service on this server.
        for (const QString& role : {u"viewer"_s, u"reviewer"_s, u"editor"_s, u"admin"_s}) {
            const HttpAnswer answer = get(server, u"/v1/keys"_s, team.token(role));
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.body.value(u"service"_s).isNull());
            const QJsonArray members = answer.body.value(u"members"_s).toArray();
            QCOMPARE(members.size(), 4);
            for (const QJsonValue& member : members)
                QVERIFY(member[u"public_key"_s].isNull());
        }

        // Every role registers its own key, and the directory lists it for that member only.
        QMap<QString, sealing::KeyPair> keys;
        const QMap<QString, QString> emails{{u"admin"_s, u"dana@example.com"_s},
                                            {u"editor"_s, u"eli@example.com"_s},
                                            {u"reviewer"_s, u"rita@example.com"_s},
                                            {u"viewer"_s, u"vic@example.com"_s}};
        for (auto it = emails.begin(); it != emails.end(); ++it) {
            keys.insert(it.key(), sealing::generate());
            const HttpAnswer answer = putKey(server, team.token(it.key()),
                                             keyBody(sealing::encodeKey(keys.value(it.key()).publicKey)));
            QCOMPARE(answer.status, 200);
            auto member = protocol::MemberKey::fromJson(answer.body.value(u"member"_s).toObject(), u"$"_s);
            QVERIFY(member);
            QCOMPARE(member->email, it.value());
            QCOMPARE(member->publicKey, keys.value(it.key()).publicKey);
        }
        const protocol::KeyDirectory listed = directory(server, team.viewer);
        QCOMPARE(listed.members.size(), 4);
        for (auto it = emails.begin(); it != emails.end(); ++it)
            QCOMPARE(listed.memberByEmail(it.value())->publicKey, keys.value(it.key()).publicKey);

        // What is not a 32-byte key is refused, naming the field; the registered key stays.
        const QByteArray shortKey = QByteArray(31, 'k').toBase64();
        for (const QByteArray& body :
             {keyBody(QString::fromLatin1(shortKey)), keyBody(u"not base64!"_s), keyBody(QString()),
              QByteArray(R"({"public_key": 42})"), QByteArray(R"({"key": "x"})")}) {
            const HttpAnswer answer = putKey(server, team.editor, body);
            QCOMPARE(answer.status, 400);
            QVERIFY2(answer.body[u"error"_s][u"fields"_s].toObject().contains(u"public_key"_s), answer.raw);
        }
        QCOMPARE(putKey(server, team.editor, "not json").status, 400);
        QCOMPARE(http(m_network, "GET", endpoint(server, u"/v1/keys/me"_s), team.editor).status, 405);
        QCOMPARE(http(m_network, "PUT", endpoint(server, u"/v1/keys"_s), team.editor, keyBody(u"x"_s)).status,
                 405);
        QCOMPARE(directory(server, team.admin).memberByEmail(u"eli@example.com"_s)->publicKey,
                 keys.value(u"editor"_s).publicKey);

        // The same key again changes nothing; a new one is audited with its fingerprint, by the member.
        const QUuid editorId = memberId(server, team.admin, u"eli@example.com"_s);
        QVERIFY(!editorId.isNull());
        const QByteArray same = keyBody(sealing::encodeKey(keys.value(u"editor"_s).publicKey));
        QCOMPARE(putKey(server, team.editor, same).status, 200);
        QList<protocol::AuditEntry> logged =
            audit(server, team.admin, u"member"_s, editorId, u"member_key"_s);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.constFirst().memberId, editorId);
        QCOMPARE(logged.constFirst().fields,
                 QStringList{sealing::fingerprint(keys.value(u"editor"_s).publicKey)});
        const sealing::KeyPair replaced = sealing::generate();
        QCOMPARE(putKey(server, team.editor, keyBody(sealing::encodeKey(replaced.publicKey))).status, 200);
        logged = audit(server, team.admin, u"member"_s, editorId, u"member_key"_s);
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.constLast().fields, QStringList{sealing::fingerprint(replaced.publicKey)});

        // A revoked member stays listed, flagged and without a key; the raw answer says so too.
        QCOMPARE(server
                     .command({u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s,
                               u"vic@example.com"_s})
                     .exitCode,
                 0);
        const HttpAnswer after = get(server, u"/v1/keys"_s, team.reviewer);
        QCOMPARE(after.status, 200);
        bool seen = false;
        for (const QJsonValue& member : after.body.value(u"members"_s).toArray()) {
            if (member[u"email"_s].toString() != QLatin1String("vic@example.com"))
                continue;
            seen = true;
            QVERIFY(member[u"revoked"_s].toBool());
            QVERIFY(member[u"public_key"_s].isNull());
        }
        QVERIFY(seen);
        // Another tenant's directory has none of these members.
        const QByteArray other = server.addTenant(u"globex"_s);
        QCOMPARE(directory(server, other).members.size(), 1);
    }

    void sealedRecipients_data() { addBackendRows(); }
    void sealedRecipients() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const sealing::KeyPair adminKeys = sealing::generate();
        const sealing::KeyPair editorKeys = sealing::generate();
        const sealing::KeyPair viewerKeys = sealing::generate();
        QCOMPARE(putKey(server, team.admin, keyBody(sealing::encodeKey(adminKeys.publicKey))).status, 200);
        QCOMPARE(putKey(server, team.editor, keyBody(sealing::encodeKey(editorKeys.publicKey))).status, 200);
        QCOMPARE(putKey(server, team.viewer, keyBody(sealing::encodeKey(viewerKeys.publicKey))).status, 200);
        const QString admin = uuid(memberId(server, team.admin, u"dana@example.com"_s));
        const QString editor = uuid(memberId(server, team.admin, u"eli@example.com"_s));
        const QString reviewer = uuid(memberId(server, team.admin, u"rita@example.com"_s)); // no key
        const QString viewer = uuid(memberId(server, team.admin, u"vic@example.com"_s));
        QCOMPARE(server
                     .command({u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s,
                               u"vic@example.com"_s})
                     .exitCode,
                 0);
        const QString outsider = uuid(memberId(server, server.addTenant(u"globex"_s), u"admin"_s));
        QVERIFY(!outsider.isEmpty());
        const QUuid site = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"site"_s, site, siteFields(u"Head Office"_s)), 1);

        const QUuid id = QUuid::createUuid();
        const QString box = sealing::seal(id, "s3cret", editorKeys.publicKey);
        // Recipients this tenant does not have with a key: each refused, the record not written.
        const QList<std::pair<QString, QString>> refused{{u"unknown"_s, uuid(QUuid::createUuid())},
                                                         {u"another tenant's member"_s, outsider},
                                                         {u"member without a key"_s, reviewer},
                                                         {u"revoked member"_s, viewer},
                                                         {u"service without a service key"_s, u"service"_s}};
        for (const auto& [what, recipient] : refused) {
            const QJsonObject result =
                apply(server, team.editor,
                      opJson(u"credential"_s, id, u"upsert"_s, 0,
                             credentialFields(site, u"Domain admin"_s, {{editor, box}, {recipient, box}})));
            QVERIFY2(result[u"status"_s].toString() == QLatin1String("rejected"), qPrintable(what));
            QCOMPARE(result[u"code"_s].toString(), u"invalid"_s);
            const QString error = result[u"errors"_s].toArray().at(0).toString();
            QVERIFY2(error.startsWith(u"sealed: "_s), qPrintable(error));
            QVERIFY2(error.contains(recipient), qPrintable(error));
            QCOMPARE(get(server, u"/v1/credential/"_s + uuid(id), team.editor).status, 404);
        }

        // Members with a key: applied, and a later edit that leaves `sealed` alone passes the check too.
        QCOMPARE(apply(server, team.editor,
                       opJson(u"credential"_s, id, u"upsert"_s, 0,
                              credentialFields(site, u"Domain admin"_s,
                                               {{editor, box},
                                                {admin, sealing::seal(id, "s3cret", adminKeys.publicKey)}})))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        QCOMPARE(apply(server, team.editor,
                       opJson(u"credential"_s, id, u"patch"_s, 1, {{u"label"_s, u"Domain admin (HQ)"_s}}))
                     .value(u"revision"_s)
                     .toInteger(),
                 2);
        // A patch adding a recipient without a key is refused like an upsert.
        const QJsonObject patched =
            apply(server, team.editor,
                  opJson(u"credential"_s, id, u"patch"_s, 2,
                         {{u"sealed"_s, QJsonObject{{editor, box}, {admin, box}, {reviewer, box}}}}));
        QCOMPARE(patched[u"status"_s].toString(), u"rejected"_s);
        QVERIFY(patched[u"errors"_s].toArray().at(0).toString().contains(reviewer));
        const HttpAnswer stored = get(server, u"/v1/credential/"_s + uuid(id), team.reviewer);
        QCOMPARE(stored.body[u"revision"_s].toInteger(), 2);
        QStringList expected{admin, editor};
        expected.sort();
        QCOMPARE(stored.body[u"fields"_s][u"sealed"_s].toObject().keys(), expected);
        // Nothing else of a box is the server's business: it cannot read them.
        const QJsonObject opaque =
            apply(server, team.editor,
                  opJson(u"credential"_s, QUuid::createUuid(), u"upsert"_s, 0,
                         credentialFields(site, u"Printer"_s,
                                          {{admin, QString::fromLatin1(QByteArray(64, 'x').toBase64())}})));
        QCOMPARE(opaque[u"status"_s].toString(), u"applied"_s);
    }

    void revocationUnseals_data() { addBackendRows(); }
    void revocationUnseals() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        ServerProcess server(database);
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        const sealing::KeyPair adminKeys = sealing::generate();
        const sealing::KeyPair editorKeys = sealing::generate();
        QCOMPARE(putKey(server, team.admin, keyBody(sealing::encodeKey(adminKeys.publicKey))).status, 200);
        QCOMPARE(putKey(server, team.editor, keyBody(sealing::encodeKey(editorKeys.publicKey))).status, 200);
        const QUuid adminId = memberId(server, team.admin, u"dana@example.com"_s);
        const QUuid editorId = memberId(server, team.admin, u"eli@example.com"_s);
        const QString admin = uuid(adminId);
        const QString editor = uuid(editorId);

        const QUuid site = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"site"_s, site, siteFields(u"Head Office"_s)), 1);
        const QUuid both = QUuid::createUuid();
        const QUuid adminOnly = QUuid::createUuid();
        const QString adminBox = sealing::seal(both, "pw", adminKeys.publicKey);
        QCOMPARE(seed(m_network, server, team.editor, u"credential"_s, both,
                      credentialFields(
                          site, u"Domain admin"_s,
                          {{admin, adminBox}, {editor, sealing::seal(both, "pw", editorKeys.publicKey)}},
                          {adminId, editorId})),
                 1);
        QCOMPARE(
            seed(m_network, server, team.editor, u"credential"_s, adminOnly,
                 credentialFields(site, u"Printer"_s,
                                  {{admin, sealing::seal(adminOnly, "p", adminKeys.publicKey)}}, {adminId})),
            1);
        const QString cursor = get(server, u"/v1/changes"_s, team.admin).body.value(u"next"_s).toString();

        QCOMPARE(server
                     .command({u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s,
                               u"eli@example.com"_s})
                     .exitCode,
                 0);

        // The feed brings the one credential the leaver could open, as a new revision without their
        // copy; the other copies and the readers are as they were.
        const HttpAnswer feed = get(server, u"/v1/changes?since="_s + cursor, team.admin);
        auto page = protocol::ChangePage::fromJson(feed.body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
        const protocol::Change& change = page->changes.constFirst();
        QCOMPARE(change.id, both);
        QCOMPARE(change.revision, 2);
        QCOMPARE(change.changedBy, u"Server operator"_s);
        QCOMPARE(change.fields.value(u"sealed"_s).toObject(), (QJsonObject{{admin, adminBox}}));
        QCOMPARE(change.fields.value(u"readers"_s).toArray(), (QJsonArray{admin, editor}));
        QCOMPARE(change.fields.value(u"label"_s).toString(), u"Domain admin"_s);
        QCOMPARE(
            get(server, u"/v1/credential/"_s + uuid(adminOnly), team.admin).body[u"revision"_s].toInteger(),
            1);
        const QList<protocol::AuditEntry> unsealed =
            audit(server, team.admin, u"credential"_s, both, u"unseal"_s);
        QCOMPARE(unsealed.size(), 1);
        QCOMPARE(unsealed.constFirst().revision, 2);
        QCOMPARE(unsealed.constFirst().fields, QStringList{u"sealed"_s});
        QCOMPARE(unsealed.constFirst().memberName, u"Server operator"_s);
        // The revision is a real one: its base is 2 for the next edit.
        QCOMPARE(
            apply(server, team.admin, opJson(u"credential"_s, both, u"patch"_s, 1, {{u"label"_s, u"x"_s}}))
                .value(u"status"_s)
                .toString(),
            u"conflict"_s);

        // Their key is gone; admitted again, they have none until they register one, and get no copy back.
        const protocol::KeyDirectory keys = directory(server, team.admin);
        QVERIFY(keys.member(editorId)->revoked);
        QVERIFY(keys.member(editorId)->publicKey.isEmpty());
        const QByteArray back = server.rotateMember(u"acme"_s, u"eli@example.com"_s);
        QVERIFY(back.startsWith("skt_"));
        const HttpAnswer raw = get(server, u"/v1/keys"_s, back);
        for (const QJsonValue& member : raw.body.value(u"members"_s).toArray()) {
            if (member[u"id"_s].toString() == editor) {
                QVERIFY(!member[u"revoked"_s].toBool());
                QVERIFY(member[u"public_key"_s].isNull());
            }
        }
        const HttpAnswer record = get(server, u"/v1/credential/"_s + uuid(both), back);
        QCOMPARE(record.body[u"revision"_s].toInteger(), 2);
        QVERIFY(!record.body[u"fields"_s][u"sealed"_s].toObject().contains(editor));
        // Sealing for them is refused until they register a key again.
        const QJsonObject refused =
            apply(server, team.admin,
                  opJson(u"credential"_s, both, u"patch"_s, 2,
                         {{u"sealed"_s, QJsonObject{{admin, adminBox}, {editor, adminBox}}}}));
        QCOMPARE(refused[u"status"_s].toString(), u"rejected"_s);
    }

    // A database from before sealed sharing (members without public_key, no credential_access) is
    // upgraded when the server opens it.
    void upgradeFromBeforeKeys_data() { addBackendRows(); }
    void upgradeFromBeforeKeys() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        const QByteArray token = ServerProcess(database).addTenant(u"acme"_s);
        QVERIFY(token.startsWith("skt_"));
        {
            QSqlDatabase db = directDatabase(backend, database, u"before-keys"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"ALTER TABLE members DROP COLUMN public_key"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"DROP TABLE credential_access"_s));
            QVERIFY(!db.record(u"members"_s).contains(u"public_key"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"before-keys"_s);

        const QString keyPath = m_dir.filePath(u"upgrade-key-%1"_s.arg(backend));
        QFile::remove(keyPath);
        QCOMPARE(serviceKey(u"init"_s, keyPath).exitCode, 0);
        const QByteArray servicePublic = shownKey(serviceKey(u"show"_s, keyPath).out);
        ServerProcess server(database, {u"--service-key"_s, keyPath});
        QVERIFY(server.start());
        const sealing::KeyPair keys = sealing::generate();
        QCOMPARE(putKey(server, token, keyBody(sealing::encodeKey(keys.publicKey))).status, 200);
        QCOMPARE(directory(server, token).memberByEmail(u"admin"_s)->publicKey, keys.publicKey);
        const QUuid site = QUuid::createUuid();
        const QUuid credential = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, token, u"site"_s, site, siteFields(u"HQ"_s)), 1);
        QCOMPARE(seed(m_network, server, token, u"credential"_s, credential,
                      credentialFields(site, u"Admin"_s,
                                       {{u"service"_s, sealing::seal(credential, "pw", servicePublic)}})),
                 1);
        const ServerProcess::Command opened =
            server.command({u"credential"_s, u"open"_s, u"--service-key"_s, keyPath, u"--tenant"_s, u"acme"_s,
                            u"--site"_s, u"HQ"_s, u"--label"_s, u"Admin"_s, u"--as"_s, u"Tom"_s});
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.out, QByteArray("pw\n"));
        QCOMPARE(access(server, token, credential).entries.size(), 1);
    }

    void serviceKeyFile() {
        const QString path = m_dir.filePath(u"service-key"_s);
        const ServerProcess::Command made = serviceKey(u"init"_s, path);
        QCOMPARE(made.exitCode, 0);
        // The owner's bits only (Qt adds the same as "user" bits for the current user).
        const QFileDevice::Permissions user =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~user, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray publicKey = shownKey(made.out);
        QCOMPARE(publicKey.size(), sealing::keySize);
        QVERIFY(made.out.contains(
            QByteArray(QByteArray("fingerprint: ") + sealing::fingerprint(publicKey).toLatin1())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        file.close();
        QVERIFY(content.startsWith("sitekeeper-service-key-v1\n"));
        // The private key is in the file only, never on the terminal.
        const QByteArray secret = content.split('\n').at(1);
        QVERIFY(!made.out.contains(secret) && !made.err.contains(secret));
        QCOMPARE(sealing::fromSecretKey(QByteArray::fromBase64(secret)).publicKey, publicKey);

        // Never overwritten.
        const ServerProcess::Command again = serviceKey(u"init"_s, path);
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("exists already"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        file.close();
        const ServerProcess::Command shown = serviceKey(u"show"_s, path);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shownKey(shown.out), publicKey);

        // Readable or writable by others: refused, by `show` and by the server at start.
        for (const QFileDevice::Permissions loose :
             {QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup,
              QFileDevice::ReadOwner | QFileDevice::WriteOther}) {
            QVERIFY(QFile::setPermissions(path, loose));
            QCOMPARE(serviceKey(u"show"_s, path).exitCode, 2);
            const ServerProcess::Command refused = refusedServe({u"--service-key"_s, path});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("chmod 600"), refused.err);
            QVERIFY(!refused.out.contains("listening"));
        }
        // Read-only for its owner (as systemd hands credentials over) is fine.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        {
            ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"keyed.sqlite"_s),
                                 {u"--service-key"_s, path});
            QVERIFY(server.start());
            const QByteArray token = server.addTenant(u"acme"_s);
            QCOMPARE(directory(server, token).servicePublicKey, publicKey);
        }
        // Found in systemd's credentials folder without --service-key.
        {
            QTemporaryDir credentials;
            QVERIFY(QFile::copy(path, credentials.filePath(u"service-key"_s)));
            QVERIFY(QFile::setPermissions(credentials.filePath(u"service-key"_s), QFileDevice::ReadOwner));
            qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
            ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"credentials.sqlite"_s));
            const bool started = server.start();
            qunsetenv("CREDENTIALS_DIRECTORY");
            QVERIFY(started);
            QCOMPARE(directory(server, server.addTenant(u"acme"_s)).servicePublicKey, publicKey);
        }
        // "none" there (the unit's SetCredential= fallback when no key file was made): no service key.
        {
            QTemporaryDir credentials;
            QFile none(credentials.filePath(u"service-key"_s));
            QVERIFY(none.open(QIODevice::WriteOnly));
            none.write("none");
            none.close();
            qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
            ServerProcess server(u"sqlite:"_s + m_dir.filePath(u"no-credential.sqlite"_s));
            const bool started = server.start();
            qunsetenv("CREDENTIALS_DIRECTORY");
            QVERIFY(started);
            QVERIFY(directory(server, server.addTenant(u"acme"_s)).servicePublicKey.isEmpty());
        }

        // Not a key file: refused.
        const QString garbage = m_dir.filePath(u"garbage-key"_s);
        for (const QByteArray& text :
             {QByteArray("sitekeeper-service-key-v1\nc2hvcnQ=\n"),
              QByteArray(QByteArray("some-other-key\n") + content.split('\n').at(1) + '\n')}) {
            QFile::remove(garbage);
            QFile bad(garbage);
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(text);
            bad.close();
            QVERIFY(QFile::setPermissions(garbage, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            const ServerProcess::Command refused = refusedServe({u"--service-key"_s, garbage});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("not a service key file"), refused.err);
        }
        QCOMPARE(refusedServe({u"--service-key"_s, m_dir.filePath(u"missing"_s)}).exitCode, 2);
    }

    void credentialOpen_data() { addBackendRows(); }
    void credentialOpen() {
        QFETCH(QString, backend);
        const QString database = makeDatabase(backend, m_dir);
        QVERIFY(!database.isEmpty());
        const QString keyPath = m_dir.filePath(u"open-key-%1"_s.arg(backend));
        QFile::remove(keyPath);
        QCOMPARE(serviceKey(u"init"_s, keyPath).exitCode, 0);
        const QByteArray servicePublic = shownKey(serviceKey(u"show"_s, keyPath).out);
        QCOMPARE(servicePublic.size(), sealing::keySize);
        ServerProcess server(database, {u"--service-key"_s, keyPath});
        QVERIFY(server.start());
        Team team;
        QVERIFY(team.make(server));
        QCOMPARE(directory(server, team.viewer).servicePublicKey, servicePublic);
        const sealing::KeyPair adminKeys = sealing::generate();
        QCOMPARE(putKey(server, team.admin, keyBody(sealing::encodeKey(adminKeys.publicKey))).status, 200);
        const QString admin = uuid(memberId(server, team.admin, u"dana@example.com"_s));

        const QUuid site = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"site"_s, site, siteFields(u"Head Office"_s)), 1);
        const QByteArray secret = "correct horse battery staple";
        const QUuid shared = QUuid::createUuid();
        const QUuid membersOnly = QUuid::createUuid();
        const QUuid tampered = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"credential"_s, shared,
                      credentialFields(site, u"Domain admin"_s,
                                       {{u"service"_s, sealing::seal(shared, secret, servicePublic)}})),
                 1);
        QCOMPARE(seed(m_network, server, team.editor, u"credential"_s, membersOnly,
                      credentialFields(site, u"Printer"_s,
                                       {{admin, sealing::seal(membersOnly, secret, adminKeys.publicKey)}})),
                 1);
        QCOMPARE(
            seed(m_network, server, team.editor, u"credential"_s, tampered,
                 credentialFields(site, u"Router"_s,
                                  {{u"service"_s, changed(sealing::seal(tampered, secret, servicePublic))}})),
            1);
        // A box moved from another credential does not open either.
        const QUuid moved = QUuid::createUuid();
        QCOMPARE(seed(m_network, server, team.editor, u"credential"_s, moved,
                      credentialFields(site, u"Firewall"_s,
                                       {{u"service"_s, sealing::seal(shared, secret, servicePublic)}})),
                 1);

        auto open = [&](const QString& site, const QString& label, const QStringList& extra = {}) {
            return server.command(QStringList{u"credential"_s, u"open"_s, u"--service-key"_s, keyPath,
                                              u"--tenant"_s, u"acme"_s, u"--site"_s, site, u"--label"_s,
                                              label} +
                                  extra);
        };
        // Names as a technician types them: case does not matter.
        const ServerProcess::Command opened = open(
            u"head office"_s, u"DOMAIN ADMIN"_s, {u"--as"_s, u"Tom Tech"_s, u"--reason"_s, u"ticket 4711"_s});
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.out, secret + '\n');
        QVERIFY(!opened.err.contains(secret));
        protocol::AccessList list = access(server, team.viewer, shared);
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.constFirst().who, u"Tom Tech"_s);
        QCOMPARE(list.entries.constFirst().reason, u"ticket 4711"_s);
        QVERIFY(QDateTime::fromString(list.entries.constFirst().at, Qt::ISODateWithMs).isValid());
        QCOMPARE(audit(server, team.admin, u"credential"_s, shared, u"credential_open"_s).size(), 1);

        // Opened again: newest first.
        QTest::qWait(5);
        const ServerProcess::Command second =
            open(u"Head Office"_s, u"Domain admin"_s, {u"--as"_s, u"Ann Other"_s});
        QVERIFY2(second.exitCode == 0, second.err);
        list = access(server, team.admin, shared);
        QCOMPARE(list.entries.size(), 2);
        QCOMPARE(list.entries.at(0).who, u"Ann Other"_s);
        QCOMPARE(list.entries.at(0).reason, QString());
        QCOMPARE(list.entries.at(1).who, u"Tom Tech"_s);

        // Refused with exit 1, nothing printed and no access entry: not shared, changed, moved, unknown.
        const struct {
            QString site;
            QString label;
            QByteArray says;
            QUuid id;
        } refusals[] = {{u"Head Office"_s, u"Printer"_s, "not shared with the service", membersOnly},
                        {u"Head Office"_s, u"Router"_s, "changed after it was sealed", tampered},
                        {u"Head Office"_s, u"Firewall"_s, "changed after it was sealed", moved},
                        {u"Branch"_s, u"Domain admin"_s, "no site named Branch", {}},
                        {u"Head Office"_s, u"Mail"_s, "no credential labelled Mail", {}}};
        for (const auto& refusal : refusals) {
            const ServerProcess::Command refused = open(refusal.site, refusal.label);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(refusal.says), refused.err);
            QVERIFY(refused.out.isEmpty());
            if (!refusal.id.isNull())
                QCOMPARE(access(server, team.admin, refusal.id).entries.size(), 0);
        }
        const ServerProcess::Command noTenant =
            server.command({u"credential"_s, u"open"_s, u"--service-key"_s, keyPath, u"--tenant"_s,
                            u"initech"_s, u"--site"_s, u"Head Office"_s, u"--label"_s, u"Domain admin"_s});
        QCOMPARE(noTenant.exitCode, 1);
        QVERIFY(noTenant.out.isEmpty());
        QCOMPARE(access(server, team.admin, shared).entries.size(), 2);

        // The access list is the tenant's: another tenant's or an unknown id is not found; no id is 400.
        const QByteArray other = server.addTenant(u"globex"_s);
        QCOMPARE(get(server, u"/v1/access?credential="_s + uuid(shared), other).status, 404);
        QCOMPARE(get(server, u"/v1/access?credential="_s + uuid(QUuid::createUuid()), team.admin).status,
                 404);
        QCOMPARE(get(server, u"/v1/access?credential="_s + uuid(site), team.admin).status, 404); // a site
        QCOMPARE(get(server, u"/v1/access?credential=nope"_s, team.admin).status, 400);
        QCOMPARE(get(server, u"/v1/access"_s, team.admin).status, 400);
    }
};

QTEST_GUILESS_MAIN(tst_SealedSharing)
#include "tst_SealedSharing.moc"
