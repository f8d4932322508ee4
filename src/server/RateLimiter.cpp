// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QElapsedTimer>

#include <cmath>

namespace sitekeeper::server {

RateLimiter::RateLimiter(double perSecond, int burst, Clock clock)
    : m_perSecond(perSecond)
    , m_burst(burst)
    , m_clock(std::move(clock)) {
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return std::chrono::milliseconds(timer->elapsed());
        };
    }
}

std::optional<int> RateLimiter::take(const QByteArray& key) {
    if (m_perSecond <= 0)
        return std::nullopt;
    const std::chrono::milliseconds now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), now});
    Bucket& bucket = it.value();
    const double elapsed = double((now - bucket.at).count()) / 1000.0;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + elapsed * m_perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

} // namespace sitekeeper::server
