// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldLabels.h"

#include <QHash>

namespace sitekeeper {

namespace {

struct Label {
    const char* entity; // empty: any entity
    const char* field;
    const char* text;
};

// Worded as the editors' forms word them.
constexpr Label labelTable[] = {
    {"", "name", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Name")},
    {"", "email", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Email")},
    {"", "status", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Status")},
    {"", "site_id", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Site")},
    {"", "last_reviewed", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Last reviewed")},
    {"", "phones", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Phone numbers")},
    {"", "time_zone", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Time zone")},
    {"site", "country", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Country")},
    {"site", "parent_id", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Part of")},
    {"site", "coverage", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Coverage")},
    {"site", "business_hours", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Business hours")},
    {"site", "answer_as", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Answer as")},
    {"site", "answer_as_text", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Custom answer")},
    {"site", "email_domains", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Email domains")},
    {"site", "holds_servers", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Servers")},
    {"site", "device_naming_scheme", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Device naming")},
    {"site", "contract_tier", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Contract tier")},
    {"site", "sla", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Service levels")},
    {"site", "scope_notes", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Scope notes")},
    {"site", "activation_status", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Activation")},
    {"site", "go_live_date", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Go-live date")},
    {"site", "champion", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Champion")},
    {"client_profile", "full_name", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Full name")},
    {"client_profile", "office_phone", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Office phone")},
    {"client_profile", "office_extension", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Office extension")},
    {"client_profile", "mobile_phone", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Mobile phone")},
    {"client_profile", "title", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Job title")},
    {"client_profile", "vip", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "VIP")},
    {"reference", "title", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Title")},
    {"reference", "topic", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Topic")},
    {"reference", "body", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Body")},
    {"reference", "owner", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Owner")},
    {"reference", "review_interval_days",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Review every (days)")},
    {"approver", "approval_type", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Approval type")},
    {"approver", "person_kind", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Approver is")},
    {"approver", "person_id", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Person")},
    {"approver", "automated_approval", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Automated approval")},
    {"approver", "sms_authentication", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "SMS authentication")},
    {"approver", "authenticate_approver_with_mobile",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Authenticate approver")},
    {"approver", "authenticate_requestor_with_mobile",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Authenticate requestor")},
    {"notification_rule", "window", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "When")},
    {"notification_rule", "method", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Method")},
    {"notification_rule", "escalation_contacts",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Escalation contacts")},
    {"notification_rule", "email_recipients",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Email recipients")},
    {"notification_rule", "call_before_escalating",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Call before escalating")},
    {"notification_rule", "call_before_contact",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Call-before contact")},
    {"notification_rule", "categories", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Categories")},
    {"partner_contact", "availability", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Availability")},
    {"approval_type", "key", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Key")},
    {"credential", "label", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Label")},
    {"credential", "kind", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Kind")},
    {"credential", "system", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "System or URL")},
    {"credential", "username", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Username")},
    {"credential", "has_mfa", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "MFA")},
    {"credential", "rotation_interval_days",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Rotate every (days)")},
    {"credential", "last_rotated", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Last rotated")},
    {"credential", "force_change_at_next_logon",
     QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Force change")},
    {"escalation", "date", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Date")},
    {"escalation", "category", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Category")},
    {"escalation", "reason", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Reason")},
    {"escalation", "ticket", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Ticket")},
    {"escalation", "summary", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "Summary")},
    // The special "fields" of sync conflicts about a whole record (see SyncEngine).
    {"", "(deleted)", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "The whole record (deleted on one side)")},
    {"", "(invalid)", QT_TRANSLATE_NOOP("sitekeeper::FieldLabels", "The whole record (refused as invalid)")},
};

const QHash<QString, const char*>& table() {
    static const QHash<QString, const char*> labels = [] {
        QHash<QString, const char*> byKey;
        for (const Label& label : labelTable)
            byKey.insert(QLatin1String(label.entity) + QLatin1Char('/') + QLatin1String(label.field),
                         label.text);
        return byKey;
    }();
    return labels;
}

} // namespace

QString FieldLabels::label(const QString& entity, const QString& field) {
    const QString key = field.section(QLatin1Char('.'), 0, 0);
    const auto& labels = table();
    auto found = labels.constFind(entity + QLatin1Char('/') + key);
    if (found == labels.cend())
        found = labels.constFind(QLatin1Char('/') + key);
    if (found != labels.cend())
        return tr(found.value());
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString FieldLabels::label(EntityKind kind, const QString& field) {
    return label(entityName(kind), field);
}

QStringList FieldLabels::labels(const QString& entity, const QStringList& fields) {
    QStringList result;
    result.reserve(fields.size());
    for (const QString& field : fields)
        result.append(label(entity, field));
    return result;
}

} // namespace sitekeeper
