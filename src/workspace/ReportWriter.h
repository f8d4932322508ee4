// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "Finding.h"
#include "Result.h"
#include "WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// Everything the activation summary of one site shows. Plain data, so that the CLI and the console
// fill it from the workspace and tests fill it in memory. The readiness checklist is computed from
// `site` and `findings` (Readiness::of), so the two can never disagree.
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

// What the client handout of one site needs.
struct HandoutInput {
    Site site;
    // partnerName (when the site answers as the partner) and forbiddenTerms (scope lines naming one
    // are left out: the handout never names the service vendor).
    CheckSettings settings;
    WorkspaceSettings::HelpDeskContact contact;
    // WorkspaceSettings::defaultPhoneRegion(): a help desk number of this region is printed the way
    // people there dial it, any other in international format.
    QString phoneRegion;
    QDate generatedOn;
};

// What the handout says the help desk handles, read from Site::scopeNotes. Only lines that say what
// they are count ("Tier 1: passwords, printers." / "To the partner: server changes."); every other
// line is the partner's own note and never reaches end users.
struct HandoutScope {
    QStringList handled;  // "Tier 1:", "In scope:", "Handled:" lines, split at commas
    QStringList passedOn; // "To the partner:", "Out of scope:", "Not handled:" lines, split at commas

    bool operator==(const HandoutScope&) const = default;
};

// The documents an admin hands out: the activation summary sent to the service when requesting
// go-live (Markdown or PDF), and the one-page handout for a site's end users (PDF). Pure functions of
// their input: no database, no clock. PDF output needs a QGuiApplication (fonts); the offscreen
// platform is enough.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    static QString activationMarkdown(const ActivationReportInput& input);
    // Written atomically: on failure an existing file at `path` is left as it was.
    static Result<void> writeActivationMarkdown(const ActivationReportInput& input, const QString& path);
    static Result<void> writeActivationPdf(const ActivationReportInput& input, const QString& path);

    // One A4 page under the site's Answer As name. Fails when the site has no coverage or the help
    // desk contact is empty: such a handout would send users nowhere.
    static Result<void> writeHandoutPdf(const HandoutInput& input, const QString& path);

    static HandoutScope handoutScope(const QString& scopeNotes, const QStringList& forbiddenTerms);
};

} // namespace sitekeeper
