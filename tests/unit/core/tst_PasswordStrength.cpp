// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"
#include "PasswordStrength.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_PasswordStrength : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void score_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("weak");
        QTest::addRow("password") << u"password"_s << true;
        QTest::addRow("season and year") << u"Winter2024!"_s << true;
        QTest::addRow("season and year 2") << u"Summer2023"_s << true;
        QTest::addRow("leet") << u"P@ssw0rd"_s << true;
        QTest::addRow("keyboard") << u"qwertyuiop"_s << true;
        QTest::addRow("company and digits") << u"Company123!"_s << true;
        QTest::addRow("short") << u"abc"_s << true;
        QTest::addRow("random 16") << u"xK9#mQ2$vL7pR4!z"_s << false;
        QTest::addRow("four words") << u"correcthorsebatterystaple"_s << false;
        QTest::addRow("random 12") << u"h7Vq-2Lm#x9W"_s << false;
    }

    void score() {
        QFETCH(QString, password);
        QFETCH(bool, weak);
        const PasswordStrength strength = PasswordStrength::evaluate(password);
        QVERIFY(strength.score >= 0 && strength.score <= 4);
        QCOMPARE(strength.isWeak(), weak);
        QCOMPARE(strength.score < 3, weak);
        // A weak password always gets a hint.
        QCOMPARE(!strength.feedback.isEmpty(), weak);
    }

    void generatedPasswordsAreStrong() {
        const PasswordGenerator generator;
        for (int i = 0; i < 50; ++i) {
            const QString password = generator.generate({}).value();
            QVERIFY2(PasswordStrength::evaluate(password).score >= 3, "a generated password scored weak");
        }
    }

    void userWordsMakeItWeaker() {
        const QString password = u"Contoso!Harbor9"_s;
        const PasswordStrength plain = PasswordStrength::evaluate(password);
        const PasswordStrength withSite = PasswordStrength::evaluate(password, {u"contoso"_s, u"harbor"_s});
        QVERIFY(withSite.entropyBits < plain.entropyBits);
    }

    void empty() {
        const PasswordStrength strength = PasswordStrength::evaluate(QString());
        QCOMPARE(strength.score, 0);
        QVERIFY(!strength.feedback.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PasswordStrength)
#include "tst_PasswordStrength.moc"
