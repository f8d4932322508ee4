// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "PartnerSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// What the client handout of one site needs.
struct HandoutInput {
    Site site;
    // partnerName (when the site answers as the partner) and forbiddenTerms (scope lines naming one
    // are left out: the handout never names the service vendor).
    CheckSettings settings;
    HelpDeskContact contact;
    // The workspace's default phone region: a help desk number of this region is printed the way
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

// The one-page handout for a site's end users: how to reach the help desk, when, what to put in an
// email, what it handles. A pure function of its input, laid out by PdfWriter.
class ClientHandout {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    // One A4 page under the site's Answer As name. Fails when the site has no coverage or the help
    // desk contact is empty: such a handout would send users nowhere.
    static Result<void> writePdf(const HandoutInput& input, const QString& path);
    // The page's body as HTML (without the style sheet): what writePdf lays out.
    static QString bodyHtml(const HandoutInput& input);

    static HandoutScope scope(const QString& scopeNotes, const QStringList& forbiddenTerms);
};

} // namespace sitekeeper
