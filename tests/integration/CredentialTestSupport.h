// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the credential command-line tests (not a test itself: no tst_ prefix).

#include "../keychain/KeychainTestSupport.h" // SITEKEEPER_REQUIRE_KEYCHAIN
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcessEnvironment>

// runCli with a changed environment (here: a session bus that does not exist).
inline CliRun runCliWithEnvironment(const QString& workspace, const QStringList& args,
                                    const QProcessEnvironment& environment, const QByteArray& input = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), QStringList{QStringLiteral("--workspace"), workspace} + args);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QProcessEnvironment withoutSessionBus() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/sitekeeper-test-bus"));
    return environment;
}

// Every file under `folder` with the SHA-256 of its content.
inline QMap<QString, QByteArray> fileHashes(const QString& folder) {
    QMap<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

// A secret as it is and in the encodings a leak would likely carry it: UTF-16, hex, and base64 at
// every byte alignment (the groups that mix in neighbouring bytes left off).
inline QByteArrayList canaryEncodings(const QByteArray& secret) {
    QByteArrayList needles{secret, secret.toHex(), secret.toHex().toUpper()};
    const QString text = QString::fromUtf8(secret);
    needles << QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    for (int shift = 0; shift < 3; ++shift) {
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = QByteArray(QByteArray(shift, '\0') + secret).toBase64(options);
            // The first group mixes in the shift bytes, the last one what follows the secret.
            const qsizetype from = shift ? 4 : 0;
            const qsizetype to = encoded.size() - 4;
            if (to - from >= 8)
                needles << encoded.mid(from, to - from);
        }
    }
    return needles;
}
