// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"
#include "ReviewPolicy.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

QString approvalTypeName(const PartnerData& partner, const QString& key) {
    for (const ApprovalType& type : partner.approvalTypes) {
        if (type.key == key)
            return type.displayName();
    }
    return key;
}

// SK401: the service refuses an approver set up for both methods.
class ApprovalMethodRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApprovalMethodRule)

public:
    QString id() const override { return QStringLiteral("SK401"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override {
        return tr("An approver has both automated approval and SMS authentication");
    }
    QString explanation() const override {
        return tr("An approver is asked either by automated approval or by SMS authentication, never both. "
                  "With both set, the service cannot tell how to ask.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Approver& a : data.approvers) {
            if (!a.automatedApproval || !a.smsAuthentication)
                continue;
            out.append(
                finding(data.site.id, EntityKind::Approver, a.id, QStringLiteral("sms_authentication"),
                        tr("The approver for \"%1\" has both automated approval and SMS authentication.")
                            .arg(approvalTypeName(partner, a.approvalType)),
                        tr("Keep one method: automated approval (one click) or SMS authentication."),
                        FixAction::UseAutomatedApproval));
        }
    }
};

// Whether the approver's person has a number that takes texts.
bool approverHasMobile(const Approver& a, const SiteData& data, const PartnerData& partner) {
    if (a.personKind == PersonKind::ClientProfile) {
        const ClientProfile* p = data.profile(a.personId);
        if (!p)
            return false;
        if (!p->mobilePhone.isEmpty() && PhoneNumber::isMobile(PhoneNumber::factsOf(p->mobilePhone), true))
            return true;
        return !p->officePhone.isEmpty() &&
               PhoneNumber::isMobile(PhoneNumber::factsOf(p->officePhone), false);
    }
    const PartnerContact* c = partner.contact(a.personId);
    if (!c)
        return false;
    // A contact's numbers carry no field; where the plan cannot tell (North America), the number may
    // well be a mobile, and the rule does not guess against the admin.
    return std::any_of(c->phones.cbegin(), c->phones.cend(), [](const QString& phone) {
        return PhoneNumber::isMobile(PhoneNumber::factsOf(phone), true);
    });
}

// SK402: a text needs a mobile.
class ApproverMobileRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApproverMobileRule)

public:
    QString id() const override { return QStringLiteral("SK402"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override {
        return tr("SMS authentication is set but the person has no mobile number");
    }
    QString explanation() const override {
        return tr("SMS authentication and \"authenticate approver using mobile on file\" text a code to the "
                  "approver's mobile. Without one, every approval of that type fails.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Approver& a : data.approvers) {
            if (!a.smsAuthentication && !a.authenticateApproverWithMobile)
                continue;
            if (approverHasMobile(a, data, partner))
                continue;
            out.append(
                finding(data.site.id, EntityKind::Approver, a.id,
                        a.smsAuthentication ? QStringLiteral("sms_authentication")
                                            : QStringLiteral("authenticate_approver_with_mobile"),
                        tr("The approver for \"%1\" is authenticated by text, but has no mobile number on "
                           "file.")
                            .arg(approvalTypeName(partner, a.approvalType)),
                        tr("Add the approver's mobile number, or switch to automated approval.")));
        }
    }
};

// SK403: a request type nobody can approve ends in an escalation.
class MissingApproverRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::MissingApproverRule)

public:
    QString id() const override { return QStringLiteral("SK403"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A covered site has an approval type with no approver"); }
    QString explanation() const override {
        return tr("Requests that need approval (password resets for another user, new users, mailbox access "
                  "...) go to the approver of their type. A type without one is escalated to the partner. "
                  "Which types every site needs is a partner setting.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        if (!isCovered(data.site))
            return;
        QStringList required = partner.settings.requiredApprovalTypes;
        if (required.isEmpty())
            required = {QStringLiteral("password_reset_other_user")};
        for (const QString& key : std::as_const(required)) {
            const bool present = std::any_of(data.approvers.cbegin(), data.approvers.cend(),
                                             [&](const Approver& a) { return a.approvalType == key; });
            if (present)
                continue;
            out.append(finding(data.site.id, EntityKind::Site, data.site.id, QStringLiteral("approvers"),
                               tr("No approver for \"%1\".").arg(approvalTypeName(partner, key)),
                               tr("Add an approver for \"%1\": an on-site person or a partner contact.")
                                   .arg(approvalTypeName(partner, key))));
        }
    }
};

// SK404: the service tries two numbers.
class ApproverNumbersRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApproverNumbersRule)

public:
    QString id() const override { return QStringLiteral("SK404"); }
    Severity severity() const override { return Severity::Info; }
    QString title() const override { return tr("An approver lists more than two numbers"); }
    QString explanation() const override {
        return tr("The service tries an approver's first two numbers, in order. Any further number is never "
                  "called.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Approver& a : data.approvers) {
            if (a.phones.size() <= Approver::triedPhoneCount)
                continue;
            out.append(finding(data.site.id, EntityKind::Approver, a.id, QStringLiteral("phones"),
                               tr("The approver for \"%1\" lists %2 numbers; only the first %3 are tried.")
                                   .arg(approvalTypeName(partner, a.approvalType))
                                   .arg(a.phones.size())
                                   .arg(Approver::triedPhoneCount),
                               tr("Put the two best numbers first and remove the others.")));
        }
    }
};

// SK405: approvers change; they are reviewed yearly.
class ApproverReviewRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApproverReviewRule)

public:
    QString id() const override { return QStringLiteral("SK405"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override {
        return tr("An approver was not reviewed in the last year or is disabled");
    }
    QString explanation() const override {
        return tr("People leave and roles change: each approver is confirmed at least once a year, and an "
                  "approver whose profile is disabled approves nothing.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Approver& a : data.approvers) {
            const QString type = approvalTypeName(partner, a.approvalType);
            if (a.personKind == PersonKind::ClientProfile) {
                const ClientProfile* p = data.profile(a.personId);
                if (!p || p->status == ProfileStatus::Disabled) {
                    out.append(finding(
                        data.site.id, EntityKind::Approver, a.id, QStringLiteral("person_id"),
                        p ? tr("The approver for \"%1\", %2, is a disabled profile.").arg(type, p->fullName)
                          : tr("The approver for \"%1\" is a profile that no longer exists.").arg(type),
                        tr("Choose another approver for \"%1\".").arg(type)));
                    continue;
                }
            }
            const QDate due =
                ReviewPolicy::nextDue(a.lastReviewed, partner.settings.approverReviewDays, partner.today);
            if (a.lastReviewed.isValid() && due >= partner.today)
                continue;
            out.append(finding(
                data.site.id, EntityKind::Approver, a.id, QStringLiteral("last_reviewed"),
                a.lastReviewed.isValid() ? tr("The approver for \"%1\" was last reviewed on %2.")
                                               .arg(type, a.lastReviewed.toString(Qt::ISODate))
                                         : tr("The approver for \"%1\" has never been reviewed.").arg(type),
                tr("Confirm the approver with the client and mark it reviewed."), FixAction::MarkReviewed));
        }
    }
};

} // namespace

void appendApproverRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<ApprovalMethodRule>());
    rules.push_back(std::make_unique<ApproverMobileRule>());
    rules.push_back(std::make_unique<MissingApproverRule>());
    rules.push_back(std::make_unique<ApproverNumbersRule>());
    rules.push_back(std::make_unique<ApproverReviewRule>());
}

} // namespace sitekeeper
