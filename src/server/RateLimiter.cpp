// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QElapsedTimer>

#include <cmath>

namespace sitekeeper::server {

namespace {
// Buckets that are full again are forgotten once there are this many: keys sent by an attacker
// (addresses, tokens) cannot grow the table without bound.
constexpr qsizetype pruneAbove = 10'000;
} // namespace

RateLimiter::RateLimiter(double perSecond, double burst, Clock clock)
    : m_perSecond(perSecond)
    , m_burst(std::max(1.0, burst))
    , m_clock(std::move(clock)) {
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return std::chrono::milliseconds(timer->elapsed());
        };
    }
}

RateLimiter::Bucket& RateLimiter::refill(const QByteArray& key) {
    const std::chrono::milliseconds now = m_clock();
    if (m_buckets.size() > pruneAbove) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double elapsed = double((now - it->at).count()) / 1000.0;
            if (it->tokens + elapsed * m_perSecond >= m_burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket& bucket = it.value();
    const double elapsed = double((now - bucket.at).count()) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    bucket.at = now;
    return bucket;
}

int RateLimiter::waitFor(const Bucket& bucket) const {
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

std::optional<int> RateLimiter::take(const QByteArray& key, double cost) {
    if (m_perSecond <= 0)
        return std::nullopt;
    Bucket& bucket = refill(key);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= std::max(cost, 0.0);
        return std::nullopt;
    }
    return waitFor(bucket);
}

std::optional<int> RateLimiter::blocked(const QByteArray& key) {
    if (m_perSecond <= 0)
        return std::nullopt;
    const Bucket& bucket = refill(key);
    if (bucket.tokens >= 1.0)
        return std::nullopt;
    return waitFor(bucket);
}

void RateLimiter::charge(const QByteArray& key, double cost) {
    if (m_perSecond <= 0)
        return;
    refill(key).tokens -= std::max(cost, 0.0);
}

} // namespace sitekeeper::server
