// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"
#include "RuleTestSupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_Rulebook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRuleOfTheDomainIsThere() {
        // DOMAIN.md lives beside the project (../shared); the rulebook must hold exactly its ids.
        QFile domain(QStringLiteral(SITEKEEPER_TEST_DATA "/../../../shared/DOMAIN.md"));
        if (!domain.open(QIODevice::ReadOnly)) {
            if (qgetenv("CI") == "true")
                QFAIL("../shared/DOMAIN.md is missing");
            QSKIP("../shared/DOMAIN.md is not beside the project");
        }
        const QString text = QString::fromUtf8(domain.readAll());
        QStringList documented;
        static const QRegularExpression row(QStringLiteral("^\\| (SK\\d{3}) \\| ([a-z /]+) \\|"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            documented.append(match.captured(1));
            const Rule* rule = Rulebook::instance().rule(match.captured(1));
            QVERIFY2(rule, qPrintable(match.captured(1)));
            // "warning / info" (SK302): the usual severity is the first.
            QCOMPARE(toString(rule->severity()), match.captured(2).section(QLatin1Char(' '), 0, 0));
        }
        QCOMPARE(documented.size(), 27);
        QCOMPARE(Rulebook::instance().ids(), documented);
    }

    void everyRuleExplainsItself() {
        for (const auto& rule : Rulebook::instance().rules()) {
            QVERIFY2(rule->title().size() > 10, qPrintable(rule->id()));
            QVERIFY2(rule->explanation().size() > 40, qPrintable(rule->id()));
        }
    }

    void theGoodFixtureHasNoFinding() {
        // Every "does not fire" row of the family tests starts from here.
        const RuleFixture fixture = goodFixture();
        const Findings findings = allFindings(fixture);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        const Readiness readiness = Readiness::of(fixture.site, findings);
        QCOMPARE(readiness.score(), 100);
        QVERIFY(readiness.ready());
    }

    void findingsComeInRuleOrder() {
        // Re-checks compare findings as values, and the Findings panel lists them as the rulebook gives
        // them: the same input gives the same findings in rule-id order.
        RuleFixture fixture = goodFixture();
        fixture.site.site.emailDomains.clear();
        fixture.site.profiles[1].mobilePhone.clear();
        fixture.site.rules.clear();
        fixture.site.credentials[1].hasMfa = false;
        const Findings findings = Rulebook::instance().checkSite(fixture.site, fixture.partner);
        QCOMPARE(findings, Rulebook::instance().checkSite(fixture.site, fixture.partner));
        QStringList rules;
        for (const Finding& f : findings)
            rules.append(f.rule);
        QCOMPARE(rules,
                 (QStringList{QStringLiteral("SK102"), QStringLiteral("SK203"), QStringLiteral("SK501"),
                              QStringLiteral("SK504"), QStringLiteral("SK603")}));
    }
};

QTEST_GUILESS_MAIN(tst_Rulebook)
#include "tst_Rulebook.moc"
