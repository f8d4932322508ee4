// SPDX-License-Identifier: GPL-3.0-or-later
// Open sync conflicts for people, on a real workspace: the record by its name, the field by its
// label, a delete against an edit in words; resolved with a typed merged value, which is stored,
// audited and queued for the backend like an edit, and parsed by the type of the field's values.
#include "ConflictList.h"
#include "Store.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_ConflictList : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Site m_site;
    ClientProfile m_ada;
    int m_folders = 0;

    Store& store() { return m_workspace->store(); }

    QUuid addConflict(const QString& entity, const QUuid& id, const QString& field, const QJsonValue& base,
                      const QJsonValue& mine, const QJsonValue& theirs) {
        Conflict conflict;
        conflict.entity = entity;
        conflict.entityId = id;
        conflict.field = field;
        conflict.base = base;
        conflict.mine = mine;
        conflict.theirs = theirs;
        conflict.serverRevision = 2;
        return Conflicts(m_workspace->database()).add(conflict).valueOr(QUuid());
    }

private Q_SLOTS:
    void init() {
        auto opened =
            Workspace::open(m_dir.filePath(u"ws%1"_s.arg(++m_folders)), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        m_site = Site();
        m_site.id = QUuid::createUuid();
        m_site.name = u"Contoso HQ"_s;
        m_site.emailDomains = {u"contoso.com"_s};
        QVERIFY(m_workspace->edit<Site>(std::nullopt, m_site, u"Add site"_s));
        m_ada = ClientProfile();
        m_ada.id = QUuid::createUuid();
        m_ada.siteId = m_site.id;
        m_ada.fullName = u"Ada Lovelace"_s;
        m_ada.email = u"ada@contoso.com"_s;
        m_ada.title = u"Head of IT"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, m_ada, u"Add Ada"_s));
        QList<QUuid> ops;
        for (const JournalEntry& entry : store().journal().pending())
            ops << entry.opId;
        QVERIFY(store().journal().markSent(ops));
        QVERIFY(store().profiles().setServerRevision(m_ada.id, 2));
        QVERIFY(store().sites().setServerRevision(m_site.id, 2));
    }
    void cleanup() { m_workspace.reset(); }

    void namesTheRecordAndLabelsTheField() {
        QVERIFY(!addConflict(u"client_profile"_s, m_ada.id, u"title"_s, u"IT lead"_s, u"Head of IT"_s,
                             u"IT Director"_s)
                     .isNull());
        auto open = ConflictList(*m_workspace).open();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const ConflictList::Item& item = open->at(0);
        QCOMPARE(item.recordName, u"Ada Lovelace"_s);
        QCOMPARE(item.siteName, u"Contoso HQ"_s);
        QCOMPARE(item.fieldLabel, u"Job title"_s);
        QVERIFY(!item.wholeRecord);
        QCOMPARE(item.mergedText, u"Head of IT"_s); // typing starts from yours
        QCOMPARE(item.recordTitle(), u"Client profile Ada Lovelace (Contoso HQ)"_s);
    }

    void aTypedMergedValueIsStoredAndQueuedLikeAnEdit() {
        const QUuid id = addConflict(u"client_profile"_s, m_ada.id, u"title"_s, u"IT lead"_s, u"Head of IT"_s,
                                     u"IT Director"_s);
        QVERIFY(ConflictList(*m_workspace)
                    .resolve(id, SyncEngine::Take::Merged, u"Head of IT and Facilities\n"_s));
        QCOMPARE(store().profiles().get(m_ada.id)->title, u"Head of IT and Facilities"_s);
        const QList<JournalEntry> pending = store().journal().pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).action, JournalEntry::Action::Patch);
        QCOMPARE(pending.at(0).fields, (QJsonObject{{u"title"_s, u"Head of IT and Facilities"_s}}));
        QCOMPARE(pending.at(0).baseRevision, 2);
        const Conflict resolved = Conflicts(m_workspace->database()).get(id).value();
        QCOMPARE(resolved.resolution, u"merged"_s);
        QVERIFY(resolved.resolvedAt.isValid());
        QCOMPARE(Conflicts(m_workspace->database()).openCount(), 0);
        // The audit log has it as a local edit of the field.
        const QList<AuditEntry> audit = store().audit().forEntity(u"client_profile"_s, m_ada.id, 0, 1);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).fields, QStringList{u"title"_s});
        QVERIFY(audit.at(0).action != u"sync"_s);
    }

    void anInvalidMergedValueIsRefusedAndTheConflictStaysOpen() {
        const QUuid id = addConflict(u"client_profile"_s, m_ada.id, u"email"_s, u"ada@contoso.com"_s,
                                     u"ada@contoso.com"_s, u"ada.l@contoso.com"_s);
        QVERIFY(!ConflictList(*m_workspace).resolve(id, SyncEngine::Take::Merged, u"not an address"_s));
        QCOMPARE(Conflicts(m_workspace->database()).openCount(), 1);
        QCOMPARE(store().profiles().get(m_ada.id)->email, u"ada@contoso.com"_s);
        QVERIFY(store().journal().pending().isEmpty());
    }

    void listsMergeAsOneItemALine() {
        const QUuid id = addConflict(u"site"_s, m_site.id, u"email_domains"_s, QJsonArray{u"contoso.com"_s},
                                     QJsonArray{u"contoso.com"_s, u"contoso.net"_s},
                                     QJsonArray{u"contoso.com"_s, u"contoso.org"_s});
        const ConflictList::Item item = ConflictList(*m_workspace).item(id).value();
        QCOMPARE(item.fieldLabel, u"Email domains"_s);
        QCOMPARE(item.recordTitle(), u"Site Contoso HQ"_s);
        QCOMPARE(item.mergedText, u"contoso.com\ncontoso.net\ncontoso.org"_s); // both sides' items
        QVERIFY(ConflictList(*m_workspace).resolve(id, SyncEngine::Take::Merged, item.mergedText));
        QCOMPARE(store().sites().get(m_site.id)->emailDomains,
                 (QStringList{u"contoso.com"_s, u"contoso.net"_s, u"contoso.org"_s}));
    }

    void typedValuesTakeTheFieldsType() {
        Conflict flag;
        flag.field = u"vip"_s;
        flag.mine = true;
        flag.theirs = false;
        QCOMPARE(ConflictList::parseTyped(flag, u"no"_s).value(), QJsonValue(false));
        QCOMPARE(ConflictList::parseTyped(flag, u"yes\n"_s).value(), QJsonValue(true));
        QVERIFY(!ConflictList::parseTyped(flag, u"perhaps"_s));
        Conflict days;
        days.field = u"review_interval_days"_s;
        days.mine = 365;
        days.theirs = 180;
        QCOMPARE(ConflictList::parseTyped(days, u"270"_s).value(), QJsonValue(270));
        QVERIFY(!ConflictList::parseTyped(days, u"a year"_s));
    }

    void aDeleteAgainstAnEditIsSaidInWords() {
        const QUuid id = addConflict(u"client_profile"_s, m_ada.id,
                                     QString::fromLatin1(SyncEngine::deletedRecordField), false, false, true);
        const ConflictList::Item item = ConflictList(*m_workspace).item(id).value();
        QVERIFY(item.wholeRecord);
        QVERIFY2(item.description.contains(u"deleted on the backend"_s), qPrintable(item.description));
        QVERIFY(!item.fieldLabel.contains(u"(deleted)"_s) || item.fieldLabel.contains(u"whole record"_s));
        QVERIFY(!ConflictList(*m_workspace).resolve(id, SyncEngine::Take::Merged, u"x"_s));
        QCOMPARE(Conflicts(m_workspace->database()).openCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConflictList)
#include "tst_ConflictList.moc"
