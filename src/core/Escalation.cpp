// SPDX-License-Identifier: GPL-3.0-or-later
#include "Escalation.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

FieldErrors Escalation::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId);
    if (!date.isValid())
        v.add(QStringLiteral("date"), tr("Enter the date the ticket was escalated (YYYY-MM-DD)."));
    v.line(QStringLiteral("category"), category, P::Optional);
    v.line(QStringLiteral("ticket"), ticket, P::Optional);
    v.text(QStringLiteral("summary"), summary);
    v.noSecret(QStringLiteral("summary"), summary);
    return v.errors();
}

QJsonObject Escalation::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},     {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("date"), json::fromDate(date)}, {QStringLiteral("category"), category},
        {QStringLiteral("reason"), toString(reason)},   {QStringLiteral("ticket"), ticket},
        {QStringLiteral("summary"), summary},
    };
}

QString Escalation::categoryKey(QStringView text) {
    // Accents are dropped by decomposing and keeping the base letters; every other run of characters
    // that are not ASCII letters or digits becomes one underscore.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSeparator = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingSeparator && !key.isEmpty())
                key += QLatin1Char('_');
            pendingSeparator = false;
            key += QChar(u);
        } else {
            pendingSeparator = true;
        }
    }
    return key;
}

QString Escalation::categoryDisplayName(QStringView key) {
    QString name = key.toString();
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

Escalation Escalation::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    Escalation escalation;
    escalation.id = r.uuid("id");
    escalation.siteId = r.uuid("site_id");
    escalation.date = r.date("date");
    escalation.category = r.string("category");
    escalation.reason = r.enumValue("reason", escalation.reason);
    escalation.ticket = r.string("ticket");
    escalation.summary = r.string("summary");
    return escalation;
}

} // namespace sitekeeper
