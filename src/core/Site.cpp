// SPDX-License-Identifier: GPL-3.0-or-later
#include "Site.h"

#include "Country.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

QString Site::priorityKey(int index) {
    return QStringLiteral("p%1").arg(index + 1);
}

QString Site::phoneRegion(const QString& fallback) const {
    if (!country.isEmpty())
        return country;
    if (const QString zoneCountry = Country::ofTimeZone(timeZone); !zoneCountry.isEmpty())
        return zoneCountry;
    return fallback;
}

QString Site::answerAsName(const QString& partnerName) const {
    switch (answerAs) {
    case AnswerAs::PartnerName:
        return partnerName.trimmed();
    case AnswerAs::SiteName:
        return name.trimmed();
    case AnswerAs::Default:
        return QStringLiteral("Technical Support");
    case AnswerAs::Custom:
        return answerAsText.trimmed();
    }
    return {};
}

FieldErrors Site::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.line(QStringLiteral("name"), name, P::Required);
    if (!parentId.isNull() && parentId == id)
        v.add(QStringLiteral("parent_id"),
              tr("A site cannot be its own parent; choose another site or none."));
    v.timeZone(QStringLiteral("time_zone"), timeZone, P::Optional);
    if (!country.isEmpty() && (!Country::isCode(country) || country != country.toUpper()))
        v.add(QStringLiteral("country"),
              tr("\"%1\" is not a country code; write the two capital letters of ISO 3166, such as FR.")
                  .arg(country));
    v.windows(QStringLiteral("business_hours"), businessHours);
    if (answerAs == AnswerAs::Custom)
        v.line(QStringLiteral("answer_as_text"), answerAsText, P::Required);
    else
        v.line(QStringLiteral("answer_as_text"), answerAsText, P::Optional);
    v.emailDomains(QStringLiteral("email_domains"), emailDomains);
    v.line(QStringLiteral("device_naming_scheme"), deviceNamingScheme, P::Optional);
    v.line(QStringLiteral("contract_tier"), contractTier, P::Optional);
    for (int i = 0; i < priorityCount; ++i) {
        const QString prefix = QStringLiteral("sla.") + priorityKey(i) + QLatin1Char('.');
        const SlaTarget& target = sla.at(static_cast<size_t>(i));
        v.notNegative(prefix + QStringLiteral("response_minutes"), target.responseMinutes);
        v.notNegative(prefix + QStringLiteral("resolution_minutes"), target.resolutionMinutes);
        if (target.responseMinutes > 0 && target.resolutionMinutes > 0 &&
            target.resolutionMinutes < target.responseMinutes)
            v.add(prefix + QStringLiteral("resolution_minutes"),
                  tr("The resolution target (%1 min) is shorter than the response target (%2 min); raise it.")
                      .arg(target.resolutionMinutes)
                      .arg(target.responseMinutes));
    }
    v.text(QStringLiteral("scope_notes"), scopeNotes);
    v.line(QStringLiteral("champion"), champion, P::Optional);
    return v.errors();
}

QJsonObject Site::toJson() const {
    QJsonObject slaObject;
    for (int i = 0; i < priorityCount; ++i) {
        const SlaTarget& target = sla.at(static_cast<size_t>(i));
        slaObject.insert(priorityKey(i),
                         QJsonObject{{QStringLiteral("response_minutes"), target.responseMinutes},
                                     {QStringLiteral("resolution_minutes"), target.resolutionMinutes}});
    }
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("name"), name},
        {QStringLiteral("parent_id"), json::fromUuid(parentId)},
        {QStringLiteral("coverage"), toString(coverage)},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("country"), country},
        {QStringLiteral("business_hours"), json::fromWindows(businessHours)},
        {QStringLiteral("answer_as"), toString(answerAs)},
        {QStringLiteral("answer_as_text"), answerAsText},
        {QStringLiteral("email_domains"), json::fromStrings(emailDomains)},
        {QStringLiteral("holds_servers"), holdsServers},
        {QStringLiteral("device_naming_scheme"), deviceNamingScheme},
        {QStringLiteral("contract_tier"), contractTier},
        {QStringLiteral("sla"), slaObject},
        {QStringLiteral("scope_notes"), scopeNotes},
        {QStringLiteral("activation_status"), toString(activationStatus)},
        {QStringLiteral("go_live_date"), json::fromDate(goLiveDate)},
        {QStringLiteral("champion"), champion},
    };
}

Site Site::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    Site site;
    site.id = r.uuid("id");
    site.name = r.string("name");
    site.parentId = r.uuid("parent_id");
    site.coverage = r.enumValue("coverage", site.coverage);
    site.timeZone = r.string("time_zone");
    site.country = r.string("country");
    site.businessHours = r.timeWindows("business_hours");
    site.answerAs = r.enumValue("answer_as", site.answerAs);
    site.answerAsText = r.string("answer_as_text");
    site.emailDomains = r.stringList("email_domains");
    site.holdsServers = r.boolean("holds_servers");
    site.deviceNamingScheme = r.string("device_naming_scheme");
    site.contractTier = r.string("contract_tier");
    const QJsonObject slaObject = r.object("sla");
    for (int i = 0; i < priorityCount; ++i) {
        const QString key = priorityKey(i);
        const QJsonValue value = slaObject.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isObject()) {
            r.addError(QStringLiteral("sla.") + key, tr("expected an object with response_minutes and "
                                                        "resolution_minutes"));
            continue;
        }
        const JsonReader target(value.toObject(), errors, QStringLiteral("sla.") + key + QLatin1Char('.'));
        site.sla[static_cast<size_t>(i)] =
            SlaTarget{target.integer("response_minutes"), target.integer("resolution_minutes")};
    }
    site.scopeNotes = r.string("scope_notes");
    site.activationStatus = r.enumValue("activation_status", site.activationStatus);
    site.goLiveDate = r.date("go_live_date");
    site.champion = r.string("champion");
    return site;
}

} // namespace sitekeeper
