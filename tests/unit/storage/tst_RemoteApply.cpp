// SPDX-License-Identifier: GPL-3.0-or-later
// The storage write paths sync uses: applyRemote (no journal row) and the conflicts table.
#include "Conflicts.h"
#include "StorageTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_RemoteApply : public QObject {
    Q_OBJECT

    TempStore m_store;

private Q_SLOTS:
    void init() { m_store.open(); }
    void cleanup() { m_store.close(); }

    void remoteRecordsWriteNoJournalRow() {
        Store& store = (*m_store);
        const QUuid id = QUuid::createUuid();
        const QJsonObject json{{u"id"_s, id.toString(QUuid::WithoutBraces)}, {u"name"_s, u"Remote"_s}};
        QVERIFY(store.partnerContacts().applyRemote(json, 4, false));
        QCOMPARE(store.partnerContacts().get(id)->name, u"Remote"_s);
        QCOMPARE(store.partnerContacts().state(id)->serverRevision, 4);
        QCOMPARE(store.journal().count(), 0);
        QCOMPARE(rowCount(store.database(), u"journal"_s), 0);

        QJsonObject changed = json;
        changed.insert(u"name"_s, u"Remote 2"_s);
        QVERIFY(store.partnerContacts().applyRemote(changed, 5, false));
        QCOMPARE(store.partnerContacts().get(id)->name, u"Remote 2"_s);
        QVERIFY(store.partnerContacts().applyRemote(json, 6, true));
        QVERIFY(!store.partnerContacts().get(id));
        QCOMPARE(store.partnerContacts().state(id)->serverRevision, 6);
        QCOMPARE(rowCount(store.database(), u"journal"_s), 0);
        // The audit log still says what came from the backend.
        QVERIFY(scalar(store.database(), u"SELECT count(*) FROM audit WHERE action = 'sync'"_s).toInt() >= 3);

        // A local edit afterwards is based on the backend's revision.
        QVERIFY(store.partnerContacts().applyRemote(changed, 7, false));
        PartnerContact local = store.partnerContacts().get(id).value();
        local.name = u"Local"_s;
        QVERIFY(store.partnerContacts().update(local));
        QCOMPARE(store.journal().pending().constFirst().baseRevision, 7);
    }

    void conflictsStayOnePerField() {
        Conflicts conflicts((*m_store).database());
        Conflict conflict;
        conflict.entity = u"site"_s;
        conflict.entityId = QUuid::createUuid();
        conflict.field = u"name"_s;
        conflict.base = u"Old"_s;
        conflict.mine = u"Mine"_s;
        conflict.theirs = u"Theirs"_s;
        conflict.serverRevision = 3;
        auto first = conflicts.add(conflict);
        QVERIFY(first);
        conflict.theirs = u"Theirs again"_s;
        auto second = conflicts.add(conflict);
        QVERIFY(second);
        QCOMPARE(second.value(), first.value());
        QCOMPARE(conflicts.openCount(), 1);
        QCOMPARE(conflicts.open().constFirst().theirs.toString(), u"Theirs again"_s);
        QCOMPARE(conflicts.openFor(u"site"_s, conflict.entityId).size(), 1);

        conflict.field = u"coverage"_s;
        conflict.base = QJsonValue(QJsonValue::Undefined);
        conflict.mine = QJsonValue(QJsonValue::Null);
        QVERIFY(conflicts.add(conflict));
        QCOMPARE(conflicts.openCount(), 2);
        const Conflict read = conflicts.openFor(u"site"_s, conflict.entityId).constLast();
        QVERIFY(read.base.isUndefined());
        QVERIFY(read.mine.isNull());

        QVERIFY(conflicts.markResolved(first.value(), u"mine"_s));
        QVERIFY(!conflicts.markResolved(first.value(), u"theirs"_s));
        QCOMPARE(conflicts.openCount(), 1);
        QCOMPARE(conflicts.get(first.value())->resolution, u"mine"_s);
        QVERIFY(!conflicts.get(QUuid::createUuid()));
    }
};

QTEST_GUILESS_MAIN(tst_RemoteApply)
#include "tst_RemoteApply.moc"
