// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonValues.h"

#include "TimeWindow.h"

namespace sitekeeper::json {

QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue fromUuid(const QUuid& id) {
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuidText(id));
}

QJsonValue fromDate(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue fromTime(const QTime& time) {
    return QJsonValue(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
}

QJsonArray fromStrings(const QStringList& strings) {
    return QJsonArray::fromStringList(strings);
}

QJsonArray fromUuids(const QList<QUuid>& ids) {
    QJsonArray array;
    for (const QUuid& id : ids)
        array.append(fromUuid(id));
    return array;
}

QJsonArray fromWindows(const QList<TimeWindow>& windows) {
    QJsonArray array;
    for (const TimeWindow& window : windows)
        array.append(window.toJson());
    return array;
}

} // namespace sitekeeper::json
