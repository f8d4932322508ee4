// SPDX-License-Identifier: GPL-3.0-or-later
// The edits the backend rejected, on a real workspace: listed with the record's name, the site, the
// field labels and the backend's reason (kept across a reopen); retried as a new op carrying the
// record's current values; discarded back to the backend's version as one undo step, which Edit >
// Undo reverses (the edit and its outbox entry come back) and which refuses to overwrite a later
// change.
#include "Store.h"
#include "SyncEngine.h"
#include "SyncProblems.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_SyncProblems : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Workspace> m_workspace;
    Site m_site;
    ClientProfile m_ada;
    int m_folders = 0;

    Store& store() { return m_workspace->store(); }
    ClientProfile ada() { return store().profiles().get(m_ada.id).value(); }
    QList<JournalEntry> rejected() { return store().journal().entries(JournalEntry::State::NeedsAttention); }

    // Everything in the outbox reached the backend, which now holds revision 1 of each record.
    void synced() {
        QList<QUuid> ops;
        for (const JournalEntry& entry : store().journal().pending(1000)) {
            ops << entry.opId;
            QVERIFY(SyncEngine::repositoryFor(store(), entry.entity)->setServerRevision(entry.entityId, 1));
        }
        QVERIFY(store().journal().markSent(ops));
    }

    // Edits Ada's mobile phone; the backend rejects the edit with `code` and `error`. Returns its op.
    QUuid rejectMobile(const QString& mobile, const QString& code, const QString& error) {
        const ClientProfile before = ada();
        ClientProfile after = before;
        after.mobilePhone = mobile;
        if (!m_workspace->edit<ClientProfile>(before, after, u"Edit Ada"_s))
            return {};
        const QList<JournalEntry> pending = store().journal().pending();
        if (pending.size() != 1 || !store().journal().markNeedsAttention(pending.at(0).opId, error, code))
            return {};
        return pending.at(0).opId;
    }

    BackendClient::Record backendVersion() {
        QJsonObject fields = m_ada.toJson();
        fields.remove(u"id"_s);
        return BackendClient::Record{fields, 1};
    }

