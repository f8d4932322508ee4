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

// What the technicians need to know about a credential, without the secret: that lives only in the
// OS keychain under `keychainRef`.
struct CredentialRecord {
    static constexpr EntityKind entityKind = EntityKind::Credential;

    QUuid id;
    QUuid siteId;
    QString label;
    CredentialKind kind = CredentialKind::DomainAdmin;
    QString system; // host, domain or URL
    QString username;
    bool hasMfa = false;
    bool hasTotp = false;
    int rotationIntervalDays = 0; // 0: no rotation
    QDate lastRotated;            // null: never
    bool forceChangeAtNextLogon = false;
    QString keychainRef; // empty until a secret is stored

    bool operator==(const CredentialRecord&) const = default;

    // "sitekeeper/<workspace-id>/<credential-id>", ids lowercase without braces.
    static QString keychainRefFor(QUuid workspaceId, QUuid credentialId);

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static CredentialRecord fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return label; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CredentialRecord)
};

} // namespace sitekeeper
