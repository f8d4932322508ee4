#include "rules/RuleFamilies.h"

namespace sitekeeper {

void appendCredentialRules(std::vector<std::unique_ptr<Rule>>&) {}

} // namespace sitekeeper
