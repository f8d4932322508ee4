// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace sitekeeper {

// A ticket the service assigned back to the partner, imported from the PSA for the weekly review.
struct Escalation {
    static constexpr EntityKind entityKind = EntityKind::Escalation;

    QUuid id;
    QUuid siteId;
    QDate date;
    QString category;
    EscalationReason reason = EscalationReason::OutOfScope;
    QString ticket;
    QString summary; // multi-line

    bool operator==(const Escalation&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static Escalation fromJson(const QJsonObject& json, FieldErrors* errors);
    // The snake_case ASCII key of a category as a PSA names it ("Microsoft 365" -> "microsoft_365",
    // "Sécurité" -> "securite"), so that the same category from different exports counts once.
    static QString categoryKey(QStringView text);
    // A category key for people ("microsoft_365" -> "Microsoft 365").
    static QString categoryDisplayName(QStringView key);

    // ISO date, so that escalations sort by date.
    QString displayKey() const { return date.toString(Qt::ISODate); }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Escalation)
};

} // namespace sitekeeper
