// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialRecord.h"
#include "Sealing.h"
#include "Team.h"

#include <QJsonArray>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::protocol;
using namespace Qt::StringLiterals;

// Sealed copies of secrets (libsodium sealed boxes): only the recipient's key opens them, a changed
// byte anywhere is refused, and a box moved to another credential or meant for another key is told
// apart from a changed one.
class tst_Sealing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sealing::available()); }

    void sealedSecretOpensWithTheRecipientsKeyOnly() {
        const sealing::KeyPair ana = sealing::generate();
        const sealing::KeyPair ben = sealing::generate();
        QVERIFY(ana.isValid() && ben.isValid() && ana.publicKey != ben.publicKey);
        const QUuid id = QUuid::createUuid();
        const QByteArray secret = "Corr3ct-h0rse \xc3\xa9t\xc3\xa9";
        const QString box = sealing::seal(id, secret, ana.publicKey);
        QVERIFY(!box.isEmpty());
        QVERIFY(!box.toLatin1().contains(secret));
        QVERIFY(!QByteArray::fromBase64(box.toLatin1()).contains(secret));
        const sealing::Opened opened = sealing::open(box, id, ana);
        QVERIFY(opened.ok());
        QCOMPARE(opened.secret, secret);
        QCOMPARE(sealing::open(box, id, ben).failure, sealing::Failure::OtherKey);
        // Two seals of one secret differ (a fresh ephemeral key each): equal boxes tell nothing.
        QVERIFY(sealing::seal(id, secret, ana.publicKey) != box);
    }

    void everyChangedByteIsRefused() {
        const sealing::KeyPair keys = sealing::generate();
        const QUuid id = QUuid::createUuid();
        const QString box = sealing::seal(id, "s3cret-value", keys.publicKey);
        const QByteArray bytes = QByteArray::fromBase64(box.toLatin1());
        for (qsizetype i = 8; i < bytes.size(); ++i) {
            QByteArray changed = bytes;
            changed[i] = char(changed.at(i) ^ 0x01);
            const auto opened = sealing::open(QString::fromLatin1(changed.toBase64()), id, keys);
            QVERIFY2(opened.failure == sealing::Failure::Tampered, qPrintable(u"byte %1 opened"_s.arg(i)));
            QVERIFY(opened.secret.isEmpty());
        }
        // A change in the key id makes it someone else's box.
        QByteArray changed = bytes;
        changed[0] = char(changed.at(0) ^ 0x01);
        QCOMPARE(sealing::open(QString::fromLatin1(changed.toBase64()), id, keys).failure,
                 sealing::Failure::OtherKey);
        // Cut short, or not base64 at all.
        QCOMPARE(sealing::open(QString::fromLatin1(bytes.left(40).toBase64()), id, keys).failure,
                 sealing::Failure::Malformed);
        QCOMPARE(sealing::open(u"not base64!"_s, id, keys).failure, sealing::Failure::Malformed);
        QCOMPARE(sealing::open(QString(CredentialRecord::maxSealedBoxChars + 4, u'A'), id, keys).failure,
                 sealing::Failure::Malformed);
    }

    void boxMovedToAnotherCredentialIsRefused() {
        const sealing::KeyPair keys = sealing::generate();
        const QString box = sealing::seal(QUuid::createUuid(), "the other one", keys.publicKey);
        const auto opened = sealing::open(box, QUuid::createUuid(), keys);
        QCOMPARE(opened.failure, sealing::Failure::OtherCredential);
        QVERIFY(opened.secret.isEmpty());
    }

    void keysAndFingerprints() {
        const sealing::KeyPair keys = sealing::generate();
        QCOMPARE(sealing::fromSecretKey(keys.secretKey).publicKey, keys.publicKey);
        QVERIFY(!sealing::fromSecretKey("short").isValid());
        const QString fingerprint = sealing::fingerprint(keys.publicKey);
        QCOMPARE(fingerprint.size(), 49); // ten groups of four hex digits
        QCOMPARE(fingerprint.count(u' '), 9);
        QVERIFY(fingerprint != sealing::fingerprint(sealing::generate().publicKey));
        QCOMPARE(sealing::decodeKey(sealing::encodeKey(keys.publicKey)), keys.publicKey);
        QVERIFY(sealing::decodeKey(u"AAAA"_s).isEmpty());
        QCOMPARE(sealing::keyIdOf(sealing::seal(QUuid::createUuid(), "x", keys.publicKey)),
                 sealing::keyId(keys.publicKey));
    }

    void keyDirectoryDistrustsWhatItReads() {
        KeyDirectory directory;
        directory.servicePublicKey = sealing::generate().publicKey;
        directory.members.append(MemberKey{QUuid::createUuid(), u"Ana"_s, u"ana@example.com"_s, Role::Admin,
                                           false, sealing::generate().publicKey});
        directory.members.append(
            MemberKey{QUuid::createUuid(), u"Ben"_s, u"ben@example.com"_s, Role::Editor, true, {}});
        auto decoded = KeyDirectory::fromJson(directory.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded.value(), directory);
        QCOMPARE(decoded->memberByEmail(u"ANA@example.com"_s)->name, u"Ana"_s);

        // A revoked member's key is dropped whatever the server sends: nobody seals for a leaver.
        QJsonObject json = directory.toJson();
        QJsonArray members = json.value(u"members"_s).toArray();
        QJsonObject ben = members.at(1).toObject();
        ben.insert(u"public_key"_s, sealing::encodeKey(sealing::generate().publicKey));
        members.replace(1, ben);
        json.insert(u"members"_s, members);
        QVERIFY(KeyDirectory::fromJson(json)->members.at(1).publicKey.isEmpty());
        // A key that is not 32 bytes is refused with the place named.
        QJsonObject bad = members.at(0).toObject();
        bad.insert(u"public_key"_s, u"AAAA"_s);
        members.replace(0, bad);
        json.insert(u"members"_s, members);
        auto refused = KeyDirectory::fromJson(json);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, u"$.members[0].public_key"_s);
    }

    void credentialRecordValidatesItsSharing() {
        CredentialRecord record;
        record.id = QUuid::createUuid();
        record.siteId = QUuid::createUuid();
        record.label = u"Domain admin"_s;
        record.sharedWith = {u"ana@example.com"_s, u"service"_s, u"team"_s};
        const sealing::KeyPair keys = sealing::generate();
        record.sealed.insert(QString::fromLatin1(CredentialRecord::service),
                             sealing::seal(record.id, "x", keys.publicKey));
        record.readers = {QUuid::createUuid()};
        QVERIFY2(record.validate().isEmpty(), qPrintable(record.validate().value(0).message));
        FieldErrors errors;
        QCOMPARE(CredentialRecord::fromJson(record.toJson(), &errors), record);
        QVERIFY(errors.isEmpty());

        CredentialRecord wrong = record;
        wrong.sharedWith = {u"not an email"_s};
        QVERIFY(wrong.validate().value(0).field.startsWith(u"shared_with"_s));
        wrong = record;
        wrong.sealed.insert(u"someone"_s, record.sealed.first());
        QCOMPARE(wrong.validate().value(0).field, u"sealed"_s);
        wrong = record;
        wrong.sealed.insert(QString::fromLatin1(CredentialRecord::service), u"plain text, not a box"_s);
        QCOMPARE(wrong.validate().value(0).field, u"sealed"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Sealing)
#include "tst_Sealing.moc"
