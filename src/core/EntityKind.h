// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sitekeeper {

// The kinds of record a workspace holds. Code passes these around; the spellings ("client_profile")
// are for the edges only: JSON, SQL, the outbox and the wire, the CLI's words.
enum class EntityKind {
    Site,
    ClientProfile,
    Reference,
    ApprovalType,
    Approver,
    NotificationRule,
    PartnerContact,
    Credential,
    Escalation,
    // The one record of the partner's settings (core/PartnerSettings), under a fixed id.
    PartnerSettings,
};

inline size_t qHash(EntityKind kind, size_t seed = 0) noexcept {
    return ::qHash(static_cast<int>(kind), seed);
}

// What every layer needs to know about a kind. The storage adds its table and repository
// (`Store::repository`), the console its list columns and editor (`ui/EntityViews`).
struct EntityDescriptor {
    EntityKind kind;
    const char* name;        // "client_profile": bundle, SQL, outbox and wire spelling
    const char* listKey;     // "client_profiles": the bundle's list; a site's finding about the list names it
    const char* displayName; // "Client profile", untranslated (see sitekeeper::displayName)
    const char* pluralDisplayName; // "Client profiles", untranslated
    bool siteScoped;               // belongs to one site (partner-wide otherwise; references may be either)
};

// Every kind, in the order of the enum.
const QList<EntityKind>& allEntityKinds();
const EntityDescriptor& descriptor(EntityKind kind);

// "client_profile".
QString entityName(EntityKind kind);
std::optional<EntityKind> entityKindFromName(QStringView name);
// From a list's key ("client_profiles").
std::optional<EntityKind> entityKindFromListKey(QStringView key);

// Translated, for people: "Client profile" / "Client profiles".
QString displayName(EntityKind kind);
QString pluralDisplayName(EntityKind kind);

} // namespace sitekeeper
