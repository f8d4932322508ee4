// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include <set>

namespace sitekeeper {

// A weekly window of wall-clock time in one time zone: business hours, a notification rule's
// hours, a contact's availability. When `end <= start` the window runs overnight: it starts on
// each listed day and ends on the following day (equal times make a 24-hour window).
struct TimeWindow {
    std::set<Weekday> days;
    QTime start;
    QTime end;
    QString timeZone; // IANA id, "Europe/Berlin"

    bool operator==(const TimeWindow&) const = default;

    bool isOvernight() const { return end <= start; }

    // Whether `moment` falls inside the window, judged on the wall clock of the window's time zone
    // (so the window follows daylight saving time). Start inclusive, end exclusive. False when the
    // window is not valid.
    bool contains(const QDateTime& moment) const;

    // Field names as in the bundle: "days", "start", "end", "time_zone".
    FieldErrors validate() const;

    // `{days: ["mon", ...], start: "HH:MM", end: "HH:MM", time_zone}`; days in week order.
    QJsonObject toJson() const;
    static TimeWindow fromJson(const QJsonObject& json, FieldErrors* errors);

    // Whether `id` is a time zone this system knows (an IANA id such as "America/New_York").
    static bool isValidTimeZone(const QString& id);

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::TimeWindow)
};

} // namespace sitekeeper
