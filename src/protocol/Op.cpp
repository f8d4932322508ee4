// SPDX-License-Identifier: GPL-3.0-or-later
#include "Op.h"

#include "EntityKind.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitekeeper::protocol {

namespace {

// The wire format's messages share one context; lupdate reads `Text::tr` as that context (a plain
// helper named tr would be filed under the class whose member calls it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::protocol)
};

Error fieldError(const QString& where, const QString& key, const QString& message) {
    return Error{message, where + QLatin1Char('.') + key};
}

std::optional<QUuid> uuidField(const QJsonObject& json, const QString& key) {
    const QJsonValue value = json.value(key);
    if (!value.isString())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(value.toString());
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

} // namespace

QString toString(Op::Action action) {
    switch (action) {
    case Op::Action::Upsert:
        return QStringLiteral("upsert");
    case Op::Action::Patch:
        return QStringLiteral("patch");
    case Op::Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString toString(OpResult::Status status) {
    switch (status) {
    case OpResult::Status::Applied:
        return QStringLiteral("applied");
    case OpResult::Status::Conflict:
        return QStringLiteral("conflict");
    case OpResult::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

const QStringList& entityNames() {
    static const QStringList names = [] {
        QStringList all;
        for (EntityKind kind : allEntityKinds())
            all << entityName(kind);
        return all;
    }();
    return names;
}

QJsonObject Op::toJson() const {
    return QJsonObject{
        {QStringLiteral("op_id"), opId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("action"), toString(action)},
        {QStringLiteral("base_revision"), baseRevision},
        {QStringLiteral("fields"), fields},
    };
}

Result<Op> Op::fromJson(const QJsonObject& json, const QString& where) {
    Op op;
    const auto opId = uuidField(json, QStringLiteral("op_id"));
    if (!opId)
        return fieldError(where, QStringLiteral("op_id"), Text::tr("must be a UUID"));
    op.opId = *opId;

    op.entity = json.value(QStringLiteral("entity")).toString();
    if (!entityNames().contains(op.entity))
        return fieldError(where, QStringLiteral("entity"), Text::tr("is not an entity this server knows"));

    const auto id = uuidField(json, QStringLiteral("id"));
    if (!id)
        return fieldError(where, QStringLiteral("id"), Text::tr("must be a UUID"));
    op.id = *id;

    const QString action = json.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("upsert"))
        op.action = Action::Upsert;
    else if (action == QLatin1String("patch"))
        op.action = Action::Patch;
    else if (action == QLatin1String("delete"))
        op.action = Action::Delete;
    else
        return fieldError(where, QStringLiteral("action"), Text::tr("must be upsert, patch or delete"));

    const QJsonValue base = json.value(QStringLiteral("base_revision"));
    if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() != double(base.toInteger()))
        return fieldError(where, QStringLiteral("base_revision"),
                          Text::tr("must be a whole number of 0 or more"));
    op.baseRevision = base.toInteger();

    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isObject() && !(op.action == Action::Delete && fields.isUndefined()))
        return fieldError(where, QStringLiteral("fields"), Text::tr("must be an object"));
    op.fields = fields.toObject();
    return op;
}

QJsonObject OpResult::toJson() const {
    QJsonObject json{
        {QStringLiteral("op_id"), opId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("status"), toString(status)},
    };
    switch (status) {
    case Status::Applied:
        json.insert(QStringLiteral("revision"), revision);
        break;
    case Status::Conflict:
        json.insert(QStringLiteral("revision"), revision);
        if (partial) {
            json.insert(QStringLiteral("partial"), true);
            json.insert(QStringLiteral("current_fields"), currentFields);
            json.insert(QStringLiteral("base_fields"), baseFields);
        } else {
            json.insert(QStringLiteral("current"), current);
            json.insert(QStringLiteral("base"), base);
        }
        json.insert(QStringLiteral("deleted"), deleted);
        break;
    case Status::Rejected:
        json.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
        if (!code.isEmpty())
            json.insert(QStringLiteral("code"), code);
        break;
    }
    return json;
}

Result<OpResult> OpResult::fromJson(const QJsonObject& json, const QString& where) {
    OpResult result;
    const auto opId = uuidField(json, QStringLiteral("op_id"));
    if (!opId)
        return fieldError(where, QStringLiteral("op_id"), Text::tr("must be a UUID"));
    result.opId = *opId;

    const QString status = json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("applied"))
        result.status = Status::Applied;
    else if (status == QLatin1String("conflict"))
        result.status = Status::Conflict;
    else if (status == QLatin1String("rejected"))
        result.status = Status::Rejected;
    else
        return fieldError(where, QStringLiteral("status"), Text::tr("must be applied, conflict or rejected"));

    if (result.status != Status::Rejected) {
        const QJsonValue revision = json.value(QStringLiteral("revision"));
        if (!revision.isDouble() || revision.toDouble() < 1)
            return fieldError(where, QStringLiteral("revision"),
                              Text::tr("must be a whole number of 1 or more"));
        result.revision = revision.toInteger();
    }
    if (result.status == Status::Conflict) {
        const QJsonValue partial = json.value(QStringLiteral("partial"));
        if (!partial.isUndefined() && !partial.isBool())
            return fieldError(where, QStringLiteral("partial"), Text::tr("must be true or false"));
        result.partial = partial.toBool();
        result.deleted = json.value(QStringLiteral("deleted")).toBool();
        if (result.partial) {
            // The record was too large to send back: the client fetches it whole itself.
            const QJsonValue fields = json.value(QStringLiteral("current_fields"));
            if (!fields.isUndefined() && !fields.isObject())
                return fieldError(where, QStringLiteral("current_fields"), Text::tr("must be an object"));
            result.currentFields = fields.toObject();
            result.baseFields = json.value(QStringLiteral("base_fields")).toObject();
            return result;
        }
        const QJsonValue current = json.value(QStringLiteral("current"));
        if (!current.isObject())
            return fieldError(where, QStringLiteral("current"), Text::tr("must be an object"));
        result.current = current.toObject();
        result.base = json.value(QStringLiteral("base")).toObject();
    }
    if (result.status == Status::Rejected) {
        const QJsonValue errors = json.value(QStringLiteral("errors"));
        if (!errors.isArray())
            return fieldError(where, QStringLiteral("errors"), Text::tr("must be a list of messages"));
        for (const QJsonValue& e : errors.toArray()) {
            if (!e.isString())
                return fieldError(where, QStringLiteral("errors"), Text::tr("must be a list of messages"));
            result.errors << e.toString();
        }
        result.code = json.value(QStringLiteral("code")).toString();
    }
    return result;
}

} // namespace sitekeeper::protocol
