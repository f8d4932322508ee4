// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

// SK501: without a rule the service does not know how to escalate.
class NoNotificationRuleRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::NoNotificationRuleRule)

public:
    QString id() const override { return QStringLiteral("SK501"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A covered site has no notification rule"); }
    QString explanation() const override {
        return tr("Notification rules tell the service how to reach the partner when a ticket needs them: by "
                  "phone, email or ticket, whom, and when. A covered site without one cannot escalate.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        if (!isCovered(data.site) || !data.rules.isEmpty())
            return;
        out.append(
            finding(data.site.id, EntityKind::Site, data.site.id, QStringLiteral("notification_rules"),
                    tr("The site has no notification rule."),
                    tr("Add a notification rule: method, escalation contacts and the hours it applies.")));
    }
};

// SK502: Call Before Escalating is a second opinion; the same person defeats it.
class CallBeforeContactRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CallBeforeContactRule)

public:
    QString id() const override { return QStringLiteral("SK502"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override {
        return tr("The Call Before Escalating contact is also an escalation contact");
    }
    QString explanation() const override {
        return tr(
            "Call Before Escalating (Simple Inquiry) asks someone before a ticket is escalated. When that "
            "person is also the escalation contact, they are called twice for the same ticket.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const NotificationRule& r : data.rules) {
            if (!r.callBeforeEscalating || r.callBeforeContact.isNull() ||
                !r.escalationContacts.contains(r.callBeforeContact))
                continue;
            const PartnerContact* c = partner.contact(r.callBeforeContact);
            out.append(finding(
                data.site.id, EntityKind::NotificationRule, r.id, QStringLiteral("call_before_contact"),
                tr("In \"%1\", %2 is both the Call Before Escalating contact and an escalation "
                   "contact.")
                    .arg(r.name, c ? c->name : tr("the same contact")),
                tr("Choose a different Call Before Escalating contact."), FixAction::ClearCallBeforeContact));
        }
    }
};

// The numbers a phone-method rule's escalation calls: with two contacts the first number of each,
// with one contact its first two numbers.
QStringList escalationNumbers(const NotificationRule& r, const PartnerData& partner) {
    QStringList numbers;
    if (r.escalationContacts.size() >= 2) {
        for (const QUuid& id : r.escalationContacts.mid(0, 2)) {
            const PartnerContact* c = partner.contact(id);
            if (c && !c->phones.isEmpty())
                numbers.append(c->phones.first());
        }
    } else if (r.escalationContacts.size() == 1) {
        if (const PartnerContact* c = partner.contact(r.escalationContacts.first()))
            numbers = c->phones.mid(0, 2);
    }
    numbers.removeDuplicates();
    return numbers;
}

// SK503: one number is one missed call away from a stuck ticket.
class SingleNumberRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SingleNumberRule)

public:
    QString id() const override { return QStringLiteral("SK503"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A rule's escalation reaches only one phone number"); }
    QString explanation() const override {
        return tr(
            "A phone escalation calls the first number of each of two contacts, or the first two numbers "
            "of a single contact. With only one number to call, one missed call stalls the ticket.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const NotificationRule& r : data.rules) {
            if (r.method != RuleMethod::Phone)
                continue;
            const qsizetype count = escalationNumbers(r, partner).size();
            if (count >= 2)
                continue;
            out.append(finding(data.site.id, EntityKind::NotificationRule, r.id,
                               QStringLiteral("escalation_contacts"),
                               count == 0 ? tr("\"%1\" reaches no phone number.").arg(r.name)
                                          : tr("\"%1\" reaches only one phone number.").arg(r.name),
                               tr("Add a second escalation contact, or a second number to the contact.")));
        }
    }
};

// SK505: an unanswered call leaves a voicemail that needs an email to follow.
class VoicemailFollowUpRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::VoicemailFollowUpRule)

public:
    QString id() const override { return QStringLiteral("SK505"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A phone-method rule has no email recipient"); }
    QString explanation() const override {
        return tr("When nobody answers a phone escalation, the service leaves a voicemail and follows up by "
                  "email. Without a recipient the follow-up goes nowhere.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        for (const NotificationRule& r : data.rules) {
            if (r.method != RuleMethod::Phone || !r.emailRecipients.isEmpty())
                continue;
            out.append(finding(
                data.site.id, EntityKind::NotificationRule, r.id, QStringLiteral("email_recipients"),
                tr("\"%1\" calls but has no email recipient for the voicemail follow-up.").arg(r.name),
                tr("Add an email recipient (a shared mailbox is best).")));
        }
    }
};

} // namespace

void appendNotificationRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<NoNotificationRuleRule>());
    rules.push_back(std::make_unique<CallBeforeContactRule>());
    rules.push_back(std::make_unique<SingleNumberRule>());
    rules.push_back(std::make_unique<VoicemailFollowUpRule>());
}

} // namespace sitekeeper
