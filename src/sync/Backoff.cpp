// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backoff.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace sitekeeper {

Backoff::Backoff(Ms base, Ms cap, int maxAttempts)
    : m_base(base)
    , m_cap(cap)
    , m_maxAttempts(maxAttempts) {}

Backoff::Ms Backoff::ceiling(int attempt) const {
    // Doubling stops once past the cap, so large attempt numbers cannot overflow.
    Ms value = m_base;
    for (int i = 0; i < attempt && value < m_cap; ++i)
        value *= 2;
    return std::min(value, m_cap);
}

std::optional<Backoff::Ms> Backoff::delay(int attempt, QRandomGenerator& random,
                                          std::optional<Ms> retryAfter) const {
    if (attempt < 0 || attempt >= m_maxAttempts)
        return std::nullopt;
    const qint64 top = ceiling(attempt).count();
    const Ms jittered(random.bounded(top + 1));
    if (retryAfter)
        return std::max(jittered, *retryAfter);
    return jittered;
}

std::optional<Backoff::Ms> Backoff::parseRetryAfter(const QByteArray& header, const QDateTime& now) {
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Delta seconds. Beyond 10^12 seconds (or too long for qint64) it saturates: seconds * 1000
        // must not overflow, and nobody waits that long anyway.
        constexpr qint64 saturated = 1'000'000'000'000;
        bool ok = false;
        const qint64 seconds = text.size() <= 13 ? text.toLongLong(&ok) : 0;
        return Ms((ok ? std::min(seconds, saturated) : saturated) * 1000);
    }
    if (text.startsWith('-') || text.startsWith('+'))
        return std::nullopt; // a negative (or signed) delay is not one

    // RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return Ms(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace sitekeeper
