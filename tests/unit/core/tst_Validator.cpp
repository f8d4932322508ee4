// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "Validator.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_Validator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void email_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << u"fox@contoso.com"_s << true;
        QTest::addRow("dots and plus") << u"fox.mulder+it@mail.contoso.co.uk"_s << true;
        QTest::addRow("digits and hyphen domain") << u"a1@x-files.example"_s << true;
        QTest::addRow("non-ASCII") << u"jürgen@müller.de"_s << true;
        QTest::addRow("apostrophe") << u"o'brien@contoso.ie"_s << true;
        QTest::addRow("no @") << u"fox.contoso.com"_s << false;
        QTest::addRow("two @") << u"fox@mulder@contoso.com"_s << false;
        QTest::addRow("empty local part") << u"@contoso.com"_s << false;
        QTest::addRow("no domain") << u"fox@"_s << false;
        QTest::addRow("single-label domain") << u"fox@localhost"_s << false;
        QTest::addRow("leading dot") << u".fox@contoso.com"_s << false;
        QTest::addRow("trailing dot in local part") << u"fox.@contoso.com"_s << false;
        QTest::addRow("space") << u"fox @contoso.com"_s << false;
        QTest::addRow("angle brackets") << u"<fox@contoso.com>"_s << false;
        QTest::addRow("IP address domain") << u"fox@192.168.0.1"_s << false;
        QTest::addRow("local part over 64") << QString(65, u'a') + u"@contoso.com"_s << false;
        QTest::addRow("over 254 characters") << u"fox@"_s + QString(250, u'a') + u".com"_s << false;
    }

    void email() {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidEmail(address), valid);
    }

    void domain_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("valid");
        QTest::addRow("two labels") << u"contoso.com"_s << true;
        QTest::addRow("three labels") << u"contoso.co.uk"_s << true;
        QTest::addRow("upper case") << u"Contoso.COM"_s << true;
        QTest::addRow("hyphen inside") << u"x-files.example"_s << true;
        QTest::addRow("IDN") << u"bücher.de"_s << true;
        QTest::addRow("punycode") << u"xn--bcher-kva.de"_s << true;
        QTest::addRow("single label") << u"contoso"_s << false;
        QTest::addRow("trailing dot") << u"contoso.com."_s << false;
        QTest::addRow("empty label") << u"contoso..com"_s << false;
        QTest::addRow("leading hyphen") << u"-contoso.com"_s << false;
        QTest::addRow("trailing hyphen") << u"contoso-.com"_s << false;
        QTest::addRow("underscore") << u"con_toso.com"_s << false;
        QTest::addRow("label over 63") << QString(64, u'a') + u".com"_s << false;
        QTest::addRow("numeric tld") << u"10.0.0.1"_s << false;
        QTest::addRow("with scheme") << u"https://contoso.com"_s << false;
        QTest::addRow("with path") << u"contoso.com/mail"_s << false;
        QTest::addRow("empty") << QString() << false;
    }

    void domain() {
        QFETCH(QString, domain);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidDomain(domain), valid);
    }

    void phoneProblem_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason"); // empty: no problem
        QTest::addRow("E.164") << u"+14155550123"_s << QString();
        QTest::addRow("national form") << u"4155550123"_s << u"international form"_s;
        QTest::addRow("spaces") << u"+1 415 555 0123"_s << u"+14155550123"_s;
        QTest::addRow("invalid") << u"+11234567890"_s << u"not a valid phone number"_s;
        QTest::addRow("letters") << u"+1 FLOWERS"_s << u"not a valid phone number"_s;
    }

    void phoneProblem() {
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const QString problem = Validator::phoneProblem(value);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void controlCharacters() {
        QCOMPARE(Validator::controlCharacterAt(u"plain text"_s), -1);
        QCOMPARE(Validator::controlCharacterAt(u"tab\there"_s), 3);
        QCOMPARE(Validator::controlCharacterAt(u"tab\there"_s, u"\t"_s), -1);
        QCOMPARE(Validator::controlCharacterAt(u"c1 \u0085"_s), 3);
        QCOMPARE(Validator::controlCharacterAt(u"del \u007f"_s), 4);
        // Format characters such as the zero-width joiner in emoji are text, not control.
        QCOMPARE(Validator::controlCharacterAt(u"👩\u200d💻"_s), -1);
    }

    void prefixes() {
        Validator v(u"window."_s);
        v.line(u"name"_s, QString(), Validator::Presence::Required);
        v.addAll({FieldError{u"days"_s, u"x"_s}}, u"availability[0]."_s);
        QCOMPARE(fieldsOf(v.errors()), QStringList({u"window.name"_s, u"window.availability[0].days"_s}));
    }

    void lineLimits() {
        Validator v;
        v.line(u"a"_s, QString(Validator::maxNameLength, u'x'), Validator::Presence::Required);
        v.line(u"b"_s, QString(Validator::maxNameLength + 1, u'x'), Validator::Presence::Required);
        v.line(u"c"_s, QString(500, u'x'), Validator::Presence::Optional, Validator::maxLineLength);
        v.line(u"d"_s, u"   "_s, Validator::Presence::Optional);
        v.notNegative(u"e"_s, 0);
        v.notNegative(u"f"_s, -1);
        QCOMPARE(fieldsOf(v.errors()), QStringList({u"b"_s, u"f"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_Validator.moc"
