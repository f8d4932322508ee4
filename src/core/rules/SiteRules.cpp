#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendSiteRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
