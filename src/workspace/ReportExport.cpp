// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExport.h"

#include "Checker.h"
#include "ReportWriter.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

namespace sitekeeper {

Result<void> ReportExport::activationSummary(const Checker& checker, const QUuid& siteId,
                                             const QString& path) {
    auto site = checker.siteData(siteId);
    if (!site)
        return site.error();
    auto partner = checker.partnerData();
    if (!partner)
        return partner.error();
    const Checker::SiteResult* result = checker.site(siteId);
    const ActivationReportInput input{std::move(site).value(), std::move(partner).value(),
                                      result ? result->findings : Findings{}, checker.today()};
    return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
               ? ReportWriter::writeActivationMarkdown(input, path)
               : ReportWriter::writeActivationPdf(input, path);
}

Result<void> ReportExport::clientHandout(Workspace& workspace, const QUuid& siteId,
                                         const HelpDeskContact& contact, const QDate& today,
                                         const QString& path) {
    auto site = workspace.store().sites().get(siteId);
    if (!site)
        return site.error();
    HandoutInput input;
    input.site = std::move(site).value();
    input.settings = workspace.partnerSettings().check;
    input.contact = contact;
    input.phoneRegion = workspace.settings().defaultPhoneRegion();
    input.generatedOn = today;
    return ReportWriter::writeHandoutPdf(input, path);
}

bool ReportExport::reachable(const HelpDeskContact& contact) {
    return !contact.phone.isEmpty() || !contact.email.isEmpty();
}

} // namespace sitekeeper
