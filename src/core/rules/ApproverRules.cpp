#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendApproverRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
