// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// An end user at a site. Profiles are disabled, never deleted.
struct ClientProfile {
    static constexpr EntityKind entityKind = EntityKind::ClientProfile;

    QUuid id;
    QUuid siteId;
    QString fullName;
    QString email;
    QString officePhone; // E.164 or empty
    QString mobilePhone; // E.164 or empty
    QString title;
    bool vip = false;
    ProfileStatus status = ProfileStatus::Active;
    // Digits dialled after officePhone ("204"), or empty. Last, so that positional initialisers of
    // the fields above stay as they were.
    QString officeExtension;

    bool operator==(const ClientProfile&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static ClientProfile fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return fullName; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ClientProfile)
};

} // namespace sitekeeper
