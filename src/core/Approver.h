// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// Who approves one approval type at one site, and how the service reaches them.
struct Approver {
    static constexpr EntityKind entityKind = EntityKind::Approver;
    // The service tries at most this many numbers (more is a finding, SK404, not an error).
    static constexpr int triedPhoneCount = 2;

    QUuid id;
    QUuid siteId;
    QString approvalType; // an ApprovalType key
    PersonKind personKind = PersonKind::ClientProfile;
    QUuid personId;     // a ClientProfile or PartnerContact id, per personKind
    QStringList phones; // E.164, tried in order
    bool automatedApproval = false;
    bool smsAuthentication = false;
    bool authenticateApproverWithMobile = false;
    bool authenticateRequestorWithMobile = false;
    QDate lastReviewed; // null: never

    bool operator==(const Approver&) const = default;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static Approver fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return approvalType; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Approver)
};

} // namespace sitekeeper
