// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// What the technicians need to know about a credential, without the secret: that lives only in the
// OS keychain of each desk that may read it, under a key computed there from the workspace's and the
// credential's ids (`keychainRefFor`). `keychainRef` records that key on the desk that stored the
// secret; it is never used to address the keychain, because pulled data must not choose the entry.
//
// Sharing: `sharedWith` says who may read the secret ("team": every member who may edit, "service":
// the service's technicians, or a member's email). `sealed` holds the secret sealed for each of them
// (recipient: a member's id, or "service"), so that the server relays it without reading it;
// `readers` names every member who has held a sealed copy since the secret was last rotated (SK606
// asks for a rotation when one of them leaves).
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
    QString keychainRef;           // empty until a secret is stored
    QStringList sharedWith;        // "team", "service", emails; sorted, no duplicates
    QMap<QString, QString> sealed; // recipient (member id, or "service") -> sealed box in base64
    QList<QUuid> readers;          // members who held a sealed copy of the current secret; sorted

    bool operator==(const CredentialRecord&) const = default;

    static constexpr const char* team = "team";
    static constexpr const char* service = "service";
    // A sealed box of the largest secret (16 KiB) in base64, with room to spare.
    static constexpr qsizetype maxSealedBoxChars = 24 * 1024;
    static constexpr qsizetype maxRecipients = 500;

    // Whether `word` is "team", "service" or an email, as `sharedWith` holds it (lower case).
    static QString normalisedShare(const QString& word);

    // "sitekeeper/<workspace-id>/<credential-id>", ids lowercase without braces.
    static QString keychainRefFor(QUuid workspaceId, QUuid credentialId);

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static CredentialRecord fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return label; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CredentialRecord)
};

} // namespace sitekeeper
