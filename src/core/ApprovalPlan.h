// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// What the service would do with one approval request at a site ("what if"): which approvers of the
// type it contacts in which order, on which numbers, by text with a web link or by a call, which
// authentication it asks for, and where it would get stuck. When nobody can approve, or an
// authentication fails, the service contacts the partner for next steps.
//
// Mobile or fixed line: libphonenumber decides where the numbering plan tells. Where it cannot (North
// America), the field the number was entered in decides: an approver's number equal to the on-site
// profile's mobile phone was entered as a mobile; any other such number counts as a fixed line, and so
// do a partner contact's numbers, which have no mobile field. The "mobile on file" of a profile is its
// mobile phone; of a partner contact, its first number that libphonenumber says is a mobile.
class ApprovalPlan {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApprovalPlan)

public:
    enum class Delivery {
        TextWithLink, // a text message with a web link to approve
        Call,         // a call for verbal approval
        Unusable,     // not a valid number: the service cannot use it
    };

    struct PhoneStep {
        QString number; // as stored (E.164)
        QString shown;  // international format, or as stored when not valid
        QString region; // "US", "GB", ...; "ZZ" when unknown
        Delivery delivery = Delivery::Call;
        bool tried = true; // false: beyond Approver::triedPhoneCount
        QString note;      // why text or call, or why unusable
    };

    enum class Check {
        AutomatedApproval,
        SmsCode,         // SMS authentication: a code to the approver's mobile
        ApproverMobile,  // after approving, the approver repeats a code texted to the mobile on file
        RequestorMobile, // the requestor repeats a code texted to their mobile on file
    };

    struct Authentication {
        Check check = Check::AutomatedApproval;
        QString number; // the mobile the code goes to (as stored, E.164), empty for none
        QString text;   // what happens, to follow displayName(check) and a colon
    };

    enum class DeadEndKind {
        NoApprover,
        PersonNotFound,
        PersonDisabled,
        NoNumbers,
        NoUsableNumber,
        NoApproverMobile,
        AutomatedAndSms, // the service refuses both at once (SK401)
        RequestorNotFound,
        RequestorDisabled,
        RequestorNoMobile,
    };

    struct DeadEnd {
        DeadEndKind kind = DeadEndKind::NoApprover;
        QString reason; // what is wrong and what to do, translated
    };

    struct Step {
        QUuid approverId;
        PersonKind personKind = PersonKind::ClientProfile;
        QUuid personId;
        QString personName; // empty when the person is not found
        bool requesterIsApprover = false;
        QList<PhoneStep> phones;
        QList<Authentication> authentication; // empty: the approval is taken as given
        QList<DeadEnd> deadEnds;

        bool isDeadEnd() const { return !deadEnds.isEmpty(); }
    };

    // Plans a request of approval type `approvalType` (a key) made by the site's profile `requesterId`.
    static ApprovalPlan build(const SiteData& site, const PartnerData& partner, const QString& approvalType,
                              const QUuid& requesterId);

    QString approvalType() const { return m_approvalType; }
    QString approvalTypeName() const { return m_approvalTypeName; }
    QString requesterName() const { return m_requesterName; } // empty when not found
    // The approvers of the type, in the order the service contacts them.
    QList<Step> steps() const { return m_steps; }
    // Dead ends of the whole request (no approver for the type).
    QList<DeadEnd> deadEnds() const { return m_deadEnds; }
    // Whether at least one approver can be reached and authenticated.
    bool isWorkable() const;

    // The plan as plain text, one numbered line per step: for logs, the CLI and tests.
    QString toText() const;

    static QString displayName(Delivery delivery);
    static QString displayName(Check check);

private:
    QString m_approvalType;
    QString m_approvalTypeName;
    QString m_requesterName;
    QList<Step> m_steps;
    QList<DeadEnd> m_deadEnds;
};

} // namespace sitekeeper
