// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <functional>
#include <optional>

namespace sitekeeper::server {

// A token bucket per key (a tenant, a client address): `perSecond` units a second on average, bursts
// up to `burst`. A request that costs more than is left may still go while the bucket is not empty;
// the bucket then owes the rest, and later requests wait until it is paid back. So a cost larger
// than the burst (a full batch of ops) is possible, and the average stays `perSecond`.
// The clock is injected so that tests need not sleep.
class RateLimiter {
public:
    using Clock = std::function<std::chrono::milliseconds()>;

    RateLimiter(double perSecond, double burst, Clock clock = {});

    // Takes `cost` units from `key`'s bucket: nullopt when allowed, else the seconds to wait.
    std::optional<int> take(const QByteArray& key, double cost = 1);
    // The seconds `key` has to wait before anything is allowed, without taking anything.
    std::optional<int> blocked(const QByteArray& key);
    // Takes `cost` without asking: the bucket may go into debt (a cost learnt after the request).
    void charge(const QByteArray& key, double cost);

    bool enabled() const { return m_perSecond > 0; }
    qsizetype keys() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::milliseconds at{0};
    };
    Bucket& refill(const QByteArray& key);
    int waitFor(const Bucket& bucket) const;

    double m_perSecond;
    double m_burst;
    Clock m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace sitekeeper::server
