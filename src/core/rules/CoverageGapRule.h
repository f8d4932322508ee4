// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"

namespace sitekeeper {

// SK504: part of a covered site's coverage hours falls in no notification rule window, or only in
// windows none of whose escalation contacts is available. Checks the week of `partner.today` on the
// site's clock (see CoverageTimeline), so a mismatch that only shows in the weeks between two
// zones' daylight saving changes is reported in those weeks. Reports nothing without `today`.
class CoverageGapRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CoverageGapRule)

public:
    QString id() const override { return QStringLiteral("SK504"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override;
    QString explanation() const override;

    void checkSite(const SiteData& site, const PartnerData& partner, Findings& out) const override;
};

} // namespace sitekeeper
