// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace sitekeeper {

// Retry delays for the backend client: exponential backoff with "full jitter" (a uniformly random
// delay between zero and the exponential ceiling), so that many desktops retrying after one
// outage do not come back in lock-step. A server's Retry-After is a floor, never shortened; one
// longer than maxRetryAfter is not waited for at all (the client gives up and says so).
class Backoff {
public:
    using Ms = std::chrono::milliseconds;

    // The longest Retry-After this client waits for: a server asking for more is not believed.
    static constexpr Ms maxRetryAfter{10 * 60 * 1000};

    Backoff(Ms base = Ms(500), Ms cap = Ms(60'000), int maxAttempts = 8);

    // The delay before retry number `attempt` (0 = first retry), or nullopt when it is time to give up.
    std::optional<Ms> delay(int attempt, QRandomGenerator& random,
                            std::optional<Ms> retryAfter = std::nullopt) const;

    // Parses a Retry-After header: delta seconds or an HTTP date (relative to `now`). A number too
    // large to hold saturates (at about 31,700 years) instead of overflowing.
    static std::optional<Ms> parseRetryAfter(const QByteArray& header, const QDateTime& now);

    Ms ceiling(int attempt) const;
    int maxAttempts() const { return m_maxAttempts; }

private:
    Ms m_base;
    Ms m_cap;
    int m_maxAttempts;
};

} // namespace sitekeeper
