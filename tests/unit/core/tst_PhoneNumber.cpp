// SPDX-License-Identifier: GPL-3.0-or-later
#include "Country.h"
#include "PhoneNumber.h"
#include "Validator.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Type = PhoneNumber::Type;

class tst_PhoneNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("regionCode");
        QTest::addColumn<PhoneNumber::Type>("type");

        // North America: the plan cannot tell mobile from fixed.
        QTest::addRow("US national") << u"(201) 555-0123"_s << u"US"_s << u"+12015550123"_s
                                     << u"(201) 555-0123"_s << u"US"_s << Type::Unknown;
        QTest::addRow("US international") << u"+1 415 555 0123"_s << u"ZZ"_s << u"+14155550123"_s
                                          << u"(415) 555-0123"_s << u"US"_s << Type::Unknown;
        QTest::addRow("US dashes") << u"650-253-0000"_s << u"US"_s << u"+16502530000"_s << u"(650) 253-0000"_s
                                   << u"US"_s << Type::Unknown;
        QTest::addRow("US brackets after +1") << u"+1 (212) 555-1234"_s << QString() << u"+12125551234"_s
                                              << u"(212) 555-1234"_s << u"US"_s << Type::Unknown;
        QTest::addRow("US toll free") << u"1-800-555-0199"_s << u"US"_s << u"+18005550199"_s
                                      << u"(800) 555-0199"_s << u"US"_s << Type::Other;
        QTest::addRow("CA national") << u"(506) 234-5678"_s << u"CA"_s << u"+15062345678"_s
                                     << u"(506) 234-5678"_s << u"CA"_s << Type::Unknown;
        QTest::addRow("CA Toronto") << u"+1 416 555 0199"_s << u"ZZ"_s << u"+14165550199"_s
                                    << u"(416) 555-0199"_s << u"CA"_s << Type::Unknown;
        QTest::addRow("CA Vancouver from US") << u"604 555 0123"_s << u"US"_s << u"+16045550123"_s
                                              << u"(604) 555-0123"_s << u"CA"_s << Type::Unknown;
        // Elsewhere the prefix tells.
        QTest::addRow("GB mobile") << u"07400 123456"_s << u"GB"_s << u"+447400123456"_s << u"07400 123456"_s
                                   << u"GB"_s << Type::Mobile;
        QTest::addRow("GB fixed Birmingham") << u"0121 234 5678"_s << u"GB"_s << u"+441212345678"_s
                                             << u"0121 234 5678"_s << u"GB"_s << Type::FixedLine;
        QTest::addRow("GB fixed London") << u"020 7946 0018"_s << u"GB"_s << u"+442079460018"_s
                                         << u"020 7946 0018"_s << u"GB"_s << Type::FixedLine;
        QTest::addRow("GB freephone") << u"0800 123 4567"_s << u"GB"_s << u"+448001234567"_s
                                      << u"0800 123 4567"_s << u"GB"_s << Type::Other;
        QTest::addRow("GB mobile typed with +44 in US")
            << u"+44 7400 123456"_s << u"US"_s << u"+447400123456"_s << u"07400 123456"_s << u"GB"_s
            << Type::Mobile;
        QTest::addRow("GB mobile dialled 0044 from DE")
            << u"0044 7400 123456"_s << u"DE"_s << u"+447400123456"_s << u"07400 123456"_s << u"GB"_s
            << Type::Mobile;
        QTest::addRow("DE mobile") << u"01512 3456789"_s << u"DE"_s << u"+4915123456789"_s
                                   << u"01512 3456789"_s << u"DE"_s << Type::Mobile;
        QTest::addRow("DE fixed Berlin") << u"030 123456"_s << u"DE"_s << u"+4930123456"_s << u"030 123456"_s
                                         << u"DE"_s << Type::FixedLine;
        QTest::addRow("DE fixed Munich") << u"089 1234567"_s << u"DE"_s << u"+49891234567"_s
                                         << u"089 1234567"_s << u"DE"_s << Type::FixedLine;
        QTest::addRow("region in lower case") << u"030 123456"_s << u"de"_s << u"+4930123456"_s
                                              << u"030 123456"_s << u"DE"_s << Type::FixedLine;
        QTest::addRow("FR mobile") << u"06 12 34 56 78"_s << u"FR"_s << u"+33612345678"_s
                                   << u"06 12 34 56 78"_s << u"FR"_s << Type::Mobile;
        QTest::addRow("FR fixed Paris") << u"01 23 45 67 89"_s << u"FR"_s << u"+33123456789"_s
                                        << u"01 23 45 67 89"_s << u"FR"_s << Type::FixedLine;
        QTest::addRow("FR freephone") << u"0 800 123 456"_s << u"FR"_s << u"+33800123456"_s
                                      << u"0 800 12 34 56"_s << u"FR"_s << Type::Other;
        QTest::addRow("AU mobile") << u"0412 345 678"_s << u"AU"_s << u"+61412345678"_s << u"0412 345 678"_s
                                   << u"AU"_s << Type::Mobile;
        QTest::addRow("AU mobile international") << u"+61 4 1234 5678"_s << u"ZZ"_s << u"+61412345678"_s
                                                 << u"0412 345 678"_s << u"AU"_s << Type::Mobile;
        QTest::addRow("AU fixed Sydney") << u"(02) 1234 5678"_s << u"AU"_s << u"+61212345678"_s
                                         << u"(02) 1234 5678"_s << u"AU"_s << Type::FixedLine;
        QTest::addRow("NL mobile") << u"06 12345678"_s << u"NL"_s << u"+31612345678"_s << u"06 12345678"_s
                                   << u"NL"_s << Type::Mobile;
        QTest::addRow("NL fixed Rotterdam") << u"010 123 4567"_s << u"NL"_s << u"+31101234567"_s
                                            << u"010 123 4567"_s << u"NL"_s << Type::FixedLine;
        QTest::addRow("NL fixed Amsterdam") << u"+31 20 123 4567"_s << u"ZZ"_s << u"+31201234567"_s
                                            << u"020 123 4567"_s << u"NL"_s << Type::FixedLine;
        QTest::addRow("CH mobile") << u"078 123 45 67"_s << u"CH"_s << u"+41781234567"_s << u"078 123 45 67"_s
                                   << u"CH"_s << Type::Mobile;
        QTest::addRow("JP mobile") << u"090-1234-5678"_s << u"JP"_s << u"+819012345678"_s
                                   << u"090-1234-5678"_s << u"JP"_s << Type::Mobile;
        QTest::addRow("surrounding spaces") << u"  +44 20 7946 0018  "_s << QString() << u"+442079460018"_s
                                            << u"020 7946 0018"_s << u"GB"_s << Type::FixedLine;
    }

    void valid() {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        QFETCH(QString, regionCode);
        QFETCH(PhoneNumber::Type, type);

        const PhoneNumber number = PhoneNumber::parse(text, region);
        QVERIFY2(number.isValid(), qPrintable(number.errorString()));
        QVERIFY(number.errorString().isEmpty());
        QCOMPARE(number.e164(), e164);
        QCOMPARE(number.national(), national);
        QCOMPARE(number.regionCode(), regionCode);
        QCOMPARE(number.type(), type);
        QVERIFY(number.international().startsWith(u'+'));
        QCOMPARE(number.input(), text);
        // The stored form parses back to itself without a region.
        const PhoneNumber stored = PhoneNumber::parse(number.e164());
        QVERIFY(stored.isValid());
        QCOMPARE(stored.e164(), e164);
        QCOMPARE(stored.type(), type);
    }

    void invalid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reason"); // a word the message must contain

        QTest::addRow("empty") << QString() << u"US"_s << u"No number"_s;
        QTest::addRow("blank") << u"   "_s << u"US"_s << u"No number"_s;
        QTest::addRow("letters") << u"abc"_s << u"US"_s << u"not a phone number"_s;
        QTest::addRow("too short") << u"12"_s << u"US"_s << u"too short"_s;
        QTest::addRow("US digit missing") << u"+1 201 555 012"_s << u"ZZ"_s << u"too short"_s;
        QTest::addRow("US local only") << u"555-0123"_s << u"US"_s << u"area code"_s;
        QTest::addRow("US no such area code")
            << u"+1 123 456 7890"_s << u"ZZ"_s << u"not valid for United States"_s;
        QTest::addRow("no country code without region") << u"0121 234 5678"_s << u"ZZ"_s << u"country code"_s;
        QTest::addRow("no country code, empty region") << u"07400 123456"_s << QString() << u"country code"_s;
        QTest::addRow("unknown country code") << u"+999 1234 5678"_s << u"ZZ"_s << u"not one in use"_s;
        QTest::addRow("GB too short") << u"+44 1234"_s << QString() << u"area code"_s;
        QTest::addRow("DE too long") << u"+4930123456789012345"_s << QString() << u"too long"_s;
        QTest::addRow("DE no such prefix")
            << u"+49 151 2345 678"_s << QString() << u"not valid for Germany"_s;
        QTest::addRow("FR too long") << u"+33 6 12 34 56 78 90"_s << QString() << u"too long"_s;
        QTest::addRow("FR unassigned 07 range")
            << u"+33 7 12 34 56 78"_s << QString() << u"not valid for France"_s;
        QTest::addRow("unknown region") << u"(201) 555-0123"_s << u"XX"_s << u"region"_s;
        QTest::addRow("extension") << u"+1 201 555 0123 ext. 12"_s << QString() << u"Only an office number"_s;
    }

    void invalid() {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, reason);

        const PhoneNumber number = PhoneNumber::parse(text, region);
        QVERIFY(!number.isValid());
        QVERIFY2(number.errorString().contains(reason, Qt::CaseInsensitive),
                 qPrintable(number.errorString()));
        QCOMPARE(number.type(), Type::Other);
    }

    // An office number keeps its extension apart; every other use refuses one.
    void extensions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");

        QTest::addRow("x") << u"(201) 555-0123 x204"_s << u"US"_s << u"+12015550123"_s << u"204"_s;
        QTest::addRow("ext.") << u"+44 20 7946 0958 ext. 12"_s << QString() << u"+442079460958"_s << u"12"_s;
        QTest::addRow("RFC 3966") << u"+33 1 23 45 67 89;ext=5"_s << QString() << u"+33123456789"_s << u"5"_s;
        QTest::addRow("German national")
            << u"030 1234567 ext. 89"_s << u"DE"_s << u"+49301234567"_s << u"89"_s;
        QTest::addRow("none") << u"+49 30 1234567"_s << QString() << u"+49301234567"_s << QString();
    }

    void extensions() {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, extension);

        const PhoneNumber kept = PhoneNumber::parse(text, region, PhoneNumber::Extension::Keep);
        QVERIFY2(kept.isValid(), qPrintable(kept.errorString()));
        QCOMPARE(kept.e164(), e164);
        QCOMPARE(kept.extension(), extension);
        const PhoneNumber refused = PhoneNumber::parse(text, region);
        QCOMPARE(refused.isValid(), extension.isEmpty());
        if (!extension.isEmpty())
            QVERIFY2(refused.errorString().contains(extension), qPrintable(refused.errorString()));
    }

    void extensionDisplay() {
        QCOMPARE(PhoneNumber::displayText(u"+49301234567"_s, u"204"_s), u"+49 30 1234567 ext. 204"_s);
        QCOMPARE(PhoneNumber::displayText(u"+49301234567"_s), u"+49 30 1234567"_s);
        QVERIFY(PhoneNumber::isValidExtension(u"204"_s));
        QVERIFY(!PhoneNumber::isValidExtension(u"20a"_s));
        QVERIFY(!PhoneNumber::isValidExtension(QString()));
        QVERIFY(!PhoneNumber::isValidExtension(u"1234567890123456"_s));
    }

    // National formats of six countries, read in their own country.
    void nationalFormats_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");

        QTest::addRow("FR mobile 06") << u"06 12 34 56 78"_s << u"FR"_s << u"+33612345678"_s;
        QTest::addRow("DE mobile 015") << u"0151 23456789"_s << u"DE"_s << u"+4915123456789"_s;
        QTest::addRow("GB mobile 07") << u"07400 123456"_s << u"GB"_s << u"+447400123456"_s;
        QTest::addRow("AU mobile 04") << u"0412 345 678"_s << u"AU"_s << u"+61412345678"_s;
        QTest::addRow("ES mobile") << u"612 34 56 78"_s << u"ES"_s << u"+34612345678"_s;
        QTest::addRow("NL mobile 06") << u"06-12345678"_s << u"NL"_s << u"+31612345678"_s;
    }

    void nationalFormats() {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const PhoneNumber number = PhoneNumber::parse(text, region);
        QVERIFY2(number.isValid(), qPrintable(number.errorString()));
        QCOMPARE(number.e164(), e164);
        // The same text read as a US number is not this number.
        QVERIFY(PhoneNumber::parse(text, u"US"_s).e164() != e164);
    }

    void countries_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        QTest::addRow("code") << u"FR"_s << u"FR"_s;
        QTest::addRow("lower-case code") << u"de"_s << u"DE"_s;
        QTest::addRow("English name") << u"United Kingdom"_s << u"GB"_s;
        QTest::addRow("M365 United States") << u"United States"_s << u"US"_s;
        QTest::addRow("upper-case name") << u"AUSTRALIA"_s << u"AU"_s;
        QTest::addRow("native name") << u"Deutschland"_s << u"DE"_s;
        QTest::addRow("native with accent") << u"España"_s << u"ES"_s;
        QTest::addRow("Österreich") << u"Österreich"_s << u"AT"_s;
        QTest::addRow("short form") << u"UK"_s << u"GB"_s;
        QTest::addRow("dotted") << u"U.S.A."_s << u"US"_s;
        QTest::addRow("spaces") << u"  the  Netherlands "_s << u"NL"_s;
        QTest::addRow("unknown") << u"Narnia"_s << QString();
        QTest::addRow("not a code") << u"XX"_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void countries() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Country::code(text), code);
    }

    void countryOfTimeZone() {
        QCOMPARE(Country::ofTimeZone(u"Europe/Berlin"_s), u"DE"_s);
        QCOMPARE(Country::ofTimeZone(u"Australia/Sydney"_s), u"AU"_s);
        QCOMPARE(Country::ofTimeZone(u"America/New_York"_s), u"US"_s);
        QCOMPARE(Country::ofTimeZone(u"UTC"_s), QString());
        QCOMPARE(Country::ofTimeZone(u"Etc/GMT+2"_s), QString());
        QCOMPARE(Country::ofTimeZone(u"Nowhere/City"_s), QString());
        QCOMPARE(Country::ofTimeZone(QString()), QString());
    }

    void isMobileFor_data() {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<bool>("enteredAsMobile");
        QTest::addColumn<bool>("expected");

        // Where the plan tells, the field does not matter.
        QTest::addRow("GB mobile in office field") << u"+447400123456"_s << false << true;
        QTest::addRow("GB fixed in mobile field") << u"+441212345678"_s << true << false;
        QTest::addRow("DE mobile") << u"+4915123456789"_s << false << true;
        QTest::addRow("FR fixed") << u"+33123456789"_s << true << false;
        // North America: the field decides.
        QTest::addRow("US in mobile field") << u"+14155550123"_s << true << true;
        QTest::addRow("US in office field") << u"+14155550123"_s << false << false;
        QTest::addRow("CA in mobile field") << u"+15062345678"_s << true << true;
        // Neither mobile nor fixed, or not valid: never a text.
        QTest::addRow("US toll free") << u"+18005550199"_s << true << false;
        QTest::addRow("invalid") << u"+11234567890"_s << true << false;
        QTest::addRow("not E.164") << u"4155550123"_s << true << false;
    }

    void isMobileFor() {
        QFETCH(QString, e164);
        QFETCH(bool, enteredAsMobile);
        QFETCH(bool, expected);
        QCOMPARE(PhoneNumber::isMobileFor(e164, enteredAsMobile), expected);
    }

    void defaultIsInvalid() {
        const PhoneNumber number;
        QVERIFY(!number.isValid());
        QVERIFY(number.e164().isEmpty());
        QCOMPARE(number.regionCode(), u"ZZ"_s);
    }

    void copyable() {
        const PhoneNumber a = PhoneNumber::parse(u"07400 123456"_s, u"GB"_s);
        const PhoneNumber b = a;
        QVERIFY(a == b);
        QVERIFY(!(a == PhoneNumber::parse(u"0121 234 5678"_s, u"GB"_s)));
    }

    // A stored number that parse() produced in this process is not parsed again on save; anything
    // else still is.
    void knownValidE164() {
        const QString e164 = u"+447400123987"_s;
        QVERIFY(!PhoneNumber::isKnownValidE164(u"+447400123986"_s)); // never parsed
        const PhoneNumber parsed = PhoneNumber::parse(u"07400 123987"_s, u"GB"_s);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.e164(), e164);
        QVERIFY(PhoneNumber::isKnownValidE164(e164));
        QVERIFY(!PhoneNumber::isKnownValidE164(u"07400 123987"_s)); // the typed text is not a stored form
        QVERIFY(!PhoneNumber::parse(u"+44 7400 12"_s).isValid());
        QVERIFY(!PhoneNumber::isKnownValidE164(u"+44740012"_s));
        // The validator keeps refusing what is not a stored form, cache or not.
        QVERIFY(Validator::phoneProblem(e164).isEmpty());
        QVERIFY(!Validator::phoneProblem(u"+44 7400 123987"_s).isEmpty());
        QVERIFY(!Validator::phoneProblem(u"+44740012"_s).isEmpty());
    }

    // The check of a stored form is parse()'s rule without the formats: for every text, valid
    // exactly when parse() gives a valid number whose E.164 form is that text.
    void validE164AgreesWithParse() {
        const QStringList texts{u"+447400123988"_s,
                                u"+14155550124"_s,
                                u"+12015550125"_s,
                                u"+4930901820"_s,
                                u"+44 7400 123988"_s,
                                u"+44740012"_s,
                                u"+999123456789"_s,
                                u"+1415555012"_s,
                                u"+14155550124;ext=12"_s,
                                u"+0123456789"_s,
                                u"+"_s,
                                u"14155550124"_s,
                                u"+1415555012456789"_s,
                                u"+4407400123988"_s,
                                u"+800 1234 5678"_s};
        for (const QString& text : texts) {
            const bool fast = PhoneNumber::isValidE164(text); // first: parse() would remember it
            const PhoneNumber parsed = PhoneNumber::parse(text);
            const bool expected = parsed.isValid() && parsed.e164() == text;
            QCOMPARE(fast, expected);
            QCOMPARE(Validator::phoneProblem(text).isEmpty(), expected);
        }
        // Remembered like parse()'s numbers: the checks find the facts.
        QVERIFY(PhoneNumber::isValidE164(u"+447400123989"_s));
        QVERIFY(PhoneNumber::isKnownValidE164(u"+447400123989"_s));
        QCOMPARE(PhoneNumber::factsOf(u"+447400123989"_s).type, Type::Mobile);
    }

    // The cache keys a number by its digits and their count: numbers that differ only in leading
    // zeros or length never share facts, and a text that is no E.164 form is never cached.
    void factsAreKeptPerNumber() {
        const PhoneNumber::Facts mobile = PhoneNumber::factsOf(u"+447400123456"_s);
        QVERIFY(mobile.valid);
        QCOMPARE(mobile.type, Type::Mobile);
        QVERIFY(PhoneNumber::hasFacts(u"+447400123456"_s));
        QVERIFY(!PhoneNumber::hasFacts(u"+4407400123456"_s));
        QVERIFY(!PhoneNumber::hasFacts(u"+44740012345"_s));
        const PhoneNumber::Facts longer = PhoneNumber::factsOf(u"+4407400123456"_s);
        QCOMPARE(longer, PhoneNumber::computeFacts(u"+4407400123456"_s));
        QCOMPARE(PhoneNumber::factsOf(u"+447400123456"_s), mobile);
        QCOMPARE(PhoneNumber::factsOf(u"+44 7400 123456"_s), PhoneNumber::computeFacts(u"+44 7400 123456"_s));
        QVERIFY(!PhoneNumber::hasFacts(u"+44 7400 123456"_s));
        PhoneNumber::seedFacts({{u"+15550000001"_s, PhoneNumber::Facts{true, Type::Unknown}}});
        QCOMPARE(PhoneNumber::factsOf(u"+15550000001"_s), (PhoneNumber::Facts{true, Type::Unknown}));
    }
};

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_PhoneNumber.moc"
