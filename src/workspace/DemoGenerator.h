// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bundle.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>
#include <optional>

namespace sitekeeper {

// Realistic synthetic partners for demos, tests and benchmarks. The same seed and as-of date give
// the same data, byte for byte: every id, name and number comes from one seeded generator.
class DemoGenerator {
public:
    struct Options {
        int sites = 50;
        int profilesPerSite = 40;
        quint32 seed = 1;
        // Fixed counts per site; -1 (the default) draws a small random number for each site.
        int referencesPerSite = -1;
        int approversPerSite = -1;
        int credentialsPerSite = -1;
        // Notification rules of every site, covered or not (alternately business hours and after
        // hours); -1: the two of a covered site and none for an uncovered one.
        int rulesPerSite = -1;
        QDate asOf; // "today" for review and rotation dates; null means QDate::currentDate()
    };

    explicit DemoGenerator(Options options);

    // The sizes of issue 8's benchmark workspaces: "L" (2,000 sites, 200,000 profiles, 20,000
    // references, 10,000 approvers, 4,000 rules, 20,000 credentials) and "XL" (the same with
    // 1,000,000 profiles). Empty for an unknown name.
    static std::optional<Options> preset(const QString& name);

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
