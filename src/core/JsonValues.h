// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QUuid>

// How the contract's scalar types are written (docs/bundle-format.md): the one place for the
// spelling of ids, dates and times in JSON.
namespace sitekeeper {
struct TimeWindow;
}

namespace sitekeeper::json {

// Lowercase without braces; null for a null id.
QJsonValue fromUuid(const QUuid& id);
// "YYYY-MM-DD"; null for a null date.
QJsonValue fromDate(const QDate& date);
// "HH:MM".
QJsonValue fromTime(const QTime& time);
QJsonArray fromStrings(const QStringList& strings);
QJsonArray fromUuids(const QList<QUuid>& ids);
QJsonArray fromWindows(const QList<TimeWindow>& windows);
// The id as the bundle writes it.
QString uuidText(const QUuid& id);

} // namespace sitekeeper::json
