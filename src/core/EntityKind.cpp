// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityKind.h"

#include <QCoreApplication>

#include <array>

namespace sitekeeper {

namespace {

constexpr const char* context = "sitekeeper::EntityKind";

// One row per kind, in the order of the enum.
constexpr std::array<EntityDescriptor, 10> descriptors{{
    {EntityKind::Site, "site", "sites", QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Site"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Sites"), false},
    {EntityKind::ClientProfile, "client_profile", "client_profiles",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Client profile"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Client profiles"), true},
    {EntityKind::Reference, "reference", "references",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Reference"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "References"), true},
    {EntityKind::ApprovalType, "approval_type", "approval_types",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Approval type"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Approval types"), false},
    {EntityKind::Approver, "approver", "approvers", QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Approver"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Approvers"), true},
    {EntityKind::NotificationRule, "notification_rule", "notification_rules",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Notification rule"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Notification rules"), true},
    {EntityKind::PartnerContact, "partner_contact", "contacts",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Partner contact"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Partner contacts"), false},
    {EntityKind::Credential, "credential", "credentials",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Credential"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Credentials"), true},
    {EntityKind::Escalation, "escalation", "escalations",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Escalation"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Escalations"), true},
    {EntityKind::PartnerSettings, "partner_settings", "partner_settings",
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Partner settings"),
     QT_TRANSLATE_NOOP("sitekeeper::EntityKind", "Partner settings"), false},
}};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < descriptors.size(); ++i) {
        if (static_cast<std::size_t>(descriptors[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "descriptors must be listed in the order of EntityKind");

} // namespace

const QList<EntityKind>& allEntityKinds() {
    static const QList<EntityKind> kinds = [] {
        QList<EntityKind> all;
        for (const EntityDescriptor& d : descriptors)
            all << d.kind;
        return all;
    }();
    return kinds;
}

const EntityDescriptor& descriptor(EntityKind kind) {
    return descriptors.at(static_cast<std::size_t>(kind));
}

QString entityName(EntityKind kind) {
    return QString::fromLatin1(descriptor(kind).name);
}

std::optional<EntityKind> entityKindFromName(QStringView name) {
    for (const EntityDescriptor& d : descriptors) {
        if (name == QLatin1String(d.name))
            return d.kind;
    }
    return std::nullopt;
}

std::optional<EntityKind> entityKindFromListKey(QStringView key) {
    for (const EntityDescriptor& d : descriptors) {
        if (key == QLatin1String(d.listKey))
            return d.kind;
    }
    return std::nullopt;
}

QString displayName(EntityKind kind) {
    return QCoreApplication::translate(context, descriptor(kind).displayName);
}

QString pluralDisplayName(EntityKind kind) {
    return QCoreApplication::translate(context, descriptor(kind).pluralDisplayName);
}

} // namespace sitekeeper
