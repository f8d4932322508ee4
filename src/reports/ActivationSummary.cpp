// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivationSummary.h"

#include "ClientHandout.h"
#include "HtmlRenderer.h"
#include "MarkdownRenderer.h"
#include "PdfWriter.h"
#include "Readiness.h"
#include "ReportText.h"

#include <algorithm>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

using Block = ReportDocument::Block;
using Mark = ReportDocument::Mark;
using Section = ReportDocument::Section;

QString durationText(int minutes) {
    if (minutes <= 0)
        return ActivationSummary::tr("no target");
    if (minutes < 60)
        return ActivationSummary::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return ActivationSummary::tr("%1 h").arg(minutes / 60);
    return ActivationSummary::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString priorityMeaning(int index) {
    switch (index) {
    case 0:
        return ActivationSummary::tr("System down or many users");
    case 1:
        return ActivationSummary::tr("One user blocked");
    case 2:
        return ActivationSummary::tr("Degraded");
    default:
        return ActivationSummary::tr("Request");
    }
}

QString yesNo(bool value) {
    return value ? ActivationSummary::tr("Yes") : ActivationSummary::tr("No");
}

QString personName(const ActivationReportInput& in, PersonKind kind, const QUuid& id) {
    if (kind == PersonKind::PartnerContact) {
        if (const PartnerContact* contact = in.partner.contact(id))
            return contact->name;
    } else if (const ClientProfile* profile = in.site.profile(id)) {
        return profile->fullName;
    }
    return ActivationSummary::tr("unknown person");
}

QString serversText(const SiteData& data) {
    if (data.site.holdsServers)
        return ActivationSummary::tr("At this site");
    for (const Site& ancestor : data.ancestors) {
        if (ancestor.holdsServers) {
            return ancestor.coverage == Coverage::None
                       ? ActivationSummary::tr("At %1 (a site without help desk coverage)").arg(ancestor.name)
                       : ActivationSummary::tr("At %1").arg(ancestor.name);
        }
    }
    return ActivationSummary::tr("Not recorded");
}

Section siteSection(const ActivationReportInput& in) {
    const Site& site = in.site.site;
    Block fields;
    fields.kind = Block::Kind::Fields;
    QStringList hours;
    for (const TimeWindow& window : site.businessHours)
        hours << ReportText::windowText(window, site.timeZone);
    const QString answerAs = site.answerAsName(in.partner.settings.partnerName);
    fields.fields = {
        {ActivationSummary::tr("Site"), site.name},
        {ActivationSummary::tr("Parent site"), site.parentId.isNull() || in.site.ancestors.isEmpty()
                                                   ? ActivationSummary::tr("None (top-level site)")
                                                   : in.site.ancestors.first().name},
        {ActivationSummary::tr("Coverage"), displayName(site.coverage)},
        {ActivationSummary::tr("Time zone"), ReportText::zoneText(site.timeZone)},
        {ActivationSummary::tr("Business hours"),
         hours.isEmpty() ? ActivationSummary::tr("not set") : hours.join(u'\n')},
        {ActivationSummary::tr("Answer As"),
         answerAs.isEmpty() ? ActivationSummary::tr("not set") : answerAs},
        {ActivationSummary::tr("Email domains"),
         site.emailDomains.isEmpty() ? ActivationSummary::tr("none") : site.emailDomains.join(u", "_s)},
        {ActivationSummary::tr("Servers"), serversText(in.site)},
        {ActivationSummary::tr("Device naming"),
         site.deviceNamingScheme.isEmpty() ? ActivationSummary::tr("not set") : site.deviceNamingScheme},
        {ActivationSummary::tr("Go-live date"), ReportText::dateText(site.goLiveDate)},
        {ActivationSummary::tr("Champion"),
         site.champion.isEmpty() ? ActivationSummary::tr("not named") : site.champion},
        {ActivationSummary::tr("Activation status"), displayName(site.activationStatus)},
    };
    Section section{ActivationSummary::tr("Site"), {fields}};
    // Only the labelled lines of the scope notes: the rest are the partner's own notes.
    const HandoutScope scope = ClientHandout::scope(site.scopeNotes, {});
    section.blocks << Block::subheading(ActivationSummary::tr("Scope"));
    if (scope.handled.isEmpty() && scope.passedOn.isEmpty()) {
        section.blocks << Block::paragraph(
            ActivationSummary::tr("No scope given: start lines of the scope notes with "
                                  "\"Tier 1:\" or \"To the partner:\"."));
    } else {
        Block scopeFields;
        scopeFields.kind = Block::Kind::Fields;
        scopeFields.fields = {
            {ActivationSummary::tr("Tier 1"),
             scope.handled.isEmpty() ? ActivationSummary::tr("none") : scope.handled.join(u", "_s)},
            {ActivationSummary::tr("To the partner"),
             scope.passedOn.isEmpty() ? ActivationSummary::tr("none") : scope.passedOn.join(u", "_s)},
        };
        section.blocks << scopeFields;
    }
    return section;
}

Section contractSection(const Site& site) {
    Section section{ActivationSummary::tr("Contract and SLA targets"), {}};
    section.blocks << Block::paragraph(
        ActivationSummary::tr("Contract tier: %1")
            .arg(site.contractTier.isEmpty() ? ActivationSummary::tr("not set") : site.contractTier));
    Block table = Block::table({ActivationSummary::tr("Priority"), ActivationSummary::tr("Meaning"),
                                ActivationSummary::tr("Response"), ActivationSummary::tr("Resolution")},
                               {12, 44, 22, 22});
    for (int p = 0; p < Site::priorityCount; ++p) {
        const SlaTarget& target = site.sla[size_t(p)];
        table.rows << QStringList{u"P%1"_s.arg(p + 1), priorityMeaning(p),
                                  durationText(target.responseMinutes),
                                  durationText(target.resolutionMinutes)};
    }
    section.blocks << table;
    return section;
}

Section readinessSection(const Readiness& readiness) {
    Section section{ActivationSummary::tr("Activation readiness"), {}};
    section.blocks << Block::paragraph(ActivationSummary::tr("Score: %1 % (%2 of %3 items complete)")
                                           .arg(readiness.score())
                                           .arg(readiness.passedCount())
                                           .arg(readiness.items.size()));
    Block list;
    list.kind = Block::Kind::Checklist;
    for (const ReadinessItem& item : readiness.items)
        list.items << Block::Item{item.passed ? Mark::Passed : Mark::Missing, item.title, item.detail};
    section.blocks << list;
    return section;
}

Section rulesSection(const ActivationReportInput& in) {
    Section section{ActivationSummary::tr("Notification rules"), {}};
    if (in.site.rules.isEmpty()) {
        section.blocks << Block::paragraph(ActivationSummary::tr("No notification rule."));
        return section;
    }
    // One block of fields a rule: its addresses and names are too long for table columns.
    for (const NotificationRule& rule : in.site.rules) {
        Block fields;
        fields.kind = Block::Kind::Fields;
        QStringList contacts;
        for (const QUuid& id : rule.escalationContacts)
            contacts << personName(in, PersonKind::PartnerContact, id);
        fields.fields = {
            {ActivationSummary::tr("When"), ReportText::windowText(rule.window, in.site.site.timeZone)},
            {ActivationSummary::tr("Method"), displayName(rule.method)},
            {ActivationSummary::tr("Escalation contacts"),
             contacts.isEmpty() ? ActivationSummary::tr("none") : contacts.join(u", "_s)},
            {ActivationSummary::tr("Email recipients"), rule.emailRecipients.isEmpty()
                                                            ? ActivationSummary::tr("none")
                                                            : rule.emailRecipients.join(u", "_s)},
            {ActivationSummary::tr("Call Before Escalating"),
             rule.callBeforeEscalating ? ActivationSummary::tr("Yes, %1").arg(personName(
                                             in, PersonKind::PartnerContact, rule.callBeforeContact))
                                       : ActivationSummary::tr("No")},
            {ActivationSummary::tr("Categories"),
             rule.categories.isEmpty() ? ActivationSummary::tr("all") : rule.categories.join(u", "_s)},
        };
        section.blocks << Block::subheading(rule.name) << fields;
    }
    return section;
}

QString approvalMethod(const Approver& approver) {
    QStringList parts;
    if (approver.automatedApproval && approver.smsAuthentication)
        parts << ActivationSummary::tr("Automated approval and SMS authentication (choose one)");
    else if (approver.automatedApproval)
        parts << ActivationSummary::tr("Automated approval");
    else if (approver.smsAuthentication)
        parts << ActivationSummary::tr("SMS authentication");
    else
        parts << ActivationSummary::tr("Text or call");
    if (approver.authenticateApproverWithMobile)
        parts << ActivationSummary::tr("approver confirms a code on their mobile");
    if (approver.authenticateRequestorWithMobile)
        parts << ActivationSummary::tr("requestor confirms a code on their mobile");
    return parts.join(u"; "_s);
}

Section approversSection(const ActivationReportInput& in) {
    Section section{ActivationSummary::tr("Approvers"), {}};
    // Approval types in the partner's order; a type only this site's approvers know comes last,
    // under its key.
    QStringList keys;
    QHash<QString, QString> names;
    for (const ApprovalType& type : in.partner.approvalTypes) {
        keys << type.key;
        names.insert(type.key, type.displayName());
    }
    for (const Approver& approver : in.site.approvers) {
        if (!keys.contains(approver.approvalType))
            keys << approver.approvalType;
    }
    // As SK403 reads it: without a partner list, password resets for another user always need one.
    QStringList required = in.partner.settings.requiredApprovalTypes;
    if (required.isEmpty())
        required << u"password_reset_other_user"_s;
    Block table = Block::table({ActivationSummary::tr("Approval type"), ActivationSummary::tr("Approver"),
                                ActivationSummary::tr("Method"), ActivationSummary::tr("Numbers")},
                               {26, 26, 36, 12});
    for (const QString& key : std::as_const(keys)) {
        bool any = false;
        for (const Approver& approver : in.site.approvers) {
            if (approver.approvalType != key)
                continue;
            any = true;
            const QString who =
                personName(in, approver.personKind, approver.personId) + u" ("_s +
                (approver.personKind == PersonKind::PartnerContact ? ActivationSummary::tr("partner")
                                                                   : ActivationSummary::tr("on site")) +
                u')';
            table.rows << QStringList{names.value(key, key), who, approvalMethod(approver),
                                      QString::number(approver.phones.size())};
        }
        if (!any && required.contains(key))
            table.rows << QStringList{names.value(key, key), ActivationSummary::tr("none (required)"),
                                      QString(), QString()};
    }
    if (table.rows.isEmpty())
        section.blocks << Block::paragraph(ActivationSummary::tr("No approver."));
    else
        section.blocks << table;
    return section;
}

Section referencesSection(const ActivationReportInput& in) {
    Section section{ActivationSummary::tr("References"), {}};
    QList<const Reference*> references;
    for (const Reference& reference : in.site.references)
        references << &reference;
    for (const Reference& reference : in.partner.references)
        references << &reference;
    references.removeIf([](const Reference* r) { return r->status == ReferenceStatus::Retired; });
    // By topic in the rulebook's order, then by title.
    std::stable_sort(references.begin(), references.end(), [](const Reference* a, const Reference* b) {
        if (a->topic != b->topic)
            return int(a->topic) < int(b->topic);
        return a->title.localeAwareCompare(b->title) < 0;
    });
    if (references.isEmpty()) {
        section.blocks << Block::paragraph(ActivationSummary::tr("No reference."));
        return section;
    }
    Block table = Block::table({ActivationSummary::tr("Topic"), ActivationSummary::tr("Title"),
                                ActivationSummary::tr("Last reviewed"), ActivationSummary::tr("Status")},
                               {22, 46, 16, 16});
    for (const Reference* reference : std::as_const(references)) {
        QString title = reference->title;
        if (reference->siteId.isNull())
            title += u' ' + ActivationSummary::tr("(partner-wide)");
        table.rows << QStringList{displayName(reference->topic), title,
                                  reference->lastReviewed.isValid()
                                      ? ReportText::dateText(reference->lastReviewed)
                                      : ActivationSummary::tr("never"),
                                  displayName(reference->status)};
    }
    section.blocks << table;
    return section;
}

Section credentialsSection(const SiteData& data) {
    Section section{ActivationSummary::tr("Credentials"), {}};
    if (data.credentials.isEmpty()) {
        section.blocks << Block::paragraph(ActivationSummary::tr("No credential."));
        return section;
    }
    section.blocks << Block::paragraph(ActivationSummary::tr(
        "What the technicians will find, without the secrets: those stay in the keychain."));
    Block table = Block::table({ActivationSummary::tr("Label"), ActivationSummary::tr("Kind"),
                                ActivationSummary::tr("System"), ActivationSummary::tr("MFA")},
                               {32, 24, 34, 10});
    for (const CredentialRecord& credential : data.credentials)
        table.rows << QStringList{credential.label, displayName(credential.kind), credential.system,
                                  yesNo(credential.hasMfa || credential.hasTotp)};
    section.blocks << table;
    return section;
}

Section profilesSection(const SiteData& data) {
    int active = 0;
    int disabled = 0;
    int vip = 0;
    for (const ClientProfile& profile : data.profiles) {
        if (profile.status == ProfileStatus::Active) {
            ++active;
            vip += profile.vip ? 1 : 0;
        } else {
            ++disabled;
        }
    }
    Block fields;
    fields.kind = Block::Kind::Fields;
    fields.fields = {{ActivationSummary::tr("Active"), QString::number(active)},
                     {ActivationSummary::tr("Disabled"), QString::number(disabled)},
                     {ActivationSummary::tr("VIP (active)"), QString::number(vip)}};
    return Section{ActivationSummary::tr("Client profiles"), {fields}};
}

Section findingsSection(const Findings& findings) {
    Section section{ActivationSummary::tr("Open findings"), {}};
    if (findings.isEmpty()) {
        section.blocks << Block::paragraph(ActivationSummary::tr("No open finding."));
        return section;
    }
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        Block table = Block::table(
            {ActivationSummary::tr("Rule"), ActivationSummary::tr("Problem"), ActivationSummary::tr("Fix")},
            {10, 50, 40});
        for (const Finding& finding : findings) {
            if (finding.severity == severity)
                table.rows << QStringList{finding.rule, finding.message, finding.fix};
        }
        if (table.rows.isEmpty())
            continue;
        section.blocks << Block::subheading(u"%1 (%2)"_s.arg(displayName(severity)).arg(table.rows.size()))
                       << table;
    }
    return section;
}

