// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialRecord.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

QString CredentialRecord::keychainRefFor(QUuid workspaceId, QUuid credentialId) {
    return QStringLiteral("sitekeeper/%1/%2").arg(json::uuidText(workspaceId), json::uuidText(credentialId));
}

QString CredentialRecord::normalisedShare(const QString& word) {
    return word.trimmed().toLower();
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
    if (sharedWith.size() > maxRecipients)
        v.add(QStringLiteral("shared_with"),
              tr("A credential is shared with at most %1 recipients.").arg(maxRecipients));
    QStringList emails;
    for (const QString& share : sharedWith) {
        if (share == QLatin1String(team) || share == QLatin1String(service))
            continue;
        if (share != normalisedShare(share))
            v.add(QStringLiteral("shared_with"),
                  tr("\"%1\" must be written in lower case without spaces around it.").arg(share.left(100)));
        emails.append(share);
    }
    v.emails(QStringLiteral("shared_with"), emails);
    if (sealed.size() > maxRecipients)
        v.add(QStringLiteral("sealed"),
              tr("A secret is sealed for at most %1 recipients.").arg(maxRecipients));
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        const bool recipient =
            it.key() == QLatin1String(service) ||
            (JsonReader::parseUuid(it.key()).has_value() && it.key() == it.key().toLower());
        if (!recipient) {
            v.add(QStringLiteral("sealed"),
                  tr("\"%1\" is not a recipient: a member's id or \"service\".").arg(it.key().left(100)));
            break;
        }
        const QString& box = it.value();
        bool base64 = !box.isEmpty() && box.size() <= maxSealedBoxChars && box.size() % 4 == 0;
        for (qsizetype i = 0; base64 && i < box.size(); ++i) {
            const QChar c = box.at(i);
            base64 = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                     (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
                     c == QLatin1Char('/') || (c == QLatin1Char('=') && i >= box.size() - 2);
        }
        if (!base64) {
            v.add(QStringLiteral("sealed"),
                  tr("The sealed copy for %1 is not a sealed box (base64, at most %2 characters).")
                      .arg(it.key().left(100))
                      .arg(maxSealedBoxChars));
            break;
        }
    }
    if (readers.size() > 4 * maxRecipients)
        v.add(QStringLiteral("readers"), tr("At most %1 readers are kept.").arg(4 * maxRecipients));
    return v.errors();
}

QJsonObject CredentialRecord::toJson() const {
    QJsonObject sealedJson;
    for (auto it = sealed.begin(); it != sealed.end(); ++it)
        sealedJson.insert(it.key(), it.value());
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
        {QStringLiteral("shared_with"), json::fromStrings(sharedWith)},
        {QStringLiteral("sealed"), sealedJson},
        {QStringLiteral("readers"), json::fromUuids(readers)},
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
    record.sharedWith = r.stringList("shared_with");
    const QJsonObject sealedJson = r.object("sealed");
    for (auto it = sealedJson.begin(); it != sealedJson.end(); ++it) {
        if (!it.value().isString()) {
            if (errors)
                errors->append({QStringLiteral("sealed"), tr("Each sealed copy must be text (base64).")});
            continue;
        }
        record.sealed.insert(it.key(), it.value().toString());
    }
    record.readers = r.uuidList("readers");
    return record;
}

} // namespace sitekeeper
