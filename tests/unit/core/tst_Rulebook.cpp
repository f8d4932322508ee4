// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"
#include "RuleTestSupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

// The table of docs/rules.md, in English whatever the system's language.
QString referenceTable() {
    QString out = QStringLiteral(
        "<!-- SPDX-License-Identifier: GPL-3.0-or-later -->\n"
        "# The rulebook\n\n"
        "Every site is checked against these rules. The ids are stable: the Findings panel, the "
        "activation\nsummary, `sitekeeper-cli check` and the backend use them. **error**: fix before "
        "go-live;\n**warning**: the service is slower or escalates more; **info**: advice. A \"covered "
        "site\" is a site\nwith coverage that is not deactivated. The [User Guide](USER_GUIDE.md#the-rules) "
        "says how to fix\neach finding.\n\n"
        "This file is made from the rulebook by `tst_Rulebook` (run it with "
        "`SITEKEEPER_UPDATE_RULES_MD=1`\nafter changing a rule).\n\n"
        "| Id | Severity | Fires when | Why it matters |\n|---|---|---|---|\n");
    for (const auto& rule : Rulebook::instance().rules()) {
        QStringList severities;
        for (Severity severity : rule->severities())
            severities.append(toString(severity));
        const auto cell = [](QString text) {
            return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
        };
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(rule->id(), severities.join(QLatin1String(" / ")), cell(rule->title()),
                        cell(rule->explanation()));
    }
    return out;
}

} // namespace

class tst_Rulebook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theReferenceTableIsCurrent() {
        // docs/rules.md is the rulebook's reference table for readers of the project: it is made from
        // the rulebook itself, so it cannot drift. SITEKEEPER_UPDATE_RULES_MD=1 rewrites it.
        const QString path = QStringLiteral(SITEKEEPER_TEST_DATA "/../../docs/rules.md");
        const QByteArray expected = referenceTable().toUtf8();
        if (qEnvironmentVariable("SITEKEEPER_UPDATE_RULES_MD") == QLatin1String("1")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(expected);
        }
        QFile table(path);
        QVERIFY2(table.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray actual = table.readAll();
        if (actual != expected)
            qWarning().noquote() << "docs/rules.md should read:\n" << expected;
        QVERIFY2(actual == expected, "docs/rules.md is not the rulebook's table: run this test with "
                                     "SITEKEEPER_UPDATE_RULES_MD=1 and commit the result");
    }

    void everyRuleHasAStableIdAndItsSeverities() {
        QStringList ids = Rulebook::instance().ids();
        QCOMPARE(ids.size(), 28);
        static const QRegularExpression idShape(QStringLiteral("^SK[1-6]\\d{2}$"));
        for (const QString& id : std::as_const(ids))
            QVERIFY2(idShape.match(id).hasMatch(), qPrintable(id));
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        // (QCOMPARE would print Severity through sitekeeper::toString, which returns a QString.)
        QVERIFY(Rulebook::instance().rule(QStringLiteral("SK302"))->severities() ==
                (QList<Severity>{Severity::Warning, Severity::Info}));
        for (const auto& rule : Rulebook::instance().rules())
            QVERIFY2(rule->severities().first() == rule->severity(), qPrintable(rule->id()));
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
