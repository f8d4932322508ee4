// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_Transaction : public QObject {
    Q_OBJECT

private:
    TempStore m_store;

    int entityRows() { return rowCount(m_store.database(), u"sites"_s); }
    int auditRows() { return rowCount(m_store.database(), u"audit"_s); }
    int journalRows() { return rowCount(m_store.database(), u"journal"_s); }

private Q_SLOTS:
    void init() { m_store.open(); }

    void cleanup() { m_store.close(); }

    void commitKeepsEverything() {
        Transaction tx(m_store.database());
        QVERIFY(tx.ok());
        QVERIFY(tx.isOutermost());
        QVERIFY(m_store.database().inTransaction());
        SK_VERIFY_OK(m_store->sites().create(sample<Site>(0, {})));
        SK_VERIFY_OK(m_store->sites().create(sample<Site>(1, {})));
        SK_VERIFY_OK(tx.commit());
        QVERIFY(!m_store.database().inTransaction());
        QCOMPARE(entityRows(), 2);
        QCOMPARE(auditRows(), 2);
        QCOMPARE(journalRows(), 2);
        QVERIFY(!tx.commit().ok()); // once only
    }

    void destructionRollsBack() {
        {
            Transaction tx(m_store.database());
            SK_VERIFY_OK(m_store->sites().create(sample<Site>(0, {})));
            QCOMPARE(entityRows(), 1);
        }
        QVERIFY(!m_store.database().inTransaction());
        QCOMPARE(entityRows(), 0);
        QCOMPARE(auditRows(), 0);
        QCOMPARE(journalRows(), 0);
        QCOMPARE(m_store->search().find(u"delta"_s).size(), 0);
    }

    void explicitRollback() {
        Transaction tx(m_store.database());
        SK_VERIFY_OK(m_store->sites().create(sample<Site>(0, {})));
        tx.rollback();
        QCOMPARE(entityRows(), 0);
        QVERIFY(!m_store.database().inTransaction());
    }

    void innerRollbackKeepsOuterWork() {
        Transaction outer(m_store.database());
        SK_VERIFY_OK(m_store->sites().create(sample<Site>(0, {})));
        {
            Transaction inner(m_store.database());
            QVERIFY(inner.ok());
            QVERIFY(!inner.isOutermost());
            SK_VERIFY_OK(m_store->sites().create(sample<Site>(1, {})));
            QCOMPARE(entityRows(), 2);
        }
        QCOMPARE(entityRows(), 1);
        {
            Transaction inner(m_store.database());
            SK_VERIFY_OK(m_store->sites().create(sample<Site>(2, {})));
            SK_VERIFY_OK(inner.commit());
        }
        SK_VERIFY_OK(outer.commit());
        QCOMPARE(entityRows(), 2);
        QCOMPARE(auditRows(), 2);
        QCOMPARE(journalRows(), 2);
    }

    void failedEditInsideOuterTransactionUndoesOnlyItself() {
        Transaction outer(m_store.database());
        const Site site = sample<Site>(0, {});
        SK_VERIFY_OK(m_store->sites().create(site));
        QVERIFY(!m_store->sites().create(site).ok()); // the same id again
        SK_VERIFY_OK(outer.commit());
        QCOMPARE(entityRows(), 1);
        QCOMPARE(journalRows(), 1);
    }

    void failedCommitRollsBack() {
        // Foreign keys are checked at commit, so a child may precede its parent inside a transaction...
        Site parent = sample<Site>(0, {});
        ClientProfile child = sample<ClientProfile>(0, parent.id);
        {
            Transaction tx(m_store.database());
            SK_VERIFY_OK(m_store->profiles().create(child));
            SK_VERIFY_OK(m_store->sites().create(parent));
            SK_VERIFY_OK(tx.commit());
        }
        QCOMPARE(m_store->profiles().count().value(), 1);

        // ...but a transaction that ends with a dangling reference is refused whole.
        ClientProfile orphan = sample<ClientProfile>(1, QUuid::createUuid());
        Transaction tx(m_store.database());
        SK_VERIFY_OK(m_store->sites().create(sample<Site>(1, {})));
        {
            Transaction inner(m_store.database());
            SK_VERIFY_OK(m_store->profiles().create(orphan));
            SK_VERIFY_OK(inner.commit()); // a savepoint does not check foreign keys
        }
        const Result<void> committed = tx.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!tx.ok());
        QVERIFY(!m_store.database().inTransaction());
        QCOMPARE(entityRows(), 1);
        QCOMPARE(m_store->profiles().count().value(), 1);
        QCOMPARE(journalRows(), 2);
    }

    // Inside a bulk write the inner transactions join the outer one: no savepoints, and the caller
    // rolls everything back on a failure.
    int cacheSize() {
        QSqlQuery query(m_store.database().connection());
        return query.exec(u"PRAGMA cache_size"_s) && query.next() ? query.value(0).toInt() : 0;
    }

    void bulkWriteJoinsTheOuterTransaction() {
        const int before = cacheSize();
        {
            Database::BulkWrite bulk(m_store.database());
            QVERIFY(m_store.database().inBulkWrite());
            QCOMPARE(cacheSize(), -256 * 1024); // pages stay in memory instead of spilling mid-import
            Transaction outer(m_store.database());
            QVERIFY(outer.isOutermost());
            const Site first = sample<Site>(0, {});
            {
                Transaction inner(m_store.database());
                QVERIFY(inner.ok());
                QVERIFY(!inner.isOutermost());
                SK_VERIFY_OK(m_store->sites().create(first));
                SK_VERIFY_OK(inner.commit());
            }
            {
                // An inner rollback undoes nothing on its own: the work is the outer transaction's.
                Transaction inner(m_store.database());
                SK_VERIFY_OK(m_store->sites().create(sample<Site>(1, {})));
            }
            QCOMPARE(entityRows(), 2);
            // A failed edit inside leaves what it wrote to the caller, who rolls back the whole.
            QVERIFY(!m_store->sites().create(first).ok());
            QVERIFY(m_store.database().inTransaction());
        } // outer rolls back
        QVERIFY(!m_store.database().inBulkWrite());
        QVERIFY(!m_store.database().inTransaction());
        QCOMPARE(cacheSize(), before);
        QCOMPARE(entityRows(), 0);
        QCOMPARE(auditRows(), 0);
        QCOMPARE(journalRows(), 0);

        {
            Database::BulkWrite bulk(m_store.database());
            Transaction outer(m_store.database());
            SK_VERIFY_OK(m_store->sites().create(sample<Site>(0, {})));
            SK_VERIFY_OK(m_store->sites().create(sample<Site>(1, {})));
            SK_VERIFY_OK(outer.commit());
        }
        QCOMPARE(entityRows(), 2);
        QCOMPARE(journalRows(), 2);
        QCOMPARE(auditRows(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_Transaction.moc"
