// SPDX-License-Identifier: GPL-3.0-or-later
#include "Changes.h"

#include "Op.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitekeeper::protocol {

namespace {

// The wire format's messages share one context; lupdate reads `Text::tr` as that context (a plain
// helper named tr would be filed under the class whose member calls it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::protocol)
};

} // namespace

QJsonObject Change::toJson() const {
    QJsonObject json{
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("deleted"), deleted},
    };
    if (!deleted)
        json.insert(QStringLiteral("fields"), fields);
    if (!changedBy.isEmpty())
        json.insert(QStringLiteral("changed_by"), changedBy);
    if (!changedAt.isEmpty())
        json.insert(QStringLiteral("changed_at"), changedAt);
    return json;
}

Result<Change> Change::fromJson(const QJsonObject& json, const QString& where) {
    Change change;
    change.entity = json.value(QStringLiteral("entity")).toString();
    if (!entityNames().contains(change.entity))
        return Error{Text::tr("is not a known entity"), where + QStringLiteral(".entity")};
    change.id = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    if (change.id.isNull())
        return Error{Text::tr("must be a UUID"), where + QStringLiteral(".id")};
    const QJsonValue revision = json.value(QStringLiteral("revision"));
    if (!revision.isDouble() || revision.toInteger() < 1)
        return Error{Text::tr("must be a whole number of 1 or more"), where + QStringLiteral(".revision")};
    change.revision = revision.toInteger();
    change.deleted = json.value(QStringLiteral("deleted")).toBool();
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!change.deleted && !fields.isObject())
        return Error{Text::tr("must be an object"), where + QStringLiteral(".fields")};
    change.fields = fields.toObject();
    // Shown to people: bounded, and dropped when not text.
    change.changedBy = json.value(QStringLiteral("changed_by")).toString().left(200);
    change.changedAt = json.value(QStringLiteral("changed_at")).toString().left(40);
    return change;
}

QJsonObject ChangePage::toJson() const {
    QJsonArray list;
    for (const Change& change : changes)
        list.append(change.toJson());
    QJsonObject json{
        {QStringLiteral("changes"), list},
        {QStringLiteral("next"), next},
        {QStringLiteral("more"), more},
    };
    if (remaining >= 0)
        json.insert(QStringLiteral("remaining"), remaining);
    return json;
}

Result<ChangePage> ChangePage::fromJson(const QJsonObject& json) {
    ChangePage page;
    const QJsonValue list = json.value(QStringLiteral("changes"));
    if (!list.isArray())
        return Error{Text::tr("must be a list"), QStringLiteral("$.changes")};
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto change = Change::fromJson(array.at(i).toObject(), QStringLiteral("$.changes[%1]").arg(i));
        if (!change)
            return change.error();
        page.changes.append(change.value());
    }
    const QJsonValue next = json.value(QStringLiteral("next"));
    if (!next.isString())
        return Error{Text::tr("must be a cursor string"), QStringLiteral("$.next")};
    page.next = next.toString();
    page.more = json.value(QStringLiteral("more")).toBool();
    // Optional and for people only: a missing, negative or absurd count is "unknown".
    if (const QJsonValue remaining = json.value(QStringLiteral("remaining")); remaining.isDouble()) {
        const double count = remaining.toDouble();
        if (count >= 0 && count <= 1e15 && count == double(qint64(count)))
            page.remaining = qint64(count);
    }
    return page;
}

QJsonObject ApiError::toJson() const {
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty())
        error.insert(QStringLiteral("fields"), fields);
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::fromJson(const QJsonObject& json) {
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    return ApiError{error.value(QStringLiteral("code")).toString(),
                    error.value(QStringLiteral("message")).toString(),
                    error.value(QStringLiteral("fields")).toObject()};
}

} // namespace sitekeeper::protocol
