// SPDX-License-Identifier: GPL-3.0-or-later
// The real server is SIGKILLed at random points of a 5,000-edit push, 20 times, and restarted;
// after a last sync every edit is on the server exactly once and the outbox is empty.
#include "Conflicts.h"
#include "SyncTestSupport.h"
#include "Transaction.h"

#include <QElapsedTimer>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SyncCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void killedServerLosesAndDuplicatesNothing_data() { addBackendRows(); }
    void killedServerLosesAndDuplicatesNothing() {
        QFETCH(QString, backend);
        constexpr int records = 1000;
        constexpr int editsPerRecord = 5; // a create and four patches: 5,000 edits
        constexpr int kills = 20;

        auto opened = Store::open(m_dir.filePath(u"crash-%1.sqlite"_s.arg(backend)));
        QVERIFY(opened);
        Store& store = *opened.value();
        QList<PartnerContact> contacts;
        {
            Transaction tx(store.database());
            for (int i = 0; i < records; ++i) {
                contacts.append(contact(u"c%1"_s.arg(i)));
                QVERIFY(store.partnerContacts().create(contacts.constLast()));
            }
            for (int v = 1; v < editsPerRecord; ++v) {
                for (PartnerContact& c : contacts) {
                    c.name = c.name.section(QLatin1Char(' '), 0, 0) + u" v%1"_s.arg(v);
                    QVERIFY(store.partnerContacts().update(c));
                }
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(store.journal().count(JournalEntry::State::Pending), records * editsPerRecord);

        ServerProcess server(makeDatabase(backend, m_dir));
        QVERIFY(server.start());
        const QByteArray token = server.addTenant(u"acme"_s);
        BackendClient client;
        SyncEngine engine(store, client);
        engine.setBatchSize(100);

        // The kills spread over the whole push: each comes after a random number of batches' worth
        // of time (0 to 5), measured as the push goes.
        double batchMs = 50;
        QElapsedTimer sinceBatch;
        connect(&engine, &SyncEngine::pushProgress, this,
                [&] { batchMs = 0.7 * batchMs + 0.3 * double(sinceBatch.restart()); });
        int interrupted = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kills; ++round) {
            BackendClient::Config config = clientConfig(server, token);
            config.backoff = Backoff(std::chrono::milliseconds(10), std::chrono::milliseconds(50), 2);
            QVERIFY(client.configure(config));
            QSignalSpy finished(&engine, &SyncEngine::finished);
            sinceBatch.start();
            engine.push();
            QTest::qWait(int(QRandomGenerator::global()->bounded(5, 5 * int(batchMs) + 10)));
            const bool busy = engine.isRunning();
            server.kill();
            interrupted += busy ? 1 : 0;
            if (finished.isEmpty())
                QVERIFY(finished.wait(60'000));
            QVERIFY(server.start());
        }
        qInfo("%d of %d kills hit a push in progress; %d edits still waiting", interrupted, kills,
              store.journal().count(JournalEntry::State::Pending));
        QVERIFY(interrupted >= kills / 2);

        QVERIFY(client.configure(clientConfig(server, token)));
        QVERIFY(runEngine(engine, &SyncEngine::sync));
        QCOMPARE(store.journal().count(JournalEntry::State::Pending), 0);
        QCOMPARE(store.journal().count(JournalEntry::State::NeedsAttention), 0);
        QCOMPARE(Conflicts(store.database()).openCount(), 0);

        // Exactly once: each applied op adds one revision, so a record holds exactly as many
        // revisions as it had edits, and its last value.
        const auto state = serverState(m_network, server, token);
        QCOMPARE(state.size(), records);
        for (const PartnerContact& c : std::as_const(contacts)) {
            const protocol::Change change =
                state.value(u"partner_contact/"_s + c.id.toString(QUuid::WithoutBraces));
            QCOMPARE(change.revision, editsPerRecord);
            QCOMPARE(change.fields.value(u"name"_s).toString(), c.name);
        }
        qInfo("%s: %lld ms", qPrintable(backend), clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_SyncCrash)
#include "tst_SyncCrash.moc"
