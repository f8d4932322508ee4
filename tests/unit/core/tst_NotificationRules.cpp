// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK501-SK503, SK505: notification rules (SK504 has its own test, tst_CoverageGapRule).
class tst_NotificationRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK501 no rule", [](RuleFixture& f) { f.site.rules.clear(); }, "SK501", 1, "site",
            "notification_rules", "error");
        addRuleRow(
            "SK501 uncovered site",
            [](RuleFixture& f) {
                f.site.rules.clear();
                f.site.site.coverage = Coverage::None;
            },
            "SK501", 0);

        addRuleRow(
            "SK502 same contact", [](RuleFixture& f) { f.site.rules[0].callBeforeContact = f.contactB; },
            "SK502", 1, "notification_rule", "call_before_contact", "warning");
        addRuleRow(
            "SK502 Call Before Escalating off",
            [](RuleFixture& f) {
                f.site.rules[0].callBeforeEscalating = false;
                f.site.rules[0].callBeforeContact = f.contactB;
            },
            "SK502", 0);

        addRuleRow(
            "SK503 two contacts, two first numbers", [](RuleFixture&) {}, "SK503", 0);
        addRuleRow(
            "SK503 one contact with two numbers",
            [](RuleFixture& f) { f.site.rules[0].escalationContacts = {f.contactA}; }, "SK503", 0);
        addRuleRow(
            "SK503 one contact with one number",
            [](RuleFixture& f) { f.site.rules[0].escalationContacts = {f.contactB}; }, "SK503", 1,
            "notification_rule", "escalation_contacts", "warning");
        addRuleRow(
            "SK503 two contacts, the second without numbers",
            [](RuleFixture& f) { f.partner.contacts[f.contactB].phones.clear(); }, "SK503", 1,
            "notification_rule", "escalation_contacts");
        addRuleRow(
            "SK503 two contacts sharing one number",
            [](RuleFixture& f) { f.partner.contacts[f.contactB].phones = {usNumber1}; }, "SK503", 1,
            "notification_rule", "escalation_contacts");
        addRuleRow(
            "SK503 second number of a two-contact rule is not called",
            [](RuleFixture& f) {
                f.partner.contacts[f.contactB].phones = {usNumber1, ukMobile};
            },
            "SK503", 1, "notification_rule", "escalation_contacts");
        addRuleRow(
            "SK503 no contacts", [](RuleFixture& f) { f.site.rules[0].escalationContacts.clear(); }, "SK503",
            1, "notification_rule", "escalation_contacts");
        addRuleRow(
            "SK503 email method",
            [](RuleFixture& f) {
                f.site.rules[0].method = RuleMethod::Email;
                f.site.rules[0].escalationContacts = {f.contactB};
            },
            "SK503", 0);

        addRuleRow(
            "SK505 phone without recipient", [](RuleFixture& f) { f.site.rules[0].emailRecipients.clear(); },
            "SK505", 1, "notification_rule", "email_recipients", "warning");
        addRuleRow(
            "SK505 ticket method",
            [](RuleFixture& f) {
                f.site.rules[0].emailRecipients.clear();
                f.site.rules[0].method = RuleMethod::Ticket;
            },
            "SK505", 0);
    }
    void rules() { verifyRuleRow(); }
};

QTEST_GUILESS_MAIN(tst_NotificationRules)
#include "tst_NotificationRules.moc"
