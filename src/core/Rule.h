// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "Finding.h"

namespace sitekeeper {

// One best-practice rule of the rulebook (docs/rules.md). A rule looks at one site at a time, or at the
// partner-wide records, and reports findings; it keeps no state between calls, so rules can run on
// any site in any order and the console re-checks only the sites an edit touches.
class Rule {
public:
    virtual ~Rule() = default;

    virtual QString id() const = 0;        // "SK101"
    virtual Severity severity() const = 0; // the usual severity (SK302 reports two)
    // Every severity the rule reports, the usual one first (docs/rules.md lists them).
    virtual QList<Severity> severities() const { return {severity()}; }
    virtual QString title() const = 0;       // one line, translated
    virtual QString explanation() const = 0; // why it matters, translated (Help > Explain)

    virtual void checkSite(const SiteData& site, const PartnerData& partner, Findings& out) const {
        Q_UNUSED(site)
        Q_UNUSED(partner)
        Q_UNUSED(out)
    }
    virtual void checkPartner(const PartnerData& partner, Findings& out) const {
        Q_UNUSED(partner)
        Q_UNUSED(out)
    }

protected:
    // A finding of this rule with its id and usual severity filled in.
    Finding finding(const QUuid& siteId, EntityKind entity, const QUuid& entityId, const QString& field,
                    const QString& message, const QString& fix, FixAction action = FixAction::None) const;
};

// Whether a site has help desk coverage (the rules about "a covered site").
inline bool isCovered(const Site& site) {
    return site.coverage != Coverage::None && site.activationStatus != ActivationStatus::Deactivated;
}

} // namespace sitekeeper