ReportDocument activationDocument(const ActivationReportInput& in) {
    ReportDocument report;
    report.title = ActivationSummary::tr("Activation summary: %1").arg(in.site.site.name);
    const QString partner = in.partner.settings.partnerName;
    report.subtitle =
        partner.isEmpty()
            ? ActivationSummary::tr("Generated %1").arg(ReportText::dateText(in.generatedOn))
            : ActivationSummary::tr("Prepared by %1, %2").arg(partner, ReportText::dateText(in.generatedOn));
    report.sections << siteSection(in) << contractSection(in.site.site)
                    << readinessSection(Readiness::of(in.site, in.findings)) << rulesSection(in)
                    << approversSection(in) << referencesSection(in) << credentialsSection(in.site)
                    << profilesSection(in.site) << findingsSection(in.findings);
    return report;
}

} // namespace

ReportDocument ActivationSummary::document(const ActivationReportInput& input) {
    return activationDocument(input);
}

QString ActivationSummary::markdown(const ActivationReportInput& input) {
    return MarkdownRenderer::render(document(input));
}

Result<void> ActivationSummary::writeMarkdown(const ActivationReportInput& input, const QString& path) {
    return MarkdownRenderer::writeFile(markdown(input), path);
}

Result<void> ActivationSummary::writePdf(const ActivationReportInput& input, const QString& path) {
    const ReportDocument report = document(input);
    const QString partner = input.partner.settings.partnerName;
    PdfWriter::PageFrame frame;
    frame.title = report.title;
    frame.headerLeft = partner;
    frame.headerRight = tr("Activation summary · %1").arg(input.site.site.name);
    frame.footerLeft = partner.isEmpty()
                           ? tr("Generated %1").arg(ReportText::dateText(input.generatedOn))
                           : tr("Generated %1 for %2").arg(ReportText::dateText(input.generatedOn), partner);
    const QString body = HtmlRenderer::render(report);
    return PdfWriter::write(
        path, frame, [&](int) -> QString { return body; }, 1, 9);
}

} // namespace sitekeeper
