// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine and BackendClient against the real sitekeeper-server process: push and pull between
// workspaces, field-by-field merge of offline edits, and rejected ops that stay in the outbox.
#include "Conflicts.h"
#include "SyncTestSupport.h"
#include "Transaction.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void pushAndPull_data() { addBackendRows(); }
    void pushAndPull() {
        QFETCH(QString, backend);
        ServerProcess server(makeDatabase(backend, m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        Desk a;
        Desk b;
        QVERIFY(a.open(m_dir.filePath(u"a-%1.sqlite"_s.arg(backend)), server, token));
        QVERIFY(b.open(m_dir.filePath(u"b-%1.sqlite"_s.arg(backend)), server, token));

        const QList<PartnerContact> contacts = seedContacts(*a.store);
        QCOMPARE(contacts.size(), 60);
        a.engine->setBatchSize(25);
        QVERIFY(a.sync());
        QCOMPARE(a.pending(), 0);
        QCOMPARE(a.engine->summary().applied, 60 + 30 + 1);

        const int journalBefore = b.store->journal().count(JournalEntry::State::Sent);
        b.engine->setPageSize(7);
        QVERIFY(b.sync());
        QCOMPARE(b.engine->summary().pulled, 60);
        QCOMPARE(b.store->partnerContacts().count().value(), 59);
        QCOMPARE(b.store->partnerContacts().get(contacts.at(0).id)->name, u"c0 edited"_s);
        QCOMPARE(b.store->partnerContacts().state(contacts.at(0).id)->serverRevision, 2);
        // Applying remote records writes no journal rows: nothing goes back.
        QCOMPARE(b.pending(), 0);
        QCOMPARE(b.store->journal().count(JournalEntry::State::Sent), journalBefore);
        // Up to date: a second sync moves nothing.
        QVERIFY(b.sync());
        QCOMPARE(b.engine->summary().pulled, 0);
        QCOMPARE(b.engine->summary().applied, 0);
    }

    void offlineEditsMergeFieldByField_data() { addBackendRows(); }
    void offlineEditsMergeFieldByField() {
        QFETCH(QString, backend);
        ServerProcess server(makeDatabase(backend, m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        Desk a;
        Desk b;
        QVERIFY(a.open(m_dir.filePath(u"ma-%1.sqlite"_s.arg(backend)), server, token));
        QVERIFY(b.open(m_dir.filePath(u"mb-%1.sqlite"_s.arg(backend)), server, token));
        PartnerContact one = contact(u"One"_s);
        PartnerContact two = contact(u"Two"_s);
        QVERIFY(a.store->partnerContacts().create(one));
        QVERIFY(a.store->partnerContacts().create(two));
        QVERIFY(a.sync());
        QVERIFY(b.sync());

        // Offline: on record one they change different fields, on record two the same field.
        PartnerContact oneA = one;
        oneA.email = u"a@example.com"_s;
        QVERIFY(a.store->partnerContacts().update(oneA));
        PartnerContact oneB = one;
        oneB.name = u"One (B)"_s;
        QVERIFY(b.store->partnerContacts().update(oneB));
        PartnerContact twoA = two;
        twoA.name = u"Two by A"_s;
        QVERIFY(a.store->partnerContacts().update(twoA));
        PartnerContact twoB = two;
        twoB.name = u"Two by B"_s;
        twoB.email = u"b@example.com"_s;
        QVERIFY(b.store->partnerContacts().update(twoB));

        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(b.engine->summary().merged, 2);
        QCOMPARE(b.engine->summary().conflicts, 1);
        QCOMPARE(b.pending(), 0);

        auto state = serverState(m_network, server, token);
        const auto key = [](const PartnerContact& c) -> QString {
            return u"partner_contact/"_s + c.id.toString(QUuid::WithoutBraces);
        };
        // Different fields: both kept.
        QCOMPARE(state.value(key(one)).fields.value(u"email"_s).toString(), u"a@example.com"_s);
        QCOMPARE(state.value(key(one)).fields.value(u"name"_s).toString(), u"One (B)"_s);
        // Same field: the first on the server stays there, B's other field went through, and B has
        // exactly one conflict, keeping its own value locally until it chooses.
        QCOMPARE(state.value(key(two)).fields.value(u"name"_s).toString(), u"Two by A"_s);
        QCOMPARE(state.value(key(two)).fields.value(u"email"_s).toString(), u"b@example.com"_s);
        const QList<Conflict> open = Conflicts(b.store->database()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().field, u"name"_s);
        QCOMPARE(open.constFirst().base.toString(), u"Two"_s);
        QCOMPARE(open.constFirst().mine.toString(), u"Two by B"_s);
        QCOMPARE(open.constFirst().theirs.toString(), u"Two by A"_s);
        QCOMPARE(b.store->partnerContacts().get(two.id)->name, u"Two by B"_s);
        QCOMPARE(b.store->partnerContacts().get(one.id)->email, u"a@example.com"_s);

        // Syncing again makes no second conflict; choosing "mine" sends it.
        QVERIFY(b.sync());
        QCOMPARE(Conflicts(b.store->database()).open().size(), 1);
        QVERIFY(SyncEngine::resolve(*b.store, open.constFirst().id, SyncEngine::Take::Mine));
        QCOMPARE(Conflicts(b.store->database()).openCount(), 0);
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QCOMPARE(a.store->partnerContacts().get(two.id)->name, u"Two by B"_s);
        QCOMPARE(a.store->partnerContacts().get(one.id)->name, u"One (B)"_s);
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);

        // "theirs": the backend's value replaces the local one.
        twoA = a.store->partnerContacts().get(two.id).value();
        twoA.name = u"A again"_s;
        QVERIFY(a.store->partnerContacts().update(twoA));
        twoB = b.store->partnerContacts().get(two.id).value();
        twoB.name = u"B again"_s;
        QVERIFY(b.store->partnerContacts().update(twoB));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const QList<Conflict> second = Conflicts(b.store->database()).open();
        QCOMPARE(second.size(), 1);
        QVERIFY(SyncEngine::resolve(*b.store, second.constFirst().id, SyncEngine::Take::Theirs));
        QCOMPARE(b.store->partnerContacts().get(two.id)->name, u"A again"_s);
        QVERIFY(b.sync());
        QCOMPARE(b.pending(), 0);
        state = serverState(m_network, server, token);
        QCOMPARE(state.value(key(two)).fields.value(u"name"_s).toString(), u"A again"_s);
    }

    void rejectedOpsStayMarked_data() { addBackendRows(); }
    void rejectedOpsStayMarked() {
        QFETCH(QString, backend);
        ServerProcess server(makeDatabase(backend, m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        Desk a;
        QVERIFY(a.open(m_dir.filePath(u"r-%1.sqlite"_s.arg(backend)), server, token));
        QList<PartnerContact> contacts;
        for (int i = 0; i < 30; ++i) {
            contacts.append(contact(u"r%1"_s.arg(i)));
            QVERIFY(a.store->partnerContacts().create(contacts.constLast()));
        }
        QVERIFY(a.sync());
        // 30 edits, every third one a record the backend's rules refuse (as an older desktop with
        // laxer rules would have written it).
        QSet<QUuid> bad;
        for (int i = 0; i < 30; ++i) {
            JournalEntry entry;
            entry.entity = u"partner_contact"_s;
            entry.entityId = contacts.at(i).id;
            entry.action = JournalEntry::Action::Patch;
            entry.baseRevision = 1;
            if (i % 3 == 2) {
                entry.opId = QUuid::createUuid();
                entry.fields = QJsonObject{{u"email"_s, u"not an address"_s}};
                bad.insert(entry.opId);
            } else {
                entry.fields = QJsonObject{{u"name"_s, u"r%1 ok"_s.arg(i)}};
            }
            QVERIFY(a.store->journal().append(entry));
        }
        a.engine->setBatchSize(30);
        QVERIFY(runEngine(*a.engine, &SyncEngine::push));
        QCOMPARE(a.engine->summary().applied, 20);
        QCOMPARE(a.engine->summary().rejected, 10);
        const QList<JournalEntry> marked = a.store->journal().entries(JournalEntry::State::NeedsAttention);
        QCOMPARE(marked.size(), 10);
        for (const JournalEntry& entry : marked) {
            QVERIFY(bad.contains(entry.opId));
            QVERIFY2(entry.error.startsWith(u"email: "_s), qPrintable(entry.error));
        }
        QCOMPARE(a.pending(), 0);
        const SyncEngine::Status status = SyncEngine::status(*a.store);
        QCOMPARE(status.pending, 0);
        QCOMPARE(status.needsAttention, 10);
        QCOMPARE(status.openConflicts, 0);
        QVERIFY(status.lastSync.isValid());
        QVERIFY(status.lastError.isEmpty());
        // Nothing is sent again: neither the accepted ops nor the rejected ones.
        QVERIFY(runEngine(*a.engine, &SyncEngine::push));
        QCOMPARE(a.engine->summary().applied, 0);
        QCOMPARE(a.engine->summary().rejected, 0);
        const auto state = serverState(m_network, server, token);
        for (int i = 0; i < 30; ++i) {
            const protocol::Change change =
                state.value(u"partner_contact/"_s + contacts.at(i).id.toString(QUuid::WithoutBraces));
            QCOMPARE(change.revision, i % 3 == 2 ? 1 : 2);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_SyncEngine.moc"
