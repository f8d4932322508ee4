// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientHandout.h"

#include "HtmlRenderer.h"
#include "PdfWriter.h"
#include "PhoneNumber.h"
#include "ReportText.h"

#include <QRegularExpression>

#include <algorithm>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

// The name technicians answer with; the neutral default when the site's choice is still empty (the
// partner name or the custom text not filled in).
QString answerAsOrDefault(const Site& site, const QString& partnerName) {
    const QString name = site.answerAsName(partnerName);
    return name.isEmpty() ? Site{}.answerAsName(QString()) : name;
}

QString phoneText(const QString& phone, const QString& region) {
    const PhoneNumber number = PhoneNumber::parse(phone, region);
    if (!number.isValid())
        return phone;
    return number.regionCode() == region ? number.national() : number.international();
}

QString coverageSentence(Coverage coverage) {
    switch (coverage) {
    case Coverage::BusinessHours:
        return ClientHandout::tr("We answer calls and chats during your business hours.");
    case Coverage::ExtendedHours:
        return ClientHandout::tr(
            "We answer calls and chats during extended hours, beyond your business hours.");
    case Coverage::Always:
        return ClientHandout::tr("We answer calls and chats around the clock, every day of the year.");
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
        out << HtmlRenderer::escaped(item);
    return out;
}

QString handoutHtml(const HandoutInput& in, const QString& name, const HandoutScope& scope) {
    const Site& site = in.site;
    const auto& contact = in.contact;
    QString out;
    // The title band: the name users will hear when we answer.
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"14\" style=\"background-color: #16324f;\">"
           "<tr><td><h1>%1</h1><p class=\"lead\">%2</p></td></tr></table>"_s.arg(
               HtmlRenderer::escaped(name),
               HtmlRenderer::escaped(ClientHandout::tr("Your help desk at %1").arg(site.name)));

    // How to reach us: one shaded panel, a channel a line, the phone number largest.
    out +=
        u"<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"background-color: #eef3f8;\">"_s;
    auto channel = [&](const QString& label, const QString& cell) {
        out +=
            u"<tr><td class=\"channel\" width=\"14%\" style=\"vertical-align: middle;\">%1</td>%2</tr>"_s.arg(
                HtmlRenderer::escaped(label), cell);
    };
    if (!contact.phone.isEmpty()) {
        // No line break inside the number.
        const QString phone = phoneText(contact.phone, in.phoneRegion).replace(u' ', QChar(0xa0));
        channel(ClientHandout::tr("Call"), u"<td class=\"big\">%1</td>"_s.arg(HtmlRenderer::escaped(phone)));
    }
    if (!contact.chatUrl.isEmpty())
        channel(
            ClientHandout::tr("Chat"),
            u"<td class=\"value\"><a href=\"%1\" style=\"color: #16324f; text-decoration: none;\">%2</a></td>"_s
                .arg(contact.chatUrl.toHtmlEscaped(), HtmlRenderer::escaped(contact.chatUrl)));
    if (!contact.email.isEmpty())
        channel(ClientHandout::tr("Email"),
                u"<td class=\"value\">%1</td>"_s.arg(HtmlRenderer::escaped(contact.email)));
    out += u"</table>"_s;
    out +=
        u"<p class=\"note\" style=\"margin-top: 6px;\">%1</p>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr(
            "Something urgent? Call or chat: emails wait until the live calls and chats are answered.")));

    // Hours.
    out += u"<h2>%1</h2>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr("When we are there")));
    out += u"<p>%1</p>"_s.arg(HtmlRenderer::escaped(coverageSentence(site.coverage)));
    if (!site.businessHours.isEmpty()) {
        QStringList hours;
        for (const TimeWindow& window : site.businessHours)
            hours << HtmlRenderer::escaped(ReportText::windowText(window, site.timeZone));
        out += u"<p>%1 %2</p>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr("Your business hours:")),
                                     hours.join(u"; "_s));
    }
    if (!site.timeZone.isEmpty())
        out += u"<p class=\"note\">%1</p>"_s.arg(HtmlRenderer::escaped(
            ClientHandout::tr("Times are %1.").arg(ReportText::zoneText(site.timeZone))));

    // Email.
    if (!contact.email.isEmpty()) {
        out += u"<h2>%1</h2>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr("Writing to us")));
        QString from = ClientHandout::tr("Send your email from your work address");
        if (!site.emailDomains.isEmpty()) {
            QStringList domains;
            for (const QString& domain : site.emailDomains)
                domains << u'@' + domain;
            from += u" (%1)"_s.arg(ReportText::joinWords(domains));
        }
        out += u"<p>%1</p>"_s.arg(HtmlRenderer::escaped(
            from +
            ClientHandout::tr(": we can only open a ticket when we know who wrote. Put in the message:")));
        out += bulletList(escapedAll(
            {ClientHandout::tr("your full name"), ClientHandout::tr("your company: %1").arg(site.name),
             ClientHandout::tr("the number or numbers we can call you back on"),
             ClientHandout::tr("what is wrong, in detail: the exact error message, since "
                               "when, and what you were doing")}));
        QString after =
            ClientHandout::tr("We answer emails in the order they arrive; when we need to call you back, "
                              "we call on the next business day.");
        if (!site.emailDomains.isEmpty())
            after = ClientHandout::tr("An automatic reply tells you your ticket number. ") + after;
        out += u"<p class=\"note\">%1</p>"_s.arg(HtmlRenderer::escaped(after));
    }

    // Scope.
    if (!scope.handled.isEmpty() || !scope.passedOn.isEmpty()) {
        out += u"<h2>%1</h2>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr("What we do")));
        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
        if (!scope.handled.isEmpty())
            out +=
                u"<td width=\"50%\" style=\"vertical-align: top; padding-right: 12px;\"><p><b>%1</b></p>%2</td>"_s
                    .arg(HtmlRenderer::escaped(ClientHandout::tr("We solve")),
                         bulletList(escapedAll(scope.handled)));
        if (!scope.passedOn.isEmpty())
            out +=
                u"<td width=\"50%\" style=\"vertical-align: top;\"><p><b>%1</b></p>%2<p class=\"note\">%3</p></td>"_s
                    .arg(HtmlRenderer::escaped(ClientHandout::tr("We pass on to your IT team")),
                         bulletList(escapedAll(scope.passedOn)),
                         HtmlRenderer::escaped(
                             ClientHandout::tr("Contact us for these too: we record the request and hand it "
                                               "to the right people.")));
        out += u"</tr></table>"_s;
    }

    // Tips.
    out += u"<h2>%1</h2>"_s.arg(HtmlRenderer::escaped(ClientHandout::tr("For a quick answer")));
    QString computer = ClientHandout::tr("Have the name of your computer at hand");
    if (!site.deviceNamingScheme.isEmpty())
        computer += u' ' + ClientHandout::tr("(here they look like %1)").arg(site.deviceNamingScheme);
    computer += u'.';
    out += bulletList(escapedAll({
        ClientHandout::tr(
            "Contact us yourself when the problem is yours: a request made for someone else takes "
            "longer, because we need to reach the person it affects."),
        computer,
        ClientHandout::tr("Write down the exact error message, or take a screenshot."),
        ClientHandout::tr("Keep your mobile phone close: we may text you a code to confirm it is you."),
        ClientHandout::tr("Never send a password by email. We will not ask you to."),
        ClientHandout::tr("Missed our call? We leave a voicemail: call us back or answer our email."),
    }));
    return out;
}

