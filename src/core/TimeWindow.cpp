// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeWindow.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace sitekeeper {

bool TimeWindow::isValidTimeZone(const QString& id) {
    if (id.isEmpty())
        return false;
    const QByteArray ianaId = id.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(ianaId))
        return true;
    // Qt lists only canonical zones; links such as Etc/UTC or US/Eastern are valid IANA ids too.
    // QTimeZone alone accepts any POSIX rule ("foo" is UTC), so ask the tz database itself.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$"));
    if (!name.match(id).hasMatch())
        return false;
    QStringList directories{QStringLiteral("/usr/share/zoneinfo"), QStringLiteral("/usr/lib/zoneinfo"),
                            QStringLiteral("/usr/share/lib/zoneinfo")};
    if (const QString tzDir = qEnvironmentVariable("TZDIR"); !tzDir.isEmpty())
        directories.prepend(tzDir);
    for (const QString& directory : directories) {
        const QFileInfo file(directory + QLatin1Char('/') + id);
        if (file.isFile())
            return QTimeZone(ianaId).isValid();
    }
    return false;
}

bool TimeWindow::contains(const QDateTime& moment) const {
    if (!moment.isValid() || days.empty() || !start.isValid() || !end.isValid() || timeZone.isEmpty())
        return false;
    const QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        return false;
    const QDateTime local = moment.toTimeZone(zone);
    const QDate date = local.date();
    const QTime time = local.time();
    const auto listed = [this](const QDate& day) {
        return days.contains(static_cast<Weekday>(day.dayOfWeek()));
    };
    if (!isOvernight())
        return listed(date) && time >= start && time < end;
    // Overnight: the part after start belongs to today's window, the part before end to yesterday's.
    return (listed(date) && time >= start) || (listed(date.addDays(-1)) && time < end);
}

FieldErrors TimeWindow::validate() const {
    FieldErrors errors;
    if (days.empty())
        errors.append({QStringLiteral("days"), tr("Choose at least one day.")});
    if (!start.isValid())
        errors.append({QStringLiteral("start"), tr("Enter a start time (HH:MM).")});
    if (!end.isValid())
        errors.append({QStringLiteral("end"), tr("Enter an end time (HH:MM).")});
    if (start.isValid() && (start.second() != 0 || start.msec() != 0))
        errors.append({QStringLiteral("start"), tr("Times are whole minutes; remove the seconds.")});
    if (end.isValid() && (end.second() != 0 || end.msec() != 0))
        errors.append({QStringLiteral("end"), tr("Times are whole minutes; remove the seconds.")});
    Validator zone;
    zone.timeZone(QStringLiteral("time_zone"), timeZone, Validator::Presence::Required);
    errors.append(zone.errors());
    return errors;
}

QJsonObject TimeWindow::toJson() const {
    QJsonArray dayArray;
    for (Weekday day : days)
        dayArray.append(toString(day));
    return QJsonObject{
        {QStringLiteral("days"), dayArray},
        {QStringLiteral("start"), json::fromTime(start)},
        {QStringLiteral("end"), json::fromTime(end)},
        {QStringLiteral("time_zone"), timeZone},
    };
}

TimeWindow TimeWindow::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader reader(json, errors);
    TimeWindow window;
    const QJsonArray dayArray = reader.array("days");
    for (qsizetype i = 0; i < dayArray.size(); ++i) {
        const QString field = QStringLiteral("days[%1]").arg(i);
        const QString name = dayArray.at(i).toString();
        const std::optional<Weekday> day = fromString<Weekday>(name);
        if (!day) {
            reader.addError(
                field,
                tr("expected a day, one of: %1").arg(allStrings<Weekday>().join(QStringLiteral(", "))));
            continue;
        }
        if (window.days.contains(*day))
            reader.addError(field, tr("\"%1\" is listed twice; list each day once.").arg(name));
        window.days.insert(*day);
    }
    window.start = reader.time("start");
    window.end = reader.time("end");
    window.timeZone = reader.string("time_zone");
    return window;
}

} // namespace sitekeeper
