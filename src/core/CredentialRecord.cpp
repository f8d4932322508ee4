// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialRecord.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

QString CredentialRecord::keychainRefFor(QUuid workspaceId, QUuid credentialId) {
    return QStringLiteral("sitekeeper/%1/%2").arg(json::uuidText(workspaceId), json::uuidText(credentialId));
}

FieldErrors CredentialRecord::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId);
    v.line(QStringLiteral("label"), label, P::Required);
    v.line(QStringLiteral("system"), system, P::Optional, Validator::maxLineLength);
    v.line(QStringLiteral("username"), username, P::Optional);
    v.notNegative(QStringLiteral("rotation_interval_days"), rotationIntervalDays);
    if (!keychainRef.isEmpty()) {
        // The reference is to this record's secret: "sitekeeper/<workspace-id>/<credential-id>".
        const QStringList parts = keychainRef.split(QLatin1Char('/'));
        const bool wellFormed = parts.size() == 3 && parts.at(0) == QLatin1String("sitekeeper") &&
                                JsonReader::parseUuid(parts.at(1)).has_value() &&
                                JsonReader::parseUuid(parts.at(2)) == std::optional<QUuid>(id);
        if (!wellFormed)
            v.add(QStringLiteral("keychain_ref"),
                  tr("\"%1\" is not this credential's keychain entry; it must be "
                     "sitekeeper/<workspace-id>/%2. Store the secret again to fix it.")
                      .arg(keychainRef, json::uuidText(id)));
    }
    return v.errors();
}

QJsonObject CredentialRecord::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("label"), label},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("system"), system},
        {QStringLiteral("username"), username},
        {QStringLiteral("has_mfa"), hasMfa},
        {QStringLiteral("has_totp"), hasTotp},
        {QStringLiteral("rotation_interval_days"), rotationIntervalDays},
        {QStringLiteral("last_rotated"), json::fromDate(lastRotated)},
        {QStringLiteral("force_change_at_next_logon"), forceChangeAtNextLogon},
        {QStringLiteral("keychain_ref"), keychainRef},
    };
}

CredentialRecord CredentialRecord::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    CredentialRecord record;
    record.id = r.uuid("id");
    record.siteId = r.uuid("site_id");
    record.label = r.string("label");
    record.kind = r.enumValue("kind", record.kind);
    record.system = r.string("system");
    record.username = r.string("username");
    record.hasMfa = r.boolean("has_mfa");
    record.hasTotp = r.boolean("has_totp");
    record.rotationIntervalDays = r.integer("rotation_interval_days");
    record.lastRotated = r.date("last_rotated");
    record.forceChangeAtNextLogon = r.boolean("force_change_at_next_logon");
    record.keychainRef = r.string("keychain_ref");
    return record;
}

} // namespace sitekeeper
