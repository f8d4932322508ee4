#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendNotificationRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
