// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "Transaction.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

Bundle sampleBundle() {
    Bundle bundle;
    Site parent = sample<Site>(0, {});
    Site child = sample<Site>(1, {});
    child.parentId = parent.id;
    bundle.sites = {child, parent}; // a child before its parent is fine
    bundle.approvalTypes = {sample<ApprovalType>(0, {})};
    bundle.contacts = {sample<PartnerContact>(0, {})};
    for (int n = 0; n < 3; ++n)
        bundle.profiles.append(sample<ClientProfile>(n, child.id));
    bundle.references = {sample<Reference>(0, {}), sample<Reference>(1, parent.id)};
    bundle.approvers = {sample<Approver>(0, parent.id)};
    bundle.rules = {sample<NotificationRule>(0, parent.id)};
    bundle.credentials = {sample<CredentialRecord>(0, parent.id)};
    bundle.escalations = {sample<Escalation>(0, child.id)};
    return bundle;
}

int totalRecords(const Bundle& bundle) {
    return int(bundle.sites.size() + bundle.approvalTypes.size() + bundle.contacts.size() +
               bundle.profiles.size() + bundle.references.size() + bundle.approvers.size() +
               bundle.rules.size() + bundle.credentials.size() + bundle.escalations.size());
}

} // namespace

class tst_Store : public QObject {
    Q_OBJECT

private:
    TempStore m_store;

private Q_SLOTS:
    void init() { m_store.open(); }

    void cleanup() { m_store.close(); }

    void genericAccessReachesEachRepository() {
        QCOMPARE(&m_store->repository<Site>(), &m_store->sites());
        QCOMPARE(static_cast<RepositoryBase*>(&m_store->repository<ClientProfile>()),
                 static_cast<RepositoryBase*>(&m_store->profiles()));
        QCOMPARE(&m_store->repository<Escalation>(), &m_store->escalations());
        QCOMPARE(m_store->repository<CredentialRecord>().table().table, u"credentials"_s);
    }

    void bundleIsWrittenInOneGo() {
        const Bundle bundle = sampleBundle();
        SK_VERIFY_OK(m_store->upsert(bundle));
        QCOMPARE(m_store->sites().count().value(), 2);
        QCOMPARE(m_store->profiles().count().value(), 3);
        QCOMPARE(m_store->references().count().value(), 2);
        QCOMPARE(m_store->escalations().count().value(), 1);
        QCOMPARE(m_store->journal().count(), totalRecords(bundle));

        // Importing the same bundle again changes nothing; an edited one only the edit.
        SK_VERIFY_OK(m_store->upsert(bundle));
        QCOMPARE(m_store->journal().count(), totalRecords(bundle));
        Bundle edited = bundle;
        edited.profiles[1].title = u"Director"_s;
        SK_VERIFY_OK(m_store->upsert(edited));
        QCOMPARE(m_store->journal().count(), totalRecords(bundle) + 1);
        QCOMPARE(m_store->journal().pending(1000).constLast().fields,
                 (QJsonObject{{u"title"_s, u"Director"_s}}));
    }

    void bundleWithAProblemWritesNothing() {
        Bundle bundle = sampleBundle();
        bundle.escalations[0].date = QDate(); // invalid: the last record written
        const Result<void> written = m_store->upsert(bundle);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().where.contains(bundle.escalations[0].id.toString(QUuid::WithoutBraces)),
                 qPrintable(written.error().toString()));
        QCOMPARE(m_store->sites().count().value(), 0);
        QCOMPARE(m_store->profiles().count().value(), 0);
        QCOMPARE(rowCount(m_store.database(), u"audit"_s), 0);
        QCOMPARE(rowCount(m_store.database(), u"journal"_s), 0);
    }

    void bundleJoinsTheCallersTransaction() {
        {
            Transaction tx(m_store.database());
            SK_VERIFY_OK(m_store->upsert(sampleBundle()));
            QCOMPARE(m_store->sites().count().value(), 2);
        }
        QCOMPARE(m_store->sites().count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_Store.moc"
