// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivationSummary.h"
#include "ClientHandout.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace sitekeeper {

class Checker;
class Workspace;

// The report use cases of the workspace: gather what a document shows (the site's data and findings
// from the Checker, the partner's settings) and have the reports library (ActivationSummary,
// ClientHandout) write it. The GUI and the CLI call the same functions.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    // The activation summary of `siteId` with the checker's findings for it (none when the site was
    // not checked yet) as of the checker's today: Markdown when `path` ends in ".md", else PDF.
    static Result<void> writeActivationSummary(const Checker& checker, const QUuid& siteId,
                                               const QString& path);
    // The client handout of `siteId` with the workspace's settings; `contact` replaces the help desk
    // contact of the settings when given (the CLI's --help-desk-* options).
    static Result<void> writeClientHandout(Workspace& workspace, const QUuid& siteId, const QDate& today,
                                           const QString& path,
                                           const std::optional<HelpDeskContact>& contact = std::nullopt);

    // The same from data in hand.
    static Result<void> writeActivation(const ActivationReportInput& input, const QString& path);
    static QString activationMarkdown(const ActivationReportInput& input) {
        return ActivationSummary::markdown(input);
    }
    static Result<void> writeActivationMarkdown(const ActivationReportInput& input, const QString& path) {
        return ActivationSummary::writeMarkdown(input, path);
    }
    static Result<void> writeActivationPdf(const ActivationReportInput& input, const QString& path) {
        return ActivationSummary::writePdf(input, path);
    }
    static Result<void> writeHandoutPdf(const HandoutInput& input, const QString& path) {
        return ClientHandout::writePdf(input, path);
    }
    static HandoutScope handoutScope(const QString& scopeNotes, const QStringList& forbiddenTerms) {
        return ClientHandout::scope(scopeNotes, forbiddenTerms);
    }
};

} // namespace sitekeeper
