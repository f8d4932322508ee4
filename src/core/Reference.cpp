// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reference.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

namespace sitekeeper {

FieldErrors Reference::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId, P::Optional);
    v.line(QStringLiteral("title"), title, P::Required);
    v.text(QStringLiteral("body"), body);
    v.line(QStringLiteral("owner"), owner, P::Optional);
    if (reviewIntervalDays < 1)
        v.add(QStringLiteral("review_interval_days"),
              tr("The review interval must be at least one day (it is %1); the usual one is 365.")
                  .arg(reviewIntervalDays));
    return v.errors();
}

QJsonObject Reference::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("title"), title},
        {QStringLiteral("topic"), toString(topic)},
        {QStringLiteral("body"), body},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("last_reviewed"), json::fromDate(lastReviewed)},
        {QStringLiteral("review_interval_days"), reviewIntervalDays},
        {QStringLiteral("status"), toString(status)},
    };
}

Reference Reference::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    Reference reference;
    reference.id = r.uuid("id");
    reference.siteId = r.uuid("site_id");
    reference.title = r.string("title");
    reference.topic = r.enumValue("topic", reference.topic);
    reference.body = r.string("body");
    reference.owner = r.string("owner");
    reference.lastReviewed = r.date("last_reviewed");
    reference.reviewIntervalDays = r.integer("review_interval_days", defaultReviewIntervalDays);
    reference.status = r.enumValue("status", reference.status);
    return reference;
}

} // namespace sitekeeper
