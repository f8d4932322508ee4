// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK601-SK606: credentials (metadata and the vault's verdicts; never a secret).
class tst_CredentialRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK601 weak", [](RuleFixture& f) { f.partner.credentialFacts.weak.insert(fixedId(52)); }, "SK601",
            1, "credential", "secret", "error");
        addRuleRow(
            "SK601 weak elsewhere",
            [](RuleFixture& f) { f.partner.credentialFacts.weak.insert(fixedId(500)); }, "SK601", 0);

        addRuleRow(
            "SK602 reused",
            [](RuleFixture& f) { f.partner.credentialFacts.reuse.insert(fixedId(52), {fixedId(500)}); },
            "SK602", 1, "credential", "secret", "error");
        addRuleRow(
            "SK602 no other", [](RuleFixture& f) { f.partner.credentialFacts.reuse.insert(fixedId(52), {}); },
            "SK602", 0);

        addRuleRow(
            "SK603 domain admin without MFA", [](RuleFixture& f) { f.site.credentials[1].hasMfa = false; },
            "SK603", 1, "credential", "has_mfa", "warning");
        addRuleRow(
            "SK603 TOTP counts",
            [](RuleFixture& f) {
                f.site.credentials[1].hasMfa = false;
                f.site.credentials[1].hasTotp = true;
            },
            "SK603", 0);
        addRuleRow(
            "SK603 admin portal without MFA",
            [](RuleFixture& f) {
                f.site.credentials[1].kind = CredentialKind::AdminPortal;
                f.site.credentials[1].hasMfa = false;
            },
            "SK603", 1, "credential", "has_mfa");
        addRuleRow(
            "SK603 application account",
            [](RuleFixture& f) {
                f.site.credentials[1].kind = CredentialKind::Application;
                f.site.credentials[1].hasMfa = false;
            },
            "SK603", 0);

        addRuleRow(
            "SK604 rotated 91 days ago, every 90",
            [](RuleFixture& f) { f.site.credentials[1].lastRotated = f.partner.today.addDays(-91); }, "SK604",
            1, "credential", "last_rotated", "warning");
        addRuleRow(
            "SK604 rotated 90 days ago",
            [](RuleFixture& f) { f.site.credentials[1].lastRotated = f.partner.today.addDays(-90); }, "SK604",
            0);
        addRuleRow(
            "SK604 never rotated", [](RuleFixture& f) { f.site.credentials[1].lastRotated = {}; }, "SK604", 1,
            "credential", "last_rotated");
        addRuleRow(
            "SK604 no interval",
            [](RuleFixture& f) {
                f.site.credentials[1].rotationIntervalDays = 0;
                f.site.credentials[1].lastRotated = {};
            },
            "SK604", 0);

        addRuleRow(
            "SK605 no automated credential", [](RuleFixture& f) { f.site.credentials.removeFirst(); },
            "SK605", 1, "site", "credentials", "info");
        addRuleRow(
            "SK606 a leaver could read it",
            [](RuleFixture& f) {
                f.site.credentials[1].readers = {fixedId(900), fixedId(901)};
                f.partner.credentialFacts.leavers.insert(fixedId(901), QStringLiteral("Ben Editor"));
            },
            "SK606", 1, "credential", "readers", "error");
        addRuleRow(
            "SK606 the leaver never read it",
            [](RuleFixture& f) {
                f.site.credentials[1].readers = {fixedId(900)};
                f.partner.credentialFacts.leavers.insert(fixedId(901), QStringLiteral("Ben Editor"));
            },
            "SK606", 0);
        addRuleRow(
            "SK606 nobody left",
            [](RuleFixture& f) {
                f.site.credentials[1].readers = {fixedId(900), fixedId(901)};
            },
            "SK606", 0);
        addRuleRow(
            "SK605 automated local counts",
            [](RuleFixture& f) { f.site.credentials[0].kind = CredentialKind::AutomatedLocal; }, "SK605", 0);
        addRuleRow(
            "SK605 uncovered",
            [](RuleFixture& f) {
                f.site.credentials.clear();
                f.site.site.coverage = Coverage::None;
            },
            "SK605", 0);
    }
    void rules() { verifyRuleRow(); }
};

QTEST_GUILESS_MAIN(tst_CredentialRules)
#include "tst_CredentialRules.moc"
