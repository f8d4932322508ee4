// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueue.h"
#include "Store.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sitekeeper::ReviewState)

namespace {

const QDate today(2025, 3, 10);

// One reference of the review: its dates relative to `today` and what the queue (due within 30 days)
// should make of it.
struct ReferenceCase {
    const char* title;
    std::optional<int> reviewedDaysAgo; // none: never reviewed
    int intervalDays;
    ReferenceStatus status;
    bool partnerWide;
    bool listed; // in the queue of the next 30 days
    ReviewState state;
    int daysOverdue;
    std::optional<int> dueInDays; // next due, relative to today
};

const ReferenceCase referenceCases[] = {
    {"Overdue by 35 days", 400, 365, ReferenceStatus::Current, false, true, ReviewState::Overdue, 35, -35},
    {"Due today", 365, 365, ReferenceStatus::Current, false, true, ReviewState::DueSoon, 0, 0},
    {"Due in 30 days", 335, 365, ReferenceStatus::Due, false, true, ReviewState::DueSoon, 0, 30},
    {"Due in 31 days", 334, 365, ReferenceStatus::Current, false, false, ReviewState::Current, 0, 31},
    {"Reviewed last month", 30, 365, ReferenceStatus::Current, false, false, ReviewState::Current, 0, 335},
    {"Never reviewed", std::nullopt, 365, ReferenceStatus::Current, false, true, ReviewState::Overdue, 0, 0},
    {"Retired long ago", 900, 365, ReferenceStatus::Retired, false, false, ReviewState::Retired, 0, {}},
    {"Partner-wide VPN", 370, 365, ReferenceStatus::Current, true, true, ReviewState::Overdue, 5, -5},
    {"Quarterly MFA", 100, 90, ReferenceStatus::Current, false, true, ReviewState::Overdue, 10, -10},
};

} // namespace

