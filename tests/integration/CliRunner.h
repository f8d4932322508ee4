// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QTest>

// Runs the real sitekeeper-cli of this build and keeps what it printed.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString cliPath() {
    return QStringLiteral(SITEKEEPER_BIN_DIR "/sitekeeper-cli");
}

inline CliRun runCli(const QString& workspace, const QStringList& args, const QByteArray& input = {},
                     int timeoutMs = 600'000) {
    QProcess process;
    QStringList all;
    if (!workspace.isEmpty())
        all << QStringLiteral("--workspace") << workspace;
    all << args;
    process.start(cliPath(), all);
    CliRun run;
    if (!process.waitForStarted(10'000)) {
        run.err = "cannot start " + cliPath().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QByteArray describe(const CliRun& run) {
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out.left(2000) +
           "\nstderr: " + run.err.left(2000);
}

#define QVERIFY_CLI(run, expectedExit) QVERIFY2((run).exitCode == (expectedExit), describe(run).constData())
