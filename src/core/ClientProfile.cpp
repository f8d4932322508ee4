// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientProfile.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "PhoneNumber.h"
#include "Validator.h"

namespace sitekeeper {

FieldErrors ClientProfile::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId);
    v.line(QStringLiteral("full_name"), fullName, P::Required);
    v.email(QStringLiteral("email"), email);
    v.phone(QStringLiteral("office_phone"), officePhone);
    if (!officeExtension.isEmpty()) {
        if (!PhoneNumber::isValidExtension(officeExtension))
            v.add(QStringLiteral("office_extension"),
                  tr("\"%1\" is not an extension; write its digits only (at most 15), such as 204.")
                      .arg(officeExtension));
        else if (officePhone.isEmpty())
            v.add(QStringLiteral("office_extension"),
                  tr("An extension needs the office number it belongs to; enter the office phone."));
    }
    v.phone(QStringLiteral("mobile_phone"), mobilePhone);
    v.line(QStringLiteral("title"), title, P::Optional);
    v.noSecret(QStringLiteral("title"), title);
    return v.errors();
}

QJsonObject ClientProfile::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("email"), email},
        {QStringLiteral("office_phone"), officePhone},
        {QStringLiteral("office_extension"), officeExtension},
        {QStringLiteral("mobile_phone"), mobilePhone},
        {QStringLiteral("title"), title},
        {QStringLiteral("vip"), vip},
        {QStringLiteral("status"), toString(status)},
    };
}

ClientProfile ClientProfile::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    ClientProfile profile;
    profile.id = r.uuid("id");
    profile.siteId = r.uuid("site_id");
    profile.fullName = r.string("full_name");
    profile.email = r.string("email");
    profile.officePhone = r.string("office_phone");
    profile.officeExtension = r.string("office_extension");
    profile.mobilePhone = r.string("mobile_phone");
    profile.title = r.string("title");
    profile.vip = r.boolean("vip");
    profile.status = r.enumValue("status", profile.status);
    return profile;
}

} // namespace sitekeeper
