// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerContact.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

FieldErrors PartnerContact::validate() const {
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.line(QStringLiteral("name"), name, Validator::Presence::Required);
    v.email(QStringLiteral("email"), email);
    v.phones(QStringLiteral("phones"), phones);
    v.windows(QStringLiteral("availability"), availability);
    return v.errors();
}

QJsonObject PartnerContact::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("phones"), json::fromStrings(phones)},
        {QStringLiteral("availability"), json::fromWindows(availability)},
    };
}

PartnerContact PartnerContact::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    PartnerContact contact;
    contact.id = r.uuid("id");
    contact.name = r.string("name");
    contact.email = r.string("email");
    contact.phones = r.stringList("phones");
    contact.availability = r.timeWindows("availability");
    return contact;
}

} // namespace sitekeeper
