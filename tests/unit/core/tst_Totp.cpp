// SPDX-License-Identifier: GPL-3.0-or-later
#include "Totp.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;
using Algorithm = Totp::Algorithm;

Q_DECLARE_METATYPE(sitekeeper::Totp::Algorithm)

namespace {

// RFC 6238 Appendix B uses a seed of the ASCII digits repeated to the hash's block of key length.
QByteArray rfcSeed(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::Sha256:
        return "12345678901234567890123456789012";
    case Algorithm::Sha512:
        return "1234567890123456789012345678901234567890123456789012345678901234";
    case Algorithm::Sha1:
        break;
    }
    return "12345678901234567890";
}

} // namespace

class tst_Totp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 6238 Appendix B: all 18 rows (8 digits, 30 s steps).
    void rfc6238_data() {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QString>("expected");
        const struct {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } rows[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& row : rows) {
            QTest::addRow("%lld SHA1", row.time)
                << row.time << Algorithm::Sha1 << QString::fromLatin1(row.sha1);
            QTest::addRow("%lld SHA256", row.time)
                << row.time << Algorithm::Sha256 << QString::fromLatin1(row.sha256);
            QTest::addRow("%lld SHA512", row.time)
                << row.time << Algorithm::Sha512 << QString::fromLatin1(row.sha512);
        }
    }

    void rfc6238() {
        QFETCH(qint64, time);
        QFETCH(Algorithm, algorithm);
        QFETCH(QString, expected);
        Totp::Parameters parameters;
        parameters.key = rfcSeed(algorithm);
        parameters.algorithm = algorithm;
        parameters.digits = 8;
        parameters.period = 30;
        QCOMPARE(Totp::code(parameters, time), expected);
        // The same through the injected clock.
        QCOMPARE(Totp::code(parameters, [time] { return time; }), expected);
    }

    // RFC 4226 Appendix D: HOTP, SHA-1, 6 digits, counters 0 to 9.
    void rfc4226_data() {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("expected");
        const char* codes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
        for (quint64 i = 0; i < 10; ++i)
            QTest::addRow("counter %llu", i) << i << QString::fromLatin1(codes[i]);
    }

    void rfc4226() {
        QFETCH(quint64, counter);
        QFETCH(QString, expected);
        QCOMPARE(Totp::hotp("12345678901234567890", counter, 6, Algorithm::Sha1), expected);
    }

    void secondsRemaining_data() {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("expected");
        QTest::addRow("start of step") << qint64(60) << 30 << 30;
        QTest::addRow("last second") << qint64(89) << 30 << 1;
        QTest::addRow("60 s period") << qint64(61) << 60 << 59;
    }

    void secondsRemaining() {
        QFETCH(qint64, time);
        QFETCH(int, period);
        QFETCH(int, expected);
        Totp::Parameters parameters;
        parameters.period = period;
        QCOMPARE(Totp::secondsRemaining(parameters, time), expected);
    }

    void base32_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        // RFC 4648 section 10.
        QTest::addRow("f") << u"MY======"_s << QByteArray("f");
        QTest::addRow("fo") << u"MZXQ===="_s << QByteArray("fo");
        QTest::addRow("foo") << u"MZXW6==="_s << QByteArray("foo");
        QTest::addRow("foob") << u"MZXW6YQ="_s << QByteArray("foob");
        QTest::addRow("fooba") << u"MZXW6YTB"_s << QByteArray("fooba");
        QTest::addRow("foobar") << u"MZXW6YTBOI======"_s << QByteArray("foobar");
        QTest::addRow("lower case and spaces") << u"mzxw 6ytb oi"_s << QByteArray("foobar");
        QTest::addRow("rfc seed") << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s
                                  << QByteArray("12345678901234567890");
    }

    void base32() {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const auto decoded = Totp::decodeBase32(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), bytes);
        QCOMPARE(Totp::decodeBase32(Totp::encodeBase32(bytes)).value(), bytes);
    }

    void uri_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        const QString secret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
        QTest::addRow("defaults") << u"otpauth://totp/alice@contoso.com?secret="_s + secret << true
                                  << QString() << u"alice@contoso.com"_s << Algorithm::Sha1 << 6 << 30;
        QTest::addRow("issuer in label") << u"otpauth://totp/Contoso:alice?secret="_s + secret << true
                                         << u"Contoso"_s << u"alice"_s << Algorithm::Sha1 << 6 << 30;
        QTest::addRow("issuer parameter wins")
            << u"otpauth://totp/Old:alice?secret="_s + secret + u"&issuer=Contoso%20Ltd"_s << true
            << u"Contoso Ltd"_s << u"alice"_s << Algorithm::Sha1 << 6 << 30;
        QTest::addRow("sha256 8 digits 60 s")
            << u"otpauth://totp/M365:admin?secret="_s + secret + u"&algorithm=SHA256&digits=8&period=60"_s
            << true << u"M365"_s << u"admin"_s << Algorithm::Sha256 << 8 << 60;
        QTest::addRow("sha512 lower case")
            << u"otpauth://totp/x?secret="_s + secret.toLower() + u"&algorithm=sha512"_s << true << QString()
            << u"x"_s << Algorithm::Sha512 << 6 << 30;
        QTest::addRow("encoded label")
            << u"otpauth://totp/ACME%20Co:john.doe%40acme.com?secret="_s + secret << true << u"ACME Co"_s
            << u"john.doe@acme.com"_s << Algorithm::Sha1 << 6 << 30;
        // Malformed.
        const auto bad = [](const char* name, const QString& uri) {
            QTest::addRow("%s", name) << uri << false << QString() << QString() << Algorithm::Sha1 << 0 << 0;
        };
        bad("not a uri", u"hello world"_s);
        bad("wrong scheme", u"https://totp/x?secret="_s + secret);
        bad("hotp", u"otpauth://hotp/x?secret="_s + secret + u"&counter=1"_s);
        bad("no secret", u"otpauth://totp/x?issuer=Contoso"_s);
        bad("empty secret", u"otpauth://totp/x?secret="_s);
        bad("secret not base32", u"otpauth://totp/x?secret=ABC1890"_s);
        bad("unknown algorithm", u"otpauth://totp/x?secret="_s + secret + u"&algorithm=MD5"_s);
        bad("7 digits", u"otpauth://totp/x?secret="_s + secret + u"&digits=7"_s);
        bad("digits not a number", u"otpauth://totp/x?secret="_s + secret + u"&digits=six"_s);
        bad("zero period", u"otpauth://totp/x?secret="_s + secret + u"&period=0"_s);
        bad("negative period", u"otpauth://totp/x?secret="_s + secret + u"&period=-30"_s);
    }

    void uri() {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        const auto parsed = Totp::parseUri(uri);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(Algorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        QCOMPARE(parsed->key, QByteArray("12345678901234567890"));
        QCOMPARE(parsed->issuer, issuer);
        QCOMPARE(parsed->account, account);
        QCOMPARE(parsed->algorithm, algorithm);
        QCOMPARE(parsed->digits, digits);
        QCOMPARE(parsed->period, period);
        // What toUri() writes reads back the same.
        const auto again = Totp::parseUri(Totp::toUri(parsed.value()));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), parsed.value());
    }

    void bareSecret() {
        const auto parsed = Totp::parse(u"GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->digits, 6);
        QCOMPARE(Totp::code(parsed.value(), 59), u"287082"_s);
        QVERIFY(!Totp::parse(u"not base32!"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Totp)
#include "tst_Totp.moc"
