// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// openssl for the tests' certificates (not a test itself): shared by SyncTestSupport.h and
// tests/nginx, which bench_sync uses without the rest of the test support.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sitekeeper::test {

// Runs openssl in `dir` (certificates for the TLS tests); false, with its message, if it failed.
inline bool runOpenssl(const QString& dir, const QStringList& args) {
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace sitekeeper::test