class tst_ReviewQueue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_siteId;
    QUuid m_closedSiteId;
    QHash<QString, QUuid> m_ids; // by title or name

    Store& store() { return m_workspace->store(); }

    ReviewQueue queue() {
        ReviewQueue q(*m_workspace);
        q.setToday(today);
        return q;
    }

    QList<ReviewQueue::Item> due(int within = 30, ReviewQueue::Kind kind = ReviewQueue::Kind::All) {
        const auto items = queue().items(within, kind);
        if (!items) {
            qWarning() << items.error().toString();
            return {};
        }
        return items.value();
    }

    std::optional<ReviewQueue::Item> find(const QList<ReviewQueue::Item>& items, const QUuid& id) {
        for (const ReviewQueue::Item& item : items) {
            if (item.id == id)
                return item;
        }
        return std::nullopt;
    }

    QUuid addReference(const QString& title, const std::optional<int>& daysAgo, int interval,
                       ReferenceStatus status, const QUuid& siteId) {
        Reference r;
        r.id = QUuid::createUuid();
        r.siteId = siteId;
        r.title = title;
        r.topic = ReferenceTopic::Other;
        r.lastReviewed = daysAgo ? today.addDays(-*daysAgo) : QDate();
        r.reviewIntervalDays = interval;
        r.status = status;
        const auto created = store().references().create(r);
        if (!created)
            qWarning() << created.error().toString();
        m_ids.insert(title, r.id);
        return r.id;
    }

    QUuid addApprover(const QString& key, const QUuid& siteId, PersonKind kind, const QUuid& person,
                      const std::optional<int>& daysAgo) {
        Approver a;
        a.id = QUuid::createUuid();
        a.siteId = siteId;
        a.approvalType = key;
        a.personKind = kind;
        a.personId = person;
        a.lastReviewed = daysAgo ? today.addDays(-*daysAgo) : QDate();
        const auto created = store().approvers().create(a);
        if (!created)
            qWarning() << created.error().toString();
        return a.id;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();

        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(store().sites().create(site).ok());
        m_siteId = site.id;
        Site closed = site;
        closed.id = QUuid::createUuid();
        closed.name = u"Closed branch"_s;
        QVERIFY(store().sites().create(closed).ok());
        m_closedSiteId = closed.id;

        for (const ReferenceCase& c : referenceCases)
            addReference(QString::fromUtf8(c.title), c.reviewedDaysAgo, c.intervalDays, c.status,
                         c.partnerWide ? QUuid() : m_siteId);

        ClientProfile jane;
        jane.id = QUuid::createUuid();
        jane.siteId = m_siteId;
        jane.fullName = u"Jane Doe"_s;
        QVERIFY(store().profiles().create(jane).ok());
        PartnerContact dana;
        dana.id = QUuid::createUuid();
        dana.name = u"Dana Whitfield"_s;
        QVERIFY(store().partnerContacts().create(dana).ok());
        for (const ApprovalType& type : ApprovalType::builtins())
            QVERIFY(store().approvalTypes().upsert(type).ok());

        m_ids.insert(u"approver overdue"_s,
                     addApprover(u"user_termination"_s, m_siteId, PersonKind::ClientProfile, jane.id, 366));
        m_ids.insert(u"approver never"_s, addApprover(u"software_install"_s, m_siteId,
                                                      PersonKind::PartnerContact, dana.id, std::nullopt));
        m_ids.insert(u"approver due"_s,
                     addApprover(u"new_user_setup"_s, m_siteId, PersonKind::ClientProfile, jane.id, 350));
        m_ids.insert(u"approver current"_s,
                     addApprover(u"mailbox_access"_s, m_siteId, PersonKind::ClientProfile, jane.id, 10));

        // Records of a deleted site are not reviewed: the checks leave them out too.
        addReference(u"Branch runbook"_s, 500, 365, ReferenceStatus::Current, m_closedSiteId);
        addApprover(u"user_termination"_s, m_closedSiteId, PersonKind::PartnerContact, dana.id, 500);
        QVERIFY(store().sites().remove(m_closedSiteId).ok());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void references_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<ReviewState>("state");
        QTest::addColumn<int>("daysOverdue");
        QTest::addColumn<bool>("partnerWide");
        QTest::addColumn<QDate>("nextDue");
        for (const ReferenceCase& c : referenceCases)
            QTest::addRow("%s", c.title)
                << QString::fromUtf8(c.title) << c.listed << c.state << c.daysOverdue << c.partnerWide
                << (c.dueInDays ? today.addDays(*c.dueInDays) : QDate());
    }

    void references() {
        QFETCH(QString, title);
        QFETCH(bool, listed);
        QFETCH(ReviewState, state);
        QFETCH(int, daysOverdue);
        QFETCH(bool, partnerWide);
        QFETCH(QDate, nextDue);
        const auto item = find(due(30), m_ids.value(title));
        QCOMPARE(item.has_value(), listed);
        if (!listed)
            return;
        QCOMPARE(item->entity, EntityKind::Reference);
        QCOMPARE(item->title, title);
        QCOMPARE(toString(item->state), toString(state));
        QCOMPARE(item->daysOverdue, daysOverdue);
        QCOMPARE(item->nextDue, nextDue);
        QCOMPARE(item->siteName, partnerWide ? QString() : u"Contoso HQ"_s);
        QCOMPARE(item->siteId.isNull(), partnerWide);
    }

    void withinWidensTheQueue() {
        QVERIFY(!find(due(30), m_ids.value(u"Due in 31 days"_s)));
        QVERIFY(find(due(31), m_ids.value(u"Due in 31 days"_s)));
        // Within 0 days: what is overdue and what is due today.
        const auto items = due(0);
        QVERIFY(find(items, m_ids.value(u"Due today"_s)));
        QVERIFY(!find(items, m_ids.value(u"Due in 30 days"_s)));
    }

    void approvers() {
        const auto items = due(30);
        const auto overdue = find(items, m_ids.value(u"approver overdue"_s));
        QVERIFY(overdue);
        QCOMPARE(overdue->entity, EntityKind::Approver);
        QCOMPARE(overdue->title, u"User termination — Jane Doe"_s);
        QCOMPARE(toString(overdue->state), toString(ReviewState::Overdue));
        QCOMPARE(overdue->daysOverdue, 1);
        QCOMPARE(overdue->siteName, u"Contoso HQ"_s);
        const auto never = find(items, m_ids.value(u"approver never"_s));
        QVERIFY(never);
        QCOMPARE(never->title, u"Software install — Dana Whitfield"_s);
        QCOMPARE(toString(never->state), toString(ReviewState::Overdue));
        QVERIFY(!never->lastReviewed.isValid());
        const auto soon = find(items, m_ids.value(u"approver due"_s));
        QVERIFY(soon);
        QCOMPARE(toString(soon->state), toString(ReviewState::DueSoon));
        QCOMPARE(soon->nextDue, today.addDays(15));
        QVERIFY(!find(items, m_ids.value(u"approver current"_s)));
    }

    void orderAndKinds() {
        const auto items = due(30);
        // 6 references (site and partner-wide) and 3 approvers; nothing of the deleted site.
        QCOMPARE(items.size(), 9);
        for (const ReviewQueue::Item& item : items)
            QVERIFY(item.siteName != u"Closed branch"_s);
        // Overdue first, the never reviewed at the top, then by how long overdue; then by due date.
        QCOMPARE(items.at(0).lastReviewed, QDate());
        QCOMPARE(items.at(1).lastReviewed, QDate());
        QCOMPARE(items.at(2).title, u"Overdue by 35 days"_s);
        QCOMPARE(items.at(3).title, u"Quarterly MFA"_s);
        QCOMPARE(items.at(4).title, u"Partner-wide VPN"_s);
        QCOMPARE(items.at(5).id, m_ids.value(u"approver overdue"_s));
        QCOMPARE(items.at(6).title, u"Due today"_s);
        QCOMPARE(items.at(7).id, m_ids.value(u"approver due"_s));
        QCOMPARE(items.at(8).title, u"Due in 30 days"_s);
        QCOMPARE(items.at(8).nextDue, today.addDays(30));
        QCOMPARE(ReviewQueue::summarize(items), (ReviewQueue::Summary{6, 3}));

        QCOMPARE(due(30, ReviewQueue::Kind::References).size(), 6);
        QCOMPARE(due(30, ReviewQueue::Kind::Approvers).size(), 3);
    }

    void counts() {
        const auto counts = queue().counts();
        QVERIFY(counts.ok());
        // References: 8 not retired at live sites; approvers: 4 at live sites.
        QCOMPARE(counts->references, (ReviewSource::StateCounts{2, 2, 4}));
        QCOMPARE(counts->approvers, (ReviewSource::StateCounts{1, 1, 2}));
    }

    void json() {
        const auto json = queue().dueJson(30);
        QVERIFY(json.ok());
        QCOMPARE(json->keys(), (QStringList{u"items"_s, u"summary"_s}));
        QCOMPARE(json->value(u"summary"_s).toObject(), (QJsonObject{{u"overdue"_s, 6}, {u"due"_s, 3}}));
        const QJsonArray items = json->value(u"items"_s).toArray();
        QCOMPARE(items.size(), 9);
        for (const QJsonValue& value : items)
            QCOMPARE(value.toObject().keys(),
                     (QStringList{u"entity"_s, u"id"_s, u"last_reviewed"_s, u"next_due"_s, u"site"_s,
                                  u"state"_s, u"title"_s}));
        const QJsonObject never = items.at(0).toObject();
        QVERIFY(never.value(u"last_reviewed"_s).isNull());
        QCOMPARE(never.value(u"state"_s).toString(), u"overdue"_s);
        QCOMPARE(never.value(u"next_due"_s).toString(), u"2025-03-10"_s);
        const QJsonObject first = items.at(2).toObject();
        QCOMPARE(first.value(u"entity"_s).toString(), u"reference"_s);
        QCOMPARE(first.value(u"id"_s).toString(),
                 m_ids.value(u"Overdue by 35 days"_s).toString(QUuid::WithoutBraces));
        QCOMPARE(first.value(u"site"_s).toString(), u"Contoso HQ"_s);
        QCOMPARE(first.value(u"title"_s).toString(), u"Overdue by 35 days"_s);
        QCOMPARE(first.value(u"last_reviewed"_s).toString(), today.addDays(-400).toString(Qt::ISODate));
        QCOMPARE(first.value(u"next_due"_s).toString(), today.addDays(-35).toString(Qt::ISODate));
        QVERIFY(items.at(4).toObject().value(u"site"_s).isNull()); // partner-wide
        QCOMPARE(items.at(8).toObject().value(u"state"_s).toString(), u"due"_s);
    }

    void attestResetsTheClockAndUndoRestores() {
        const QUuid id = m_ids.value(u"Overdue by 35 days"_s);
        const auto item = find(due(30), id);
        QVERIFY(item);
        const int auditBefore = store().audit().countForEntity(u"reference"_s, id);
        const int journalBefore = int(store().journal().forEntity(u"reference"_s, id).size());
        const int stackBefore = m_workspace->undoStack().index();

        QVERIFY(queue().attest({*item}).ok());
        QCOMPARE(store().references().get(id)->lastReviewed, today);
        QCOMPARE(toString(store().references().get(id)->status), toString(ReferenceStatus::Current));
        QVERIFY(!find(due(30), id));
        QCOMPARE(m_workspace->undoStack().index(), stackBefore + 1);

        QCOMPARE(store().audit().countForEntity(u"reference"_s, id), auditBefore + 1);
        const AuditEntry audit = store().audit().forEntity(u"reference"_s, id).constFirst();
        QCOMPARE(audit.action, u"update"_s);
        QVERIFY(audit.fields.contains(u"last_reviewed"_s));
        const auto journal = store().journal().forEntity(u"reference"_s, id);
        QCOMPARE(journal.size(), journalBefore + 1);
        QCOMPARE(JournalEntry::toString(journal.constLast().action),
                 JournalEntry::toString(JournalEntry::Action::Patch));
        QCOMPARE(journal.constLast().fields.value(u"last_reviewed"_s).toString(), u"2025-03-10"_s);

        m_workspace->undoStack().undo();
        QCOMPARE(store().references().get(id)->lastReviewed, today.addDays(-400));
        QVERIFY(find(due(30), id));
    }

    void attestSeveralIsOneUndoStep() {
        const auto items = due(30);
        const QList<ReviewQueue::Item> chosen{*find(items, m_ids.value(u"Due today"_s)),
                                              *find(items, m_ids.value(u"approver overdue"_s))};
        const int stackBefore = m_workspace->undoStack().index();
        QVERIFY(queue().attest(chosen).ok());
        QCOMPARE(m_workspace->undoStack().index(), stackBefore + 1);
        QCOMPARE(store().approvers().get(m_ids.value(u"approver overdue"_s))->lastReviewed, today);
        QCOMPARE(due(30).size(), items.size() - 2);
        m_workspace->undoStack().undo();
        QCOMPARE(due(30), items);
    }

    void retireReference() {
        const QUuid id = m_ids.value(u"Quarterly MFA"_s);
        QVERIFY(queue().retire({*find(due(30), id)}).ok());
        QCOMPARE(toString(store().references().get(id)->status), toString(ReferenceStatus::Retired));
        QVERIFY(!find(due(30), id));
        m_workspace->undoStack().undo();
        QCOMPARE(toString(store().references().get(id)->status), toString(ReferenceStatus::Current));
    }

    void retireApproverRemovesIt() {
        const QUuid id = m_ids.value(u"approver never"_s);
        QVERIFY(queue().retire({*find(due(30), id)}).ok());
        QVERIFY(!store().approvers().get(id).ok());
        QVERIFY(!find(due(30), id));
        QCOMPARE(store().audit().forEntity(u"approver"_s, id).constFirst().action, u"delete"_s);
        QCOMPARE(JournalEntry::toString(store().journal().forEntity(u"approver"_s, id).constLast().action),
                 JournalEntry::toString(JournalEntry::Action::Delete));
        m_workspace->undoStack().undo();
        QVERIFY(store().approvers().get(id).ok());
        QVERIFY(find(due(30), id));
    }

    // A large workspace answers from SQL without reading every record (the queue is read at each edit).
    void largeWorkspace() {
        const QDate start = today.addDays(-400);
        const auto imported = m_workspace->importChunks([&](const std::function<bool(const Bundle&)>& write) {
            Bundle bundle;
            for (int i = 0; i < 20000; ++i) {
                Reference r;
                r.id = QUuid::createUuid();
                r.siteId = m_siteId;
                r.title = u"Runbook %1"_s.arg(i);
                r.lastReviewed = start.addDays(i % 400);
                bundle.references.append(r);
            }
            return write(bundle);
        });
        QVERIFY(imported.ok());
        QElapsedTimer timer;
        timer.start();
        const auto items = due(30, ReviewQueue::Kind::References);
        const auto counts = queue().counts();
        qInfo() << "queue of" << items.size() << "out of 20000 references read in" << timer.elapsed() << "ms";
        QVERIFY(counts.ok());
        QCOMPARE(counts->references.total(), 20000 + 8);
        // Reviewed 400 to 335 days ago: 66 days' worth, 50 per day.
        QCOMPARE(items.size(), 66 * 50 + 6);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(tst_ReviewQueue)
#include "tst_ReviewQueue.moc"
