// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivationSummary.h"
#include "ClientHandout.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sitekeeper {

// The workspace's door to the reports library (ActivationSummary, ClientHandout): the use cases that
// gather what a document shows are in ReportExport.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
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
