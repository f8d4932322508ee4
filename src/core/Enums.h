// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sitekeeper {

// The enumerations of the domain. Their snake_case names (docs/bundle-format.md) are converted in
// Enums.cpp only, so the bundle, the database, the CLI and the API all spell them the same way.

enum class Coverage { None, BusinessHours, ExtendedHours, Always };
enum class AnswerAs { PartnerName, SiteName, Default, Custom };
enum class ActivationStatus { Draft, Submitted, Live, Deactivated };
enum class ProfileStatus { Active, Disabled };
enum class ReferenceTopic {
    NewUserSetup,
    UserTermination,
    RemoteAccess,
    Mfa,
    PasswordReset,
    Printing,
    Email,
    Vpn,
    LineOfBusinessApp,
    Other
};
enum class ReferenceStatus { Current, Due, Overdue, Retired };
enum class PersonKind { ClientProfile, PartnerContact };
enum class RuleMethod { Phone, Email, Ticket };
enum class CredentialKind {
    DomainAdmin,
    LocalAdmin,
    AutomatedDomain,
    AutomatedLocal,
    AdminPortal,
    Application,
    EndUserTemporary
};
enum class EscalationReason { OutOfScope, MissingInformation, NeedsApproval, Unreachable };
// Same numbering as Qt::DayOfWeek (Monday = 1), so `static_cast<Qt::DayOfWeek>(day)` is valid.
enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// The conversions live in a nested namespace that `sitekeeper` pulls in with a using-directive: code
// calls `toString(Coverage::Always)` as usual, but argument-dependent lookup does not see them, so
// QTest's QCOMPARE, which calls an unqualified `toString()` expecting `char*`, still works on the enums.
namespace enums {

// The bundle spelling of a value ("business_hours", "mon", ...).
QString toString(Coverage value);
QString toString(AnswerAs value);
QString toString(ActivationStatus value);
QString toString(ProfileStatus value);
QString toString(ReferenceTopic value);
QString toString(ReferenceStatus value);
QString toString(PersonKind value);
QString toString(RuleMethod value);
QString toString(CredentialKind value);
QString toString(EscalationReason value);
QString toString(Weekday value);

// A translated name for people ("Business hours", "Monday", ...), for combo boxes and reports.
QString displayName(Coverage value);
QString displayName(AnswerAs value);
QString displayName(ActivationStatus value);
QString displayName(ProfileStatus value);
QString displayName(ReferenceTopic value);
QString displayName(ReferenceStatus value);
QString displayName(PersonKind value);
QString displayName(RuleMethod value);
QString displayName(CredentialKind value);
QString displayName(EscalationReason value);
QString displayName(Weekday value);

// The value spelled `text` in the bundle, or nullopt when it is not one (exact, case-sensitive).
// Specialised for every enum above: `fromString<Coverage>(u"always")`.
template <class E>
std::optional<E> fromString(QStringView text);

// Every value of the enum, in declaration order (for combo boxes, demo data and tests).
template <class E>
QList<E> allValues();

// The bundle spelling of every value, in declaration order (for "expected one of ..." messages).
template <class E>
QStringList allStrings() {
    QStringList result;
    for (E value : allValues<E>())
        result.append(toString(value));
    return result;
}

// The snake_case name of the enum itself ("coverage", "weekday"), for messages.
template <class E>
QString enumName();

#define SITEKEEPER_DECLARE_ENUM(E)                                                                           \
    template <>                                                                                              \
    std::optional<E> fromString<E>(QStringView text);                                                        \
    template <>                                                                                              \
    QList<E> allValues<E>();                                                                                 \
    template <>                                                                                              \
    QString enumName<E>();

SITEKEEPER_DECLARE_ENUM(Coverage)
SITEKEEPER_DECLARE_ENUM(AnswerAs)
SITEKEEPER_DECLARE_ENUM(ActivationStatus)
SITEKEEPER_DECLARE_ENUM(ProfileStatus)
SITEKEEPER_DECLARE_ENUM(ReferenceTopic)
SITEKEEPER_DECLARE_ENUM(ReferenceStatus)
SITEKEEPER_DECLARE_ENUM(PersonKind)
SITEKEEPER_DECLARE_ENUM(RuleMethod)
SITEKEEPER_DECLARE_ENUM(CredentialKind)
SITEKEEPER_DECLARE_ENUM(EscalationReason)
SITEKEEPER_DECLARE_ENUM(Weekday)

#undef SITEKEEPER_DECLARE_ENUM

} // namespace enums

using namespace enums;

} // namespace sitekeeper
