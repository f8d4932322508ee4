// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalPlan.h"

#include "PhoneNumber.h"

#include <algorithm>

namespace sitekeeper {

namespace {

bool sameNumber(const QString& a, const QString& b) {
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return false;
    const QString left = PhoneNumber::parse(a).e164();
    const QString right = PhoneNumber::parse(b).e164();
    return left.isEmpty() || right.isEmpty() ? a.trimmed() == b.trimmed() : left == right;
}

QString shownNumber(const QString& number) {
    const PhoneNumber parsed = PhoneNumber::parse(number);
    return parsed.isValid() ? parsed.international() : number;
}

} // namespace

QString ApprovalPlan::displayName(Delivery delivery) {
    switch (delivery) {
    case Delivery::TextWithLink:
        return tr("text message with a web link to approve");
    case Delivery::Call:
        return tr("call for verbal approval");
    case Delivery::Unusable:
        return tr("cannot be used");
    }
    return {};
}

QString ApprovalPlan::displayName(Check check) {
    switch (check) {
    case Check::AutomatedApproval:
        return tr("Automated approval");
    case Check::SmsCode:
        return tr("SMS authentication code");
    case Check::ApproverMobile:
        return tr("Approver authenticated with the mobile on file");
    case Check::RequestorMobile:
        return tr("Requestor authenticated with the mobile on file");
    }
    return {};
}

ApprovalPlan ApprovalPlan::build(const SiteData& site, const PartnerData& partner,
                                 const QString& approvalType, const QUuid& requesterId) {
    ApprovalPlan plan;
    plan.m_approvalType = approvalType;
    plan.m_approvalTypeName = approvalType;
    QList<ApprovalType> known = partner.approvalTypes;
    known += ApprovalType::builtins();
    for (const ApprovalType& type : std::as_const(known)) {
        if (type.key == approvalType) {
            plan.m_approvalTypeName = type.displayName();
            break;
        }
    }

    const ClientProfile* requester = requesterId.isNull() ? nullptr : site.profile(requesterId);
    if (requester)
        plan.m_requesterName = requester->fullName;

    for (const Approver& approver : site.approvers) {
        if (approver.approvalType != approvalType)
            continue;
        Step step;
        step.approverId = approver.id;
        step.personKind = approver.personKind;
        step.personId = approver.personId;
        const auto deadEnd = [&step](DeadEndKind kind, const QString& reason) {
            const bool listed = std::any_of(step.deadEnds.cbegin(), step.deadEnds.cend(),
                                            [kind](const DeadEnd& d) { return d.kind == kind; });
            if (!listed)
                step.deadEnds.append({kind, reason});
        };

        // Who it is, and the mobile on file the authentication codes go to.
        const ClientProfile* profile = nullptr;
        QString mobileOnFile;
        if (approver.personKind == PersonKind::ClientProfile) {
            profile = site.profile(approver.personId);
            if (!profile) {
                deadEnd(
                    DeadEndKind::PersonNotFound,
                    tr("The approver's profile is not at this site (removed or moved); choose the approver "
                       "again."));
            } else {
                step.personName = profile->fullName;
                step.requesterIsApprover = profile->id == requesterId;
                if (profile->status == ProfileStatus::Disabled)
                    deadEnd(DeadEndKind::PersonDisabled,
                            tr("%1's profile is disabled: the service does not take approvals from disabled "
                               "profiles. Choose an active approver.")
                                .arg(profile->fullName));
                if (PhoneNumber::isMobileFor(profile->mobilePhone, true))
                    mobileOnFile = profile->mobilePhone;
            }
        } else if (const PartnerContact* contact = partner.contact(approver.personId)) {
            step.personName = contact->name;
            for (const QString& number : contact->phones) {
                if (PhoneNumber::parse(number).type() == PhoneNumber::Type::Mobile) {
                    mobileOnFile = number;
                    break;
                }
            }
        } else {
            deadEnd(
                DeadEndKind::PersonNotFound,
                tr("The approver is not one of the partner's contacts any more; choose the approver again."));
        }
        const QString who = step.personName.isEmpty() ? tr("The approver") : step.personName;

        // The numbers, in order; only the first ones are tried.
        for (qsizetype i = 0; i < approver.phones.size(); ++i) {
            PhoneStep phone;
            phone.number = approver.phones.at(i);
            phone.tried = i < Approver::triedPhoneCount;
            const PhoneNumber parsed = PhoneNumber::parse(phone.number);
            phone.region = parsed.regionCode();
            phone.shown = parsed.isValid() ? parsed.international() : phone.number;
            if (!parsed.isValid()) {
                phone.delivery = Delivery::Unusable;
                phone.note = parsed.errorString();
            } else {
                const bool enteredAsMobile = profile && sameNumber(phone.number, profile->mobilePhone);
                phone.delivery = PhoneNumber::isMobileFor(parsed.e164(), enteredAsMobile)
                                     ? Delivery::TextWithLink
                                     : Delivery::Call;
                switch (parsed.type()) {
                case PhoneNumber::Type::Mobile:
                    phone.note = tr("a mobile number");
                    break;
                case PhoneNumber::Type::FixedLine:
                    phone.note = tr("a fixed line");
                    break;
                case PhoneNumber::Type::Unknown:
                    phone.note = enteredAsMobile
                                     ? tr("the numbering plan cannot tell; entered as %1's mobile").arg(who)
                                     : tr("the numbering plan cannot tell and it is not on file as a mobile: "
                                          "taken as a fixed line");
                    break;
                case PhoneNumber::Type::Other:
                    phone.note = tr("neither mobile nor fixed line (toll free, VoIP, ...): taken as a call");
                    break;
                }
            }
            if (!phone.tried)
                phone.note = tr("not tried: the service tries only the first %n numbers", nullptr,
                                Approver::triedPhoneCount);
            step.phones.append(phone);
        }
        if (approver.phones.isEmpty()) {
            deadEnd(
                DeadEndKind::NoNumbers,
                tr("%1 has no phone number on the approver entry: the service cannot ask for approval. Add "
                   "up to two numbers, a mobile first.")
                    .arg(who));
        } else if (std::none_of(step.phones.cbegin(), step.phones.cend(), [](const PhoneStep& p) {
                       return p.tried && p.delivery != Delivery::Unusable;
                   })) {
            deadEnd(DeadEndKind::NoUsableNumber,
                    tr("None of the numbers the service tries for %1 is valid; correct them.").arg(who));
        }

        // Authentication.
        const QString noMobile = tr("%1 has no mobile number on file, so no code can be texted. Add a mobile "
                                    "number to %1, or turn "
                                    "the option off.")
                                     .arg(who);
        if (approver.automatedApproval && approver.smsAuthentication) {
            deadEnd(DeadEndKind::AutomatedAndSms,
                    tr("Both automated approval and SMS authentication are set: the service refuses this "
                       "(SK401). Keep one of them."));
        } else if (approver.automatedApproval) {
            step.authentication.append(
                {Check::AutomatedApproval, QString(),
                 tr("the answer given by the link or on the call is recorded as the approval.")});
        } else if (approver.smsAuthentication) {
            if (mobileOnFile.isEmpty())
                deadEnd(DeadEndKind::NoApproverMobile, noMobile);
            else
                step.authentication.append({Check::SmsCode, mobileOnFile,
                                            tr("a code is texted to %1 at %2, who gives it back to approve.")
                                                .arg(who, shownNumber(mobileOnFile))});
        }
        if (approver.authenticateApproverWithMobile) {
            if (mobileOnFile.isEmpty())
                deadEnd(DeadEndKind::NoApproverMobile, noMobile);
            else
                step.authentication.append(
                    {Check::ApproverMobile, mobileOnFile,
                     tr("after approving, %1 repeats a code texted to the mobile on file, %2.")
                         .arg(who, shownNumber(mobileOnFile))});
        }
        if (approver.authenticateRequestorWithMobile) {
            if (!requester) {
                deadEnd(
                    DeadEndKind::RequestorNotFound,
                    tr("The requestor must be authenticated with the mobile on file, but the requestor has "
                       "no profile at this site. Add a profile for the requestor."));
            } else if (requester->status == ProfileStatus::Disabled) {
                deadEnd(DeadEndKind::RequestorDisabled,
                        tr("The requestor %1 has a disabled profile: the service cannot authenticate them.")
                            .arg(requester->fullName));
            } else if (!PhoneNumber::isMobileFor(requester->mobilePhone, true)) {
                deadEnd(
                    DeadEndKind::RequestorNoMobile,
                    tr("The requestor %1 must be authenticated with the mobile on file, but has no mobile "
                       "number. Add a mobile number to %1's profile.")
                        .arg(requester->fullName));
            } else {
                step.authentication.append(
                    {Check::RequestorMobile, requester->mobilePhone,
                     tr("the requestor %1 repeats a code texted to the mobile on file, %2, by voice or chat.")
                         .arg(requester->fullName, shownNumber(requester->mobilePhone))});
            }
        }
        plan.m_steps.append(step);
    }

    if (plan.m_steps.isEmpty()) {
        plan.m_deadEnds.append({DeadEndKind::NoApprover,
                                tr("This site has no approver for %1: the service hands the request to the "
                                   "partner. Add an approver for %1.")
                                    .arg(plan.m_approvalTypeName)});
    }
    return plan;
}

bool ApprovalPlan::isWorkable() const {
    return std::any_of(m_steps.cbegin(), m_steps.cend(), [](const Step& step) { return !step.isDeadEnd(); });
}

QString ApprovalPlan::toText() const {
    QStringList lines;
    lines.append(tr("%1, requested by %2")
                     .arg(m_approvalTypeName, m_requesterName.isEmpty() ? tr("(unknown)") : m_requesterName));
    for (const DeadEnd& deadEnd : m_deadEnds)
        lines.append(tr("Dead end: %1").arg(deadEnd.reason));
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step& step = m_steps.at(i);
        const QString kind =
            step.personKind == PersonKind::ClientProfile ? tr("on-site approver") : tr("partner contact");
        lines.append(QStringLiteral("%1. %2 (%3)")
                         .arg(i + 1)
                         .arg(step.personName.isEmpty() ? tr("(not found)") : step.personName, kind));
        if (step.requesterIsApprover)
            lines.append(tr("   The requester is the approver: they would approve their own request."));
        for (const PhoneStep& phone : step.phones) {
            lines.append(phone.tried
                             ? tr("   %1: %2 (%3)").arg(phone.shown, displayName(phone.delivery), phone.note)
                             : tr("   %1: %2").arg(phone.shown, phone.note));
        }
        for (const Authentication& authentication : step.authentication)
            lines.append(tr("   %1: %2").arg(displayName(authentication.check), authentication.text));
        if (step.authentication.isEmpty() && !step.isDeadEnd())
            lines.append(tr("   No authentication: the approval is taken as given."));
        for (const DeadEnd& deadEnd : step.deadEnds)
            lines.append(tr("   Dead end: %1").arg(deadEnd.reason));
    }
    lines.append(
        tr("If nobody approves or an authentication fails, the service contacts the partner for next "
           "steps."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sitekeeper
