// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordFields.h"

#include "ApprovalType.h"
#include "Approver.h"
#include "ClientProfile.h"
#include "CredentialRecord.h"
#include "Enums.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "RecordLookup.h"
#include "Reference.h"
#include "Site.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sitekeeper {

namespace {

using Kind = FieldKind;
using Scope = EntitySpec::Scope;

QString tr(const char* text) {
    return QCoreApplication::translate("sitekeeper::RecordFields", text);
}

FieldSpec field(const char* option, const char* key, Kind kind, const char* help, QStringList choices = {},
                QStringList aliases = {}) {
    return FieldSpec{QLatin1String(option), QLatin1String(key), kind,
                     QLatin1String(help),   std::move(choices), std::move(aliases)};
}

QList<EntitySpec> makeSpecs() {
    QList<EntitySpec> specs;
    specs.append(EntitySpec{
        QStringLiteral("site"),
        Site::entityKind,
        QStringLiteral("NAME"),
        Scope::None,
        QStringLiteral("activation_status"),
        toString(ActivationStatus::Deactivated),
        {
            field("name", "name", Kind::Text, "The site's name (unique)."),
            field("parent", "parent_id", Kind::ParentSite, "The parent site, by name; \"\" for none."),
            field("coverage", "coverage", Kind::Enum, "What the service covers.", allStrings<Coverage>()),
            field("time-zone", "time_zone", Kind::Text, "IANA time zone, America/New_York."),
            field("country", "country", Kind::Text,
                  "ISO 3166 code for numbers written without +; \"\": the time zone's country."),
            field("business-hours", "business_hours", Kind::Windows, "Business hours (repeatable)."),
            field("answer-as", "answer_as", Kind::Enum, "What technicians answer calls with.",
                  allStrings<AnswerAs>()),
            field("answer-as-text", "answer_as_text", Kind::Text, "The words when --answer-as custom."),
            field("email-domain", "email_domains", Kind::List, "An email domain (repeatable).", {},
                  {QStringLiteral("domain")}),
            field("holds-servers", "holds_servers", Kind::Bool, "Whether servers are on site."),
            field("device-naming-scheme", "device_naming_scheme", Kind::Text, "How devices are named."),
            field("contract-tier", "contract_tier", Kind::Text, "The contract tier."),
            field("sla", "sla", Kind::Sla, "pN=RESPONSE/RESOLUTION minutes (repeatable)."),
            field("scope-notes", "scope_notes", Kind::Text, "What is in and out of scope."),
            field("activation-status", "activation_status", Kind::Enum, "Where the activation stands.",
                  allStrings<ActivationStatus>()),
            field("go-live-date", "go_live_date", Kind::Date, "The go-live date."),
            field("champion", "champion", Kind::Text, "The client's champion."),
        }});
    specs.append(EntitySpec{
        QStringLiteral("profile"),
        ClientProfile::entityKind,
        QStringLiteral("EMAIL"),
        Scope::Required,
        QStringLiteral("status"),
        toString(ProfileStatus::Disabled),
        {
            field("full-name", "full_name", Kind::Text, "First and last name."),
            field("email", "email", Kind::Text, "Email address."),
            field("office-phone", "office_phone", Kind::Text, "Office phone, E.164."),
            field("office-extension", "office_extension", Kind::Text, "Office phone extension, digits."),
            field("mobile-phone", "mobile_phone", Kind::Text, "Mobile phone, E.164."),
            field("title", "title", Kind::Text, "Job title."),
            field("vip", "vip", Kind::Bool, "Whether the user is a VIP."),
            field("status", "status", Kind::Enum, "active or disabled.", allStrings<ProfileStatus>()),
        }});
    specs.append(EntitySpec{
        QStringLiteral("reference"),
        Reference::entityKind,
        QStringLiteral("TITLE"),
        Scope::Optional,
        QStringLiteral("status"),
        toString(ReferenceStatus::Retired),
        {
            field("title", "title", Kind::Text, "The title (unique within the site)."),
            field("topic", "topic", Kind::Enum, "What it is about.", allStrings<ReferenceTopic>()),
            field("body", "body", Kind::Text, "The runbook, Markdown."),
            field("owner", "owner", Kind::Owner, "Who keeps it current: an email, a contact's name or text."),
            field("last-reviewed", "last_reviewed", Kind::Date, "When it was last reviewed."),
            field("review-interval-days", "review_interval_days", Kind::Integer, "Days between reviews."),
            field("status", "status", Kind::Enum, "current, due, overdue or retired.",
                  allStrings<ReferenceStatus>()),
        }});
    specs.append(EntitySpec{
        QStringLiteral("approver"),
        Approver::entityKind,
        QStringLiteral("TYPE"),
        Scope::Required,
        QString(),
        QString(),
        {
            field("approval-type", "approval_type", Kind::ApprovalType, "The approval type, by key."),
            field("person", "person_id", Kind::Person,
                  "Who approves: a profile's email or a contact's name."),
            field("phone", "phones", Kind::List, "A number to try, E.164 (repeatable, in order)."),
            field("automated-approval", "automated_approval", Kind::Bool, "Approve without a call."),
            field("sms-authentication", "sms_authentication", Kind::Bool, "Send an SMS code first."),
            field("authenticate-approver-with-mobile", "authenticate_approver_with_mobile", Kind::Bool,
                  "The approver repeats a code sent to their mobile."),
            field("authenticate-requestor-with-mobile", "authenticate_requestor_with_mobile", Kind::Bool,
                  "The requestor repeats a code sent to their mobile."),
            field("last-reviewed", "last_reviewed", Kind::Date, "When it was last reviewed."),
        }});
    specs.append(EntitySpec{
        QStringLiteral("rule"),
        NotificationRule::entityKind,
        QStringLiteral("NAME"),
        Scope::Required,
        QString(),
        QString(),
        {
            field("name", "name", Kind::Text, "The rule's name (unique within the site)."),
            field("window", "window", Kind::Window, "When the rule applies."),
            field("method", "method", Kind::Enum, "How the service escalates.", allStrings<RuleMethod>()),
            field("escalation-contact", "escalation_contacts", Kind::Contacts,
                  "A partner contact to call, by name (repeatable, at most 2)."),
            field("email-recipient", "email_recipients", Kind::List, "An address to email (repeatable)."),
            field("call-before-escalating", "call_before_escalating", Kind::Bool,
                  "Call a contact before escalating."),
            field("call-before-contact", "call_before_contact", Kind::Contact,
                  "Whom to call first, by name."),
            field("category", "categories", Kind::List, "A ticket category (repeatable; none: all)."),
        }});
    specs.append(
        EntitySpec{QStringLiteral("contact"),
                   PartnerContact::entityKind,
                   QStringLiteral("NAME"),
                   Scope::None,
                   QString(),
                   QString(),
                   {
                       field("name", "name", Kind::Text, "The contact's name (unique)."),
                       field("email", "email", Kind::Text, "Email address."),
                       field("phone", "phones", Kind::List, "A number, E.164 (repeatable, in order)."),
                       field("availability", "availability", Kind::Windows,
                             "When the contact can be reached (repeatable)."),
                   }});
    specs.append(EntitySpec{QStringLiteral("approval-type"),
                            ApprovalType::entityKind,
                            QStringLiteral("KEY"),
                            Scope::None,
                            QString(),
                            QString(),
                            {
                                field("key", "key", Kind::Text, "snake_case key (unique)."),
                                field("name", "name", Kind::Text, "The name people see."),
                            }});
    specs.append(EntitySpec{
        QStringLiteral("credential"),
        CredentialRecord::entityKind,
        QStringLiteral("LABEL"),
        Scope::Required,
        QString(),
        QString(),
        {
            field("label", "label", Kind::Text, "The label (unique within the site)."),
            field("kind", "kind", Kind::Enum, "What kind of account.", allStrings<CredentialKind>()),
            field("system", "system", Kind::Text, "Host, domain or URL."),
            field("username", "username", Kind::Text, "The account's user name."),
            field("has-mfa", "has_mfa", Kind::Bool, "Whether the account requires MFA."),
            field("rotation-interval-days", "rotation_interval_days", Kind::Integer,
                  "Days between rotations (0: none)."),
            field("last-rotated", "last_rotated", Kind::Date, "When the secret was last changed."),
            field("force-change-at-next-logon", "force_change_at_next_logon", Kind::Bool,
                  "Whether the user must change it at next logon."),
        }});
    return specs;
}

QString quoted(const QString& option, const QString& value) {
    return QStringLiteral("--%1 \"%2\"").arg(option, value);
}

// The value of a single-valued option; an error when it was given more than once.
std::optional<QString> single(const FieldSpec& field, const QStringList& values, QString* value) {
    if (values.size() > 1)
        return tr("--%1 was given %2 times; give it once").arg(field.option).arg(values.size());
    *value = values.value(0);
    return std::nullopt;
}

// The items of a repeated option: a single "" clears the list.
QStringList items(const QStringList& values) {
    QStringList result;
    for (const QString& value : values) {
        if (!value.trimmed().isEmpty())
            result << value.trimmed();
    }
    return result;
}

std::optional<QList<Weekday>> parseDays(const QString& text) {
    const QList<Weekday> week = allValues<Weekday>();
    QList<Weekday> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().toLower().split(QLatin1Char('-'));
        if (range.size() > 2)
            return std::nullopt;
        const auto from = fromString<Weekday>(range.first());
        const auto to = fromString<Weekday>(range.last());
        if (!from || !to || *to < *from)
            return std::nullopt;
        for (int day = int(*from); day <= int(*to); ++day)
            days << Weekday(day);
    }
    if (days.isEmpty())
        return std::nullopt;
    return days;
}

} // namespace

