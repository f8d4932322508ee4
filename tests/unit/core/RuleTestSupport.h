// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture the rulebook tests share (not a test itself): one covered site that passes every rule,
// and a data-driven way to break it one field at a time.

#include "ApprovalType.h"
#include "CheckInput.h"
#include "Rulebook.h"

#include <QTest>

#include <functional>

namespace sitekeeper::test {

struct RuleFixture {
    SiteData site;
    PartnerData partner;

    // Handy ids.
    QUuid contactA, contactB, contactC;
};

using RuleMutation = std::function<void(RuleFixture&)>;

} // namespace sitekeeper::test

// Declared before the helpers below use it in addColumn/QFETCH: an optimising build instantiates
// QMetaTypeId for it there, and a declaration after that is a second, conflicting specialisation.
Q_DECLARE_METATYPE(sitekeeper::test::RuleMutation)

namespace sitekeeper::test {

inline QUuid fixedId(int n) {
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

inline TimeWindow weekdays(int fromHour, int toHour,
                           const QString& zone = QStringLiteral("America/New_York")) {
    TimeWindow w;
    w.days = {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday};
    w.start = QTime(fromHour, 0);
    w.end = QTime(toHour, 0);
    w.timeZone = zone;
    return w;
}

// Valid numbers (libphonenumber's examples): North America cannot be told apart (Unknown).
inline const QString usNumber1 = QStringLiteral("+12015550123");
inline const QString usNumber2 = QStringLiteral("+12015550124");
inline const QString ukMobile = QStringLiteral("+447400123456");
inline const QString ukMobile2 = QStringLiteral("+447400123457");
inline const QString ukFixed = QStringLiteral("+441212345678");
inline const QString deMobile = QStringLiteral("+4915123456789");
inline const QString deFixed = QStringLiteral("+493012345678");
inline const QString frMobile = QStringLiteral("+33612345678");

inline RuleFixture goodFixture() {
    RuleFixture f;
    PartnerData& partner = f.partner;
    partner.today = QDate(2026, 6, 15);
    partner.settings.partnerName = QStringLiteral("Brightpath IT");
    partner.settings.forbiddenTerms = {QStringLiteral("ConnectWise"), QStringLiteral("Continuum")};
    partner.approvalTypes = ApprovalType::builtins();
    f.contactA = fixedId(901);
    f.contactB = fixedId(902);
    f.contactC = fixedId(903);
    partner.contacts.insert(f.contactA, PartnerContact{f.contactA,
                                                       QStringLiteral("Dana Whitfield"),
                                                       QStringLiteral("dana@brightpath.example"),
                                                       {usNumber1, usNumber2},
                                                       {}});
    partner.contacts.insert(f.contactB, PartnerContact{f.contactB,
                                                       QStringLiteral("Marco Bianchi"),
                                                       QStringLiteral("marco@brightpath.example"),
                                                       {ukMobile},
                                                       {}});
    partner.contacts.insert(f.contactC, PartnerContact{f.contactC,
                                                       QStringLiteral("Aisha Khan"),
                                                       QStringLiteral("aisha@brightpath.example"),
                                                       {ukFixed},
                                                       {}});

    Site& site = f.site.site;
    site.id = fixedId(1);
    site.name = QStringLiteral("Harbor Dental");
    site.coverage = Coverage::BusinessHours;
    site.timeZone = QStringLiteral("America/New_York");
    site.businessHours = {weekdays(8, 17)};
    site.answerAs = AnswerAs::Default;
    site.emailDomains = {QStringLiteral("harbor.example")};
    site.holdsServers = true;
    site.activationStatus = ActivationStatus::Live;
    site.goLiveDate = QDate(2026, 1, 5);
    site.scopeNotes = QStringLiteral("Tier 1: passwords, printers. To the partner: server changes.");

    ClientProfile ann;
    ann.id = fixedId(11);
    ann.siteId = site.id;
    ann.fullName = QStringLiteral("Ann Lee");
    ann.email = QStringLiteral("ann.lee@harbor.example");
    ann.mobilePhone = ukMobile2;
    ann.officePhone = ukFixed;
    ClientProfile bob;
    bob.id = fixedId(12);
    bob.siteId = site.id;
    bob.fullName = QStringLiteral("Bob Stone");
    bob.email = QStringLiteral("bob.stone@harbor.example");
    bob.mobilePhone = deMobile;
    f.site.profiles = {ann, bob};

    const QList<ReferenceTopic> topics{ReferenceTopic::NewUserSetup, ReferenceTopic::UserTermination,
                                       ReferenceTopic::RemoteAccess, ReferenceTopic::Mfa};
    for (qsizetype i = 0; i < topics.size(); ++i) {
        Reference r;
        r.id = fixedId(int(21 + i));
        r.siteId = site.id;
        r.topic = topics[i];
        r.title = QStringLiteral("Runbook %1").arg(i + 1);
        r.body = QStringLiteral("1. Confirm the caller with the mobile on file.\n2. Follow the steps.");
        r.lastReviewed = partner.today.addDays(-10);
        f.site.references.append(r);
    }

    Approver approver;
    approver.id = fixedId(31);
    approver.siteId = site.id;
    approver.approvalType = QStringLiteral("password_reset_other_user");
    approver.personKind = PersonKind::ClientProfile;
    approver.personId = ann.id;
    approver.phones = {ann.mobilePhone};
    approver.smsAuthentication = true;
    approver.lastReviewed = partner.today.addDays(-30);
    f.site.approvers = {approver};

    NotificationRule rule;
    rule.id = fixedId(41);
    rule.siteId = site.id;
    rule.name = QStringLiteral("Business hours");
    rule.window = weekdays(8, 17);
    rule.method = RuleMethod::Phone;
    rule.escalationContacts = {f.contactA, f.contactB};
    rule.emailRecipients = {QStringLiteral("alerts@brightpath.example")};
    rule.callBeforeEscalating = true;
    rule.callBeforeContact = f.contactC;
    f.site.rules = {rule};

    CredentialRecord automated;
    automated.id = fixedId(51);
    automated.siteId = site.id;
    automated.label = QStringLiteral("Automated domain");
    automated.kind = CredentialKind::AutomatedDomain;
    automated.system = QStringLiteral("HARBOR");
    CredentialRecord admin;
    admin.id = fixedId(52);
    admin.siteId = site.id;
    admin.label = QStringLiteral("Domain admin");
    admin.kind = CredentialKind::DomainAdmin;
    admin.system = QStringLiteral("HARBOR");
    admin.username = QStringLiteral("hd-admin");
    admin.hasMfa = true;
    admin.rotationIntervalDays = 90;
    admin.lastRotated = partner.today.addDays(-10);
    f.site.credentials = {automated, admin};
    return f;
}

inline Findings allFindings(const RuleFixture& f) {
    Findings findings = Rulebook::instance().checkSite(f.site, f.partner);
    findings.append(Rulebook::instance().checkPartner(f.partner));
    return findings;
}

inline QString describe(const Findings& findings) {
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(QStringLiteral("%1 %2 %3.%4: %5")
                         .arg(f.rule, toString(f.severity), entityName(f.entity), f.field, f.message));
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
}

// The columns of a rule table: a mutation of the good fixture, the rule, how many findings of it, and
// (when it fires) the entity, field and severity of the first.
inline void ruleColumns() {
    QTest::addColumn<RuleMutation>("mutate");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("severity");
}

inline void addRuleRow(const char* name, const RuleMutation& mutate, const char* rule, int count,
                       const char* entity = "", const char* field = "", const char* severity = "") {
    QTest::addRow("%s", name) << mutate << QString::fromLatin1(rule) << count << QString::fromLatin1(entity)
                              << QString::fromLatin1(field) << QString::fromLatin1(severity);
}

inline void verifyRuleRow() {
    QFETCH(RuleMutation, mutate);
    QFETCH(QString, rule);
    QFETCH(int, count);
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, severity);
    QVERIFY2(Rulebook::instance().rule(rule), qPrintable(rule));

    RuleFixture fixture = goodFixture();
    mutate(fixture);
    const Findings all = allFindings(fixture);
    Findings mine;
    for (const Finding& f : all) {
        if (f.rule == rule)
            mine.append(f);
    }
    QVERIFY2(mine.size() == count,
             qPrintable(QStringLiteral("expected %1 x %2, got:\n%3").arg(count).arg(rule, describe(all))));
    for (const Finding& f : std::as_const(mine)) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.fix.isEmpty());
        QVERIFY(!f.entityId.isNull());
    }
    if (count > 0) {
        QCOMPARE(entityName(mine.first().entity), entity);
        QCOMPARE(mine.first().field, field);
        if (!severity.isEmpty())
            QCOMPARE(toString(mine.first().severity), severity);
    }
}

} // namespace sitekeeper::test
