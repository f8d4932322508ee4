// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "TimeWindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// Words for values as both documents print them (English dates such as "3 Mar 2025", "Monday to
// Friday, 08:00–17:00"). The reports share the translation context of the workspace's ReportWriter,
// which the catalogues already hold.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    // Day, month name and year; "not set" for a null date.
    static QString dateText(const QDate& date);
    // "a, b and c".
    static QString joinWords(const QStringList& parts);
    static QString capitalized(QString text);
    // "Monday to Friday, 08:00–17:00"; the window's own time zone is added when it differs from the
    // site's (`siteZone`).
    static QString windowText(const TimeWindow& window, const QString& siteZone);
    // "Eastern Time (America/New_York)", or the id alone when the system has no name for it.
    static QString zoneText(const QString& id);
};

} // namespace sitekeeper
