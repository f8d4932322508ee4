// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"
#include "Rulebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// docs/USER_GUIDE.md, which Help > User Guide shows, against the program: a section for every rule of
// the rulebook under the rule's own title and severity, and every screenshot it shows in the repository.
class tst_UserGuide : public QObject {
    Q_OBJECT

private:
    const QString m_path = QStringLiteral(SITEKEEPER_TEST_DATA "/../../docs/USER_GUIDE.md");
    QString m_text;

private Q_SLOTS:
    void initTestCase() {
        QFile guide(m_path);
        QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(m_path));
        m_text = QString::fromUtf8(guide.readAll());
        QVERIFY(m_text.startsWith(u"# Sitekeeper User Guide"));
    }

    void everyRuleHasItsSection() {
        const qsizetype rules = m_text.indexOf(u"\n## The rules\n");
        QVERIFY(rules > 0);
        static const QRegularExpression heading(u"^### (SK\\d{3}) — (.+)\\n\\n\\*([A-Za-z]+)"_s,
                                                QRegularExpression::MultilineOption);
        QStringList ids;
        for (auto it = heading.globalMatch(m_text, rules); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const Rule* rule = Rulebook::instance().rule(match.captured(1));
            QVERIFY2(rule, qPrintable(match.captured(1)));
            QCOMPARE(match.captured(2), rule->title());
            QCOMPARE(match.captured(3), displayName(rule->severity()));
            ids << match.captured(1);
        }
        // All of them, once each, in the rulebook's order.
        QCOMPARE(ids, Rulebook::instance().ids());
        QCOMPARE(m_text.count(u"\n### SK"_s), Rulebook::instance().ids().size());
    }

    void everyScreenshotIsThere() {
        static const QRegularExpression image(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
        const QDir docs = QFileInfo(m_path).dir();
        int count = 0;
        for (auto it = image.globalMatch(m_text); it.hasNext(); ++count) {
            const QString file = it.next().captured(1);
            QVERIFY2(file.startsWith(u"screenshots/") && file.endsWith(u".png"), qPrintable(file));
            QVERIFY2(docs.exists(file), qPrintable(file));
        }
        QVERIFY(count >= 15);
    }
};

QTEST_GUILESS_MAIN(tst_UserGuide)
#include "tst_UserGuide.moc"
