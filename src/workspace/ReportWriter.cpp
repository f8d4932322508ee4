// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "PhoneNumber.h"
#include "Readiness.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Words for values, shared by both documents.

QString dateText(const QDate& date) {
    // Day, month name, year: no reader mistakes 03/04 for the wrong month.
    return date.isValid() ? QLocale::c().toString(date, u"d MMM yyyy"_s) : ReportWriter::tr("not set");
}

QString joinWords(const QStringList& parts) {
    if (parts.size() <= 1)
        return parts.value(0);
    return ReportWriter::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(u", "_s), parts.last());
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "Monday to Friday", "Saturday and Sunday", "every day": runs of three or more days are ranges.
QString daysText(const std::set<Weekday>& days) {
    if (days.size() == 7)
        return ReportWriter::tr("every day");
    if (days.empty())
        return ReportWriter::tr("no days");
    QStringList parts;
    const QList<Weekday> week = allValues<Weekday>();
    for (qsizetype i = 0; i < week.size();) {
        if (!days.contains(week[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < week.size() && days.contains(week[end + 1]))
            ++end;
        if (end - i >= 2) {
            parts << ReportWriter::tr("%1 to %2").arg(displayName(week[i]), displayName(week[end]));
        } else {
            for (qsizetype d = i; d <= end; ++d)
                parts << displayName(week[d]);
        }
        i = end + 1;
    }
    return joinWords(parts);
}

QString timeText(const QTime& time) {
    return time.toString(u"HH:mm"_s);
}

// "Monday to Friday, 08:00–17:00"; the window's own time zone is added when it differs from the
// site's (`siteZone`).
QString windowText(const TimeWindow& window, const QString& siteZone) {
    QString hours;
    if (window.start == window.end)
        hours = ReportWriter::tr("all day");
    else if (window.isOvernight())
        hours = ReportWriter::tr("%1 to %2 the next day").arg(timeText(window.start), timeText(window.end));
    else
        hours = u"%1–%2"_s.arg(timeText(window.start), timeText(window.end));
    QString text = capitalized(daysText(window.days)) + u", "_s + hours;
    if (!window.timeZone.isEmpty() && window.timeZone != siteZone)
        text += u" (%1)"_s.arg(window.timeZone);
    return text;
}

// "Eastern Time (America/New_York)", or the id alone when the system has no name for it.
QString zoneText(const QString& id) {
    if (id.isEmpty())
        return ReportWriter::tr("not set");
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return id;
    const QString name = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, QLocale::c());
    return name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id);
}

