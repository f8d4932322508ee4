// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signing in from the workspace layer in tests (not a test itself): waits for BackendConnection's
// callbacks.

#include "BackendConnection.h"
#include "SyncTestSupport.h"

#include <optional>

namespace sitekeeper::test {

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
        (void)QTest::qWaitFor([&] { return finished; }, timeoutMs);
    return result;
}

// Why a result failed, for QVERIFY2 (whose message is made even when the check passes).
template <class T>
QByteArray why(const std::optional<Result<T>>& result) {
    if (!result)
        return "no answer";
    return *result ? QByteArray() : result->error().message.toUtf8();
}

} // namespace sitekeeper::test
