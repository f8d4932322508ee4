// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "Finding.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sitekeeper {

// Everything the activation summary of one site shows. Plain data, so that the workspace fills it
// from a check and tests fill it in memory. The readiness checklist is computed from `site` and
// `findings` (Readiness::of), so the two can never disagree.
struct ActivationReportInput {
    // The site with its ancestors (parent and where the servers are), profiles (approvers' names and
    // the counts), references, approvers, notification rules and credentials.
    SiteData site;
    // The partner contacts the rules and approvers name, the approval types, the partner-wide
    // references, and the settings (partnerName for Answer As, the header and the footer).
    PartnerData partner;
    // The site's open findings (Rulebook::checkSite).
    Findings findings;
    // Printed as the generation date; injected so that the document does not depend on the clock.
    QDate generatedOn;
};

// The activation summary sent to the service when requesting go-live: one ReportDocument (site,
// contract and SLA targets, readiness, notification rules, approvers, references, credentials without
// secrets, profile counts, open findings), rendered as Markdown or, through HTML, as PDF, so both say
// the same. Pure functions of the input: no database, no clock.
class ActivationSummary {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    static ReportDocument document(const ActivationReportInput& input);
    static QString markdown(const ActivationReportInput& input);
    // Both written atomically: on failure an existing file at `path` is left as it was.
    static Result<void> writeMarkdown(const ActivationReportInput& input, const QString& path);
    static Result<void> writePdf(const ActivationReportInput& input, const QString& path);
};

} // namespace sitekeeper
