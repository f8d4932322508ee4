// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

#include "ApprovalType.h"
#include "Approver.h"
#include "ClientProfile.h"
#include "CredentialRecord.h"
#include "Escalation.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "Reference.h"
#include "Site.h"

#include <QCoreApplication>

namespace sitekeeper::protocol {

namespace {

template <class T>
CheckedRecord check(const QJsonObject& json) {
    CheckedRecord checked;
    const T entity = T::fromJson(json, &checked.errors);
    checked.errors += entity.validate();
    checked.record = entity.toJson();
    return checked;
}

} // namespace

CheckedRecord checkRecord(const QString& entity, const QJsonObject& json) {
    if (entity == QLatin1String(Site::entityName))
        return check<Site>(json);
    if (entity == QLatin1String(ClientProfile::entityName))
        return check<ClientProfile>(json);
    if (entity == QLatin1String(Reference::entityName))
        return check<Reference>(json);
    if (entity == QLatin1String(ApprovalType::entityName))
        return check<ApprovalType>(json);
    if (entity == QLatin1String(Approver::entityName))
        return check<Approver>(json);
    if (entity == QLatin1String(NotificationRule::entityName))
        return check<NotificationRule>(json);
    if (entity == QLatin1String(PartnerContact::entityName))
        return check<PartnerContact>(json);
    if (entity == QLatin1String(CredentialRecord::entityName))
        return check<CredentialRecord>(json);
    if (entity == QLatin1String(Escalation::entityName))
        return check<Escalation>(json);
    CheckedRecord unknown;
    unknown.errors.append(
        {QStringLiteral("entity"),
         QCoreApplication::translate("sitekeeper::protocol", "is not an entity this server knows")});
    return unknown;
}

} // namespace sitekeeper::protocol
