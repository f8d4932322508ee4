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
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<Ms>(Ms(seconds * 1000)) : std::nullopt;

    // RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return Ms(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace sitekeeper
