// SPDX-License-Identifier: GPL-3.0-or-later
// A conflict on a record over 64 KiB: the real server answers it `partial` (no current record), and
// the client fetches the whole record and merges it as any other conflict, losing no edit.

#include "Conflicts.h"
#include "Reference.h"
#include "TwoDesks.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_PartialConflict : public QObject {
    Q_OBJECT

private:
    // Two synced desks that both hold a reference whose body is over 64 KiB.
    bool start(TwoDesks& desks, const QTemporaryDir& dir, Reference& reference) {
        if (!desks.start(dir, QStringLiteral("partial")))
            return false;
        reference.id = QUuid::createUuid();
        reference.siteId = desks.site.id;
        reference.title = QStringLiteral("Backup runbook");
        reference.owner = QStringLiteral("Dana");
        reference.body = QString(80 * 1024, QLatin1Char('x'));
        if (!desks.a.workspace->edit<Reference>(std::nullopt, reference, QStringLiteral("Add reference")))
            return false;
        return desks.a.sync() && desks.b.sync() && desks.b.store().references().get(reference.id).ok();
    }

    static bool editReference(WorkspaceDesk& desk, const QUuid& id,
                              const std::function<void(Reference&)>& change) {
        auto current = desk.store().references().get(id);
        if (!current)
            return false;
        Reference before = current.value();
        Reference after = before;
        change(after);
        return desk.workspace->edit<Reference>(before, after, QStringLiteral("Edit reference")).ok();
    }

private Q_SLOTS:
    void differentFieldsAreBothKept() {
        QTemporaryDir dir;
        TwoDesks desks;
        Reference reference;
        QVERIFY(start(desks, dir, reference));
        QVERIFY(
            editReference(desks.a, reference.id, [](Reference& r) { r.title = QStringLiteral("Backups"); }));
        QVERIFY(editReference(desks.b, reference.id, [](Reference& r) { r.owner = QStringLiteral("Sam"); }));
        QVERIFY(desks.a.sync());
        QVERIFY2(desks.b.sync(), "a partial conflict must merge, not fail the sync");
        QCOMPARE(desks.b.pending(), 0);
        QCOMPARE(Conflicts(desks.b.store().database()).openCount(), 0);
        QVERIFY(desks.a.sync());
        for (WorkspaceDesk* desk : {&desks.a, &desks.b}) {
            const Reference merged = desk->store().references().get(reference.id).value();
            QCOMPARE(merged.title, QStringLiteral("Backups"));
            QCOMPARE(merged.owner, QStringLiteral("Sam"));
            QCOMPARE(merged.body, reference.body);
        }
    }

    void sameFieldBecomesAConflict() {
        QTemporaryDir dir;
        TwoDesks desks;
        Reference reference;
        QVERIFY(start(desks, dir, reference));
        QVERIFY(editReference(desks.a, reference.id, [](Reference& r) { r.owner = QStringLiteral("Alex"); }));
        QVERIFY(editReference(desks.b, reference.id, [](Reference& r) { r.owner = QStringLiteral("Sam"); }));
        QVERIFY(desks.a.sync());
        QVERIFY2(desks.b.sync(), "a partial conflict must merge, not fail the sync");
        const QList<Conflict> open =
            Conflicts(desks.b.store().database()).openFor(QStringLiteral("reference"), reference.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("owner"));
        QCOMPARE(open.first().mine.toString(), QStringLiteral("Sam"));
        QCOMPARE(open.first().theirs.toString(), QStringLiteral("Alex"));
        // Nothing lost: the local record keeps this desk's value until the user chooses.
        const Reference local = desks.b.store().references().get(reference.id).value();
        QCOMPARE(local.owner, QStringLiteral("Sam"));
        QCOMPARE(local.body, reference.body);
    }

    void failedFetchKeepsTheEdit() {
        QTemporaryDir dir;
        TwoDesks desks;
        Reference reference;
        QVERIFY(start(desks, dir, reference));
        QVERIFY(editReference(desks.a, reference.id, [](Reference& r) { r.owner = QStringLiteral("Alex"); }));
        QVERIFY(editReference(desks.b, reference.id, [](Reference& r) { r.owner = QStringLiteral("Sam"); }));
        QVERIFY(desks.a.sync());
        // The GET of the whole record is refused: the reply limit is below the record's size, but
        // above the batch's compact answer.
        BackendClient::Config config = clientConfig(*desks.server, desks.token);
        config.maxReplyBytes = 32 * 1024;
        QVERIFY(desks.b.client.configure(config));
        QVERIFY(!desks.b.sync());
        QCOMPARE(desks.b.pending(), 1);
        QCOMPARE(Conflicts(desks.b.store().database()).openCount(), 0);
        QVERIFY(desks.b.client.configure(clientConfig(*desks.server, desks.token)));
        QVERIFY(desks.b.sync());
        QCOMPARE(
            Conflicts(desks.b.store().database()).openFor(QStringLiteral("reference"), reference.id).size(),
            1);
    }
};

QTEST_GUILESS_MAIN(tst_PartialConflict)
#include "tst_PartialConflict.moc"
