// SPDX-License-Identifier: GPL-3.0-or-later
// Field-level edits in storage: RepositoryBase::diff() finds the fields an edit changed (as their
// columns store them), and Repository::patch() writes those fields only, refuses to overwrite a
// field changed since the edit's base, and journals just the written fields on the stored revision.
#include "StorageTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

Site northwind() {
    Site site;
    site.id = QUuid::createUuid();
    site.name = u"Northwind"_s;
    site.champion = u"Dana"_s;
    site.emailDomains = {u"northwind.example"_s};
    return site;
}

} // namespace

class tst_FieldPatch : public QObject {
    Q_OBJECT

    TempStore m_store;

private Q_SLOTS:
    void init() { m_store.open(); }
    void cleanup() { m_store.close(); }

    void diffHoldsTheChangedFieldsOnly() {
        Store& store = *m_store;
        const Site before = northwind();
        Site after = before;
        after.champion = u"Marco"_s;
        after.emailDomains = {u"northwind.example"_s, u"nw.example"_s};
        const FieldPatch patch = store.sites().diff(before.toJson(), after.toJson());
        QCOMPARE(patch.id, before.id);
        QCOMPARE(patch.fields(), (QStringList{u"champion"_s, u"email_domains"_s}));
        QCOMPARE(patch.before.value(u"champion"_s).toString(), u"Dana"_s);
        QCOMPARE(patch.after.value(u"champion"_s).toString(), u"Marco"_s);
        QCOMPARE(patch.inverted().after, patch.before);
        QVERIFY(store.sites().diff(before.toJson(), before.toJson()).isEmpty());
        // Values their column stores alike are no change: a missing optional id and a null one.
        QJsonObject missing = before.toJson();
        missing.remove(u"parent_id"_s);
        QJsonObject null = before.toJson();
        null.insert(u"parent_id"_s, QJsonValue::Null);
        QVERIFY(store.sites().diff(missing, null).isEmpty());
        // A cleared text is a change.
        Site cleared = before;
        cleared.champion.clear();
        QCOMPARE(store.sites().diff(before.toJson(), cleared.toJson()).fields(), QStringList{u"champion"_s});
    }

    void patchWritesItsFieldsAndKeepsTheOthers() {
        Store& store = *m_store;
        const Site base = northwind();
        QVERIFY(store.sites().create(base));
        QVERIFY(store.sites().applyRemote(store.sites().json(base.id).value(), 3, false));
        // Meanwhile (a pull) another field moved.
        QJsonObject pulled = store.sites().json(base.id).value();
        pulled.insert(u"contract_tier"_s, u"gold"_s);
        QVERIFY(store.sites().applyRemote(pulled, 4, false));
        const int journalBefore = store.journal().count();

        Site mine = base;
        mine.champion = u"Marco"_s;
        const FieldPatch patch = store.sites().diff(base.toJson(), mine.toJson());
        QList<FieldClash> clashes;
        QVERIFY(store.sites().patch(patch, nullptr, &clashes));
        QVERIFY(clashes.isEmpty());
        const Site now = store.sites().get(base.id).value();
        QCOMPARE(now.champion, u"Marco"_s);
        QCOMPARE(now.contractTier, u"gold"_s); // not reverted to the base's empty tier
        QCOMPARE(store.journal().count(), journalBefore + 1);
        const JournalEntry entry = store.journal().pending().constLast();
        QCOMPARE(entry.action, JournalEntry::Action::Patch);
        QCOMPARE(entry.fields.keys(), QStringList{u"champion"_s});
        QCOMPARE(entry.baseRevision, 4);

        // The same patch again finds its value there already: no clash, nothing written.
        QVERIFY(store.sites().patch(patch, nullptr, &clashes));
        QCOMPARE(store.journal().count(), journalBefore + 1);
    }

    void aFieldChangedSinceIsNeverOverwritten() {
        Store& store = *m_store;
        const Site base = northwind();
        QVERIFY(store.sites().create(base));
        QJsonObject pulled = store.sites().json(base.id).value();
        pulled.insert(u"champion"_s, u"Priya"_s);
        QVERIFY(store.sites().applyRemote(pulled, 2, false));
        const int journalBefore = store.journal().count();

        Site mine = base;
        mine.champion = u"Marco"_s;
        mine.contractTier = u"silver"_s;
        const FieldPatch patch = store.sites().diff(base.toJson(), mine.toJson());
        const auto asked = store.sites().clashes(patch);
        QVERIFY(asked);
        QCOMPARE(asked->size(), 1);
        QList<FieldClash> clashes;
        const Result<void> written = store.sites().patch(patch, nullptr, &clashes);
        QVERIFY(!written);
        QCOMPARE(written.error().where, u"champion"_s);
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.constFirst().field, u"champion"_s);
        QCOMPARE(clashes.constFirst().base.toString(), u"Dana"_s);
        QCOMPARE(clashes.constFirst().mine.toString(), u"Marco"_s);
        QCOMPARE(clashes.constFirst().stored.toString(), u"Priya"_s);
        // All or nothing: the field without a clash was not written either.
        const Site now = store.sites().get(base.id).value();
        QCOMPARE(now.champion, u"Priya"_s);
        QCOMPARE(now.contractTier, QString());
        QCOMPARE(store.journal().count(), journalBefore);

        // Rebased on the stored value (the user chose to keep theirs), it goes through.
        FieldPatch rebased = patch;
        rebased.before.insert(u"champion"_s, u"Priya"_s);
        QVERIFY(store.sites().patch(rebased));
        QCOMPARE(store.sites().get(base.id)->champion, u"Marco"_s);
        QCOMPARE(store.sites().get(base.id)->contractTier, u"silver"_s);
    }

    void patchValidatesTheRecordAsItWouldBeStored() {
        Store& store = *m_store;
        const Site base = northwind();
        QVERIFY(store.sites().create(base));
        Site mine = base;
        mine.name.clear();
        FieldErrors problems;
        QVERIFY(!store.sites().patch(store.sites().diff(base.toJson(), mine.toJson()), &problems));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.constFirst().field, u"name"_s);
        QCOMPARE(store.sites().get(base.id)->name, u"Northwind"_s);
    }

    void patchOfAGoneRecordOrUnknownFieldFails() {
        Store& store = *m_store;
        const Site base = northwind();
        QVERIFY(store.sites().create(base));
        FieldPatch unknown{base.id, {{u"no_such_field"_s, 1}}, {{u"no_such_field"_s, 2}}};
        QVERIFY(!store.sites().patch(unknown));
        QVERIFY(store.sites().remove(base.id));
        Site mine = base;
        mine.champion = u"Marco"_s;
        QVERIFY(!store.sites().patch(store.sites().diff(base.toJson(), mine.toJson())));
        QVERIFY(!store.sites().clashes(store.sites().diff(base.toJson(), mine.toJson())));
    }
};

QTEST_GUILESS_MAIN(tst_FieldPatch)
#include "tst_FieldPatch.moc"
