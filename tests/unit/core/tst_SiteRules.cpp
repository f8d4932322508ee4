// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTestSupport.h"

using namespace sitekeeper;
using namespace sitekeeper::test;

// SK101-SK104: the site itself.
class tst_SiteRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        ruleColumns();
        addRuleRow(
            "SK101 default Answer As", [](RuleFixture&) {}, "SK101", 0);
        addRuleRow(
            "SK101 partner name without a partner name",
            [](RuleFixture& f) {
                f.site.site.answerAs = AnswerAs::PartnerName;
                f.partner.settings.partnerName.clear();
            },
            "SK101", 1, "site", "answer_as", "warning");
        addRuleRow(
            "SK101 partner name set", [](RuleFixture& f) { f.site.site.answerAs = AnswerAs::PartnerName; },
            "SK101", 0);
        addRuleRow(
            "SK101 custom text blank",
            [](RuleFixture& f) {
                f.site.site.answerAs = AnswerAs::Custom;
                f.site.site.answerAsText = QStringLiteral("   ");
            },
            "SK101", 1, "site", "answer_as");
        addRuleRow(
            "SK101 uncovered site",
            [](RuleFixture& f) {
                f.site.site.coverage = Coverage::None;
                f.site.site.answerAs = AnswerAs::Custom;
            },
            "SK101", 0);

        addRuleRow(
            "SK102 no email domain", [](RuleFixture& f) { f.site.site.emailDomains.clear(); }, "SK102", 1,
            "site", "email_domains", "warning");
        addRuleRow(
            "SK102 uncovered",
            [](RuleFixture& f) {
                f.site.site.emailDomains.clear();
                f.site.site.coverage = Coverage::None;
            },
            "SK102", 0);
        addRuleRow(
            "SK102 deactivated",
            [](RuleFixture& f) {
                f.site.site.emailDomains.clear();
                f.site.site.activationStatus = ActivationStatus::Deactivated;
            },
            "SK102", 0);

        addRuleRow(
            "SK103 servers at an uncovered parent",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                f.site.ancestors = {parent(true, Coverage::None)};
            },
            "SK103", 1, "site", "parent_id", "error");
        addRuleRow(
            "SK103 servers at a covered parent",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                f.site.ancestors = {parent(true, Coverage::Always)};
            },
            "SK103", 0);
        addRuleRow(
            "SK103 the child holds its servers",
            [](RuleFixture& f) { f.site.ancestors = {parent(true, Coverage::None)}; }, "SK103", 0);
        addRuleRow(
            "SK103 servers at an uncovered grandparent",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                Site middle = parent(false, Coverage::Always);
                middle.holdsServers = false;
                f.site.ancestors = {middle, grandparent(Coverage::None)};
            },
            "SK103", 1, "site", "parent_id");
        addRuleRow(
            "SK103 nearest server site wins",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                f.site.ancestors = {parent(true, Coverage::BusinessHours), grandparent(Coverage::None)};
            },
            "SK103", 0);
        addRuleRow(
            "SK103 servers at a deactivated parent",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                Site p = parent(true, Coverage::Always);
                p.activationStatus = ActivationStatus::Deactivated;
                f.site.ancestors = {p};
            },
            "SK103", 1, "site", "parent_id");
        addRuleRow(
            "SK103 no site holds servers",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                Site p = parent(true, Coverage::None);
                p.holdsServers = false;
                f.site.ancestors = {p};
            },
            "SK103", 0);
        addRuleRow(
            "SK103 uncovered child",
            [](RuleFixture& f) {
                f.site.site.holdsServers = false;
                f.site.site.coverage = Coverage::None;
                f.site.ancestors = {parent(true, Coverage::None)};
            },
            "SK103", 0);

        addRuleRow(
            "SK104 draft after go-live",
            [](RuleFixture& f) {
                f.site.site.activationStatus = ActivationStatus::Draft;
                f.site.site.goLiveDate = f.partner.today.addDays(-1);
            },
            "SK104", 1, "site", "activation_status", "warning");
        addRuleRow(
            "SK104 draft on go-live day",
            [](RuleFixture& f) {
                f.site.site.activationStatus = ActivationStatus::Draft;
                f.site.site.goLiveDate = f.partner.today;
            },
            "SK104", 0);
        addRuleRow(
            "SK104 draft without a go-live date",
            [](RuleFixture& f) {
                f.site.site.activationStatus = ActivationStatus::Draft;
                f.site.site.goLiveDate = {};
            },
            "SK104", 0);
        addRuleRow(
            "SK104 submitted after go-live",
            [](RuleFixture& f) {
                f.site.site.activationStatus = ActivationStatus::Submitted;
                f.site.site.goLiveDate = f.partner.today.addDays(-30);
            },
            "SK104", 0);
        addRuleRow(
            "SK104 draft without coverage",
            [](RuleFixture& f) {
                f.site.site.activationStatus = ActivationStatus::Draft;
                f.site.site.coverage = Coverage::None;
                f.site.site.goLiveDate = f.partner.today.addDays(-30);
            },
            "SK104", 0);
    }
    void rules() { verifyRuleRow(); }

    void sk103NamesTheServerSite() {
        RuleFixture f = goodFixture();
        f.site.site.holdsServers = false;
        f.site.ancestors = {parent(false, Coverage::Always), grandparent(Coverage::None)};
        f.site.ancestors[0].holdsServers = false;
        const Findings findings = allFindings(f);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding& x) { return x.rule == QLatin1String("SK103"); });
        QVERIFY(it != findings.cend());
        QCOMPARE(it->relatedSiteId, fixedId(3));
        QVERIFY(it->message.contains(QStringLiteral("Harbor Group")));
    }

private:
    static Site parent(bool holdsServers, Coverage coverage) {
        Site p;
        p.id = fixedId(2);
        p.name = QStringLiteral("Harbor Dental HQ");
        p.holdsServers = holdsServers;
        p.coverage = coverage;
        p.activationStatus = ActivationStatus::Live;
        return p;
    }
    static Site grandparent(Coverage coverage) {
        Site g;
        g.id = fixedId(3);
        g.name = QStringLiteral("Harbor Group");
        g.holdsServers = true;
        g.coverage = coverage;
        return g;
    }
};

QTEST_GUILESS_MAIN(tst_SiteRules)
#include "tst_SiteRules.moc"