const FieldSpec* EntitySpec::fieldForKey(const QString& key) const {
    static const QRegularExpression head(QStringLiteral("^[a-z_0-9]+"));
    const QString first = head.match(key).captured();
    for (const FieldSpec& f : fields) {
        if (f.key == first || (f.key == QLatin1String("person_id") && first == QLatin1String("person_kind")))
            return &f;
    }
    return nullptr;
}

const QList<EntitySpec>& entitySpecs() {
    static const QList<EntitySpec> specs = makeSpecs();
    return specs;
}

const EntitySpec* entitySpec(const QString& command) {
    for (const EntitySpec& spec : entitySpecs()) {
        if (spec.command == command)
            return &spec;
    }
    return nullptr;
}

std::optional<TimeWindow> parseTimeWindow(const QString& text, QString* error) {
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString shape = tr(
        "expected DAYS HH:MM-HH:MM TIME_ZONE, such as \"mon,tue,wed,thu,fri 08:00-18:00 America/New_York\"");
    if (parts.size() != 3) {
        *error = shape;
        return std::nullopt;
    }
    const auto days = parseDays(parts.at(0));
    if (!days) {
        *error = tr("\"%1\" is not a list of days; use %2 separated by commas (or a range like mon-fri)")
                     .arg(parts.at(0), allStrings<Weekday>().join(QLatin1Char(',')));
        return std::nullopt;
    }
    const QStringList times = parts.at(1).split(QLatin1Char('-'));
    const auto start = times.size() == 2 ? JsonReader::parseTime(times.at(0)) : std::nullopt;
    const auto end = times.size() == 2 ? JsonReader::parseTime(times.at(1)) : std::nullopt;
    if (!start || !end) {
        *error = tr("\"%1\" is not a time range; use HH:MM-HH:MM, such as 08:00-18:00").arg(parts.at(1));
        return std::nullopt;
    }
    if (!TimeWindow::isValidTimeZone(parts.at(2))) {
        *error = tr("\"%1\" is not a time zone; use an IANA id such as America/New_York").arg(parts.at(2));
        return std::nullopt;
    }
    TimeWindow window;
    window.days = std::set<Weekday>(days->cbegin(), days->cend());
    window.start = *start;
    window.end = *end;
    window.timeZone = parts.at(2);
    if (const FieldErrors errors = window.validate(); !errors.isEmpty()) {
        *error = errors.constFirst().message;
        return std::nullopt;
    }
    return window;
}

