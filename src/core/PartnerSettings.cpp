// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerSettings.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

#include <QJsonArray>

namespace sitekeeper {

namespace {

constexpr int maxTerms = 500;
constexpr int maxTextLength = 500;

} // namespace

QUuid PartnerSettings::recordId() {
    static const QUuid id = QUuid::fromString(QStringLiteral("5e77a1c0-0000-4000-8000-000000000001"));
    return id;
}

PartnerSettings PartnerSettings::defaults() {
    PartnerSettings settings;
    // The service vendor's names: technicians paste reference titles into case notes.
    settings.check.forbiddenTerms = {QStringLiteral("ConnectWise"), QStringLiteral("Continuum")};
    return settings;
}

QString PartnerSettings::displayKey() const {
    return check.partnerName.isEmpty() ? tr("Partner settings")
                                       : tr("Partner settings of %1").arg(check.partnerName);
}

FieldErrors PartnerSettings::validate() const {
    Validator v;
    if (id != recordId())
        v.add(QStringLiteral("id"),
              tr("The partner settings have the id %1.").arg(recordId().toString(QUuid::WithoutBraces)));
    if (check.partnerName.size() > maxTextLength)
        v.add(QStringLiteral("partner_name"),
              tr("The partner name is longer than %1 characters.").arg(maxTextLength));
    if (check.forbiddenTerms.size() > maxTerms)
        v.add(QStringLiteral("forbidden_terms"), tr("At most %1 forbidden terms.").arg(maxTerms));
    for (const QString& term : check.forbiddenTerms) {
        if (term.trimmed().isEmpty() || term.size() > maxTextLength) {
            v.add(QStringLiteral("forbidden_terms"),
                  tr("A forbidden term must be 1 to %1 characters.").arg(maxTextLength));
            break;
        }
    }
    if (check.requiredApprovalTypes.size() > maxTerms)
        v.add(QStringLiteral("required_approval_types"), tr("At most %1 approval types.").arg(maxTerms));
    if (check.referenceDueSoonDays < 0 || check.referenceDueSoonDays > 365)
        v.add(QStringLiteral("reference_due_soon_days"), tr("Between 0 and 365 days."));
    if (check.approverReviewDays < 1 || check.approverReviewDays > 3650)
        v.add(QStringLiteral("approver_review_days"), tr("Between 1 and 3650 days."));
    if (!helpDesk.phone.isEmpty())
        v.phones(QStringLiteral("help_desk_phone"), {helpDesk.phone});
    if (!helpDesk.email.isEmpty() && !Validator::isValidEmail(helpDesk.email))
        v.add(QStringLiteral("help_desk_email"), tr("\"%1\" is not an email address.").arg(helpDesk.email));
    if (helpDesk.chatUrl.size() > 2000)
        v.add(QStringLiteral("help_desk_chat_url"), tr("The chat address is longer than 2000 characters."));
    return v.errors();
}

QJsonObject PartnerSettings::toJson() const {
    QJsonArray topics;
    for (ReferenceTopic topic : check.requiredTopics)
        topics.append(toString(topic));
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(recordId())},
        {QStringLiteral("partner_name"), check.partnerName},
        {QStringLiteral("forbidden_terms"), json::fromStrings(check.forbiddenTerms)},
        {QStringLiteral("required_topics"), topics},
        {QStringLiteral("required_approval_types"), json::fromStrings(check.requiredApprovalTypes)},
        {QStringLiteral("reference_due_soon_days"), check.referenceDueSoonDays},
        {QStringLiteral("approver_review_days"), check.approverReviewDays},
        {QStringLiteral("help_desk_phone"), helpDesk.phone},
        {QStringLiteral("help_desk_email"), helpDesk.email},
        {QStringLiteral("help_desk_chat_url"), helpDesk.chatUrl},
    };
}

PartnerSettings PartnerSettings::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    PartnerSettings settings;
    const QUuid id = r.uuid("id");
    if (!id.isNull() && id != recordId() && errors)
        errors->append(
            {QStringLiteral("id"),
             tr("The partner settings have the id %1.").arg(recordId().toString(QUuid::WithoutBraces))});
    settings.check.partnerName = r.string("partner_name");
    settings.check.forbiddenTerms = r.stringList("forbidden_terms");
    if (json.contains(QStringLiteral("required_topics"))) {
        settings.check.requiredTopics.clear();
        for (const QString& key : r.stringList("required_topics")) {
            if (const auto topic = fromString<ReferenceTopic>(key))
                settings.check.requiredTopics.append(*topic);
            else
                r.addError(r.field("required_topics"), tr("\"%1\" is not a reference topic.").arg(key));
        }
    }
    settings.check.requiredApprovalTypes = r.stringList("required_approval_types");
    settings.check.referenceDueSoonDays =
        r.integer("reference_due_soon_days", settings.check.referenceDueSoonDays);
    settings.check.approverReviewDays = r.integer("approver_review_days", settings.check.approverReviewDays);
    settings.helpDesk.phone = r.string("help_desk_phone");
    settings.helpDesk.email = r.string("help_desk_email");
    settings.helpDesk.chatUrl = r.string("help_desk_chat_url");
    return settings;
}

} // namespace sitekeeper
