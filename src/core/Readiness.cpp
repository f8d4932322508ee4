// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "Rule.h"

#include <algorithm>

namespace sitekeeper {

namespace {

bool hasRule(const Findings& findings, const char* rule) {
    const QString id = QString::fromLatin1(rule);
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.rule == id; });
}

int countWhere(const Findings& findings, const std::function<bool(const Finding&)>& predicate) {
    return int(std::count_if(findings.cbegin(), findings.cend(), predicate));
}

bool isTechnicianCredential(CredentialKind kind) {
    switch (kind) {
    case CredentialKind::DomainAdmin:
    case CredentialKind::LocalAdmin:
    case CredentialKind::AutomatedDomain:
    case CredentialKind::AutomatedLocal:
        return true;
    default:
        return false;
    }
}

} // namespace

int Readiness::passedCount() const {
    return int(std::count_if(items.cbegin(), items.cend(), [](const ReadinessItem& i) { return i.passed; }));
}

int Readiness::score() const {
    if (items.isEmpty())
        return 0;
    return passedCount() * 100 / int(items.size());
}

QString Readiness::keyString(ReadinessItem::Key key) {
    switch (key) {
    case ReadinessItem::Key::Coverage:
        return QStringLiteral("coverage");
    case ReadinessItem::Key::AnswerAs:
        return QStringLiteral("answer_as");
    case ReadinessItem::Key::EmailDomain:
        return QStringLiteral("email_domain");
    case ReadinessItem::Key::NotificationRule:
        return QStringLiteral("notification_rule");
    case ReadinessItem::Key::ClientProfiles:
        return QStringLiteral("client_profiles");
    case ReadinessItem::Key::Approvers:
        return QStringLiteral("approvers");
    case ReadinessItem::Key::References:
        return QStringLiteral("references");
    case ReadinessItem::Key::Credentials:
        return QStringLiteral("credentials");
    case ReadinessItem::Key::NoErrors:
        return QStringLiteral("no_errors");
    }
    return {};
}

Readiness Readiness::of(const SiteData& data, const Findings& findings) {
    Readiness r;
    r.siteId = data.site.id;
    const Site& site = data.site;
    auto add = [&](ReadinessItem::Key key, bool passed, const QString& title, const QString& detail,
                   std::optional<EntityKind> entity, const char* field) {
        r.items.append(ReadinessItem{key, passed, title, passed ? QString() : detail, entity,
                                     QString::fromLatin1(field)});
    };

    add(ReadinessItem::Key::Coverage, site.coverage != Coverage::None, tr("Coverage chosen"),
        tr("The site has no coverage: choose business hours, extended hours or always."), EntityKind::Site,
        "coverage");
    add(ReadinessItem::Key::AnswerAs, !hasRule(findings, "SK101"), tr("Answer As set"),
        tr("Say how technicians answer this site's calls."), EntityKind::Site, "answer_as");
    add(ReadinessItem::Key::EmailDomain, !site.emailDomains.isEmpty(), tr("Email domain set"),
        tr("Add the domain the site's users send mail from, so that their emails become tickets."),
        EntityKind::Site, "email_domains");

    const int ruleErrors = countWhere(findings, [](const Finding& f) {
        return f.entity == EntityKind::NotificationRule && f.severity == Severity::Error;
    });
    add(ReadinessItem::Key::NotificationRule, !data.rules.isEmpty() && ruleErrors == 0,
        tr("Notification rule in place"),
        data.rules.isEmpty() ? tr("Add a notification rule: how the service escalates to you.")
                             : tr("%n notification rule problem(s) to fix.", nullptr, ruleErrors),
        EntityKind::NotificationRule, "");

    const int activeProfiles =
        int(std::count_if(data.profiles.cbegin(), data.profiles.cend(),
                          [](const auto& p) { return p.status == ProfileStatus::Active; }));
    const int profileErrors = countWhere(findings, [](const Finding& f) {
        return f.rule.startsWith(QLatin1String("SK2")) && f.severity == Severity::Error;
    });
    add(ReadinessItem::Key::ClientProfiles, activeProfiles > 0 && profileErrors == 0,
        tr("Client profiles present and valid"),
        activeProfiles == 0 ? tr("Add the site's end users (or import them from a directory export).")
                            : tr("%n client profile error(s) to fix.", nullptr, profileErrors),
        EntityKind::ClientProfile, "");

    const int approverProblems = countWhere(findings, [](const Finding& f) {
        return f.rule == QLatin1String("SK403") ||
               (f.entity == EntityKind::Approver && f.severity == Severity::Error);
    });
    add(ReadinessItem::Key::Approvers, approverProblems == 0,
        tr("An approver for every approval type in use"),
        tr("%n approval type(s) without a working approver.", nullptr, approverProblems),
        EntityKind::Approver, "");

    const int missingTopics =
        countWhere(findings, [](const Finding& f) { return f.rule == QLatin1String("SK303"); });
    add(ReadinessItem::Key::References, missingTopics == 0, tr("References for the required topics"),
        tr("%n required topic(s) without a current reference.", nullptr, missingTopics),
        EntityKind::Reference, "");

    const bool technicianCredential =
        std::any_of(data.credentials.cbegin(), data.credentials.cend(),
                    [](const CredentialRecord& c) { return isTechnicianCredential(c.kind); });
    add(ReadinessItem::Key::Credentials, technicianCredential, tr("Credentials the technicians need"),
        tr("Add an administrator or automated credential for the technicians."), EntityKind::Credential, "");

    const int errors = countWhere(findings, [](const Finding& f) { return f.severity == Severity::Error; });
    add(ReadinessItem::Key::NoErrors, errors == 0, tr("No error finding left"),
        tr("%n error finding(s) left.", nullptr, errors), std::nullopt, "");
    return r;
}

} // namespace sitekeeper
