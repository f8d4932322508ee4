// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCodec.h"
#include "ProfileMerge.h"
#include "Store.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Field = ProfileMerge::Field;

// Merging two profiles of one person on a real workspace: the values chosen, every record that named
// the other profile re-pointed, the other disabled, one undo step of journalled edits; and the merges
// it refuses, writing nothing.
class tst_ProfileMerge : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_alpha, m_beta, m_ada, m_twin, m_elsewhere, m_dana;
    QUuid m_twinApprover, m_adaApprover, m_danaApprover;
    QUuid m_twinRule, m_bothRule, m_otherRule;
    QUuid m_ownedByName, m_ownedByEmail, m_ownedByDana;

    Store& store() { return m_workspace->store(); }

    // Every record of the workspace, as the deterministic bundle encoding: equal bytes, equal data.
    QByteArray everything() {
        const auto bundle = m_workspace->exportBundle();
        return bundle ? BundleCodec::encode(*bundle) : QByteArray("export failed");
    }

    static QString message(const Result<void>& result) {
        return result.ok() ? QString() : result.error().toString();
    }

    void signInAs(protocol::Role role) {
        protocol::Me me;
        me.member.id = QUuid::createUuid();
        me.member.name = u"Robin Hale"_s;
        me.member.email = u"robin@brightpath.example"_s;
        me.member.role = role;
        me.tenantName = u"Brightpath"_s;
        m_workspace->setIdentity(me);
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                      Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();

        Bundle bundle;
        bundle.approvalTypes = ApprovalType::builtins();
        PartnerContact dana;
        dana.id = m_dana = QUuid::createUuid();
        dana.name = u"Dana Whitfield"_s;
        dana.email = u"dana@brightpath-it.com"_s;
        dana.phones = {u"+12015550101"_s};
        bundle.contacts = {dana};
        Site alpha;
        alpha.id = m_alpha = QUuid::createUuid();
        alpha.name = u"Alpha Dental"_s;
        Site beta;
        beta.id = m_beta = QUuid::createUuid();
        beta.name = u"Beta Logistics"_s;
        bundle.sites = {alpha, beta};

        ClientProfile ada;
        ada.id = m_ada = QUuid::createUuid();
        ada.siteId = m_alpha;
        ada.fullName = u"Ada Lovelace"_s;
        ada.email = u"ada@alphadental.com"_s;
        ada.mobilePhone = u"+12015550123"_s;
        ClientProfile twin;
        twin.id = m_twin = QUuid::createUuid();
        twin.siteId = m_alpha;
        twin.fullName = u"Ada King"_s;
        twin.email = u"ada.king@alphadental.com"_s;
        twin.officePhone = u"+12015550188"_s;
        twin.mobilePhone = u"+12015550124"_s;
        twin.title = u"CFO"_s;
        twin.vip = true;
        ClientProfile elsewhere = ada;
        elsewhere.id = m_elsewhere = QUuid::createUuid();
        elsewhere.siteId = m_beta;
        bundle.profiles = {ada, twin, elsewhere};

        const auto approver = [&](QUuid* id, const QString& type, PersonKind kind, const QUuid& person) {
            Approver a;
            a.id = *id = QUuid::createUuid();
            a.siteId = m_alpha;
            a.approvalType = type;
            a.personKind = kind;
            a.personId = person;
            a.automatedApproval = true;
            return a;
        };
        bundle.approvers = {
            approver(&m_twinApprover, u"password_reset_other_user"_s, PersonKind::ClientProfile, m_twin),
            approver(&m_adaApprover, u"new_user_setup"_s, PersonKind::ClientProfile, m_ada),
            approver(&m_danaApprover, u"software_install"_s, PersonKind::PartnerContact, m_dana)};

        const auto rule = [&](QUuid* id, const QString& name, const QStringList& recipients) {
            NotificationRule r;
            r.id = *id = QUuid::createUuid();
            r.siteId = m_alpha;
            r.name = name;
            r.window = TimeWindow{{Weekday::Monday}, QTime(8, 0), QTime(17, 0), u"America/New_York"_s};
            r.method = RuleMethod::Email;
            r.escalationContacts = {m_dana};
            r.emailRecipients = recipients;
            return r;
        };
        bundle.rules = {
            rule(&m_twinRule, u"Business hours"_s,
                 {u"ADA.KING@alphadental.com"_s, u"noc@brightpath-it.com"_s}),
            rule(&m_bothRule, u"Evenings"_s, {u"ada@alphadental.com"_s, u"ada.king@alphadental.com"_s}),
            rule(&m_otherRule, u"Weekends"_s, {u"noc@brightpath-it.com"_s})};

        const auto reference = [&](QUuid* id, const QString& title, const QString& owner) {
            Reference r;
            r.id = *id = QUuid::createUuid();
            r.siteId = m_alpha;
            r.title = title;
            r.topic = ReferenceTopic::Other;
            r.owner = owner;
            return r;
        };
        bundle.references = {reference(&m_ownedByName, u"Printers"_s, u"ada  king"_s),
                             reference(&m_ownedByEmail, u"VPN"_s, u"ada.king@alphadental.com"_s),
                             reference(&m_ownedByDana, u"Backups"_s, u"Dana Whitfield"_s)};
        QVERIFY(m_workspace->importBundle(bundle).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void defaultsTakeTheSetAndTheNewerValue() {
        ClientProfile keep;
        keep.fullName = u"Ada Lovelace"_s;
        keep.email = u"ada@alphadental.com"_s;
        keep.status = ProfileStatus::Disabled;
        ClientProfile other;
        other.fullName = u"Ada King"_s;
        other.email = u"ada@alphadental.com"_s;
        other.mobilePhone = u"+12015550124"_s;
        other.vip = true;
        // KEEP's empty mobile takes OTHER's; the same email is nobody's choice; VIP and active win.
        QCOMPARE(ProfileMerge::defaultFromOther(keep, other, false),
                 (QList<Field>{Field::MobilePhone, Field::Vip, Field::Status}));
        // Both names set: the newer profile's.
        QCOMPARE(ProfileMerge::defaultFromOther(keep, other, true),
                 (QList<Field>{Field::FullName, Field::MobilePhone, Field::Vip, Field::Status}));
        // OTHER's empty value never wins, however new.
        QVERIFY(!ProfileMerge::defaultFromOther(other, keep, true).contains(Field::MobilePhone));
        QCOMPARE(ProfileMerge::fieldFromKey(u"mobile_phone"), std::optional(Field::MobilePhone));
        QCOMPARE(ProfileMerge::fieldFromKey(u"site_id"), std::nullopt);
        QCOMPARE(ProfileMerge::fields().size(), 7);
    }

    void mergeRepointsAndOneUndoRestoresEverything() {
        const QByteArray before = everything();
        const qint64 outboxBefore = store().journal().count();
        const int stepsBefore = m_workspace->undoStack().count();

        ProfileMerge merge(*m_workspace);
        // KEEP's name and mobile, the rest of Ada King's values.
        auto plan = merge.plan(m_ada, m_twin,
                               QList<Field>{Field::Email, Field::OfficePhone, Field::Title, Field::Vip});
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->merged.fullName, u"Ada Lovelace"_s);
        QCOMPARE(plan->merged.mobilePhone, u"+12015550123"_s);
        QCOMPARE(plan->merged.email, u"ada.king@alphadental.com"_s);
        QCOMPARE(plan->merged.officePhone, u"+12015550188"_s);
        QCOMPARE(plan->merged.title, u"CFO"_s);
        QVERIFY(plan->merged.vip);
        QCOMPARE(plan->disabled.status, ProfileStatus::Disabled);
        // The approver by id; the references by the name only (the email stays Ada King's), no rule.
        QStringList described;
        for (const ProfileMerge::Repoint& r : plan->repoints)
            described << r.description;
        QCOMPARE(described, (QStringList{u"Approver for Password reset for another user"_s,
                                         u"Owner of the reference \"Printers\""_s}));

        // Now with Ada's email kept: the rules that email Ada King and the reference she owns by
        // address move too.
        plan = merge.plan(m_ada, m_twin, QList<Field>{Field::OfficePhone, Field::Title, Field::Vip});
        QVERIFY(plan.ok());
        described.clear();
        for (const ProfileMerge::Repoint& r : plan->repoints)
            described << r.description;
        QCOMPARE(described, (QStringList{u"Approver for Password reset for another user"_s,
                                         u"Email recipient of the rule \"Business hours\""_s,
                                         u"Email recipient of the rule \"Evenings\""_s,
                                         u"Owner of the reference \"Printers\""_s,
                                         u"Owner of the reference \"VPN\""_s}));
        QCOMPARE(plan->toJson().value(u"fields"_s)[u"title"_s][u"from"_s].toString(), u"other"_s);
        QCOMPARE(plan->toJson().value(u"fields"_s)[u"email"_s][u"from"_s].toString(), u"keep"_s);
        QCOMPARE(plan->toJson().value(u"repointed"_s).toArray().size(), 5);

        QSignalSpy changed(m_workspace.get(), &Workspace::recordChanged);
        QVERIFY2(merge.apply(*plan).ok(), qPrintable(message(merge.apply(*plan))));
        const ClientProfile ada = *store().profiles().get(m_ada);
        QCOMPARE(ada.fullName, u"Ada Lovelace"_s);
        QCOMPARE(ada.email, u"ada@alphadental.com"_s);
        QCOMPARE(ada.officePhone, u"+12015550188"_s);
        QCOMPARE(ada.mobilePhone, u"+12015550123"_s);
        QCOMPARE(ada.title, u"CFO"_s);
        QVERIFY(ada.vip);
        QCOMPARE(ada.status, ProfileStatus::Active);
        const ClientProfile twin = *store().profiles().get(m_twin);
        QCOMPARE(twin.status, ProfileStatus::Disabled);
        QCOMPARE(twin.email, u"ada.king@alphadental.com"_s); // otherwise as it was
        QCOMPARE(twin.fullName, u"Ada King"_s);
        QCOMPARE(store().approvers().get(m_twinApprover)->personId, m_ada);
        QCOMPARE(store().approvers().get(m_adaApprover)->personId, m_ada);
        QCOMPARE(store().approvers().get(m_danaApprover)->personId, m_dana);
        QCOMPARE(store().notificationRules().get(m_twinRule)->emailRecipients,
                 (QStringList{u"ada@alphadental.com"_s, u"noc@brightpath-it.com"_s}));
        QCOMPARE(store().notificationRules().get(m_bothRule)->emailRecipients,
                 QStringList{u"ada@alphadental.com"_s});
        QCOMPARE(store().notificationRules().get(m_twinRule)->escalationContacts, QList<QUuid>{m_dana});
        QCOMPARE(store().notificationRules().get(m_otherRule)->emailRecipients,
                 QStringList{u"noc@brightpath-it.com"_s});
        QCOMPARE(store().references().get(m_ownedByName)->owner, u"Ada Lovelace"_s);
        QCOMPARE(store().references().get(m_ownedByEmail)->owner, u"ada@alphadental.com"_s);
        QCOMPARE(store().references().get(m_ownedByDana)->owner, u"Dana Whitfield"_s);
        // The profile at the other site is not touched.
        QCOMPARE(store().profiles().get(m_elsewhere)->status, ProfileStatus::Active);
        QCOMPARE(changed.size(), 7);

        // One undo step; seven edits in the outbox, each an ordinary patch for sync to push.
        QCOMPARE(m_workspace->undoStack().count(), stepsBefore + 1);
        QCOMPARE(m_workspace->undoStack().text(stepsBefore), u"Merge \"Ada King\" into \"Ada Lovelace\""_s);
        QCOMPARE(store().journal().count(), outboxBefore + 7);
        const QList<JournalEntry> pending = store().journal().pending(1000);
        QHash<QUuid, JournalEntry> last;
        for (const JournalEntry& entry : pending)
            last.insert(entry.entityId, entry);
        QCOMPARE(last.value(m_twin).action, JournalEntry::Action::Patch);
        QCOMPARE(last.value(m_twin).fields.keys(), QStringList{u"status"_s});
        QCOMPARE(last.value(m_ada).fields.keys(), (QStringList{u"office_phone"_s, u"title"_s, u"vip"_s}));
        QCOMPARE(last.value(m_twinApprover).entity, u"approver"_s);
        QCOMPARE(last.value(m_twinApprover).fields.value(u"person_id"_s).toString(),
                 m_ada.toString(QUuid::WithoutBraces));
        QCOMPARE(last.value(m_bothRule).fields.keys(), QStringList{u"email_recipients"_s});
        QCOMPARE(last.value(m_ownedByEmail).fields.value(u"owner"_s).toString(), u"ada@alphadental.com"_s);
        const QByteArray merged = everything();

        // One undo brings both profiles and every pointer back exactly; the undo is journalled too.
        m_workspace->undoStack().undo();
        QCOMPARE(everything(), before);
        QCOMPARE(store().journal().count(), outboxBefore + 14);
        m_workspace->undoStack().redo();
        QCOMPARE(everything(), merged);
        QCOMPARE(store().journal().count(), outboxBefore + 21);
    }

    void aStalePlanIsRefused() {
        ProfileMerge merge(*m_workspace);
        auto plan = merge.plan(m_ada, m_twin);
        QVERIFY(plan.ok());
        const QByteArray before = everything();
        const qint64 outbox = store().journal().count();

        // A re-pointed record changed since the plan was made.
        const Approver approver = *store().approvers().get(m_twinApprover);
        Approver reviewed = approver;
        reviewed.lastReviewed = QDate(2026, 5, 1);
        QVERIFY(store().approvers().update(reviewed).ok());
        auto refused = merge.apply(*plan);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(u"The approver for Password reset for another user"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"nothing was merged"_s));

        // One of the profiles changed.
        plan = merge.plan(m_ada, m_twin);
        QVERIFY(plan.ok());
        ClientProfile twin = *store().profiles().get(m_twin);
        twin.title = u"CEO"_s;
        QVERIFY(store().profiles().update(twin).ok());
        refused = merge.apply(*plan);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"\"Ada King\" changed"_s),
                 qPrintable(refused.error().message));

        // A record came to name the other profile meanwhile.
        plan = merge.plan(m_ada, m_twin);
        QVERIFY(plan.ok());
        Approver added = approver;
        added.id = QUuid::createUuid();
        added.approvalType = u"mailbox_access"_s;
        QVERIFY(store().approvers().create(added).ok());
        refused = merge.apply(*plan);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"Mailbox access"_s), qPrintable(refused.error().message));

        // Nothing of the merge was written by any of them; made again, it goes through.
        QCOMPARE(store().journal().count(), outbox + 3); // the three edits above, no more
        QCOMPARE(m_workspace->undoStack().count(), 0);
        QVERIFY(everything() != before);
        QCOMPARE(store().profiles().get(m_twin)->status, ProfileStatus::Active);
        plan = merge.plan(m_ada, m_twin);
        QVERIFY(plan.ok());
        QVERIFY(merge.apply(*plan).ok());
        QCOMPARE(store().approvers().get(added.id)->personId, m_ada);
    }

    void refusals() {
        ProfileMerge merge(*m_workspace);
        const QByteArray before = everything();

        auto same = merge.plan(m_ada, m_ada);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().kind, Error::Kind::Invalid);
        QVERIFY(same.error().message.contains(u"itself"_s));

        const QUuid nobody = QUuid::createUuid();
        auto missing = merge.plan(m_ada, nobody);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(nobody.toString(QUuid::WithoutBraces)),
                 qPrintable(missing.error().message));
        QCOMPARE(merge.plan(nobody, m_ada).error().kind, Error::Kind::NotFound);
        QVERIFY(merge.plan(nobody, m_ada).error().message.startsWith(u"The profile to keep"_s));

        auto sites = merge.plan(m_ada, m_elsewhere);
        QVERIFY(!sites.ok());
        QCOMPARE(sites.error().kind, Error::Kind::Conflict);
        QVERIFY2(sites.error().message.contains(u"Alpha Dental"_s) &&
                     sites.error().message.contains(u"Beta Logistics"_s),
                 qPrintable(sites.error().message));

        // A viewer may not edit: the plan shows, the merge is refused.
        signInAs(protocol::Role::Viewer);
        const auto plan = merge.plan(m_ada, m_twin);
        QVERIFY(plan.ok());
        const auto forbidden = merge.apply(*plan);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
        QVERIFY2(forbidden.error().message.contains(u"editor"_s), qPrintable(forbidden.error().message));
        QCOMPARE(everything(), before);
        QCOMPARE(m_workspace->undoStack().count(), 0);
        signInAs(protocol::Role::Editor);
        QVERIFY(merge.apply(*plan).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileMerge)
#include "tst_ProfileMerge.moc"
