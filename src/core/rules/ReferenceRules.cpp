#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendReferenceRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
