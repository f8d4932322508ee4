// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "FieldError.h"
#include "TimeWindow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// A technician of the partner (the MSP) whom the service can reach.
struct PartnerContact {
    static constexpr EntityKind entityKind = EntityKind::PartnerContact;

    QUuid id;
    QString name;
    QString email;
    QStringList phones; // E.164, in the order to try
    QList<TimeWindow> availability;

    bool operator==(const PartnerContact&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static PartnerContact fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return name; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PartnerContact)
};

} // namespace sitekeeper
