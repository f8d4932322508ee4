// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"

#include <memory>
#include <vector>

namespace sitekeeper {

// Every rule of the rulebook (docs/rules.md), in id order.
class Rulebook {
public:
    Rulebook();
    ~Rulebook();

    // The one shared instance (rules are stateless).
    static const Rulebook& instance();

    const std::vector<std::unique_ptr<Rule>>& rules() const { return m_rules; }
    const Rule* rule(const QString& id) const;
    QStringList ids() const;

    // All findings of one site, ordered by rule then entity.
    Findings checkSite(const SiteData& site, const PartnerData& partner) const;
    // Findings on partner-wide records (contacts, partner-wide references).
    Findings checkPartner(const PartnerData& partner) const;

private:
    std::vector<std::unique_ptr<Rule>> m_rules;
};

} // namespace sitekeeper
