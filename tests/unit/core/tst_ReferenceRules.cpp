// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK301-SK304: references and free text.
class tst_ReferenceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK301 vendor name in a title, other case",
            [](RuleFixture& f) {
                f.site.references[0].title = QStringLiteral("New users in CONNECTWISE Manage");
            },
            "SK301", 1, "reference", "title", "error");
        addRuleRow(
            "SK301 vendor name in the body",
            [](RuleFixture& f) {
                f.site.references[1].body += QStringLiteral("\nThen ask Continuum to close it.");
            },
            "SK301", 1, "reference", "body");
        addRuleRow(
            "SK301 in title and body: one finding",
            [](RuleFixture& f) {
                f.site.references[1].title = QStringLiteral("Continuum steps");
                f.site.references[1].body = QStringLiteral("continuum");
            },
            "SK301", 1, "reference", "title");
        addRuleRow(
            "SK301 a partner's own term",
            [](RuleFixture& f) {
                f.partner.settings.forbiddenTerms.append(QStringLiteral("Acme Outsourcing"));
                f.site.references[2].body = QStringLiteral("Call acme outsourcing.");
            },
            "SK301", 1, "reference", "body");
        addRuleRow(
            "SK301 term list emptied",
            [](RuleFixture& f) {
                f.partner.settings.forbiddenTerms.clear();
                f.site.references[0].title = QStringLiteral("ConnectWise");
            },
            "SK301", 0);
        addRuleRow(
            "SK301 partner-wide reference",
            [](RuleFixture& f) {
                Reference r = f.site.references[0];
                r.id = fixedId(80);
                r.siteId = {};
                r.title = QStringLiteral("Continuum how-to");
                f.partner.references.append(r);
            },
            "SK301", 1, "reference", "title");

        addRuleRow(
            "SK302 overdue",
            [](RuleFixture& f) { f.site.references[0].lastReviewed = f.partner.today.addDays(-366); },
            "SK302", 1, "reference", "last_reviewed", "warning");
        addRuleRow(
            "SK302 due on the day is not overdue",
            [](RuleFixture& f) { f.site.references[0].lastReviewed = f.partner.today.addDays(-365); },
            "SK302", 1, "reference", "last_reviewed", "info");
        addRuleRow(
            "SK302 due within 30 days",
            [](RuleFixture& f) { f.site.references[0].lastReviewed = f.partner.today.addDays(-340); },
            "SK302", 1, "reference", "last_reviewed", "info");
        addRuleRow(
            "SK302 due in 31 days",
            [](RuleFixture& f) { f.site.references[0].lastReviewed = f.partner.today.addDays(-334); },
            "SK302", 0);
        addRuleRow(
            "SK302 never reviewed", [](RuleFixture& f) { f.site.references[0].lastReviewed = {}; }, "SK302",
            1, "reference", "last_reviewed", "warning");
        addRuleRow(
            "SK302 own shorter interval", [](RuleFixture& f) { f.site.references[0].reviewIntervalDays = 7; },
            "SK302", 1, "reference", "last_reviewed", "warning");
        addRuleRow(
            "SK302 retired",
            [](RuleFixture& f) {
                f.site.references[0].lastReviewed = f.partner.today.addDays(-900);
                f.site.references[0].status = ReferenceStatus::Retired;
            },
            "SK302", 0);

        addRuleRow(
            "SK303 missing MFA reference", [](RuleFixture& f) { f.site.references.removeLast(); }, "SK303", 1,
            "site", "references", "warning");
        addRuleRow(
            "SK303 overdue reference does not count",
            [](RuleFixture& f) { f.site.references.last().lastReviewed = f.partner.today.addDays(-400); },
            "SK303", 1, "site", "references");
        addRuleRow(
            "SK303 retired reference does not count",
            [](RuleFixture& f) { f.site.references.first().status = ReferenceStatus::Retired; }, "SK303", 1,
            "site", "references");
        addRuleRow(
            "SK303 partner-wide reference counts",
            [](RuleFixture& f) {
                Reference r = f.site.references.takeLast();
                r.siteId = {};
                f.partner.references.append(r);
            },
            "SK303", 0);
        addRuleRow(
            "SK303 required topics are a setting",
            [](RuleFixture& f) {
                f.partner.settings.requiredTopics.append(ReferenceTopic::Printing);
                f.partner.settings.requiredTopics.append(ReferenceTopic::Vpn);
            },
            "SK303", 2, "site", "references");
        addRuleRow(
            "SK303 uncovered site",
            [](RuleFixture& f) {
                f.site.references.clear();
                f.site.site.coverage = Coverage::None;
            },
            "SK303", 0);

        addRuleRow(
            "SK304 password in a reference body",
            [](RuleFixture& f) {
                f.site.references[0].body += QStringLiteral("\nadmin password: Tr0ub4dor&3-horse");
            },
            "SK304", 1, "reference", "body", "error");
        addRuleRow(
            "SK304 key in the scope notes",
            [](RuleFixture& f) {
                f.site.site.scopeNotes += QStringLiteral("\nAWS key AKIAIOSFODNN7EXAMPLE for backups");
            },
            "SK304", 1, "site", "scope_notes");
        addRuleRow(
            "SK304 password in a credential label",
            [](RuleFixture& f) {
                f.site.credentials[1].label = QStringLiteral("Domain admin pwd=Winter2026!x");
            },
            "SK304", 1, "credential", "label");
        addRuleRow(
            "SK304 talk about passwords is fine",
            [](RuleFixture& f) {
                f.site.references[0].body =
                    QStringLiteral("Reset the password in the admin center; never send it by email.");
            },
            "SK304", 0);
    }
    void rules() { verifyRuleRow(); }

    void secretFindingNeverQuotesTheSecret() {
        RuleFixture f = goodFixture();
        f.site.references[0].body = QStringLiteral("password: Tr0ub4dor&3-horse");
        for (const Finding& finding : allFindings(f)) {
            QVERIFY(!finding.message.contains(QStringLiteral("Tr0ub4dor")));
            QVERIFY(!finding.fix.contains(QStringLiteral("Tr0ub4dor")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReferenceRules)
#include "tst_ReferenceRules.moc"