bool mentionsAny(const QString& text, const QStringList& terms) {
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString& term) {
        return !term.trimmed().isEmpty() && text.contains(term.trimmed(), Qt::CaseInsensitive);
    });
}

} // namespace

QString ClientHandout::bodyHtml(const HandoutInput& input) {
    const QString name = answerAsOrDefault(input.site, input.settings.partnerName);
    return handoutHtml(input, name, scope(input.site.scopeNotes, input.settings.forbiddenTerms));
}

Result<void> ClientHandout::writePdf(const HandoutInput& input, const QString& path) {
    const Site& site = input.site;
    if (site.coverage == Coverage::None)
        return Error{tr("%1 has no help desk coverage: choose a coverage before handing out the help desk's "
                        "contact details.")
                         .arg(site.name),
                     u"coverage"_s, Error::Kind::Invalid};
    const auto& contact = input.contact;
    if (contact.phone.isEmpty() && contact.email.isEmpty() && contact.chatUrl.isEmpty())
        return Error{tr("The help desk contact is empty: set its phone number, email address or chat link in "
                        "the preferences."),
                     u"help_desk"_s, Error::Kind::Invalid};
    const QString name = answerAsOrDefault(site, input.settings.partnerName);
    const HandoutScope scope = ClientHandout::scope(site.scopeNotes, input.settings.forbiddenTerms);
    PdfWriter::PageFrame frame;
    frame.title = tr("%1: help desk").arg(name);
    frame.footerLeft =
        tr("%1 · %2 · updated %3").arg(name, site.name, ReportText::dateText(input.generatedOn));
    frame.pageNumbers = false;
    // One page: long scope lists get a smaller type size rather than a second page.
    constexpr int attempts = 6;
    constexpr double step = 0.06;
    const QString body = handoutHtml(input, name, scope);
    return PdfWriter::write(
        path, frame,
        [&](int attempt) -> QString {
            return u"<html><head><style>"_s + handoutCss(1.0 - attempt * step) + u"</style></head><body>"_s +
                   body + u"</body></html>"_s;
        },
        attempts, 10.5);
}

HandoutScope ClientHandout::scope(const QString& scopeNotes, const QStringList& forbiddenTerms) {
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
                target->append(ReportText::capitalized(item));
        }
    }
    return scope;
}

} // namespace sitekeeper
