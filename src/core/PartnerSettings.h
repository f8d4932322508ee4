// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "EntityKind.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// How end users reach the help desk, printed on the client handout (a partner setting).
struct HelpDeskContact {
    QString phone; // E.164
    QString email;
    QString chatUrl;

    bool operator==(const HelpDeskContact&) const = default;
};

// The settings of the whole partner (tenant): what the rulebook reads (CheckSettings: partner name,
// forbidden terms, required topics and approval types, review intervals) and the help desk contact of
// the handouts. One record per tenant, synced like the others under the fixed id `recordId()`; only
// a member with the admin role may change it (protocol/Roles).
struct PartnerSettings {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PartnerSettings)

public:
    static constexpr const char* entityName = "partner_settings";
    static constexpr EntityKind entityKind = EntityKind::PartnerSettings;
    // The one id of the record, the same in every tenant and workspace.
    static QUuid recordId();
    // What holds while no one has saved the settings: the service's recommendations.
    static PartnerSettings defaults();

    QUuid id = recordId(); // always recordId(): code written for every entity reads `id`
    CheckSettings check;
    HelpDeskContact helpDesk;

    bool operator==(const PartnerSettings&) const = default;

    // "Partner settings", for the audit and history.
    QString displayKey() const;
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static PartnerSettings fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

} // namespace sitekeeper