// SLA targets are quoted in minutes and hours, as contracts state them ("72 h", not "3 days").
QString durationText(int minutes) {
    if (minutes <= 0)
        return ReportWriter::tr("no target");
    if (minutes < 60)
        return ReportWriter::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return ReportWriter::tr("%1 h").arg(minutes / 60);
    return ReportWriter::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString priorityMeaning(int index) {
    switch (index) {
    case 0:
        return ReportWriter::tr("System down or many users");
    case 1:
        return ReportWriter::tr("One user blocked");
    case 2:
        return ReportWriter::tr("Degraded");
    default:
        return ReportWriter::tr("Request");
    }
}

QString yesNo(bool value) {
    return value ? ReportWriter::tr("Yes") : ReportWriter::tr("No");
}

// The name technicians answer with; the neutral default when the site's choice is still empty (the
// partner name or the custom text not filled in).
QString answerAsOrDefault(const Site& site, const QString& partnerName) {
    const QString name = site.answerAsName(partnerName);
    return name.isEmpty() ? Site{}.answerAsName(QString()) : name;
}

// ---------------------------------------------------------------------------------------------
// The activation summary as a small document model, rendered once as Markdown and once as HTML
// (for the PDF), so that both say the same. The model holds plain text; each renderer escapes.

enum class Mark { None, Passed, Missing };

struct Block {
    enum class Kind { Fields, Table, Checklist, Paragraph, Subheading };
    Kind kind = Kind::Paragraph;
    QList<std::pair<QString, QString>> fields;
    QStringList header;
    QList<int> widths; // per column, percent
    QList<QStringList> rows;
    struct Item {
        Mark mark = Mark::None;
        QString title;
        QString detail;
    };
    QList<Item> items;
    QString text;

    static Block paragraph(const QString& text) {
        Block b;
        b.text = text;
        return b;
    }
    static Block subheading(const QString& text) {
        Block b = paragraph(text);
        b.kind = Kind::Subheading;
        return b;
    }
    static Block table(const QStringList& header, const QList<int>& widths) {
        Block b;
        b.kind = Kind::Table;
        b.header = header;
        b.widths = widths;
        return b;
    }
};

struct Section {
    QString title;
    QList<Block> blocks;
};

struct Report {
    QString title;
    QString subtitle;
    QList<Section> sections;
};

QString personName(const ActivationReportInput& in, PersonKind kind, const QUuid& id) {
    if (kind == PersonKind::PartnerContact) {
        if (const PartnerContact* contact = in.partner.contact(id))
            return contact->name;
    } else if (const ClientProfile* profile = in.site.profile(id)) {
        return profile->fullName;
    }
    return ReportWriter::tr("unknown person");
}

QString serversText(const SiteData& data) {
    if (data.site.holdsServers)
        return ReportWriter::tr("At this site");
    for (const Site& ancestor : data.ancestors) {
        if (ancestor.holdsServers) {
            return ancestor.coverage == Coverage::None
                       ? ReportWriter::tr("At %1 (a site without help desk coverage)").arg(ancestor.name)
                       : ReportWriter::tr("At %1").arg(ancestor.name);
        }
    }
    return ReportWriter::tr("Not recorded");
}

Section siteSection(const ActivationReportInput& in) {
    const Site& site = in.site.site;
    Block fields;
    fields.kind = Block::Kind::Fields;
    QStringList hours;
    for (const TimeWindow& window : site.businessHours)
        hours << windowText(window, site.timeZone);
    const QString answerAs = site.answerAsName(in.partner.settings.partnerName);
    fields.fields = {
        {ReportWriter::tr("Site"), site.name},
        {ReportWriter::tr("Parent site"), site.parentId.isNull() || in.site.ancestors.isEmpty()
                                              ? ReportWriter::tr("None (top-level site)")
                                              : in.site.ancestors.first().name},
        {ReportWriter::tr("Coverage"), displayName(site.coverage)},
        {ReportWriter::tr("Time zone"), zoneText(site.timeZone)},
        {ReportWriter::tr("Business hours"),
         hours.isEmpty() ? ReportWriter::tr("not set") : hours.join(u'\n')},
        {ReportWriter::tr("Answer As"), answerAs.isEmpty() ? ReportWriter::tr("not set") : answerAs},
        {ReportWriter::tr("Email domains"),
         site.emailDomains.isEmpty() ? ReportWriter::tr("none") : site.emailDomains.join(u", "_s)},
        {ReportWriter::tr("Servers"), serversText(in.site)},
        {ReportWriter::tr("Device naming"),
         site.deviceNamingScheme.isEmpty() ? ReportWriter::tr("not set") : site.deviceNamingScheme},
        {ReportWriter::tr("Go-live date"), dateText(site.goLiveDate)},
        {ReportWriter::tr("Champion"),
         site.champion.isEmpty() ? ReportWriter::tr("not named") : site.champion},
        {ReportWriter::tr("Activation status"), displayName(site.activationStatus)},
    };
    Section section{ReportWriter::tr("Site"), {fields}};
    // Only the labelled lines of the scope notes: the rest are the partner's own notes.
    const HandoutScope scope = ReportWriter::handoutScope(site.scopeNotes, {});
    section.blocks << Block::subheading(ReportWriter::tr("Scope"));
    if (scope.handled.isEmpty() && scope.passedOn.isEmpty()) {
        section.blocks << Block::paragraph(
            ReportWriter::tr("No scope given: start lines of the scope notes with "
                             "\"Tier 1:\" or \"To the partner:\"."));
    } else {
        Block scopeFields;
        scopeFields.kind = Block::Kind::Fields;
        scopeFields.fields = {
            {ReportWriter::tr("Tier 1"),
             scope.handled.isEmpty() ? ReportWriter::tr("none") : scope.handled.join(u", "_s)},
            {ReportWriter::tr("To the partner"),
             scope.passedOn.isEmpty() ? ReportWriter::tr("none") : scope.passedOn.join(u", "_s)},
        };
        section.blocks << scopeFields;
    }
    return section;
}

Section contractSection(const Site& site) {
    Section section{ReportWriter::tr("Contract and SLA targets"), {}};
    section.blocks << Block::paragraph(
        ReportWriter::tr("Contract tier: %1")
            .arg(site.contractTier.isEmpty() ? ReportWriter::tr("not set") : site.contractTier));
    Block table = Block::table({ReportWriter::tr("Priority"), ReportWriter::tr("Meaning"),
                                ReportWriter::tr("Response"), ReportWriter::tr("Resolution")},
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
    Section section{ReportWriter::tr("Activation readiness"), {}};
    section.blocks << Block::paragraph(ReportWriter::tr("Score: %1 % (%2 of %3 items complete)")
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
    Section section{ReportWriter::tr("Notification rules"), {}};
    if (in.site.rules.isEmpty()) {
        section.blocks << Block::paragraph(ReportWriter::tr("No notification rule."));
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
            {ReportWriter::tr("When"), windowText(rule.window, in.site.site.timeZone)},
            {ReportWriter::tr("Method"), displayName(rule.method)},
            {ReportWriter::tr("Escalation contacts"),
             contacts.isEmpty() ? ReportWriter::tr("none") : contacts.join(u", "_s)},
            {ReportWriter::tr("Email recipients"),
             rule.emailRecipients.isEmpty() ? ReportWriter::tr("none") : rule.emailRecipients.join(u", "_s)},
            {ReportWriter::tr("Call Before Escalating"),
             rule.callBeforeEscalating ? ReportWriter::tr("Yes, %1").arg(personName(
                                             in, PersonKind::PartnerContact, rule.callBeforeContact))
                                       : ReportWriter::tr("No")},
            {ReportWriter::tr("Categories"),
             rule.categories.isEmpty() ? ReportWriter::tr("all") : rule.categories.join(u", "_s)},
        };
        section.blocks << Block::subheading(rule.name) << fields;
    }
    return section;
}

QString approvalMethod(const Approver& approver) {
    QStringList parts;
    if (approver.automatedApproval && approver.smsAuthentication)
        parts << ReportWriter::tr("Automated approval and SMS authentication (choose one)");
    else if (approver.automatedApproval)
        parts << ReportWriter::tr("Automated approval");
    else if (approver.smsAuthentication)
        parts << ReportWriter::tr("SMS authentication");
    else
        parts << ReportWriter::tr("Text or call");
    if (approver.authenticateApproverWithMobile)
        parts << ReportWriter::tr("approver confirms a code on their mobile");
    if (approver.authenticateRequestorWithMobile)
        parts << ReportWriter::tr("requestor confirms a code on their mobile");
    return parts.join(u"; "_s);
}

Section approversSection(const ActivationReportInput& in) {
    Section section{ReportWriter::tr("Approvers"), {}};
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
    Block table = Block::table({ReportWriter::tr("Approval type"), ReportWriter::tr("Approver"),
                                ReportWriter::tr("Method"), ReportWriter::tr("Numbers")},
                               {26, 26, 36, 12});
    for (const QString& key : std::as_const(keys)) {
        bool any = false;
        for (const Approver& approver : in.site.approvers) {
            if (approver.approvalType != key)
                continue;
            any = true;
            const QString who =
                personName(in, approver.personKind, approver.personId) + u" ("_s +
                (approver.personKind == PersonKind::PartnerContact ? ReportWriter::tr("partner")
                                                                   : ReportWriter::tr("on site")) +
                u')';
            table.rows << QStringList{names.value(key, key), who, approvalMethod(approver),
                                      QString::number(approver.phones.size())};
        }
        if (!any && required.contains(key))
            table.rows << QStringList{names.value(key, key), ReportWriter::tr("none (required)"), QString(),
                                      QString()};
    }
    if (table.rows.isEmpty())
        section.blocks << Block::paragraph(ReportWriter::tr("No approver."));
    else
        section.blocks << table;
    return section;
}

Section referencesSection(const ActivationReportInput& in) {
    Section section{ReportWriter::tr("References"), {}};
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
        section.blocks << Block::paragraph(ReportWriter::tr("No reference."));
        return section;
    }
    Block table = Block::table({ReportWriter::tr("Topic"), ReportWriter::tr("Title"),
                                ReportWriter::tr("Last reviewed"), ReportWriter::tr("Status")},
                               {22, 46, 16, 16});
    for (const Reference* reference : std::as_const(references)) {
        QString title = reference->title;
        if (reference->siteId.isNull())
            title += u' ' + ReportWriter::tr("(partner-wide)");
        table.rows << QStringList{displayName(reference->topic), title,
                                  reference->lastReviewed.isValid() ? dateText(reference->lastReviewed)
                                                                    : ReportWriter::tr("never"),
                                  displayName(reference->status)};
    }
    section.blocks << table;
    return section;
}

Section credentialsSection(const SiteData& data) {
    Section section{ReportWriter::tr("Credentials"), {}};
    if (data.credentials.isEmpty()) {
        section.blocks << Block::paragraph(ReportWriter::tr("No credential."));
        return section;
    }
    section.blocks << Block::paragraph(
        ReportWriter::tr("What the technicians will find, without the secrets: those stay in the keychain."));
    Block table = Block::table({ReportWriter::tr("Label"), ReportWriter::tr("Kind"),
                                ReportWriter::tr("System"), ReportWriter::tr("MFA")},
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
    fields.fields = {{ReportWriter::tr("Active"), QString::number(active)},
                     {ReportWriter::tr("Disabled"), QString::number(disabled)},
                     {ReportWriter::tr("VIP (active)"), QString::number(vip)}};
    return Section{ReportWriter::tr("Client profiles"), {fields}};
}

Section findingsSection(const Findings& findings) {
    Section section{ReportWriter::tr("Open findings"), {}};
    if (findings.isEmpty()) {
        section.blocks << Block::paragraph(ReportWriter::tr("No open finding."));
        return section;
    }
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        Block table = Block::table(
            {ReportWriter::tr("Rule"), ReportWriter::tr("Problem"), ReportWriter::tr("Fix")}, {10, 50, 40});
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

Report activationReport(const ActivationReportInput& in) {
    Report report;
    report.title = ReportWriter::tr("Activation summary: %1").arg(in.site.site.name);
    const QString partner = in.partner.settings.partnerName;
    report.subtitle = partner.isEmpty()
                          ? ReportWriter::tr("Generated %1").arg(dateText(in.generatedOn))
                          : ReportWriter::tr("Prepared by %1, %2").arg(partner, dateText(in.generatedOn));
    report.sections << siteSection(in) << contractSection(in.site.site)
                    << readinessSection(Readiness::of(in.site, in.findings)) << rulesSection(in)
                    << approversSection(in) << referencesSection(in) << credentialsSection(in.site)
                    << profilesSection(in.site) << findingsSection(in.findings);
    return report;
}

// ---------------------------------------------------------------------------------------------
// Markdown

QString markdownEscaped(const QString& text) {
    // Characters that would start emphasis, code, links, HTML or break a table; line breaks would end
    // the list item or the table row they are in.
    static const QString special = u"\\`*_[]<>|&~#"_s;
    QString out;
    out.reserve(text.size());
    for (QChar c : text.simplified()) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString toMarkdown(const Report& report) {
    QStringList lines;
    lines << u"# "_s + markdownEscaped(report.title) << QString() << markdownEscaped(report.subtitle);
    for (const Section& section : report.sections) {
        lines << QString() << u"## "_s + markdownEscaped(section.title);
        for (const Block& block : section.blocks) {
            lines << QString();
            switch (block.kind) {
            case Block::Kind::Paragraph:
                lines << markdownEscaped(block.text);
                break;
            case Block::Kind::Subheading:
                lines << u"### "_s + markdownEscaped(block.text);
                break;
            case Block::Kind::Fields:
                for (const auto& [label, value] : block.fields) {
                    QStringList values;
                    for (const QString& line : value.split(u'\n'))
                        values << markdownEscaped(line);
                    lines << u"- **%1:** %2"_s.arg(markdownEscaped(label), values.join(u"; "_s));
                }
                break;
            case Block::Kind::Checklist:
                for (const Block::Item& item : block.items) {
                    QString line = u"- "_s;
                    if (item.mark != Mark::None)
                        line += item.mark == Mark::Passed ? u"✓ "_s : u"✗ "_s;
                    line += markdownEscaped(item.title);
                    if (!item.detail.isEmpty())
                        line += u" — "_s + markdownEscaped(item.detail);
                    lines << line;
                }
                break;
            case Block::Kind::Table: {
                QStringList header;
                QStringList rule;
                for (const QString& title : block.header) {
                    header << markdownEscaped(title);
                    rule << u"---"_s;
                }
                lines << u"| "_s + header.join(u" | "_s) + u" |"_s << u"| "_s + rule.join(u" | "_s) + u" |"_s;
                for (const QStringList& row : block.rows) {
                    QStringList cells;
                    for (const QString& cell : row)
                        cells << markdownEscaped(QString(cell).replace(u'\n', u"; "_s));
                    lines << u"| "_s + cells.join(u" | "_s) + u" |"_s;
                }
                break;
            }
            }
        }
    }
    lines << QString();
    return lines.join(u'\n');
}

// ---------------------------------------------------------------------------------------------
// HTML for QTextDocument (its CSS subset: no floats, no flexbox; tables do the layout).

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x5b, 0x64, 0x70);
const QColor kRule(0xd0, 0xd7, 0xde);

QString html(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString reportCss() {
    // QTextDocument takes margins in (96 dpi) pixels only, font sizes in points.
    return uR"(
body { color: #1f2937; }
h1 { font-size: 19pt; font-weight: 600; color: #16324f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #16324f; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 10pt; font-weight: 600; color: #1f2937; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 6px; }
p.subtitle { color: #5b6470; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-width: 0; margin-bottom: 4px; }
table.grid th { background-color: #eef2f6; color: #16324f; font-weight: 600; text-align: left;
                border-bottom: 1px solid #c3ccd6; }
table.grid td { border-bottom: 1px solid #e3e8ee; vertical-align: top; }
table.fields td { vertical-align: top; }
td.label { color: #5b6470; }
td.pass { color: #1a7f37; font-weight: 600; }
td.miss { color: #c0392b; font-weight: 600; }
span.detail { color: #5b6470; }
)"_s;
}

QString colgroup(const Block& block, qsizetype column) {
    const int width = block.widths.value(column);
    return width > 0 ? u" width=\"%1%\""_s.arg(width) : QString();
}

QString toHtml(const Report& report) {
    QString out = u"<html><head><style>"_s + reportCss() + u"</style></head><body>"_s;
    out += u"<h1>%1</h1><p class=\"subtitle\">%2</p>"_s.arg(html(report.title), html(report.subtitle));
    for (const Section& section : report.sections) {
        out += u"<h2>%1</h2>"_s.arg(html(section.title));
        for (const Block& block : section.blocks) {
            switch (block.kind) {
            case Block::Kind::Paragraph:
                out += u"<p>%1</p>"_s.arg(html(block.text));
                break;
            case Block::Kind::Subheading:
                out += u"<h3>%1</h3>"_s.arg(html(block.text));
                break;
            case Block::Kind::Fields:
                out += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
                for (const auto& [label, value] : block.fields)
                    out += u"<tr><td class=\"label\" width=\"24%\">%1</td><td>%2</td></tr>"_s.arg(
                        html(label), html(value));
                out += u"</table>"_s;
                break;
            case Block::Kind::Checklist:
                out += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
                for (const Block::Item& item : block.items) {
                    const bool passed = item.mark == Mark::Passed;
                    out += u"<tr><td class=\"%1\" width=\"4%\">%2</td><td>%3"_s.arg(
                        passed ? u"pass"_s : u"miss"_s, passed ? u"✓"_s : u"✗"_s, html(item.title));
                    if (!item.detail.isEmpty())
                        out += u"<br><span class=\"detail\">%1</span>"_s.arg(html(item.detail));
                    out += u"</td></tr>"_s;
                }
                out += u"</table>"_s;
                break;
            case Block::Kind::Table:
                out +=
                    u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_s;
                for (qsizetype c = 0; c < block.header.size(); ++c)
                    out += u"<th%1>%2</th>"_s.arg(colgroup(block, c), html(block.header[c]));
                out += u"</tr></thead>"_s;
                for (const QStringList& row : block.rows) {
                    out += u"<tr>"_s;
                    for (const QString& cell : row)
                        out += u"<td>%1</td>"_s.arg(html(cell));
                    out += u"</tr>"_s;
                }
                out += u"</table>"_s;
                break;
            }
        }
    }
    out += u"</body></html>"_s;
    return out;
}

// ---------------------------------------------------------------------------------------------
// PDF output

struct PageFrame {
    QString title; // the PDF's metadata title
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    bool pageNumbers = true;
};

// QTextDocument breaks pages wherever a line falls, so a heading can end a page while what it heads
// starts the next one. A heading (with the headings right after it) moves to the next page when what
// follows it, up to a quarter page, would not fit below it.
void keepHeadingsWithNext(QTextDocument& doc, double pageHeight) {
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    auto isHeading = [](const QTextFrame::iterator& it) {
        return !it.currentFrame() && it.currentBlock().blockFormat().headingLevel() > 0;
    };
    auto rectOf = [&](const QTextFrame::iterator& it) {
        return it.currentFrame() ? layout->frameBoundingRect(it.currentFrame())
                                 : layout->blockBoundingRect(it.currentBlock());
    };
    bool afterHeading = false;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (!isHeading(it) || afterHeading) {
            afterHeading = isHeading(it);
            continue;
        }
        afterHeading = true;
        auto next = it;
        while (!next.atEnd() && isHeading(next))
            ++next;
        if (next.atEnd())
            break;
        const double top = rectOf(it).top();
        const double nextTop = rectOf(next).top();
        const double needed = nextTop - top + std::min(rectOf(next).height(), pageHeight / 4);
        const int page = int(top / pageHeight);
        if (page == int((top + needed) / pageHeight) || needed >= pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(it.currentBlock()).mergeBlockFormat(format);
    }
}

QFont documentFont(double pointSize) {
    QFont font;
    // The first family the system has wins: the platforms' own clean sans serifs, then DejaVu (Linux).
    font.setFamilies({u"Segoe UI"_s, u"Helvetica Neue"_s, u"Arial"_s, u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

Error writeError(const QString& path, const QString& reason) {
    return Error{ReportWriter::tr("Cannot write the PDF: %1. Choose a folder you can write to, or close the "
                                  "file if another program has it open.")
                     .arg(reason),
                 QDir::toNativeSeparators(path)};
}

// Lays out the HTML of `htmlForAttempt(0)` on A4 pages with the frame's header and footer and writes
// it to `path` atomically. With `attempts` > 1 the next attempt (a tighter layout) is tried while the
// document takes more than one page.
Result<void> writePdf(const QString& path, const PageFrame& frame,
                      const std::function<QString(int attempt)>& htmlForAttempt, int attempts,
                      double pointSize) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{ReportWriter::tr("PDF output needs the graphical application object (QGuiApplication); "
                                      "this program did not create one."),
                     QDir::toNativeSeparators(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(frame.title);
    writer.setCreator(u"Sitekeeper"_s);

    const double mm = writer.resolution() / 25.4;
    const double width = writer.width();
    const bool hasHeader = !frame.headerLeft.isEmpty() || !frame.headerRight.isEmpty();
    const double headerHeight = hasHeader ? 12 * mm : 0;
    const double footerHeight = 12 * mm;
    const double bodyHeight = writer.height() - headerHeight - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(documentFont(pointSize));
    doc.setPageSize(QSizeF(width, bodyHeight));
    for (int attempt = 0; attempt < attempts; ++attempt) {
        doc.setHtml(htmlForAttempt(attempt));
        if (doc.pageCount() <= 1)
            break;
    }
    keepHeadingsWithNext(doc, bodyHeight);

    QPainter painter;
    if (!painter.begin(&writer))
        return writeError(path, ReportWriter::tr("the PDF could not be started"));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = doc.pageCount();
    const QFont small = documentFont(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QPen(kRule, 0.25 * mm));
        if (hasHeader) {
            painter.drawLine(QPointF(0, headerHeight - 4 * mm), QPointF(width, headerHeight - 4 * mm));
            painter.setPen(kMuted);
            const QRectF band(0, 0, width, headerHeight - 5.5 * mm);
            painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, frame.headerLeft);
            painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, frame.headerRight);
        }
        const double footerTop = headerHeight + bodyHeight;
        painter.setPen(QPen(kRule, 0.25 * mm));
        painter.drawLine(QPointF(0, footerTop + 4 * mm), QPointF(width, footerTop + 4 * mm));
        painter.setPen(kMuted);
        const QRectF footer(0, footerTop + 5.5 * mm, width, footerHeight - 5.5 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, frame.footerLeft);
        if (frame.pageNumbers)
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             ReportWriter::tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, kInk);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return writeError(path, ReportWriter::tr("the PDF could not be finished"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

// ---------------------------------------------------------------------------------------------
// The handout

QString phoneText(const QString& phone, const QString& region) {
    const PhoneNumber number = PhoneNumber::parse(phone, region);
    if (!number.isValid())
        return phone;
    return number.regionCode() == region ? number.national() : number.international();
}

QString coverageSentence(Coverage coverage) {
    switch (coverage) {
    case Coverage::BusinessHours:
        return ReportWriter::tr("We answer calls and chats during your business hours.");
    case Coverage::ExtendedHours:
        return ReportWriter::tr(
            "We answer calls and chats during extended hours, beyond your business hours.");
    case Coverage::Always:
        return ReportWriter::tr("We answer calls and chats around the clock, every day of the year.");
    case Coverage::None:
        break;
    }
    return {};
}

// `scale` shrinks type and spacing together when the page would overflow.
QString handoutCss(double scale) {
    auto pt = [scale](double size) -> QString {
        return QString::number(size * scale, 'f', 2) + u"pt"_s;
    };
    auto px = [scale](double size) -> QString {
        return QString::number(qRound(size * scale)) + u"px"_s;
    };
    return uR"(
body { font-size: %1; color: #1f2937; }
h1 { font-size: %2; font-weight: 700; color: #ffffff; margin-top: 0px; margin-bottom: 0px; }
h2 { font-size: %3; font-weight: 600; color: #16324f; margin-top: %4; margin-bottom: %5; }
p { margin-top: 0px; margin-bottom: %5; }
p.lead { font-size: %6; color: #d6e2ef; margin-bottom: 0px; }
td.channel { color: #5b6470; font-size: %7; }
td.value { font-size: %6; font-weight: 600; color: #16324f; }
td.big { font-size: %8; font-weight: 700; color: #16324f; }
p.note { color: #5b6470; }
li { margin-bottom: %9; }
)"_s.arg(pt(10.5), pt(24), pt(13.5), px(22), px(6), pt(12), pt(10), pt(20), px(3));
}

QString bulletList(const QStringList& items) {
    QString out = u"<ul style=\"margin-left: 0; -qt-list-indent: 1;\">"_s;
    for (const QString& item : items)
        out += u"<li>%1</li>"_s.arg(item);
    return out + u"</ul>"_s;
}

QStringList escapedAll(const QStringList& items) {
    QStringList out;
    for (const QString& item : items)
        out << html(item);
    return out;
}

QString handoutHtml(const HandoutInput& in, const QString& name, const HandoutScope& scope) {
    const Site& site = in.site;
    const auto& contact = in.contact;
    QString out;
    // The title band: the name users will hear when we answer.
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"14\" style=\"background-color: #16324f;\">"
           "<tr><td><h1>%1</h1><p class=\"lead\">%2</p></td></tr></table>"_s.arg(
               html(name), html(ReportWriter::tr("Your help desk at %1").arg(site.name)));

    // How to reach us: one shaded panel, a channel a line, the phone number largest.
    out +=
        u"<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"background-color: #eef3f8;\">"_s;
    auto channel = [&](const QString& label, const QString& cell) {
        out +=
            u"<tr><td class=\"channel\" width=\"14%\" style=\"vertical-align: middle;\">%1</td>%2</tr>"_s.arg(
                html(label), cell);
    };
    if (!contact.phone.isEmpty()) {
        // No line break inside the number.
        const QString phone = phoneText(contact.phone, in.phoneRegion).replace(u' ', QChar(0xa0));
        channel(ReportWriter::tr("Call"), u"<td class=\"big\">%1</td>"_s.arg(html(phone)));
    }
    if (!contact.chatUrl.isEmpty())
        channel(
            ReportWriter::tr("Chat"),
            u"<td class=\"value\"><a href=\"%1\" style=\"color: #16324f; text-decoration: none;\">%2</a></td>"_s
                .arg(contact.chatUrl.toHtmlEscaped(), html(contact.chatUrl)));
    if (!contact.email.isEmpty())
        channel(ReportWriter::tr("Email"), u"<td class=\"value\">%1</td>"_s.arg(html(contact.email)));
    out += u"</table>"_s;
    out += u"<p class=\"note\" style=\"margin-top: 6px;\">%1</p>"_s.arg(html(ReportWriter::tr(
        "Something urgent? Call or chat: emails wait until the live calls and chats are answered.")));

    // Hours.
    out += u"<h2>%1</h2>"_s.arg(html(ReportWriter::tr("When we are there")));
    out += u"<p>%1</p>"_s.arg(html(coverageSentence(site.coverage)));
    if (!site.businessHours.isEmpty()) {
        QStringList hours;
        for (const TimeWindow& window : site.businessHours)
            hours << html(windowText(window, site.timeZone));
        out += u"<p>%1 %2</p>"_s.arg(html(ReportWriter::tr("Your business hours:")), hours.join(u"; "_s));
    }
    if (!site.timeZone.isEmpty())
        out += u"<p class=\"note\">%1</p>"_s.arg(
            html(ReportWriter::tr("Times are %1.").arg(zoneText(site.timeZone))));

    // Email.
    if (!contact.email.isEmpty()) {
        out += u"<h2>%1</h2>"_s.arg(html(ReportWriter::tr("Writing to us")));
        QString from = ReportWriter::tr("Send your email from your work address");
        if (!site.emailDomains.isEmpty()) {
            QStringList domains;
            for (const QString& domain : site.emailDomains)
                domains << u'@' + domain;
            from += u" (%1)"_s.arg(joinWords(domains));
        }
        out += u"<p>%1</p>"_s.arg(html(
            from +
            ReportWriter::tr(": we can only open a ticket when we know who wrote. Put in the message:")));
        out += bulletList(escapedAll(
            {ReportWriter::tr("your full name"), ReportWriter::tr("your company: %1").arg(site.name),
             ReportWriter::tr("the number or numbers we can call you back on"),
             ReportWriter::tr("what is wrong, in detail: the exact error message, since "
                              "when, and what you were doing")}));
        QString after =
            ReportWriter::tr("We answer emails in the order they arrive; when we need to call you back, "
                             "we call on the next business day.");
        if (!site.emailDomains.isEmpty())
            after = ReportWriter::tr("An automatic reply tells you your ticket number. ") + after;
        out += u"<p class=\"note\">%1</p>"_s.arg(html(after));
    }

    // Scope.
    if (!scope.handled.isEmpty() || !scope.passedOn.isEmpty()) {
        out += u"<h2>%1</h2>"_s.arg(html(ReportWriter::tr("What we do")));
        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
        if (!scope.handled.isEmpty())
            out +=
                u"<td width=\"50%\" style=\"vertical-align: top; padding-right: 12px;\"><p><b>%1</b></p>%2</td>"_s
                    .arg(html(ReportWriter::tr("We solve")), bulletList(escapedAll(scope.handled)));
        if (!scope.passedOn.isEmpty())
            out +=
                u"<td width=\"50%\" style=\"vertical-align: top;\"><p><b>%1</b></p>%2<p class=\"note\">%3</p></td>"_s
                    .arg(html(ReportWriter::tr("We pass on to your IT team")),
                         bulletList(escapedAll(scope.passedOn)),
                         html(ReportWriter::tr("Contact us for these too: we record the request and hand it "
                                               "to the right people.")));
        out += u"</tr></table>"_s;
    }

    // Tips.
    out += u"<h2>%1</h2>"_s.arg(html(ReportWriter::tr("For a quick answer")));
    QString computer = ReportWriter::tr("Have the name of your computer at hand");
    if (!site.deviceNamingScheme.isEmpty())
        computer += u' ' + ReportWriter::tr("(here they look like %1)").arg(site.deviceNamingScheme);
    computer += u'.';
    out += bulletList(escapedAll({
        ReportWriter::tr(
            "Contact us yourself when the problem is yours: a request made for someone else takes "
            "longer, because we need to reach the person it affects."),
        computer,
        ReportWriter::tr("Write down the exact error message, or take a screenshot."),
        ReportWriter::tr("Keep your mobile phone close: we may text you a code to confirm it is you."),
        ReportWriter::tr("Never send a password by email. We will not ask you to."),
        ReportWriter::tr("Missed our call? We leave a voicemail: call us back or answer our email."),
    }));
    return out;
}

bool mentionsAny(const QString& text, const QStringList& terms) {
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString& term) {
        return !term.trimmed().isEmpty() && text.contains(term.trimmed(), Qt::CaseInsensitive);
    });
}

Result<void> writeText(const QString& text, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ReportWriter::tr("Cannot write the file: %1. Choose a folder you can write to.")
                         .arg(file.errorString()),
                     QDir::toNativeSeparators(path)};
    file.write(text.toUtf8());
    if (!file.commit())
        return Error{ReportWriter::tr("Cannot write the file: %1. Check the free space and try again.")
                         .arg(file.errorString()),
                     QDir::toNativeSeparators(path)};
    return {};
}

} // namespace

QString ReportWriter::activationMarkdown(const ActivationReportInput& input) {
    return toMarkdown(activationReport(input));
}

Result<void> ReportWriter::writeActivationMarkdown(const ActivationReportInput& input, const QString& path) {
    return writeText(activationMarkdown(input), path);
}

Result<void> ReportWriter::writeActivationPdf(const ActivationReportInput& input, const QString& path) {
    const Report report = activationReport(input);
    const QString partner = input.partner.settings.partnerName;
    PageFrame frame;
    frame.title = report.title;
    frame.headerLeft = partner;
    frame.headerRight = tr("Activation summary · %1").arg(input.site.site.name);
    frame.footerLeft = partner.isEmpty()
                           ? tr("Generated %1").arg(dateText(input.generatedOn))
                           : tr("Generated %1 for %2").arg(dateText(input.generatedOn), partner);
    const QString body = toHtml(report);
    return writePdf(
        path, frame, [&](int) -> QString { return body; }, 1, 9);
}

Result<void> ReportWriter::writeHandoutPdf(const HandoutInput& input, const QString& path) {
    const Site& site = input.site;
    if (site.coverage == Coverage::None)
        return Error{tr("%1 has no help desk coverage: choose a coverage before handing out the help desk's "
                        "contact details.")
                         .arg(site.name),
                     u"coverage"_s};
    const auto& contact = input.contact;
    if (contact.phone.isEmpty() && contact.email.isEmpty() && contact.chatUrl.isEmpty())
        return Error{tr("The help desk contact is empty: set its phone number, email address or chat link in "
                        "the preferences."),
                     u"help_desk"_s};
    const QString name = answerAsOrDefault(site, input.settings.partnerName);
    const HandoutScope scope = handoutScope(site.scopeNotes, input.settings.forbiddenTerms);
    PageFrame frame;
    frame.title = tr("%1: help desk").arg(name);
    frame.footerLeft = tr("%1 · %2 · updated %3").arg(name, site.name, dateText(input.generatedOn));
    frame.pageNumbers = false;
    // One page: long scope lists get a smaller type size rather than a second page.
    constexpr int attempts = 6;
    constexpr double step = 0.06;
    const QString body = handoutHtml(input, name, scope);
    return writePdf(
        path, frame,
        [&](int attempt) -> QString {
            return u"<html><head><style>"_s + handoutCss(1.0 - attempt * step) + u"</style></head><body>"_s +
                   body + u"</body></html>"_s;
        },
        attempts, 10.5);
}

HandoutScope ReportWriter::handoutScope(const QString& scopeNotes, const QStringList& forbiddenTerms) {
    static const QStringList handledLabels{u"tier 1"_s, u"in scope"_s, u"handled"_s, u"we solve"_s};
    static const QStringList passedOnLabels{u"to the partner"_s, u"out of scope"_s, u"not handled"_s,
                                            u"escalated"_s, u"to the msp"_s};
    HandoutScope scope;
    for (const QString& rawLine : scopeNotes.split(u'\n')) {
        const QString line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString label = line.left(colon).trimmed().toLower();
        QStringList* target = handledLabels.contains(label)    ? &scope.handled
                              : passedOnLabels.contains(label) ? &scope.passedOn
                                                               : nullptr;
        if (!target)
            continue;
        for (QString item : line.mid(colon + 1).split(QRegularExpression(u"[,;]"_s))) {
            item = item.trimmed();
            while (item.endsWith(u'.'))
                item.chop(1);
            if (!item.isEmpty() && !mentionsAny(item, forbiddenTerms))
                target->append(capitalized(item));
        }
    }
    return scope;
}

} // namespace sitekeeper
