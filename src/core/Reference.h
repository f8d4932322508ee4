// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// A runbook for technicians, for one site or (null siteId) for the whole partner.
struct Reference {
    static constexpr EntityKind entityKind = EntityKind::Reference;
    static constexpr int defaultReviewIntervalDays = 365;

    QUuid id;
    QUuid siteId; // null: partner-wide
    QString title;
    ReferenceTopic topic = ReferenceTopic::Other;
    QString body; // Markdown
    QString owner;
    QDate lastReviewed; // null: never
    int reviewIntervalDays = defaultReviewIntervalDays;
    ReferenceStatus status = ReferenceStatus::Current;

    bool operator==(const Reference&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static Reference fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return title; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Reference)
};

} // namespace sitekeeper