std::optional<QString> applyField(const FieldSpec& field, const QStringList& values,
                                  const FieldContext& context, QJsonObject* json) {
    const QString& key = field.key;
    QString value;
    switch (field.kind) {
    case Kind::Text:
        if (auto e = single(field, values, &value))
            return e;
        json->insert(key, value);
        return std::nullopt;
    case Kind::List:
        json->insert(key, json::fromStrings(items(values)));
        return std::nullopt;
    case Kind::Bool:
        if (auto e = single(field, values, &value))
            return e;
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return tr("%1: use yes or no").arg(quoted(field.option, value));
        json->insert(key, value == QLatin1String("yes"));
        return std::nullopt;
    case Kind::Integer: {
        if (auto e = single(field, values, &value))
            return e;
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        if (!ok)
            return tr("%1: use a whole number").arg(quoted(field.option, value));
        json->insert(key, number);
        return std::nullopt;
    }
    case Kind::Date: {
        if (auto e = single(field, values, &value))
            return e;
        if (value.isEmpty() || value == QLatin1String("none")) {
            json->insert(key, QJsonValue(QJsonValue::Null));
            return std::nullopt;
        }
        const auto date = JsonReader::parseDate(value.trimmed());
        if (!date)
            return tr("%1: use a date as YYYY-MM-DD, or none").arg(quoted(field.option, value));
        json->insert(key, json::fromDate(*date));
        return std::nullopt;
    }
    case Kind::Enum:
        if (auto e = single(field, values, &value))
            return e;
        if (!field.choices.contains(value))
            return tr("%1: use one of %2")
                .arg(quoted(field.option, value), field.choices.join(QStringLiteral(", ")));
        json->insert(key, value);
        return std::nullopt;
    case Kind::Window: {
        if (auto e = single(field, values, &value))
            return e;
        QString error;
        const auto window = parseTimeWindow(value, &error);
        if (!window)
            return tr("%1: %2").arg(quoted(field.option, value), error);
        json->insert(key, window->toJson());
        return std::nullopt;
    }
    case Kind::Windows: {
        QList<TimeWindow> windows;
        for (const QString& text : items(values)) {
            QString error;
            const auto window = parseTimeWindow(text, &error);
            if (!window)
                return tr("%1: %2").arg(quoted(field.option, text), error);
            windows << *window;
        }
        json->insert(key, json::fromWindows(windows));
        return std::nullopt;
    }
    case Kind::Sla: {
        static const QRegularExpression shape(QStringLiteral("^p([1-4])=(\\d+)/(\\d+)$"));
        QJsonObject sla = json->value(key).toObject();
        for (const QString& text : values) {
            const QRegularExpressionMatch match = shape.match(text.trimmed().toLower());
            if (!match.hasMatch())
                return tr("%1: use pN=RESPONSE/RESOLUTION in minutes, such as p1=15/240 (N from 1 to 4)")
                    .arg(quoted(field.option, text));
            sla.insert(QStringLiteral("p") + match.captured(1),
                       QJsonObject{{QStringLiteral("response_minutes"), match.captured(2).toInt()},
                                   {QStringLiteral("resolution_minutes"), match.captured(3).toInt()}});
        }
        json->insert(key, sla);
        return std::nullopt;
    }
    case Kind::ParentSite: {
        if (auto e = single(field, values, &value))
            return e;
        if (value.trimmed().isEmpty()) {
            json->insert(key, QJsonValue(QJsonValue::Null));
            return std::nullopt;
        }
        const auto site = context.lookup.site(value);
        if (!site)
            return tr("%1: %2").arg(quoted(field.option, value), site.error().message);
        json->insert(key, json::fromUuid(site->id));
        return std::nullopt;
    }
    case Kind::Contact: {
        if (auto e = single(field, values, &value))
            return e;
        if (value.trimmed().isEmpty()) {
            json->insert(key, QJsonValue(QJsonValue::Null));
            return std::nullopt;
        }
        const auto contact = context.lookup.contactByNameOrEmail(value);
        if (!contact)
            return tr("%1: %2").arg(quoted(field.option, value), contact.error().message);
        json->insert(key, json::fromUuid(contact->id));
        return std::nullopt;
    }
    case Kind::Contacts: {
        QList<QUuid> ids;
        for (const QString& text : items(values)) {
            const auto contact = context.lookup.contactByNameOrEmail(text);
            if (!contact)
                return tr("%1: %2").arg(quoted(field.option, text), contact.error().message);
            ids << contact->id;
        }
        json->insert(key, json::fromUuids(ids));
        return std::nullopt;
    }
    case Kind::Person: {
        if (auto e = single(field, values, &value))
            return e;
        const auto person = context.lookup.person(value, context.siteId);
        if (!person)
            return tr("%1: %2").arg(quoted(field.option, value), person.error().message);
        json->insert(QStringLiteral("person_kind"), toString(person->kind));
        json->insert(key, json::fromUuid(person->id));
        return std::nullopt;
    }
    case Kind::Owner: {
        if (auto e = single(field, values, &value))
            return e;
        // An owner is text; a profile's email or a contact's name becomes that person's name.
        const auto person = value.trimmed().isEmpty() ? Result<RecordLookup::Person>(Error{})
                                                      : context.lookup.person(value, context.siteId);
        json->insert(key, person ? person->name : value.trimmed());
        return std::nullopt;
    }
    case Kind::ApprovalType: {
        if (auto e = single(field, values, &value))
            return e;
        const auto type = context.lookup.approvalType(value);
        if (!type)
            return tr("%1: %2").arg(quoted(field.option, value), type.error().message);
        json->insert(key, type->key);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString valueName(const FieldSpec& field) {
    switch (field.kind) {
    case Kind::Text:
    case Kind::List:
        return QStringLiteral("TEXT");
    case Kind::Bool:
        return QStringLiteral("yes|no");
    case Kind::Integer:
        return QStringLiteral("N");
    case Kind::Date:
        return QStringLiteral("YYYY-MM-DD");
    case Kind::Enum:
        return field.choices.size() <= 4 ? field.choices.join(QLatin1Char('|')) : QStringLiteral("VALUE");
    case Kind::Window:
    case Kind::Windows:
        return QStringLiteral("\"DAYS HH:MM-HH:MM ZONE\"");
    case Kind::Sla:
        return QStringLiteral("pN=RESPONSE/RESOLUTION");
    case Kind::ParentSite:
        return QStringLiteral("SITE");
    case Kind::Contact:
    case Kind::Contacts:
        return QStringLiteral("CONTACT");
    case Kind::Person:
    case Kind::Owner:
        return QStringLiteral("EMAIL|CONTACT");
    case Kind::ApprovalType:
        return QStringLiteral("KEY");
    }
    return QStringLiteral("VALUE");
}

QString optionSynopsis(const EntitySpec& spec) {
    QStringList parts;
    for (const FieldSpec& f : spec.fields) {
        const bool repeated = f.kind == Kind::List || f.kind == Kind::Windows || f.kind == Kind::Sla ||
                              f.kind == Kind::Contacts;
        parts << QStringLiteral("[--%1 %2]%3")
                     .arg(f.option, valueName(f), repeated ? QStringLiteral("...") : QString());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace sitekeeper
