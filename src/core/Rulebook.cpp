// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rulebook.h"

#include "rules/RuleFamilies.h"

#include <algorithm>

namespace sitekeeper {

Rulebook::Rulebook() {
    appendRules(m_rules);
    std::sort(m_rules.begin(), m_rules.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
}

Rulebook::~Rulebook() = default;

const Rulebook& Rulebook::instance() {
    static const Rulebook rulebook;
    return rulebook;
}

const Rule* Rulebook::rule(const QString& id) const {
    for (const auto& rule : m_rules) {
        if (rule->id() == id)
            return rule.get();
    }
    return nullptr;
}

QStringList Rulebook::ids() const {
    QStringList result;
    for (const auto& rule : m_rules)
        result.append(rule->id());
    return result;
}

Findings Rulebook::checkSite(const SiteData& site, const PartnerData& partner) const {
    Findings findings;
    for (const auto& rule : m_rules)
        rule->checkSite(site, partner, findings);
    return findings;
}

Findings Rulebook::checkPartner(const PartnerData& partner) const {
    Findings findings;
    for (const auto& rule : m_rules)
        rule->checkPartner(partner, findings);
    return findings;
}

} // namespace sitekeeper
