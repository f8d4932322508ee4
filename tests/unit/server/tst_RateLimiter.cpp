// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QTest>

using namespace sitekeeper::server;
using Ms = std::chrono::milliseconds;

class tst_RateLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefill() {
        Ms now{0};
        RateLimiter limiter(2.0, 4, [&] { return now; });
        for (int i = 0; i < 4; ++i)
            QVERIFY(!limiter.take("a"));
        const auto wait = limiter.take("a");
        QVERIFY(wait);
        QCOMPARE(*wait, 1);
        // Another token has its own bucket.
        QVERIFY(!limiter.take("b"));
        now = Ms(500); // one request's worth at 2 per second
        QVERIFY(!limiter.take("a"));
        QVERIFY(limiter.take("a"));
        now = Ms(60'000); // refills up to the burst, not beyond
        for (int i = 0; i < 4; ++i)
            QVERIFY(!limiter.take("a"));
        QVERIFY(limiter.take("a"));
    }

    void slowRatesWaitLonger() {
        Ms now{0};
        RateLimiter limiter(0.1, 1, [&] { return now; });
        QVERIFY(!limiter.take("a"));
        QCOMPARE(limiter.take("a").value_or(0), 10);
    }

    void zeroMeansNoLimit() {
        RateLimiter limiter(0, 1);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!limiter.take("a"));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_RateLimiter.moc"
