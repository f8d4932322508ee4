// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_Journal : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    QList<Site> m_sites;

private Q_SLOTS:
    void init() {
        m_store.open();
        m_sites.clear();
        for (int n = 0; n < 3; ++n) {
            m_sites.append(sample<Site>(n, {}));
            SK_VERIFY_OK(m_store->sites().create(m_sites.constLast()));
        }
    }

    void cleanup() { m_store.close(); }

    void pendingInOrder() {
        Site edited = m_sites.at(0);
        edited.scopeNotes = u"No printers."_s;
        SK_VERIFY_OK(m_store->sites().update(edited));
        SK_VERIFY_OK(m_store->sites().remove(m_sites.at(1).id));

        const QList<JournalEntry> pending = m_store->journal().pending();
        QCOMPARE(pending.size(), 5);
        QCOMPARE(m_store->journal().count(), 5);
        for (qsizetype i = 1; i < pending.size(); ++i)
            QVERIFY(pending.at(i - 1).seq < pending.at(i).seq);
        QCOMPARE(pending.at(0).entityId, m_sites.at(0).id);
        QCOMPARE(pending.at(3).action, JournalEntry::Action::Patch);
        QCOMPARE(pending.at(3).fields, (QJsonObject{{u"scope_notes"_s, u"No printers."_s}}));
        QCOMPARE(pending.at(4).action, JournalEntry::Action::Delete);
        QCOMPARE(pending.at(4).entity, u"site"_s);
        QCOMPARE(pending.at(4).createdAt, fixedNow);
        QCOMPARE(m_store->journal().pending(2).size(), 2);
    }

    void markSentAndNeedsAttention() {
        const QList<JournalEntry> pending = m_store->journal().pending();
        QCOMPARE(pending.size(), 3);
        SK_VERIFY_OK(m_store->journal().markSent({pending.at(0).opId, pending.at(1).opId}));
        SK_VERIFY_OK(m_store->journal().markNeedsAttention(pending.at(2).opId, u"name: already taken"_s));
        QCOMPARE(m_store->journal().count(), 0);
        QCOMPARE(m_store->journal().count(JournalEntry::State::Sent), 2);
        const QList<JournalEntry> attention = m_store->journal().entries(JournalEntry::State::NeedsAttention);
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.at(0).error, u"name: already taken"_s);

        SK_VERIFY_OK(m_store->journal().markPending(pending.at(2).opId));
        QCOMPARE(m_store->journal().pending().size(), 1);
        QCOMPARE(m_store->journal().pending().at(0).error, QString());

        const Result<void> unknown = m_store->journal().markNeedsAttention(QUuid::createUuid(), u"x"_s);
        QVERIFY(!unknown.ok());
        // All or nothing: one unknown id leaves the others pending.
        QVERIFY(!m_store->journal().markSent({pending.at(2).opId, QUuid::createUuid()}).ok());
        QCOMPARE(m_store->journal().count(), 1);
    }

    void batchesOfMoreThanOneChunk() {
        // 250 entries: markSent and serverRevisions take ids 100 at a time.
        QList<Site> more;
        for (int n = 3; n < 250; ++n) {
            Site site = sample<Site>(n % 3, {});
            site.name = u"Office %1"_s.arg(n);
            more.append(site);
            SK_VERIFY_OK(m_store->sites().create(site));
        }
        const QList<JournalEntry> pending = m_store->journal().pending(1000);
        QCOMPARE(pending.size(), 250);
        const QList<JournalEntry> after = m_store->journal().pending(10, pending.at(99).seq);
        QCOMPARE(after.size(), 10);
        QCOMPARE(after.constFirst().seq, pending.at(100).seq);

        SK_VERIFY_OK(m_store->sites().setServerRevision(m_sites.at(1).id, 7));
        SK_VERIFY_OK(m_store->sites().setServerRevision(more.constLast().id, 3));
        const auto revisions = m_store->journal().serverRevisions(pending);
        SK_VERIFY_OK(revisions);
        QCOMPARE(revisions->size(), 250);
        QCOMPARE(revisions->value(m_sites.at(1).id), 7);
        QCOMPARE(revisions->value(more.constLast().id), 3);
        QCOMPARE(revisions->value(m_sites.at(0).id), 0);

        QList<QUuid> ids;
        for (const JournalEntry& entry : pending)
            ids.append(entry.opId);
        // An unknown id in the third chunk undoes the first two.
        QList<QUuid> withUnknown = ids;
        withUnknown.insert(220, QUuid::createUuid());
        QVERIFY(!m_store->journal().markSent(withUnknown).ok());
        QCOMPARE(m_store->journal().count(), 250);
        SK_VERIFY_OK(m_store->journal().markSent(ids));
        QCOMPARE(m_store->journal().count(), 0);
        QCOMPARE(m_store->journal().count(JournalEntry::State::Sent), 250);
    }

    void appendKeepsGivenValues() {
        JournalEntry entry;
        entry.opId = QUuid::createUuid();
        entry.entity = u"site"_s;
        entry.entityId = m_sites.at(0).id;
        entry.action = JournalEntry::Action::Patch;
        entry.fields = {{u"name"_s, u"X"_s}};
        entry.baseRevision = 12;
        SK_VERIFY_OK(m_store->journal().append(entry));
        const JournalEntry read = m_store->journal().forEntity(u"site"_s, m_sites.at(0).id).constLast();
        QCOMPARE(read.opId, entry.opId);
        QCOMPARE(read.fields, entry.fields);
        QCOMPARE(read.baseRevision, 12);
        QVERIFY(!m_store->journal().append(entry).ok()); // op ids are unique
    }

    void stringsRoundTrip() {
        for (auto action :
             {JournalEntry::Action::Upsert, JournalEntry::Action::Patch, JournalEntry::Action::Delete})
            QCOMPARE(JournalEntry::actionFromString(JournalEntry::toString(action)), action);
        for (auto state :
             {JournalEntry::State::Pending, JournalEntry::State::Sent, JournalEntry::State::NeedsAttention})
            QCOMPARE(JournalEntry::stateFromString(JournalEntry::toString(state)), state);
        QCOMPARE(JournalEntry::toString(JournalEntry::State::NeedsAttention), u"needs_attention"_s);
        QVERIFY(!JournalEntry::actionFromString(u"drop"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_Journal.moc"