private Q_SLOTS:
    void init() {
        m_folder = m_dir.filePath(u"ws%1"_s.arg(++m_folders));
        auto opened = Workspace::open(m_folder, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        m_site = Site();
        m_site.id = QUuid::createUuid();
        m_site.name = u"Contoso HQ"_s;
        QVERIFY(m_workspace->edit<Site>(std::nullopt, m_site, u"Add site"_s));
        m_ada = ClientProfile();
        m_ada.id = QUuid::createUuid();
        m_ada.siteId = m_site.id;
        m_ada.fullName = u"Ada Lovelace"_s;
        m_ada.email = u"ada@contoso.com"_s;
        m_ada.mobilePhone = u"+14155550123"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, m_ada, u"Add Ada"_s));
        synced();
        m_workspace->undoStack().clear();
    }
    void cleanup() { m_workspace.reset(); }

    void listsTheRecordByNameWithFieldLabelsAndTheReason() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        QVERIFY(!op.isNull());
        auto listed = SyncProblems(*m_workspace).list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        const SyncProblems::Problem& problem = listed->at(0);
        QCOMPARE(problem.opId, op);
        QCOMPARE(problem.kind, EntityKind::ClientProfile);
        QCOMPARE(problem.recordName, u"Ada Lovelace"_s);
        QCOMPARE(problem.siteName, u"Contoso HQ"_s);
        QCOMPARE(problem.siteId, m_site.id);
        QCOMPARE(problem.fields, QStringList{u"mobile_phone"_s});
        QCOMPARE(problem.fieldLabels, QStringList{u"Mobile phone"_s});
        QCOMPARE(problem.code, u"invalid"_s);
        QVERIFY2(problem.reason.contains(u"Mobile phone: not a mobile number"_s), qPrintable(problem.reason));
        QVERIFY2(!problem.reason.contains(u"mobile_phone"_s), qPrintable(problem.reason));
        QVERIFY2(problem.title().contains(u"Ada Lovelace"_s) && problem.title().contains(u"Contoso HQ"_s),
                 qPrintable(problem.title()));

        // The open-to-fix target is the profile's editor, at the field the backend named.
        const SyncProblems::Target target = SyncProblems(*m_workspace).target(problem);
        QCOMPARE(target.kind, EntityKind::ClientProfile);
        QCOMPARE(target.id, m_ada.id);
        QCOMPARE(target.siteId, m_site.id);
        QCOMPARE(target.field, u"mobile_phone"_s);

        // Found by a prefix of its id, as the command line names it.
        auto found = SyncProblems(*m_workspace).find(op.toString(QUuid::WithoutBraces).left(8));
        QVERIFY(found);
        QCOMPARE(found->opId, op);
        QVERIFY(!SyncProblems(*m_workspace).find(u"0000"_s));

        // The code and the errors are stored: a reopened workspace says the same.
        m_workspace.reset();
        auto reopened = Workspace::open(m_folder, Workspace::OpenMode::MustExist);
        QVERIFY(reopened);
        m_workspace = std::move(reopened).value();
        auto again = SyncProblems(*m_workspace).list();
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->at(0).code, u"invalid"_s);
        QCOMPARE(again->at(0).errors, QStringList{u"mobile_phone: not a mobile number"_s});
    }

    void aRoleRefusalSaysWhoMayMakeIt() {
        QVERIFY(!rejectMobile(u"+14155550125"_s, u"forbidden"_s,
                              u"role: this edit needs the editor role; you are a reviewer"_s)
                     .isNull());
        const SyncProblems::Problem problem = SyncProblems(*m_workspace).list()->at(0);
        QCOMPARE(problem.code, u"forbidden"_s);
        QVERIFY2(problem.reason.contains(u"Your role may not make this edit"_s), qPrintable(problem.reason));
        QVERIFY2(problem.reason.contains(u"needs the editor role"_s), qPrintable(problem.reason));
    }

    void retrySendsTheCurrentValuesAsANewOp() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        // The fix, made in the editor: a pending edit of its own.
        const ClientProfile before = ada();
        ClientProfile fixed = before;
        fixed.mobilePhone = u"+14155550124"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(before, fixed, u"Fix Ada"_s));
        QSignalSpy changed(m_workspace.get(), &Workspace::recordChanged);
        QVERIFY(SyncProblems(*m_workspace).retry(op));
        QCOMPARE(changed.count(), 1);
        QVERIFY(rejected().isEmpty());
        QVERIFY(!store().journal().get(op)); // a new op id: the backend would replay its old answer
        const QList<JournalEntry> pending = store().journal().pending();
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.at(0).opId != op);
        QCOMPARE(pending.at(0).fields.value(u"mobile_phone"_s).toString(), u"+14155550124"_s);
        QCOMPARE(pending.at(0).errorCode, QString());
        QVERIFY(SyncProblems(*m_workspace).list()->isEmpty());
        // Only a rejected edit can be retried.
        QVERIFY(!SyncProblems(*m_workspace).retry(pending.at(0).opId));
    }

    void discardTakesTheBackendVersionAndUndoBringsTheEditBack() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        const JournalEntry entry = store().journal().get(op).value();
        const int steps = m_workspace->undoStack().count();
        QSignalSpy changed(m_workspace.get(), &Workspace::recordChanged);
        QVERIFY(SyncProblems(*m_workspace).discard(op, backendVersion()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(ada().mobilePhone, u"+14155550123"_s);
        QVERIFY(rejected().isEmpty());
        QVERIFY(store().journal().pending().isEmpty()); // discarding sends nothing
        QCOMPARE(m_workspace->undoStack().count(), steps + 1);
        QVERIFY(m_workspace->undoStack().undoText().contains(u"Ada Lovelace"_s));

        m_workspace->undoStack().undo();
        QCOMPARE(ada().mobilePhone, u"+14155550125"_s);
        const QList<JournalEntry> back = rejected();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).opId, op);
        QCOMPARE(back.at(0).fields, entry.fields);
        QCOMPARE(back.at(0).error, entry.error);
        QCOMPARE(back.at(0).errorCode, u"invalid"_s);
        QCOMPARE(store().profiles().state(m_ada.id)->serverRevision, 1);

        m_workspace->undoStack().redo();
        QCOMPARE(ada().mobilePhone, u"+14155550123"_s);
        QVERIFY(rejected().isEmpty());
    }

    void discardKeepsTheRecordsOtherUnsentEdits() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        const ClientProfile before = ada();
        ClientProfile titled = before;
        titled.title = u"Head of IT"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(before, titled, u"Title"_s));
        QVERIFY(SyncProblems(*m_workspace).discard(op, backendVersion()));
        QCOMPARE(ada().mobilePhone, u"+14155550123"_s);
        QCOMPARE(ada().title, u"Head of IT"_s);
        QCOMPARE(store().journal().pending().size(), 1);
    }

    void discardOfARejectedCreateRemovesTheRecordUntilUndone() {
        ClientProfile grace;
        grace.id = QUuid::createUuid();
        grace.siteId = m_site.id;
        grace.fullName = u"Grace Hopper"_s;
        grace.email = u"grace@contoso.com"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, grace, u"Add Grace"_s));
        const QUuid op = store().journal().pending().at(0).opId;
        QVERIFY(store().journal().markNeedsAttention(op, u"role: needs the editor role"_s, u"forbidden"_s));
        QCOMPARE(SyncProblems(*m_workspace).list()->at(0).recordName, u"Grace Hopper"_s);
        // The backend has no such record: the create is undone here.
        QVERIFY(SyncProblems(*m_workspace).discard(op, std::nullopt));
        QVERIFY(!store().profiles().get(grace.id));
        QVERIFY(rejected().isEmpty());
        m_workspace->undoStack().undo();
        QCOMPARE(store().profiles().get(grace.id)->fullName, u"Grace Hopper"_s);
        QCOMPARE(rejected().size(), 1);
    }

    void undoRefusesWhenTheRecordChangedSince() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        QVERIFY(SyncProblems(*m_workspace).discard(op, backendVersion()));
        // Another admin's change arrives with a pull.
        QJsonObject pulled = ada().toJson();
        pulled.insert(u"title"_s, u"CTO"_s);
        QVERIFY(store().profiles().applyRemote(pulled, 2, false));
        QSignalSpy failed(m_workspace.get(), &Workspace::editFailed);
        m_workspace->undoStack().undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"changed since"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(ada().title, u"CTO"_s);
        QCOMPARE(ada().mobilePhone, u"+14155550123"_s);
        QVERIFY(rejected().isEmpty());
    }

    void anEntityWithoutARecordTypeHereIsListedAndRetriedAsItIs() {
        // An entity a newer backend (or desktop) has and this one keeps no record type for.
        JournalEntry entry;
        entry.entity = u"site_note"_s;
        entry.entityId = QUuid::createUuid();
        entry.action = JournalEntry::Action::Upsert;
        entry.fields = QJsonObject{{u"text"_s, u"Door code at reception"_s}};
        QVERIFY(store().journal().append(entry));
        const QUuid op = store().journal().pending().constLast().opId;
        QVERIFY(store().journal().markNeedsAttention(op, u"role: site notes need the admin role"_s,
                                                     u"forbidden"_s));
        const SyncProblems::Problem problem = SyncProblems(*m_workspace).list()->constLast();
        QVERIFY(!problem.localRecord);
        QCOMPARE(problem.recordName, u"Site note"_s);
        QVERIFY(!SyncProblems(*m_workspace).target(problem).editable);
        QVERIFY(!SyncProblems(*m_workspace).discard(op, std::nullopt));
        QCOMPARE(rejected().size(), 1); // nothing lost
        QVERIFY(SyncProblems(*m_workspace).retry(op));
        QCOMPARE(store().journal().pending().constLast().fields, entry.fields);
    }

    void anInvalidBackendVersionIsNotTaken() {
        const QUuid op =
            rejectMobile(u"+14155550125"_s, u"invalid"_s, u"mobile_phone: not a mobile number"_s);
        const int steps = m_workspace->undoStack().count();
        BackendClient::Record broken = backendVersion();
        broken.fields.insert(u"full_name"_s, QString());
        QVERIFY(!SyncProblems(*m_workspace).discard(op, broken));
        QCOMPARE(rejected().size(), 1);
        QCOMPARE(ada().mobilePhone, u"+14155550125"_s);
        QCOMPARE(m_workspace->undoStack().count(), steps);
    }
};

QTEST_GUILESS_MAIN(tst_SyncProblems)
#include "tst_SyncProblems.moc"
