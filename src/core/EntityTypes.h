// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalType.h"
#include "Approver.h"
#include "ClientProfile.h"
#include "CredentialRecord.h"
#include "EntityKind.h"
#include "Escalation.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "PartnerSettings.h"
#include "Reference.h"
#include "Site.h"

#include <type_traits>

namespace sitekeeper {

// Calls `f(std::type_identity<T>{})` with the entity type of `kind`: the one place where a kind
// becomes a type, so that code written once for every entity (`Store::repository<T>`, an editor
// of T ...) can be chosen by kind. Every branch must return the same type.
template <class F>
decltype(auto) visitEntityType(EntityKind kind, F&& f) {
    switch (kind) {
    case EntityKind::Site:
        return f(std::type_identity<Site>{});
    case EntityKind::ClientProfile:
        return f(std::type_identity<ClientProfile>{});
    case EntityKind::Reference:
        return f(std::type_identity<Reference>{});
    case EntityKind::ApprovalType:
        return f(std::type_identity<ApprovalType>{});
    case EntityKind::Approver:
        return f(std::type_identity<Approver>{});
    case EntityKind::NotificationRule:
        return f(std::type_identity<NotificationRule>{});
    case EntityKind::PartnerContact:
        return f(std::type_identity<PartnerContact>{});
    case EntityKind::Credential:
        return f(std::type_identity<CredentialRecord>{});
    case EntityKind::Escalation:
        return f(std::type_identity<Escalation>{});
    case EntityKind::PartnerSettings:
        return f(std::type_identity<PartnerSettings>{});
    }
    Q_UNREACHABLE();
}

} // namespace sitekeeper
