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

#define SK_ROW(E, VALUE, KEY, NAME)                                                                          \
    Entry<E> {                                                                                               \
        E::VALUE, KEY, QT_TRANSLATE_NOOP("sitekeeper::Enums", NAME)                                          \
    }

SK_TABLE(Coverage, "coverage", SK_ROW(Coverage, None, "none", "No coverage"),
         SK_ROW(Coverage, BusinessHours, "business_hours", "Business hours"),
         SK_ROW(Coverage, ExtendedHours, "extended_hours", "Extended hours"),
         SK_ROW(Coverage, Always, "always", "Always (24/7)"))

SK_TABLE(AnswerAs, "answer_as", SK_ROW(AnswerAs, PartnerName, "partner_name", "Partner name"),
         SK_ROW(AnswerAs, SiteName, "site_name", "Site name"),
         SK_ROW(AnswerAs, Default, "default", "Technical Support"),
         SK_ROW(AnswerAs, Custom, "custom", "Custom text"))

SK_TABLE(ActivationStatus, "activation_status", SK_ROW(ActivationStatus, Draft, "draft", "Draft"),
         SK_ROW(ActivationStatus, Submitted, "submitted", "Submitted"),
         SK_ROW(ActivationStatus, Live, "live", "Live"),
         SK_ROW(ActivationStatus, Deactivated, "deactivated", "Deactivated"))

SK_TABLE(ProfileStatus, "profile_status", SK_ROW(ProfileStatus, Active, "active", "Active"),
         SK_ROW(ProfileStatus, Disabled, "disabled", "Disabled"))

SK_TABLE(ReferenceTopic, "reference_topic",
         SK_ROW(ReferenceTopic, NewUserSetup, "new_user_setup", "New user setup"),
         SK_ROW(ReferenceTopic, UserTermination, "user_termination", "User termination"),
         SK_ROW(ReferenceTopic, RemoteAccess, "remote_access", "Remote access"),
         SK_ROW(ReferenceTopic, Mfa, "mfa", "Multi-factor authentication"),
         SK_ROW(ReferenceTopic, PasswordReset, "password_reset", "Password reset"),
         SK_ROW(ReferenceTopic, Printing, "printing", "Printing"),
         SK_ROW(ReferenceTopic, Email, "email", "Email"), SK_ROW(ReferenceTopic, Vpn, "vpn", "VPN"),
         SK_ROW(ReferenceTopic, LineOfBusinessApp, "line_of_business_app", "Line-of-business application"),
         SK_ROW(ReferenceTopic, Other, "other", "Other"))

SK_TABLE(ReferenceStatus, "reference_status", SK_ROW(ReferenceStatus, Current, "current", "Current"),
         SK_ROW(ReferenceStatus, Due, "due", "Due for review"),
         SK_ROW(ReferenceStatus, Overdue, "overdue", "Overdue for review"),
         SK_ROW(ReferenceStatus, Retired, "retired", "Retired"))

SK_TABLE(PersonKind, "person_kind", SK_ROW(PersonKind, ClientProfile, "client_profile", "On-site user"),
         SK_ROW(PersonKind, PartnerContact, "partner_contact", "Partner contact"))

SK_TABLE(RuleMethod, "method", SK_ROW(RuleMethod, Phone, "phone", "Phone"),
         SK_ROW(RuleMethod, Email, "email", "Email"), SK_ROW(RuleMethod, Ticket, "ticket", "Ticket"))

SK_TABLE(CredentialKind, "credential_kind",
         SK_ROW(CredentialKind, DomainAdmin, "domain_admin", "Domain administrator"),
         SK_ROW(CredentialKind, LocalAdmin, "local_admin", "Local administrator"),
         SK_ROW(CredentialKind, AutomatedDomain, "automated_domain", "Automated domain credential"),
         SK_ROW(CredentialKind, AutomatedLocal, "automated_local", "Automated local credential"),
         SK_ROW(CredentialKind, AdminPortal, "admin_portal", "Admin portal"),
         SK_ROW(CredentialKind, Application, "application", "Application"),
         SK_ROW(CredentialKind, EndUserTemporary, "end_user_temporary", "Temporary end-user password"))

SK_TABLE(EscalationReason, "escalation_reason",
         SK_ROW(EscalationReason, OutOfScope, "out_of_scope", "Out of scope"),
         SK_ROW(EscalationReason, MissingInformation, "missing_information", "Missing information"),
         SK_ROW(EscalationReason, NeedsApproval, "needs_approval", "Needs approval"),
         SK_ROW(EscalationReason, Unreachable, "unreachable", "End user unreachable"))

SK_TABLE(Weekday, "weekday", SK_ROW(Weekday, Monday, "mon", "Monday"),
         SK_ROW(Weekday, Tuesday, "tue", "Tuesday"), SK_ROW(Weekday, Wednesday, "wed", "Wednesday"),
         SK_ROW(Weekday, Thursday, "thu", "Thursday"), SK_ROW(Weekday, Friday, "fri", "Friday"),
         SK_ROW(Weekday, Saturday, "sat", "Saturday"), SK_ROW(Weekday, Sunday, "sun", "Sunday"))

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
