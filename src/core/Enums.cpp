// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <QCoreApplication>

#include <iterator>

namespace sitekeeper {

namespace {

// One row per value: the bundle spelling and the English name people see (translated on use).
template <class E>
struct Entry {
    E value;
    const char* key;
    const char* name;
};

template <class E>
struct Table;

#define SK_TABLE(E, NAME, ...)                                                                               \
    template <>                                                                                              \
    struct Table<E> {                                                                                        \
        static constexpr const char* enumName = NAME;                                                        \
        static constexpr Entry<E> entries[] = {__VA_ARGS__};                                                 \
    };

// NAME is marked with QT_TRANSLATE_NOOP at each row, not in here: lupdate does not expand macros.
#define SK_ROW(E, VALUE, KEY, NAME)                                                                          \
    Entry<E> {                                                                                               \
        E::VALUE, KEY, NAME                                                                                  \
    }

SK_TABLE(Coverage, "coverage",
         SK_ROW(Coverage, None, "none", QT_TRANSLATE_NOOP("sitekeeper::Enums", "No coverage")),
         SK_ROW(Coverage, BusinessHours, "business_hours",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Business hours")),
         SK_ROW(Coverage, ExtendedHours, "extended_hours",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Extended hours")),
         SK_ROW(Coverage, Always, "always", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Always (24/7)")))

SK_TABLE(AnswerAs, "answer_as",
         SK_ROW(AnswerAs, PartnerName, "partner_name",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Partner name")),
         SK_ROW(AnswerAs, SiteName, "site_name", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Site name")),
         SK_ROW(AnswerAs, Default, "default", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Technical Support")),
         SK_ROW(AnswerAs, Custom, "custom", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Custom text")))

SK_TABLE(ActivationStatus, "activation_status",
         SK_ROW(ActivationStatus, Draft, "draft", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Draft")),
         SK_ROW(ActivationStatus, Submitted, "submitted",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Submitted")),
         SK_ROW(ActivationStatus, Live, "live", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Live")),
         SK_ROW(ActivationStatus, Deactivated, "deactivated",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Deactivated")))

SK_TABLE(ProfileStatus, "profile_status",
         SK_ROW(ProfileStatus, Active, "active", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Active")),
         SK_ROW(ProfileStatus, Disabled, "disabled", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Disabled")))

SK_TABLE(ReferenceTopic, "reference_topic",
         SK_ROW(ReferenceTopic, NewUserSetup, "new_user_setup",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "New user setup")),
         SK_ROW(ReferenceTopic, UserTermination, "user_termination",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "User termination")),
         SK_ROW(ReferenceTopic, RemoteAccess, "remote_access",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Remote access")),
         SK_ROW(ReferenceTopic, Mfa, "mfa",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Multi-factor authentication")),
         SK_ROW(ReferenceTopic, PasswordReset, "password_reset",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Password reset")),
         SK_ROW(ReferenceTopic, Printing, "printing", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Printing")),
         SK_ROW(ReferenceTopic, Email, "email", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Email")),
         SK_ROW(ReferenceTopic, Vpn, "vpn", QT_TRANSLATE_NOOP("sitekeeper::Enums", "VPN")),
         SK_ROW(ReferenceTopic, LineOfBusinessApp, "line_of_business_app",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Line-of-business application")),
         SK_ROW(ReferenceTopic, Other, "other", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Other")))

SK_TABLE(ReferenceStatus, "reference_status",
         SK_ROW(ReferenceStatus, Current, "current", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Current")),
         SK_ROW(ReferenceStatus, Due, "due", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Due for review")),
         SK_ROW(ReferenceStatus, Overdue, "overdue",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Overdue for review")),
         SK_ROW(ReferenceStatus, Retired, "retired", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Retired")))

SK_TABLE(PersonKind, "person_kind",
         SK_ROW(PersonKind, ClientProfile, "client_profile",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "On-site user")),
         SK_ROW(PersonKind, PartnerContact, "partner_contact",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Partner contact")))

SK_TABLE(RuleMethod, "method",
         SK_ROW(RuleMethod, Phone, "phone", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Phone")),
         SK_ROW(RuleMethod, Email, "email", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Email")),
         SK_ROW(RuleMethod, Ticket, "ticket", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Ticket")))

SK_TABLE(CredentialKind, "credential_kind",
         SK_ROW(CredentialKind, DomainAdmin, "domain_admin",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Domain administrator")),
         SK_ROW(CredentialKind, LocalAdmin, "local_admin",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Local administrator")),
         SK_ROW(CredentialKind, AutomatedDomain, "automated_domain",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Automated domain credential")),
         SK_ROW(CredentialKind, AutomatedLocal, "automated_local",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Automated local credential")),
         SK_ROW(CredentialKind, AdminPortal, "admin_portal",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Admin portal")),
         SK_ROW(CredentialKind, Application, "application",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Application")),
         SK_ROW(CredentialKind, EndUserTemporary, "end_user_temporary",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Temporary end-user password")))

SK_TABLE(EscalationReason, "escalation_reason",
         SK_ROW(EscalationReason, OutOfScope, "out_of_scope",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Out of scope")),
         SK_ROW(EscalationReason, MissingInformation, "missing_information",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Missing information")),
         SK_ROW(EscalationReason, NeedsApproval, "needs_approval",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "Needs approval")),
         SK_ROW(EscalationReason, Unreachable, "unreachable",
                QT_TRANSLATE_NOOP("sitekeeper::Enums", "End user unreachable")))

SK_TABLE(Weekday, "weekday", SK_ROW(Weekday, Monday, "mon", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Monday")),
         SK_ROW(Weekday, Tuesday, "tue", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Tuesday")),
         SK_ROW(Weekday, Wednesday, "wed", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Wednesday")),
         SK_ROW(Weekday, Thursday, "thu", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Thursday")),
         SK_ROW(Weekday, Friday, "fri", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Friday")),
         SK_ROW(Weekday, Saturday, "sat", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Saturday")),
         SK_ROW(Weekday, Sunday, "sun", QT_TRANSLATE_NOOP("sitekeeper::Enums", "Sunday")))

#undef SK_ROW
#undef SK_TABLE

template <class E>
const Entry<E>* find(E value) {
    for (const Entry<E>& entry : Table<E>::entries) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <class E>
QString keyOf(E value) {
    const Entry<E>* entry = find(value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

template <class E>
QString nameOf(E value) {
    const Entry<E>* entry = find(value);
    return entry ? QCoreApplication::translate("sitekeeper::Enums", entry->name) : QString();
}

template <class E>
std::optional<E> parse(QStringView text) {
    for (const Entry<E>& entry : Table<E>::entries) {
        if (text == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <class E>
QList<E> values() {
    QList<E> result;
    result.reserve(static_cast<qsizetype>(std::size(Table<E>::entries)));
    for (const Entry<E>& entry : Table<E>::entries)
        result.append(entry.value);
    return result;
}

} // namespace

namespace enums {

#define SK_DEFINE_ENUM(E)                                                                                    \
    QString toString(E value) {                                                                              \
        return keyOf(value);                                                                                 \
    }                                                                                                        \
    QString displayName(E value) {                                                                           \
        return nameOf(value);                                                                                \
    }                                                                                                        \
    template <>                                                                                              \
    std::optional<E> fromString<E>(QStringView text) {                                                       \
        return parse<E>(text);                                                                               \
    }                                                                                                        \
    template <>                                                                                              \
    QList<E> allValues<E>() {                                                                                \
        return values<E>();                                                                                  \
    }                                                                                                        \
    template <>                                                                                              \
    QString enumName<E>() {                                                                                  \
        return QString::fromLatin1(Table<E>::enumName);                                                      \
    }

SK_DEFINE_ENUM(Coverage)
SK_DEFINE_ENUM(AnswerAs)
SK_DEFINE_ENUM(ActivationStatus)
SK_DEFINE_ENUM(ProfileStatus)
SK_DEFINE_ENUM(ReferenceTopic)
SK_DEFINE_ENUM(ReferenceStatus)
SK_DEFINE_ENUM(PersonKind)
SK_DEFINE_ENUM(RuleMethod)
SK_DEFINE_ENUM(CredentialKind)
SK_DEFINE_ENUM(EscalationReason)
SK_DEFINE_ENUM(Weekday)

#undef SK_DEFINE_ENUM

} // namespace enums

} // namespace sitekeeper
