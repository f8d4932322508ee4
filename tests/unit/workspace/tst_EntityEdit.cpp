// SPDX-License-Identifier: GPL-3.0-or-later
// The undo command of Workspace::edit: an edit, its undo and its redo write the fields the edit
// changed and nothing else; a field that moved since (here a pull written with applyRemote, as the
// sync engine writes it) is never overwritten: the step refuses with a message and leaves the stack.
#include "Store.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_EntityEdit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Site m_site;
    int m_folders = 0;

    Repository<Site>& sites() { return m_workspace->store().sites(); }
    Site stored() { return sites().get(m_site.id).value(); }
    // Another admin's change of one field arrives with a pull.
    void pull(const QString& field, const QJsonValue& value, bool deleted = false) {
        auto json = sites().json(m_site.id);
        QJsonObject record = json ? json.value() : m_site.toJson();
        record.insert(field, value);
        const qint64 revision = sites().state(m_site.id)->serverRevision + 1;
        QVERIFY(sites().applyRemote(record, revision, deleted));
    }
    bool editChampion(const QString& champion) {
        const Site before = stored();
        Site after = before;
        after.champion = champion;
        return m_workspace->edit<Site>(before, after, u"Edit champion"_s).ok();
    }

private Q_SLOTS:
    void init() {
        auto opened =
            Workspace::open(m_dir.filePath(u"ws%1"_s.arg(++m_folders)), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        m_site = Site();
        m_site.id = QUuid::createUuid();
        m_site.name = u"Northwind"_s;
        m_site.champion = u"Dana"_s;
        QVERIFY(m_workspace->edit<Site>(std::nullopt, m_site, u"Add site"_s));
        m_workspace->undoStack().clear();
    }
    void cleanup() { m_workspace.reset(); }

    void undoAndRedoWriteOnlyTheirFields() {
        QVERIFY(editChampion(u"Marco"_s));
        pull(u"contract_tier"_s, u"gold"_s);
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        QSignalSpy changed(m_workspace.get(), &Workspace::recordChanged);
        const int journalBefore = m_workspace->store().journal().count();
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stored().champion, u"Dana"_s);
        QCOMPARE(stored().contractTier, u"gold"_s);
        QCOMPARE(m_workspace->store().journal().count(), journalBefore + 1);
        QCOMPARE(m_workspace->store().journal().pending().constLast().fields.keys(),
                 QStringList{u"champion"_s});
        m_workspace->undoStack().redo();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stored().champion, u"Marco"_s);
        QCOMPARE(stored().contractTier, u"gold"_s);
    }

    void undoOfAFieldThatMovedRefuses() {
        QVERIFY(editChampion(u"Marco"_s));
        pull(u"champion"_s, u"Priya"_s);
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        const int journalBefore = m_workspace->store().journal().count();
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"Cannot undo “Edit champion”"_s), qPrintable(message));
        QVERIFY2(message.contains(u"“Champion” was changed on the backend"_s), qPrintable(message));
        QVERIFY2(message.contains(u"“Priya”"_s), qPrintable(message));
        QCOMPARE(stored().champion, u"Priya"_s);
        QCOMPARE(m_workspace->store().journal().count(), journalBefore);
        QCOMPARE(m_workspace->undoStack().count(), 0);
    }

    void redoOfAFieldThatMovedRefuses() {
        QVERIFY(editChampion(u"Marco"_s));
        m_workspace->undoStack().undo();
        QCOMPARE(stored().champion, u"Dana"_s);
        pull(u"champion"_s, u"Priya"_s);
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        m_workspace->undoStack().redo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().startsWith(u"Cannot redo"_s));
        QCOMPARE(stored().champion, u"Priya"_s);
        QVERIFY(!m_workspace->undoStack().canRedo());
    }

    void undoOfACreateRefusesOnceTheRecordChanged() {
        Site other;
        other.id = QUuid::createUuid();
        other.name = u"Fabrikam"_s;
        QVERIFY(m_workspace->edit<Site>(std::nullopt, other, u"Add site"_s));
        m_workspace->undoStack().undo();
        QVERIFY(!sites().get(other.id)); // unchanged: the undo takes it away
        m_workspace->undoStack().redo();
        QVERIFY(sites().get(other.id));

        QJsonObject pulled = sites().json(other.id).value();
        pulled.insert(u"champion"_s, u"Priya"_s);
        QVERIFY(sites().applyRemote(pulled, 2, false));
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(sites().get(other.id)->champion, u"Priya"_s); // still there, as pulled
    }

    void undoOfADeleteRefusesOnceTheRecordIsBack() {
        QVERIFY(m_workspace->edit<Site>(stored(), std::nullopt, u"Remove site"_s));
        QVERIFY(!sites().get(m_site.id));
        m_workspace->undoStack().undo();
        QCOMPARE(stored().champion, u"Dana"_s); // restored
        m_workspace->undoStack().redo();
        QVERIFY(!sites().get(m_site.id));

        pull(u"champion"_s, u"Priya"_s); // the backend still had it, edited
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stored().champion, u"Priya"_s);
    }

    void aMacroUndoesWhatItCanAndRefusesTheRest() {
        Site second;
        second.id = QUuid::createUuid();
        second.name = u"Fabrikam"_s;
        second.champion = u"Lee"_s;
        QVERIFY(m_workspace->edit<Site>(std::nullopt, second, u"Add site"_s));
        m_workspace->undoStack().clear();
        m_workspace->undoStack().beginMacro(u"Set champions"_s);
        QVERIFY(editChampion(u"Marco"_s));
        Site secondAfter = second;
        secondAfter.champion = u"Marco"_s;
        QVERIFY(m_workspace->edit<Site>(second, secondAfter, u"Edit champion"_s));
        m_workspace->undoStack().endMacro();
        pull(u"champion"_s, u"Priya"_s); // the first site's champion moved

        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stored().champion, u"Priya"_s);
        QCOMPARE(sites().get(second.id)->champion, u"Lee"_s);
        // Redo leaves the refused part alone for good.
        m_workspace->undoStack().redo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stored().champion, u"Priya"_s);
        QCOMPARE(sites().get(second.id)->champion, u"Marco"_s);
    }

    void anEditOnAStaleBaseIsNotSaved() {
        const Site base = stored();
        pull(u"champion"_s, u"Priya"_s);
        Site mine = base;
        mine.champion = u"Marco"_s;
        mine.contractTier = u"silver"_s;
        QList<FieldClash> clashes;
        const Result<void> saved = m_workspace->edit<Site>(base, mine, u"Edit"_s, &clashes);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"Champion was changed on the backend"_s),
                 qPrintable(saved.error().message));
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(stored().champion, u"Priya"_s);
        QCOMPARE(stored().contractTier, QString());
        QCOMPARE(m_workspace->undoStack().count(), 0);
        // Fields nobody else touched go through on the same stale base.
        Site tierOnly = base;
        tierOnly.contractTier = u"silver"_s;
        QVERIFY(m_workspace->edit<Site>(base, tierOnly, u"Edit"_s));
        QCOMPARE(stored().champion, u"Priya"_s);
        QCOMPARE(stored().contractTier, u"silver"_s);
    }

    void anEditThatChangesNothingMakesNoStep() {
        const Site same = stored();
        QVERIFY(m_workspace->edit<Site>(same, same, u"Nothing"_s));
        QCOMPARE(m_workspace->undoStack().count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EntityEdit)
#include "tst_EntityEdit.moc"
