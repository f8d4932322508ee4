// SPDX-License-Identifier: GPL-3.0-or-later
#include "Approver.h"

#include "ApprovalType.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

FieldErrors Approver::validate() const {
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId);
    if (approvalType.isEmpty())
        v.add(QStringLiteral("approval_type"), tr("Choose the approval type this approver is for."));
    else if (!ApprovalType::isValidKey(approvalType))
        v.add(QStringLiteral("approval_type"),
              tr("\"%1\" is not an approval type key; keys look like \"new_user_setup\".").arg(approvalType));
    if (personId.isNull())
        v.add(QStringLiteral("person_id"), tr("Choose who approves: an on-site user or a partner contact."));
    v.phones(QStringLiteral("phones"), phones);
    return v.errors();
}

QJsonObject Approver::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("approval_type"), approvalType},
        {QStringLiteral("person_kind"), toString(personKind)},
        {QStringLiteral("person_id"), json::fromUuid(personId)},
        {QStringLiteral("phones"), json::fromStrings(phones)},
        {QStringLiteral("automated_approval"), automatedApproval},
        {QStringLiteral("sms_authentication"), smsAuthentication},
        {QStringLiteral("authenticate_approver_with_mobile"), authenticateApproverWithMobile},
        {QStringLiteral("authenticate_requestor_with_mobile"), authenticateRequestorWithMobile},
        {QStringLiteral("last_reviewed"), json::fromDate(lastReviewed)},
    };
}

Approver Approver::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    Approver approver;
    approver.id = r.uuid("id");
    approver.siteId = r.uuid("site_id");
    approver.approvalType = r.string("approval_type");
    approver.personKind = r.enumValue("person_kind", approver.personKind);
    approver.personId = r.uuid("person_id");
    approver.phones = r.stringList("phones");
    approver.automatedApproval = r.boolean("automated_approval");
    approver.smsAuthentication = r.boolean("sms_authentication");
    approver.authenticateApproverWithMobile = r.boolean("authenticate_approver_with_mobile");
    approver.authenticateRequestorWithMobile = r.boolean("authenticate_requestor_with_mobile");
    approver.lastReviewed = r.date("last_reviewed");
    return approver;
}

} // namespace sitekeeper
