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

#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// The order of records in the file format and in sorted lists: by display key, then by id.
template <class T>
bool displayOrder(const T& a, const T& b) {
    const int byKey = QString::compare(a.displayKey(), b.displayKey());
    if (byKey != 0)
        return byKey < 0;
    // Ids compare as written in the file, so the order is the one a reader sees.
    return a.id.toString(QUuid::WithoutBraces) < b.id.toString(QUuid::WithoutBraces);
}

// Everything a partner keeps, as flat lists; entities point to their site by `siteId`. The nesting
// by site exists only in the file format (BundleCodec).
struct Bundle {
    QList<Site> sites;
    QList<ClientProfile> profiles;
    QList<Reference> references; // partner-wide ones have a null siteId
    QList<ApprovalType> approvalTypes;
    QList<Approver> approvers;
    QList<NotificationRule> rules;
    QList<PartnerContact> contacts;
    QList<CredentialRecord> credentials;
    QList<Escalation> escalations;

    // A bundle is a set of records: the order of the lists is not part of its value.
    bool operator==(const Bundle& other) const;

    // Sorts every list as the file format does: by display key, then by id.
    void sort();

    bool isEmpty() const;
};

} // namespace sitekeeper
