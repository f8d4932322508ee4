// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fingerprinter.h"
#include "KeychainTestSupport.h"
#include "KeychainVault.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

QString fingerprintNow(Fingerprinter& fingerprinter, const QByteArray& secret) {
    QString result;
    waitFor([&](auto quit) {
        fingerprinter.fingerprint(secret,
                                  [&result, quit](CredentialVault::Outcome outcome, QString fingerprint) {
                                      QVERIFY2(outcome.ok(), qPrintable(outcome.message));
                                      result = fingerprint;
                                      quit();
                                  });
    });
    return result;
}

} // namespace

class tst_Fingerprinter : public QObject {
    Q_OBJECT

    QList<QUuid> m_workspaces;

private Q_SLOTS:
    void cleanupTestCase() {
        KeychainVault vault;
        for (const QUuid& id : std::as_const(m_workspaces))
            removeNow(vault, Fingerprinter::keyName(id));
    }

    // RFC 4231 test cases 1 and 2: HMAC-SHA256 itself.
    void hmac_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::addRow("rfc 4231 case 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << u"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"_s;
        QTest::addRow("rfc 4231 case 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << u"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_s;
    }

    void hmac() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QCOMPARE(Fingerprinter::compute(key, data), expected);
    }

    void keyName() {
        const QUuid id(u"6f1c2a3b-0000-4000-8000-000000000001"_s);
        QCOMPARE(Fingerprinter::keyName(id),
                 u"sitekeeper/6f1c2a3b-0000-4000-8000-000000000001/fingerprint-key"_s);
    }

    void keyLivesInTheKeychain() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        KeychainVault vault;
        const QUuid workspace = QUuid::createUuid();
        m_workspaces << workspace;
        QCOMPARE(readNow(vault, Fingerprinter::keyName(workspace)).first.failure,
                 CredentialVault::Failure::NotFound);

        Fingerprinter first(vault, workspace);
        // Two first uses at once make one key, not two.
        QString a, b;
        int answered = 0;
        waitFor([&](auto quit) {
            first.fingerprint("Winter2024!", [&a, &answered, quit](CredentialVault::Outcome o, QString f) {
                QVERIFY(o.ok());
                a = f;
                if (++answered == 2)
                    quit();
            });
            first.fingerprint("Winter2024!", [&b, &answered, quit](CredentialVault::Outcome o, QString f) {
                QVERIFY(o.ok());
                b = f;
                if (++answered == 2)
                    quit();
            });
        });
        QCOMPARE(a, b);
        QCOMPARE(a.size(), 64);

        const auto [outcome, key] = readNow(vault, Fingerprinter::keyName(workspace));
        QVERIFY(outcome.ok());
        QCOMPARE(key.size(), Fingerprinter::keySize);
        QCOMPARE(Fingerprinter::compute(key, "Winter2024!"), a);

        // Another process (a new Fingerprinter) reads the same key back.
        Fingerprinter again(vault, workspace);
        QCOMPARE(fingerprintNow(again, "Winter2024!"), a);
        QVERIFY(fingerprintNow(again, "Winter2024?") != a);

        // Another workspace has its own key: the same password fingerprints differently.
        const QUuid other = QUuid::createUuid();
        m_workspaces << other;
        Fingerprinter elsewhere(vault, other);
        QVERIFY(fingerprintNow(elsewhere, "Winter2024!") != a);
    }
};

QTEST_GUILESS_MAIN(tst_Fingerprinter)
#include "tst_Fingerprinter.moc"
