// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalType.h"
#include "Approver.h"
#include "ClientProfile.h"
#include "CredentialRecord.h"
#include "Escalation.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "Reference.h"
#include "Site.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace sitekeeper {

// The partner settings the rules read. Defaults are the service's recommendations; the partner may
// change them (Preferences, settings.ini).
struct CheckSettings {
    QString partnerName; // what "Answer As: partner name" says
    QStringList forbiddenTerms;
    QList<ReferenceTopic> requiredTopics{ReferenceTopic::NewUserSetup, ReferenceTopic::UserTermination,
                                         ReferenceTopic::RemoteAccess, ReferenceTopic::Mfa};
    // Approval types (keys) every covered site needs an approver for (SK403). Empty: the types the
    // site's approvers use, plus password resets for another user.
    QStringList requiredApprovalTypes;
    int referenceDueSoonDays = 30;
    int approverReviewDays = 365;

    bool operator==(const CheckSettings&) const = default;
};

// What the vault knows about the credentials' secrets, computed from fingerprints and strength
// (never the secrets themselves).
struct CredentialFacts {
    QSet<QUuid> weak;                 // zxcvbn score below 3 when stored (SK601)
    QHash<QUuid, QList<QUuid>> reuse; // credential id -> the other credentials with the same secret (SK602)
    QHash<QUuid, QString> leavers; // revoked members (id -> name): whose reading calls for a rotation (SK606)
};

// Everything partner-wide the rules read. Loaded once per check.
struct PartnerData {
    QDate today;
    CheckSettings settings;
    QHash<QUuid, PartnerContact> contacts;
    QList<ApprovalType> approvalTypes;
    QList<Reference> references; // the partner-wide ones (siteId null)
    CredentialFacts credentialFacts;

    const PartnerContact* contact(const QUuid& id) const {
        auto it = contacts.constFind(id);
        return it == contacts.constEnd() ? nullptr : &it.value();
    }
};

// One site and everything of it the rules read.
struct SiteData {
    Site site;
    QList<Site> ancestors; // parent first, then its parent ...
    QList<ClientProfile> profiles;
    QList<Reference> references;
    QList<Approver> approvers;
    QList<NotificationRule> rules;
    QList<CredentialRecord> credentials;
    // Active profiles elsewhere (other sites, or this one) that share a normalised email, a mobile, or
    // a name and phone with an active profile of this site: the candidates SK202 compares against.
    QList<ClientProfile> duplicateCandidates;

    // Profiles of this site by id (approvers name them); built on first use.
    const ClientProfile* profile(const QUuid& id) const;

private:
    mutable QHash<QUuid, qsizetype> m_profileIndex;
};

} // namespace sitekeeper
