// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signing in from the workspace layer in tests (not a test itself): members made with the server's
// own command line, and waits for BackendConnection's callbacks.

#include "BackendConnection.h"
#include "SyncTestSupport.h"

#include <QProcess>

#include <optional>

namespace sitekeeper::test {

// `member add --tenant T --name N --email E --role R` on the server's database: the one-time token
// it prints alone on its last line, or empty (with the server's message) when it failed.
inline QByteArray addMember(const ServerProcess& server, const QString& tenant, const QString& name,
                            const QString& email, const QString& role) {
    QProcess process;
    process.start(serverPath(), {u"--database"_s, server.database(), u"member"_s, u"add"_s, u"--tenant"_s,
                                 tenant, u"--name"_s, name, u"--email"_s, email, u"--role"_s, role});
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("member add failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput().trimmed().split('\n').constLast().trimmed();
}

// Runs `start(done)` and waits (tests only: the wait runs the event loop) for its callback's result.
template <class T, class Start>
std::optional<Result<T>> waitForResult(Start start, int timeoutMs = 60'000) {
    std::optional<Result<T>> result;
    bool finished = false;
    start([&](Result<T> answer) {
        result = std::move(answer);
        finished = true;
    });
    if (!finished)
        QTest::qWaitFor([&] { return finished; }, timeoutMs);
    return result;
}

} // namespace sitekeeper::test
