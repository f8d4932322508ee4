// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileIdentity.h"
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK201-SK204: client profiles (and the numbers of approvers and partner contacts).
class tst_ProfileRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK201 valid numbers of five countries",
            [](RuleFixture& f) {
                f.site.profiles[0].officePhone = deFixed;
                f.site.profiles[1].officePhone = usNumber2;
                f.site.profiles[1].mobilePhone = frMobile;
            },
            "SK201", 0);
        addRuleRow(
            "SK201 US number one digit short",
            [](RuleFixture& f) { f.site.profiles[0].officePhone = QStringLiteral("+1201555012"); }, "SK201",
            1, "client_profile", "office_phone", "error");
        addRuleRow(
            "SK201 UK mobile one digit long",
            [](RuleFixture& f) { f.site.profiles[1].mobilePhone = QStringLiteral("+4474001234567"); },
            "SK201", 1, "client_profile", "mobile_phone");
        addRuleRow(
            "SK201 German number with an unknown prefix",
            [](RuleFixture& f) { f.site.profiles[1].mobilePhone = QStringLiteral("+49012345678"); }, "SK201",
            1, "client_profile", "mobile_phone");
        addRuleRow(
            "SK201 unused country code",
            [](RuleFixture& f) { f.site.profiles[0].officePhone = QStringLiteral("+999123456789"); }, "SK201",
            1, "client_profile", "office_phone");
        addRuleRow(
            "SK201 approver number",
            [](RuleFixture& f) { f.site.approvers[0].phones.append(QStringLiteral("+1201555")); }, "SK201", 1,
            "approver", "phones");
        addRuleRow(
            "SK201 partner contact number",
            [](RuleFixture& f) { f.partner.contacts[f.contactC].phones = {QStringLiteral("+44121")}; },
            "SK201", 1, "partner_contact", "phones");
        addRuleRow(
            "SK201 disabled profiles too",
            [](RuleFixture& f) {
                f.site.profiles[0].status = ProfileStatus::Disabled;
                f.site.profiles[0].officePhone = QStringLiteral("+1201555012");
            },
            "SK201", 1, "client_profile", "office_phone");

        addRuleRow(
            "SK202 same email at another site, other case and spaces",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {elsewhere(
                    f, [](ClientProfile& p) { p.email = QStringLiteral("  ANN.Lee@Harbor.example "); })};
            },
            "SK202", 1, "client_profile", "email", "warning");
        addRuleRow(
            "SK202 same mobile at another site",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {
                    elsewhere(f, [](ClientProfile& p) { p.mobilePhone = deMobile; })};
            },
            "SK202", 1, "client_profile", "mobile_phone");
        addRuleRow(
            "SK202 same name and office number",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {elsewhere(f, [](ClientProfile& p) {
                    p.fullName = QStringLiteral("ann   LEE");
                    p.mobilePhone = ukFixed; // Ann's office number, in the other's mobile field
                })};
            },
            "SK202", 1, "client_profile", "full_name");
        addRuleRow(
            "SK202 same name, office to office",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {elsewhere(f, [](ClientProfile& p) {
                    p.fullName = QStringLiteral("Ann Lee");
                    p.officePhone = ukFixed;
                })};
            },
            "SK202", 1, "client_profile", "full_name");
        addRuleRow(
            "SK202 same name, different numbers",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {elsewhere(f, [](ClientProfile& p) {
                    p.fullName = QStringLiteral("Ann Lee");
                    p.officePhone = deFixed;
                })};
            },
            "SK202", 0);
        addRuleRow(
            "SK202 duplicate disabled",
            [](RuleFixture& f) {
                f.site.duplicateCandidates = {elsewhere(f, [](ClientProfile& p) {
                    p.email = QStringLiteral("ann.lee@harbor.example");
                    p.status = ProfileStatus::Disabled;
                })};
            },
            "SK202", 0);
        addRuleRow(
            "SK202 the profile itself is no duplicate",
            [](RuleFixture& f) { f.site.duplicateCandidates = f.site.profiles; }, "SK202", 0);
        addRuleRow(
            "SK202 two profiles of one site report each other",
            [](RuleFixture& f) {
                f.site.profiles[1].email = f.site.profiles[0].email;
                f.site.duplicateCandidates = f.site.profiles;
            },
            "SK202", 2, "client_profile", "email");

        addRuleRow(
            "SK203 no mobile", [](RuleFixture& f) { f.site.profiles[1].mobilePhone.clear(); }, "SK203", 1,
            "client_profile", "mobile_phone", "warning");
        addRuleRow(
            "SK203 UK fixed line in the mobile field",
            [](RuleFixture& f) { f.site.profiles[1].mobilePhone = ukFixed; }, "SK203", 1, "client_profile",
            "mobile_phone");
        addRuleRow(
            "SK203 German fixed line in the mobile field",
            [](RuleFixture& f) { f.site.profiles[1].mobilePhone = deFixed; }, "SK203", 1, "client_profile",
            "mobile_phone");
        addRuleRow(
            "SK203 North American number in the mobile field",
            [](RuleFixture& f) { f.site.profiles[1].mobilePhone = usNumber1; }, "SK203", 0);
        addRuleRow(
            "SK203 North American number in the office field only",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].officePhone = usNumber1;
            },
            "SK203", 1, "client_profile", "mobile_phone");
        addRuleRow(
            "SK203 French mobile in the office field",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].officePhone = frMobile;
            },
            "SK203", 0);
        addRuleRow(
            "SK203 disabled profile",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].status = ProfileStatus::Disabled;
            },
            "SK203", 0);

        addRuleRow(
            "SK204 neither email nor phone",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].email = QStringLiteral("  ");
            },
            "SK204", 1, "client_profile", "email", "warning");
        addRuleRow(
            "SK204 email only", [](RuleFixture& f) { f.site.profiles[1].mobilePhone.clear(); }, "SK204", 0);
        addRuleRow(
            "SK204 office phone only",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].email.clear();
                f.site.profiles[1].officePhone = deFixed;
            },
            "SK204", 0);
        addRuleRow(
            "SK204 disabled",
            [](RuleFixture& f) {
                f.site.profiles[1].mobilePhone.clear();
                f.site.profiles[1].email.clear();
                f.site.profiles[1].status = ProfileStatus::Disabled;
            },
            "SK204", 0);
    }
    void rules() { verifyRuleRow(); }

    void duplicateNamesTheOtherSite() {
        RuleFixture f = goodFixture();
        f.site.duplicateCandidates = {
            elsewhere(f, [](ClientProfile& p) { p.email = QStringLiteral("ann.lee@harbor.example"); })};
        const Findings findings = Rulebook::instance().checkSite(f.site, f.partner);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].relatedId, fixedId(99));
        QCOMPARE(findings[0].relatedSiteId, fixedId(98));
        QCOMPARE(findings[0].action, FixAction::DisableProfile);
        QVERIFY(findings[0].message.contains(QStringLiteral("another site")));
    }

    void duplicateOfOneSiteIsMerged() {
        RuleFixture f = goodFixture();
        f.site.profiles[1].email = f.site.profiles[0].email;
        f.site.duplicateCandidates = f.site.profiles;
        const Findings findings = Rulebook::instance().checkSite(f.site, f.partner);
        QCOMPARE(findings.size(), 2);
        for (const Finding& finding : findings) {
            QCOMPARE(finding.action, FixAction::MergeProfiles);
            QCOMPARE(finding.relatedSiteId, f.site.site.id);
            QVERIFY(finding.fix.startsWith(QStringLiteral("Merge the two profiles")));
        }
        QCOMPARE(findings[0].relatedId, findings[1].entityId);
    }

    void identity_data() {
        QTest::addColumn<QString>("nameA");
        QTest::addColumn<QString>("emailA");
        QTest::addColumn<QString>("nameB");
        QTest::addColumn<QString>("emailB");
        QTest::addColumn<int>("match");
        QTest::addRow("unicode case folding") << "Jörg Müller"
                                              << "JÖRG@x.de"
                                              << "x"
                                              << "jörg@x.de" << int(ProfileIdentity::Match::Email);
        QTest::addRow("different addresses") << "A"
                                             << "a@x.de"
                                             << "A"
                                             << "b@x.de" << int(ProfileIdentity::Match::None);
        QTest::addRow("empty addresses do not match") << "A"
                                                      << ""
                                                      << "B"
                                                      << "" << int(ProfileIdentity::Match::None);
    }
    void identity() {
        QFETCH(QString, nameA);
        QFETCH(QString, emailA);
        QFETCH(QString, nameB);
        QFETCH(QString, emailB);
        QFETCH(int, match);
        ClientProfile a{fixedId(1), {}, nameA, emailA, {}, {}, {}, false, ProfileStatus::Active, {}};
        ClientProfile b{fixedId(2), {}, nameB, emailB, {}, {}, {}, false, ProfileStatus::Active, {}};
        QCOMPARE(int(ProfileIdentity::match(a, b)), match);
        QCOMPARE(int(ProfileIdentity::match(b, a)), match);
    }

private:
    static ClientProfile elsewhere(const RuleFixture&, const std::function<void(ClientProfile&)>& change) {
        ClientProfile p;
        p.id = fixedId(99);
        p.siteId = fixedId(98);
        p.fullName = QStringLiteral("Someone Else");
        p.email = QStringLiteral("someone@elsewhere.example");
        change(p);
        return p;
    }
};

QTEST_GUILESS_MAIN(tst_ProfileRules)
#include "tst_ProfileRules.moc"
