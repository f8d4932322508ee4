// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace sitekeeper {

QString toString(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString displayName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("sitekeeper::Finding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("sitekeeper::Finding", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("sitekeeper::Finding", "Info");
    }
    return {};
}

std::optional<Severity> severityFromString(const QString& text) {
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (toString(severity) == text)
            return severity;
    }
    return std::nullopt;
}

void FindingSummary::add(const Finding& finding) {
    switch (finding.severity) {
    case Severity::Error:
        ++errors;
        break;
    case Severity::Warning:
        ++warnings;
        break;
    case Severity::Info:
        ++infos;
        break;
    }
}

} // namespace sitekeeper
