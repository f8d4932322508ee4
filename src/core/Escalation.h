#pragma once

#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// A ticket the service assigned back to the partner, imported from the PSA for the weekly review.
struct Escalation {
    static constexpr const char* entityName = "escalation";

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
    // ISO date, so that escalations sort by date.
    QString displayKey() const { return date.toString(Qt::ISODate); }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Escalation)
};

} // namespace sitekeeper
