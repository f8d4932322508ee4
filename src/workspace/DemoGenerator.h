#pragma once

#include "Bundle.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace sitekeeper {

// Realistic synthetic partners for demos, tests and benchmarks. The same seed and as-of date give
// the same data, byte for byte: every id, name and number comes from one seeded generator.
class DemoGenerator {
public:
    struct Options {
        int sites = 50;
        int profilesPerSite = 40;
        quint32 seed = 1;
        QDate asOf; // "today" for review and rotation dates; null means QDate::currentDate()
    };

    explicit DemoGenerator(Options options);

    // Emits the partner-wide part first (contacts, approval types, partner references), then one
    // chunk per site with everything under it, so a million profiles never sit in memory at once.
    // Returning false from `sink` stops the generation; generate() then returns false.
    bool generate(const std::function<bool(const Bundle& chunk)>& sink);

    // The whole demo in one bundle (small sizes: tests and examples).
    Bundle generateAll();

private:
    QUuid nextId();
    int pick(int bound) { return int(m_random.bounded(quint32(bound))); }
    bool chance(int percent) { return pick(100) < percent; }
    QString phone(int country, bool mobile);
    Bundle partnerChunk();
    Bundle siteChunk(int index);

    Options m_options;
    QRandomGenerator m_random;
    QList<PartnerContact> m_contacts;
    QUuid m_currentParent;
    QString m_currentOrg;
    int m_currentOrgCountry = 0;
    int m_childrenLeft = 0;
};

} // namespace sitekeeper
