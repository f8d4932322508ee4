// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteSummary.h"

#include "Site.h"

#include <QLocale>

namespace sitekeeper {

QString SiteSummary::html(const Site& site, const std::function<qint64(EntityKind)>& count) {
    QStringList lines;
    lines << tr("<b>Coverage:</b> %1").arg(displayName(site.coverage));
    lines << tr("<b>Activation:</b> %1").arg(displayName(site.activationStatus));
    lines << tr("<b>Answer as:</b> %1")
                 .arg(site.answerAs == AnswerAs::Custom ? site.answerAsText.toHtmlEscaped()
                                                        : displayName(site.answerAs));
    lines << tr("<b>Email domains:</b> %1")
                 .arg(site.emailDomains.isEmpty()
                          ? tr("none — email from this site cannot become tickets")
                          : site.emailDomains.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("<b>Time zone:</b> %1").arg(site.timeZone.isEmpty() ? tr("not set") : site.timeZone);
    lines << tr("<b>Servers here:</b> %1").arg(site.holdsServers ? tr("yes") : tr("no"));
    if (site.goLiveDate.isValid())
        lines << tr("<b>Go-live:</b> %1").arg(QLocale().toString(site.goLiveDate, QLocale::ShortFormat));
    if (!site.champion.isEmpty())
        lines << tr("<b>Champion:</b> %1").arg(site.champion.toHtmlEscaped());
    lines
        << tr("<b>Client profiles:</b> %1 · <b>References:</b> %2 · <b>Approvers:</b> %3 · <b>Rules:</b> %4")
               .arg(count(EntityKind::ClientProfile))
               .arg(count(EntityKind::Reference))
               .arg(count(EntityKind::Approver))
               .arg(count(EntityKind::NotificationRule));
    if (!site.scopeNotes.isEmpty())
        lines << tr("<b>Scope:</b><br>%1")
                     .arg(site.scopeNotes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace sitekeeper
