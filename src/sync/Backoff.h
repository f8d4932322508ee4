// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace sitekeeper {

// Retry delays for the backend client: exponential backoff with "full jitter" (a uniformly random
// delay between zero and the exponential ceiling), so that many desktops retrying after one
// outage do not come back in lock-step. A server's Retry-After is a floor, never shortened.
class Backoff {
public:
    using Ms = std::chrono::milliseconds;

    Backoff(Ms base = Ms(500), Ms cap = Ms(60'000), int maxAttempts = 8);

    // The delay before retry number `attempt` (0 = first retry), or nullopt when it is time to give up.
    std::optional<Ms> delay(int attempt, QRandomGenerator& random,
                            std::optional<Ms> retryAfter = std::nullopt) const;

    // Parses a Retry-After header: delta seconds or an HTTP date (relative to `now`).
    static std::optional<Ms> parseRetryAfter(const QByteArray& header, const QDateTime& now);

    Ms ceiling(int attempt) const;
    int maxAttempts() const { return m_maxAttempts; }

private:
    Ms m_base;
    Ms m_cap;
    int m_maxAttempts;
};

} // namespace sitekeeper
