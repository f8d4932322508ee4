// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rule.h"

namespace sitekeeper {

Finding Rule::finding(const QUuid& siteId, EntityKind entity, const QUuid& entityId, const QString& field,
                      const QString& message, const QString& fix, FixAction action) const {
    Finding result;
    result.rule = id();
    result.severity = severity();
    result.siteId = siteId;
    result.entity = entity;
    result.entityId = entityId;
    result.field = field;
    result.message = message;
    result.fix = fix;
    result.action = action;
    return result;
}

} // namespace sitekeeper
