// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartnerSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace sitekeeper {

class Checker;
class Workspace;

// The documents of one site, written with ReportWriter: the console's Reports menu and the CLI's
// `report` call these.
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportExport)

public:
    // The activation summary with the site's current findings (those the Checker has; none when the
    // site has not been checked): Markdown when `path` ends in .md, else PDF.
    static Result<void> activationSummary(const Checker& checker, const QUuid& siteId, const QString& path);
    // The one-page client handout (PDF), telling end users how to reach `contact` (ReportWriter refuses
    // an empty one). The partner settings' contact is `workspace.partnerSettings().helpDesk`.
    static Result<void> clientHandout(Workspace& workspace, const QUuid& siteId,
                                      const HelpDeskContact& contact, const QDate& today,
                                      const QString& path);
    // Whether the contact has a phone number or email address: the console asks for one first.
    static bool reachable(const HelpDeskContact& contact);
};

} // namespace sitekeeper
