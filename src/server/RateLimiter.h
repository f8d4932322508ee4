// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <functional>
#include <optional>

namespace sitekeeper::server {

// A token bucket per bearer token: `perSecond` requests a second on average, bursts up to `burst`.
// The clock is injected so that tests need not sleep.
class RateLimiter {
public:
    using Clock = std::function<std::chrono::milliseconds()>;

    RateLimiter(double perSecond, int burst, Clock clock = {});

    // Takes one request from `key`'s bucket: nullopt when allowed, else the seconds to wait.
    std::optional<int> take(const QByteArray& key);

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::milliseconds at{0};
    };

    double m_perSecond;
    int m_burst;
    Clock m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace sitekeeper::server
