// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEdits.h"
#include "Store.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// The console's bulk actions on a real workspace: each is one undo step of ordinary edits (audited,
// in the outbox), and an undo brings every record back.
class tst_BulkEdits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_siteId;

    Store& store() { return m_workspace->store(); }

    QList<QUuid> addReferences(int count, const QString& owner) {
        QList<QUuid> ids;
        for (int i = 0; i < count; ++i) {
            Reference r;
            r.id = QUuid::createUuid();
            r.siteId = m_siteId;
            r.title = u"Runbook %1"_s.arg(i);
            r.topic = ReferenceTopic::Other;
            r.owner = owner;
            if (!store().references().create(r))
                return {};
            ids << r.id;
        }
        return ids;
    }

    QList<QUuid> addProfiles(int count, ProfileStatus status) {
        QList<QUuid> ids;
        for (int i = 0; i < count; ++i) {
            ClientProfile p;
            p.id = QUuid::createUuid();
            p.siteId = m_siteId;
            p.fullName = u"Person %1"_s.arg(i);
            p.status = status;
            if (!store().profiles().create(p))
                return {};
            ids << p.id;
        }
        return ids;
    }

    QString ownerOf(const QUuid& id) { return store().references().get(id)->owner; }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                      Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(store().sites().create(site).ok());
        m_siteId = site.id;
    }

    void cleanup() { m_workspace.reset(); }

    void setOwnerIsOneUndoStep() {
        const QList<QUuid> ids = addReferences(3, u"Ann"_s);
        QCOMPARE(ids.size(), 3);
        const qint64 outboxBefore = store().journal().count();

        const auto changed = BulkEdits(*m_workspace).setReferenceOwner(ids, u"Bob"_s);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().toString()));
        QCOMPARE(*changed, 3);
        for (const QUuid& id : ids)
            QCOMPARE(ownerOf(id), u"Bob"_s);
        QCOMPARE(m_workspace->undoStack().count(), 1);
        QVERIFY(m_workspace->undoStack().text(0).startsWith(u"Set owner of 3 reference"_s));
        QCOMPARE(store().journal().count(), outboxBefore + 3); // one outbox entry per record

        m_workspace->undoStack().undo();
        for (const QUuid& id : ids)
            QCOMPARE(ownerOf(id), u"Ann"_s);
        m_workspace->undoStack().redo();
        for (const QUuid& id : ids)
            QCOMPARE(ownerOf(id), u"Bob"_s);
    }

    void unchangedAndMissingRecordsArePassedOver() {
        QList<QUuid> ids = addReferences(2, u"Bob"_s);
        ids << addReferences(1, u"Ann"_s) << QUuid::createUuid(); // the last one does not exist
        const auto changed = BulkEdits(*m_workspace).setReferenceOwner(ids, u"Bob"_s);
        QVERIFY(changed.ok());
        QCOMPARE(*changed, 1);
        QCOMPARE(m_workspace->undoStack().count(), 1);

        // Nothing to change: no undo step at all.
        const auto again = BulkEdits(*m_workspace).setReferenceOwner(ids, u"Bob"_s);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(m_workspace->undoStack().count(), 1);
    }

    void disableProfilesLeavesDisabledOnes() {
        const QList<QUuid> active = addProfiles(2, ProfileStatus::Active);
        const QList<QUuid> disabled = addProfiles(1, ProfileStatus::Disabled);
        const auto changed = BulkEdits(*m_workspace).disableProfiles(active + disabled);
        QVERIFY(changed.ok());
        QCOMPARE(*changed, 2);
        for (const QUuid& id : active + disabled)
            QCOMPARE(store().profiles().get(id)->status, ProfileStatus::Disabled);
        QCOMPARE(m_workspace->undoStack().count(), 1);
        m_workspace->undoStack().undo();
        for (const QUuid& id : active)
            QCOMPARE(store().profiles().get(id)->status, ProfileStatus::Active);
        QCOMPARE(store().profiles().get(disabled.first())->status, ProfileStatus::Disabled);
    }

    void removeAnyKindIsOneUndoStep() {
        const QList<QUuid> references = addReferences(2, u"Ann"_s);
        const QList<QUuid> profiles = addProfiles(2, ProfileStatus::Active);
        BulkEdits edits(*m_workspace);
        const auto removed = edits.remove(EntityKind::Reference, references);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 2);
        QCOMPARE(store().references().count().value(), 0);
        QVERIFY(m_workspace->undoStack().text(0).startsWith(u"Remove 2 reference"_s));
        const auto removedProfiles = edits.remove(EntityKind::ClientProfile, profiles);
        QVERIFY(removedProfiles.ok());
        QCOMPARE(store().profiles().count().value(), 0);
        QCOMPARE(m_workspace->undoStack().count(), 2);

        m_workspace->undoStack().undo();
        QCOMPARE(store().profiles().count().value(), 2);
        QCOMPARE(store().references().count().value(), 0);
        m_workspace->undoStack().undo();
        QCOMPARE(store().references().count().value(), 2);
        for (const QUuid& id : references)
            QVERIFY(store().references().get(id).ok());
    }

    void aRecordThatCannotBeSavedEndsTheAction() {
        const QList<QUuid> ids = addReferences(3, u"Ann"_s);
        // An owner longer than a name may be: the first record is refused, and with it the action.
        const auto changed = BulkEdits(*m_workspace).setReferenceOwner(ids, QString(1000, u'x'));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().toString().contains(u"owner"_s), qPrintable(changed.error().toString()));
        for (const QUuid& id : ids)
            QCOMPARE(ownerOf(id), u"Ann"_s);
    }
};

QTEST_GUILESS_MAIN(tst_BulkEdits)
#include "tst_BulkEdits.moc"
