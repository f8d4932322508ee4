// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_CredentialFingerprints : public QObject {
    Q_OBJECT

    TempStore m_store;
    QUuid m_siteId;

    QUuid addCredential(int n) {
        CredentialRecord credential = sample<CredentialRecord>(n % 5, m_siteId);
        credential.id = QUuid::createUuid();
        credential.label = u"credential %1"_s.arg(n);
        credential.keychainRef.clear();
        const auto created = m_store->credentials().create(credential);
        [&] {
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        }();
        return credential.id;
    }

private Q_SLOTS:
    void init() {
        m_store.open();
        const Site site = sample<Site>(1, {});
        QVERIFY(m_store->sites().create(site).ok());
        m_siteId = site.id;
    }

    void cleanup() { m_store.close(); }

    void setGetRemove() {
        auto& fingerprints = m_store->credentialFingerprints();
        const QUuid id = addCredential(1);
        QCOMPARE(fingerprints.get(id).value(), std::nullopt);
        QVERIFY(fingerprints.set(id, u"aa"_s).ok());
        QCOMPARE(fingerprints.get(id).value(), std::optional<QString>(u"aa"_s));
        QVERIFY(fingerprints.set(id, u"bb"_s).ok()); // replaces
        QCOMPARE(fingerprints.get(id).value(), std::optional<QString>(u"bb"_s));
        QCOMPARE(rowCount(m_store.database(), u"credential_fingerprints"_s), 1);
        QVERIFY(fingerprints.remove(id).ok());
        QCOMPARE(fingerprints.get(id).value(), std::nullopt);
        QVERIFY(fingerprints.remove(id).ok()); // nothing to remove is fine
    }

    void reusedGroups_data() {
        QTest::addColumn<QStringList>("prints");       // one per credential, in creation order
        QTest::addColumn<QList<QList<int>>>("groups"); // credential indexes
        QTest::addRow("none") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<QList<int>>{};
        QTest::addRow("one pair") << QStringList{u"a"_s, u"b"_s, u"a"_s} << QList<QList<int>>{{0, 2}};
        QTest::addRow("two groups") << QStringList{u"a"_s, u"b"_s, u"a"_s, u"b"_s, u"b"_s, u"c"_s}
                                    << QList<QList<int>>{{0, 2}, {1, 3, 4}};
    }

    void reusedGroups() {
        QFETCH(QStringList, prints);
        QFETCH(QList<QList<int>>, groups);
        QList<QUuid> ids;
        for (int i = 0; i < prints.size(); ++i) {
            ids << addCredential(i + 1);
            QVERIFY(m_store->credentialFingerprints().set(ids.last(), prints.at(i)).ok());
        }
        auto found = m_store->credentialFingerprints().reusedGroups();
        QVERIFY(found.ok());
        QList<QSet<QUuid>> actual;
        for (const auto& group : found.value())
            actual << QSet<QUuid>(group.cbegin(), group.cend());
        QList<QSet<QUuid>> expected;
        for (const auto& group : groups) {
            QSet<QUuid> set;
            for (int index : group)
                set << ids.at(index);
            expected << set;
        }
        QCOMPARE(actual.size(), expected.size());
        for (const auto& set : expected)
            QVERIFY(actual.contains(set));
    }

    void deletedCredentialsAreNotReuse() {
        const QUuid a = addCredential(1);
        const QUuid b = addCredential(2);
        QVERIFY(m_store->credentialFingerprints().set(a, u"same"_s).ok());
        QVERIFY(m_store->credentialFingerprints().set(b, u"same"_s).ok());
        QCOMPARE(m_store->credentialFingerprints().reusedGroups().value().size(), 1);
        QVERIFY(m_store->credentials().remove(b).ok());
        QCOMPARE(m_store->credentialFingerprints().reusedGroups().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialFingerprints)
#include "tst_CredentialFingerprints.moc"
