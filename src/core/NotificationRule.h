// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"
#include "TimeWindow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// How the service escalates for a site during one time window.
struct NotificationRule {
    static constexpr EntityKind entityKind = EntityKind::NotificationRule;
    static constexpr int maxEscalationContacts = 2;

    QUuid id;
    QUuid siteId;
    QString name;
    TimeWindow window;
    RuleMethod method = RuleMethod::Phone;
    QList<QUuid> escalationContacts; // PartnerContact ids, at most two
    QStringList emailRecipients;
    bool callBeforeEscalating = false;
    QUuid callBeforeContact; // PartnerContact id; required when callBeforeEscalating
    QStringList categories;  // empty: every category

    bool operator==(const NotificationRule&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static NotificationRule fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return name; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::NotificationRule)
};

} // namespace sitekeeper
