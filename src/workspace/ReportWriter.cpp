// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "Checker.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

namespace sitekeeper {

Result<void> ReportWriter::writeActivationSummary(const Checker& checker, const QUuid& siteId,
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
    return writeActivation(input, path);
}

Result<void> ReportWriter::writeActivation(const ActivationReportInput& input, const QString& path) {
    return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
               ? ActivationSummary::writeMarkdown(input, path)
               : ActivationSummary::writePdf(input, path);
}

Result<void> ReportWriter::writeClientHandout(Workspace& workspace, const QUuid& siteId, const QDate& today,
                                              const QString& path,
                                              const std::optional<HelpDeskContact>& contact) {
    auto site = workspace.store().sites().get(siteId);
    if (!site)
        return site.error();
    const WorkspaceSettings& settings = workspace.settings();
    HandoutInput input;
    input.site = std::move(site).value();
    input.settings = settings.checkSettings();
    input.contact = contact.value_or(settings.helpDeskContact());
    input.phoneRegion = settings.defaultPhoneRegion();
    input.generatedOn = today;
    return ClientHandout::writePdf(input, path);
}

} // namespace sitekeeper
