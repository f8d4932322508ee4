#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendProfileRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
