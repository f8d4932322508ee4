// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_AuditLog : public QObject {
    Q_OBJECT

private:
    TempStore m_store;

private Q_SLOTS:
    void init() { m_store.open(); }

    void cleanup() { m_store.close(); }

    void historyOfOneRecordNewestFirst() {
        Site site = sample<Site>(0, {});
        SK_VERIFY_OK(m_store->sites().create(site));
        for (int i = 1; i <= 4; ++i) {
            site.champion = u"Champion v%1"_s.arg(i);
            SK_VERIFY_OK(m_store->sites().update(site));
        }
        QCOMPARE(m_store->audit().countForEntity(u"site"_s, site.id), 5);
        const QList<AuditEntry> firstPage = m_store->audit().forEntity(u"site"_s, site.id, 0, 2);
        const QList<AuditEntry> lastPage = m_store->audit().forEntity(u"site"_s, site.id, 4, 2);
        QCOMPARE(firstPage.size(), 2);
        QCOMPARE(firstPage.at(0).action, u"update"_s);
        QVERIFY(firstPage.at(0).seq > firstPage.at(1).seq);
        QCOMPARE(lastPage.size(), 1);
        QCOMPARE(lastPage.at(0).action, u"create"_s);
        QCOMPARE(firstPage.at(0).fields, QStringList{u"champion"_s});
        QCOMPARE(firstPage.at(0).actor, u"tester"_s);
        QCOMPARE(firstPage.at(0).at, fixedNow);
        QCOMPARE(firstPage.at(0).siteId, site.id);
    }

    void historyOfASiteTakesInItsRecords() {
        Site site = sample<Site>(0, {});
        Site other = sample<Site>(1, {});
        SK_VERIFY_OK(m_store->sites().create(site));
        SK_VERIFY_OK(m_store->sites().create(other));
        m_store.database().setActor(u"someone else"_s);
        const ClientProfile ann = sample<ClientProfile>(0, site.id);
        SK_VERIFY_OK(m_store->profiles().create(ann));
        SK_VERIFY_OK(m_store->credentials().create(sample<CredentialRecord>(0, site.id)));
        SK_VERIFY_OK(m_store->credentials().create(sample<CredentialRecord>(0, other.id)));
        SK_VERIFY_OK(m_store->partnerContacts().create(sample<PartnerContact>(0, {})));
        SK_VERIFY_OK(m_store->profiles().remove(ann.id, ProfileRemoval::Delete));

        QCOMPARE(m_store->audit().countForSite(site.id), 4);
        const QList<AuditEntry> history = m_store->audit().forSite(site.id);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).action, u"delete"_s);
        QCOMPARE(history.at(0).entity, u"client_profile"_s);
        QCOMPARE(history.at(0).actor, u"someone else"_s);
        QVERIFY(history.at(0).fields.isEmpty());
        QCOMPARE(history.at(3).entity, u"site"_s);
        QCOMPARE(m_store->audit().forSite(site.id, 3, 10).size(), 1);
        QCOMPARE(m_store->audit().countForSite(other.id), 2);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
