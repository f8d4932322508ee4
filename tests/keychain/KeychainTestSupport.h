// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialVault.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

// Keychain tests meet the real Secret Service of the private D-Bus session that scripts/test.sh
// starts (it sets SITEKEEPER_KEYCHAIN_AVAILABLE=1). Elsewhere they skip, except under CI, where a
// missing keychain fails the run.
#define SITEKEEPER_REQUIRE_KEYCHAIN()                                                                        \
    do {                                                                                                     \
        if (qEnvironmentVariable("SITEKEEPER_KEYCHAIN_AVAILABLE") != QLatin1String("1")) {                   \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("CI=true but no Secret Service: run the tests through scripts/test.sh");               \
            QSKIP("no Secret Service in this session (SITEKEEPER_KEYCHAIN_AVAILABLE != 1); run "             \
                  "scripts/test.sh");                                                                        \
        }                                                                                                    \
    } while (false)

namespace sitekeeper::test {

// Waits for a vault callback; tests may spin a local loop, library code never does.
template <typename Start>
void waitFor(Start start, int timeoutMs = 30'000) {
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QVERIFY2(finished, "the keychain did not answer in time");
}

inline CredentialVault::Outcome storeNow(CredentialVault& vault, const QString& key,
                                         const QByteArray& secret) {
    CredentialVault::Outcome result{CredentialVault::Failure::Other, QStringLiteral("no answer")};
    waitFor([&](auto quit) {
        vault.store(key, secret, [&result, quit](CredentialVault::Outcome o) {
            result = o;
            quit();
        });
    });
    return result;
}

inline std::pair<CredentialVault::Outcome, QByteArray> readNow(CredentialVault& vault, const QString& key) {
    std::pair<CredentialVault::Outcome, QByteArray> result{
        {CredentialVault::Failure::Other, QStringLiteral("no answer")}, {}};
    waitFor([&](auto quit) {
        vault.read(key, [&result, quit](CredentialVault::Outcome o, QByteArray secret) {
            result = {o, secret};
            quit();
        });
    });
    return result;
}

inline CredentialVault::Outcome removeNow(CredentialVault& vault, const QString& key) {
    CredentialVault::Outcome result{CredentialVault::Failure::Other, QStringLiteral("no answer")};
    waitFor([&](auto quit) {
        vault.remove(key, [&result, quit](CredentialVault::Outcome o) {
            result = o;
            quit();
        });
    });
    return result;
}

} // namespace sitekeeper::test
