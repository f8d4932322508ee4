// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CoverageGapRule.h"

#include "CoverageTimeline.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

QString CoverageGapRule::title() const {
    return tr("Coverage hours without a reachable notification rule");
}

QString CoverageGapRule::explanation() const {
    return tr("When the service escalates a case, it follows the site's notification rule for that moment. "
              "If part of the site's coverage hours falls in no rule's window, or only in windows whose "
              "escalation contacts are all unavailable then, escalations at those times reach nobody and "
              "the end user waits. Every covered hour needs a rule, and a phone rule needs a contact who "
              "is available, or an email or ticket rule behind it. Times are compared on each window's own "
              "clock, so rules kept in another time zone and daylight saving weeks are taken into account.");
}

void CoverageGapRule::checkSite(const SiteData& site, const PartnerData& partner, Findings& out) const {
    if (!isCovered(site.site) || !partner.today.isValid())
        return;
    const CoverageTimeline timeline = CoverageTimeline::build(site, partner, partner.today);
    const QString zone = QString::fromUtf8(timeline.timeZone().id());
    const QString field = QStringLiteral("coverage");

    if (const QString times = timeline.gapSummary(CoverageTimeline::GapKind::NoRule); !times.isEmpty()) {
        out.append(finding(site.site.id, EntityKind::Site, site.site.id, field,
                           tr("No notification rule covers these coverage hours (%1): %2.").arg(zone, times),
                           tr("Add a notification rule for %1, or widen an existing rule's window to "
                              "include them.")
                               .arg(times)));
    }
    if (const QString times = timeline.gapSummary(CoverageTimeline::GapKind::ContactsUnavailable);
        !times.isEmpty()) {
        out.append(finding(
            site.site.id, EntityKind::Site, site.site.id, field,
            tr("No escalation contact is available during these coverage hours (%1): %2.").arg(zone, times),
            tr("Add an escalation contact who is available %1 to the rule, widen a contact's "
               "availability, or add an email or ticket rule for those times.")
                .arg(times)));
    }
}

void appendCoverageGapRule(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<CoverageGapRule>());
}

} // namespace sitekeeper
