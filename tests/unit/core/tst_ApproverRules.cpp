// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK401-SK405: approvers.
class tst_ApproverRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK401 both methods", [](RuleFixture& f) { f.site.approvers[0].automatedApproval = true; },
            "SK401", 1, "approver", "sms_authentication", "error");
        addRuleRow(
            "SK401 automated only",
            [](RuleFixture& f) {
                f.site.approvers[0].automatedApproval = true;
                f.site.approvers[0].smsAuthentication = false;
            },
            "SK401", 0);

        addRuleRow(
            "SK402 SMS, profile without mobile",
            [](RuleFixture& f) {
                f.site.profiles[0].mobilePhone.clear();
                f.site.approvers[0].phones = {ukFixed};
            },
            "SK402", 1, "approver", "sms_authentication", "error");
        addRuleRow(
            "SK402 SMS, German landline in the mobile field",
            [](RuleFixture& f) { f.site.profiles[0].mobilePhone = deFixed; }, "SK402", 1, "approver",
            "sms_authentication");
        addRuleRow(
            "SK402 SMS, North American mobile field",
            [](RuleFixture& f) { f.site.profiles[0].mobilePhone = usNumber1; }, "SK402", 0);
        addRuleRow(
            "SK402 approver's mobile flag, partner contact with a landline",
            [](RuleFixture& f) {
                Approver& a = f.site.approvers[0];
                a.smsAuthentication = false;
                a.automatedApproval = true;
                a.authenticateApproverWithMobile = true;
                a.personKind = PersonKind::PartnerContact;
                a.personId = f.contactC;
                a.phones = {ukFixed};
            },
            "SK402", 1, "approver", "authenticate_approver_with_mobile");
        addRuleRow(
            "SK402 partner contact with a UK mobile",
            [](RuleFixture& f) {
                Approver& a = f.site.approvers[0];
                a.personKind = PersonKind::PartnerContact;
                a.personId = f.contactB;
                a.phones = {ukMobile};
            },
            "SK402", 0);
        addRuleRow(
            "SK402 automated approval needs no mobile",
            [](RuleFixture& f) {
                f.site.approvers[0].smsAuthentication = false;
                f.site.approvers[0].automatedApproval = true;
                f.site.profiles[0].mobilePhone.clear();
            },
            "SK402", 0);

        addRuleRow(
            "SK403 no approver for password resets",
            [](RuleFixture& f) { f.site.approvers[0].approvalType = QStringLiteral("mailbox_access"); },
            "SK403", 1, "site", "approvers", "warning");
        addRuleRow(
            "SK403 required types are a setting",
            [](RuleFixture& f) {
                f.partner.settings.requiredApprovalTypes = {QStringLiteral("password_reset_other_user"),
                                                            QStringLiteral("new_user_setup"),
                                                            QStringLiteral("software_install")};
            },
            "SK403", 2, "site", "approvers");
        addRuleRow(
            "SK403 uncovered site",
            [](RuleFixture& f) {
                f.site.approvers.clear();
                f.site.site.coverage = Coverage::None;
            },
            "SK403", 0);

        addRuleRow(
            "SK404 three numbers",
            [](RuleFixture& f) {
                f.site.approvers[0].phones = {ukMobile2, ukFixed, deMobile};
            },
            "SK404", 1, "approver", "phones", "info");
        addRuleRow(
            "SK404 two numbers",
            [](RuleFixture& f) {
                f.site.approvers[0].phones = {ukMobile2, ukFixed};
            },
            "SK404", 0);

        addRuleRow(
            "SK405 reviewed 366 days ago",
            [](RuleFixture& f) { f.site.approvers[0].lastReviewed = f.partner.today.addDays(-366); }, "SK405",
            1, "approver", "last_reviewed", "warning");
        addRuleRow(
            "SK405 reviewed 365 days ago",
            [](RuleFixture& f) { f.site.approvers[0].lastReviewed = f.partner.today.addDays(-365); }, "SK405",
            0);
        addRuleRow(
            "SK405 never reviewed", [](RuleFixture& f) { f.site.approvers[0].lastReviewed = {}; }, "SK405", 1,
            "approver", "last_reviewed");
        addRuleRow(
            "SK405 shorter partner interval",
            [](RuleFixture& f) { f.partner.settings.approverReviewDays = 14; }, "SK405", 1, "approver",
            "last_reviewed");
        addRuleRow(
            "SK405 disabled profile",
            [](RuleFixture& f) { f.site.profiles[0].status = ProfileStatus::Disabled; }, "SK405", 1,
            "approver", "person_id");
        addRuleRow(
            "SK405 profile gone", [](RuleFixture& f) { f.site.approvers[0].personId = fixedId(777); },
            "SK405", 1, "approver", "person_id");
    }
    void rules() { verifyRuleRow(); }
};

QTEST_GUILESS_MAIN(tst_ApproverRules)
#include "tst_ApproverRules.moc"
