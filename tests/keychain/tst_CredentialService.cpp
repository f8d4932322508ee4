// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "KeychainTestSupport.h"
#include "KeychainVault.h"
#include "Store.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T waitResult(const std::function<void(std::function<void(T)>)>& start) {
    std::optional<T> result;
    waitFor([&](auto quit) {
        start([&result, quit](T value) {
            result.emplace(std::move(value));
            quit();
        });
    });
    if (!result)
        return T(Error{u"no answer"_s, QString()});
    return std::move(*result);
}

QByteArray everyFile(const QString& folder) {
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

// The workspace service over a real store on disk and the real keychain.
class tst_CredentialService : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<KeychainVault> m_vault;
    std::unique_ptr<CredentialService> m_service;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    QUuid m_siteId;
    QUuid m_workspaceId;

    CredentialRecord newRecord(const QString& label) {
        CredentialRecord record;
        record.siteId = m_siteId;
        record.label = label;
        record.kind = CredentialKind::LocalAdmin;
        record.username = u"admin"_s;
        return record;
    }

    Result<CredentialRecord> save(const CredentialRecord& record, const QByteArray& secret,
                                  CredentialService* service = nullptr) {
        CredentialService* s = service ? service : m_service.get();
        return waitResult<Result<CredentialRecord>>(
            [&](auto done) { s->save(record, secret, std::move(done)); });
    }

    Result<QByteArray> readSecret(const QUuid& id) {
        return waitResult<Result<QByteArray>>([&](auto done) { m_service->readSecret(id, std::move(done)); });
    }

    // This desk signed in as `me`, with `others` (id, revoked) in the team, each with a key.
    protocol::sealing::KeyPair signIn(const QUuid& me, const QList<std::pair<QUuid, bool>>& others = {}) {
        CredentialSharing& sharing = m_service->sharing();
        const auto keys =
            waitResult<Result<protocol::sealing::KeyPair>>([&](auto done) { sharing.keys(std::move(done)); });
        if (!keys.ok())
            return {};
        sharing.setMember(me);
        protocol::KeyDirectory directory;
        directory.members.append(protocol::MemberKey{me, u"Me"_s, u"me@example.com"_s, protocol::Role::Admin,
                                                     false, keys.value().publicKey});
        for (const auto& [id, revoked] : others)
            directory.members.append(
                protocol::MemberKey{id, u"Ben"_s, u"ben@example.com"_s, protocol::Role::Editor, revoked,
                                    revoked ? QByteArray() : protocol::sealing::generate().publicKey});
        if (!sharing.setDirectory(directory).ok())
            return {};
        return keys.value();
    }
    CredentialSharing::Received receiveAll() {
        std::optional<CredentialSharing::Received> received;
        waitFor([&](auto quit) {
            m_service->sharing().receive(PulledChanges{},
                                         [&received, quit](CredentialSharing::Received what) {
                                             received = what;
                                             quit();
                                         });
        });
        return received.value_or(CredentialSharing::Received{});
    }

private Q_SLOTS:
    void init() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        m_dir = std::make_unique<QTemporaryDir>();
        OpenOptions options;
        options.actor = u"tester"_s;
        options.clock = [this] {
            return m_now;
        };
        auto store = Store::open(m_dir->filePath(u"workspace.sqlite"_s), options);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso"_s;
        QVERIFY(m_store->sites().create(site).ok());
        m_siteId = site.id;
        m_workspaceId = QUuid::createUuid();
        m_vault = std::make_unique<KeychainVault>();
        m_service = std::make_unique<CredentialService>(*m_store, *m_vault, m_workspaceId);
    }

    void cleanup() {
        if (m_store) {
            ListQuery all;
            all.limit = -1;
            for (const CredentialRecord& record : m_store->credentials().list(all).value())
                (void)waitResult<Result<void>>(
                    [&](auto done) { m_service->remove(record.id, std::move(done)); });
            removeNow(*m_vault,
                      u"sitekeeper/%1/fingerprint-key"_s.arg(m_workspaceId.toString(QUuid::WithoutBraces)));
            removeNow(*m_vault, CredentialSharing::memberKeyName(m_workspaceId));
        }
        m_service.reset();
        m_vault.reset();
        m_store.reset();
        m_dir.reset();
    }

    void sealedForTheTeamAndReadersKeptUntilARealRotation() {
        const QUuid me = QUuid::createUuid();
        const QUuid ben = QUuid::createUuid();
        QVERIFY(signIn(me, {{ben, false}}).isValid());
        CredentialRecord record = newRecord(u"Shared admin"_s);
        record.sharedWith = {u"team"_s};
        const auto saved = save(record, "Ben-may-read-this-1");
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved.value().sealed.size(), 2);
        QList<QUuid> both{me, ben};
        std::sort(both.begin(), both.end());
        QCOMPARE(saved.value().readers, both);
        QVERIFY(m_service->sharing().isCurrent(saved.value()));

        // Ben leaves: storing the same secret again is no rotation, so Ben stays a reader (SK606).
        QVERIFY(signIn(me, {{ben, true}}).isValid());
        QVERIFY(!m_service->sharing().isCurrent(m_store->credentials().get(saved.value().id).value()));
        const auto again = save(m_store->credentials().get(saved.value().id).value(), "Ben-may-read-this-1");
        QVERIFY(again.ok());
        QCOMPARE(again.value().sealed.keys(), QStringList{me.toString(QUuid::WithoutBraces)});
        QCOMPARE(again.value().readers, both);
        // A new secret: sealed for the current team only, and Ben is no reader of it.
        const auto rotated = waitResult<Result<CredentialRecord>>([&](auto done) {
            m_service->rotate(saved.value().id, "A-new-one-Ben-never-saw", std::move(done));
        });
        QVERIFY(rotated.ok());
        QCOMPARE(rotated.value().readers, QList<QUuid>{me});
    }

    void receivedBoxesAreOpenedCheckedAndForgottenWhenUnshared() {
        const QUuid me = QUuid::createUuid();
        const protocol::sealing::KeyPair keys = signIn(me);
        QVERIFY(keys.isValid());
        const QString mine = me.toString(QUuid::WithoutBraces);
        // A credential a teammate stored, as a pull writes it: with a box for this member.
        CredentialRecord pulled = newRecord(u"From a teammate"_s);
        pulled.id = QUuid::createUuid();
        pulled.sharedWith = {u"team"_s};
        pulled.sealed.insert(mine, protocol::sealing::seal(pulled.id, "teammate-secret-1", keys.publicKey));
        QVERIFY(m_store->credentials().create(pulled).ok());
        CredentialSharing::Received received = receiveAll();
        QCOMPARE(received.opened, 1);
        QVERIFY(received.problems.isEmpty());
        QCOMPARE(readSecret(pulled.id).value(), QByteArray("teammate-secret-1"));
        // The same box again writes nothing.
        QCOMPARE(receiveAll().opened, 0);

        // A changed box: said in words, the stored secret kept.
        QByteArray bytes = QByteArray::fromBase64(pulled.sealed.value(mine).toLatin1());
        bytes[bytes.size() - 3] = char(bytes.at(bytes.size() - 3) ^ 0x40);
        CredentialRecord changed = m_store->credentials().get(pulled.id).value();
        changed.sealed.insert(mine, QString::fromLatin1(bytes.toBase64()));
        QVERIFY(m_store->credentials().update(changed).ok());
        received = receiveAll();
        QCOMPARE(received.opened, 0);
        QCOMPARE(received.problems.size(), 1);
        QVERIFY(received.problems.constFirst().contains(u"authenticity check"_s));
        QCOMPARE(readSecret(pulled.id).value(), QByteArray("teammate-secret-1"));
        // A box moved over from another credential is refused too.
        changed.sealed.insert(mine,
                              protocol::sealing::seal(QUuid::createUuid(), "other-secret", keys.publicKey));
        QVERIFY(m_store->credentials().update(changed).ok());
        received = receiveAll();
        QCOMPARE(received.problems.size(), 1);
        QVERIFY(received.problems.constFirst().contains(u"belongs to another credential"_s));
        QCOMPARE(readSecret(pulled.id).value(), QByteArray("teammate-secret-1"));

        // No longer shared with this member: the received copy goes, and reading says why.
        changed.sealed.clear();
        QVERIFY(m_store->credentials().update(changed).ok());
        QCOMPARE(receiveAll().removed, 1);
        const auto gone = readSecret(pulled.id);
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(u"not shared with you"_s), qPrintable(gone.error().message));

        // A secret stored on this desk stays when its boxes go: it is this desk's own.
        CredentialRecord own = newRecord(u"Typed here"_s);
        own.sharedWith = {u"team"_s};
        const auto stored = save(own, "typed-on-this-desk");
        QVERIFY(stored.ok());
        CredentialRecord unsealed = stored.value();
        unsealed.sealed.clear();
        QVERIFY(m_store->credentials().update(unsealed).ok());
        QCOMPARE(receiveAll().removed, 0);
        QCOMPARE(readSecret(stored.value().id).value(), QByteArray("typed-on-this-desk"));
    }

    void saveStoresTheSecretInTheVaultOnly() {
        const QByteArray secret = "Kx9#vLm2-Canary-Value";
        const auto saved = save(newRecord(u"Local admin"_s), secret);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        const CredentialRecord record = saved.value();
        QCOMPARE(record.keychainRef, CredentialRecord::keychainRefFor(m_workspaceId, record.id));
        QCOMPARE(record.lastRotated, m_now.date());
        QCOMPARE(m_store->credentials().get(record.id).value(), record);
        QCOMPARE(readSecret(record.id).value(), secret);
        QVERIFY(m_store->credentialFingerprints().get(record.id).value().has_value());
        QVERIFY(!everyFile(m_dir->path()).contains(secret));
    }

    void rotation_data() {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<bool>("rotated");
        QTest::addRow("new secret") << QByteArray("Second-Secret-2!") << true;
        QTest::addRow("same secret again") << QByteArray("First-Secret-1!") << false;
    }

    void rotation() {
        QFETCH(QByteArray, second);
        QFETCH(bool, rotated);
        const CredentialRecord record = save(newRecord(u"Rotated"_s), "First-Secret-1!").value();
        const QDate created = m_now.date();
        m_now = m_now.addDays(30);
        const auto result = waitResult<Result<CredentialRecord>>(
            [&](auto done) { m_service->rotate(record.id, second, std::move(done)); });
        QVERIFY(result.ok());
        QCOMPARE(result->lastRotated, rotated ? m_now.date() : created);
        QCOMPARE(m_store->credentials().get(record.id)->lastRotated, result->lastRotated);
        QCOMPARE(readSecret(record.id).value(), second);
    }

    void reuseIsFoundByFingerprint() {
        const auto a = save(newRecord(u"A"_s), "Shared-Pass-77").value();
        const auto b = save(newRecord(u"B"_s), "Shared-Pass-77").value();
        save(newRecord(u"C"_s), "Other-Pass-88").value();
        const auto groups = m_service->reusedGroups();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        QCOMPARE(QSet<QUuid>(groups->constFirst().cbegin(), groups->constFirst().cend()),
                 (QSet<QUuid>{a.id, b.id}));
    }

    void removeTakesRecordSecretTotpAndFingerprint() {
        const CredentialRecord record = save(newRecord(u"Gone"_s), "Gone-Secret-5").value();
        QVERIFY(waitResult<Result<CredentialRecord>>([&](auto done) {
                    m_service->setTotp(record.id, u"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ"_s,
                                       std::move(done));
                }).ok());
        const auto removed =
            waitResult<Result<void>>([&](auto done) { m_service->remove(record.id, std::move(done)); });
        QVERIFY(removed.ok());
        QVERIFY(m_store->credentials().state(record.id)->deleted); // a tombstone, for sync
        QVERIFY(!m_store->credentials().get(record.id).ok());
        QCOMPARE(readNow(*m_vault, record.keychainRef).first.failure, CredentialVault::Failure::NotFound);
        QCOMPARE(readNow(*m_vault, m_service->totpKey(record.id)).first.failure,
                 CredentialVault::Failure::NotFound);
        QCOMPARE(m_store->credentialFingerprints().get(record.id).value(), std::nullopt);
    }

    void totp_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addRow("uri")
            << u"otpauth://totp/Contoso:admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8"_s << true;
        QTest::addRow("bare secret") << u"GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"_s << true;
        QTest::addRow("bad uri") << u"otpauth://totp/x?secret=&digits=8"_s << false;
        QTest::addRow("not base32") << u"hello world 1"_s << false;
    }

    void totp() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const CredentialRecord record = save(newRecord(u"With TOTP"_s), "Totp-Account-9").value();
        const auto set = waitResult<Result<CredentialRecord>>(
            [&](auto done) { m_service->setTotp(record.id, input, std::move(done)); });
        QCOMPARE(set.ok(), valid);
        QCOMPARE(m_store->credentials().get(record.id)->hasTotp, valid);
        const auto read = waitResult<Result<Totp::Parameters>>(
            [&](auto done) { m_service->readTotp(record.id, std::move(done)); });
        QCOMPARE(read.ok(), valid);
        if (!valid)
            return;
        QCOMPARE(read->key, QByteArray("12345678901234567890"));
        QCOMPARE(Totp::code(read.value(), 59), read->digits == 8 ? u"94287082"_s : u"287082"_s);
        // The TOTP secret is in the vault only.
        QVERIFY(!everyFile(m_dir->path()).contains("GEZDGNBVGY3TQOJQ"));

        const auto cleared = waitResult<Result<CredentialRecord>>(
            [&](auto done) { m_service->clearTotp(record.id, std::move(done)); });
        QVERIFY(cleared.ok());
        QVERIFY(!cleared->hasTotp);
        QCOMPARE(readNow(*m_vault, m_service->totpKey(record.id)).first.failure,
                 CredentialVault::Failure::NotFound);
    }

    void withoutKeychainNothingIsWritten() {
        UnavailableVault none(u"No keychain service is running."_s);
        CredentialService service(*m_store, none, m_workspaceId);
        const int before = m_store->credentials().count().value();
        const auto saved = save(newRecord(u"Offline"_s), "Offline-Secret-1", &service);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(u"No keychain service"_s));
        QCOMPARE(m_store->credentials().count().value(), before);
        ListQuery all;
        all.includeDeleted = true;
        all.limit = -1;
        QCOMPARE(m_store->credentials().list(all).value().size(), before);
    }

    void invalidRecordWritesNothing() {
        CredentialRecord record = newRecord(QString()); // no label
        const auto saved = save(record, "Some-Secret-1");
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().where, u"label"_s);
        QCOMPARE(m_store->credentials().count().value(), 0);
    }

    // The credential editor saves only the metadata fields it changed, against the record as it
    // read it: a pulled change to another field stays, one to the same field is not overwritten.
    void metadataEditsWriteOnlyTheirFields() {
        const auto saved = save(newRecord(u"Server admin"_s), "Some-Secret-1");
        QVERIFY(saved.ok());
        const CredentialRecord base = saved.value();
        QJsonObject pulled = m_store->credentials().json(base.id).value();
        pulled.insert(u"system"_s, u"dc01"_s);
        QVERIFY(m_store->credentials().applyRemote(pulled, 2, false));

        CredentialRecord mine = base;
        mine.username = u"administrator"_s;
        const auto updated = m_service->updateMetadata(base, mine);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
        QCOMPARE(updated->username, u"administrator"_s);
        QCOMPARE(updated->system, u"dc01"_s);
        QCOMPARE(m_store->credentials().get(base.id)->system, u"dc01"_s);
        QVERIFY(!m_store->credentials().get(base.id)->keychainRef.isEmpty());

        CredentialRecord stale = base;
        stale.system = u"dc02"_s;
        const auto refused = m_service->updateMetadata(base, stale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().where, u"system"_s);
        QVERIFY2(refused.error().message.contains(u"on the backend"_s), qPrintable(refused.error().message));
        QCOMPARE(m_store->credentials().get(base.id)->system, u"dc01"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialService)
#include "tst_CredentialService.moc"
