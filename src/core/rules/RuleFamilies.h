// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"

#include <memory>
#include <vector>

namespace sitekeeper {

// Each family file (SiteRules.cpp for SK1xx, ProfileRules.cpp for SK2xx, ...) adds its rules.
void appendSiteRules(std::vector<std::unique_ptr<Rule>>& rules);
void appendProfileRules(std::vector<std::unique_ptr<Rule>>& rules);
void appendReferenceRules(std::vector<std::unique_ptr<Rule>>& rules);
void appendApproverRules(std::vector<std::unique_ptr<Rule>>& rules);
void appendNotificationRules(std::vector<std::unique_ptr<Rule>>& rules);
void appendCoverageGapRule(std::vector<std::unique_ptr<Rule>>& rules); // SK504
void appendCredentialRules(std::vector<std::unique_ptr<Rule>>& rules);

inline void appendRules(std::vector<std::unique_ptr<Rule>>& rules) {
    appendSiteRules(rules);
    appendProfileRules(rules);
    appendReferenceRules(rules);
    appendApproverRules(rules);
    appendNotificationRules(rules);
    appendCoverageGapRule(rules);
    appendCredentialRules(rules);
}

} // namespace sitekeeper
