// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalType.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

#include <QRegularExpression>

#include <iterator>

namespace sitekeeper {

namespace {

struct Builtin {
    const char* key;
    const char* name;
};

// The order the service lists them in.
constexpr Builtin builtinTypes[] = {
    {"password_reset_other_user",
     QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Password reset for another user")},
    {"new_user_setup", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "New user setup")},
    {"user_termination", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "User termination")},
    {"group_permission_change", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Group or permission change")},
    {"mailbox_access", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Mailbox access")},
    {"software_install", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Software install")},
    {"license_assignment", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "License assignment")},
    {"hardware_purchase", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Hardware purchase")},
    {"remote_access", QT_TRANSLATE_NOOP("sitekeeper::ApprovalType", "Remote access")},
};

// Namespace of the name-based ids of built-in types. Never change it: stored approvers and
// exported bundles refer to these ids.
const QUuid builtinNamespace(QStringLiteral("6f1c1d8e-3b52-4c8a-9a57-2f0e5b7d4c31"));

const Builtin* findBuiltin(const QString& key) {
    for (const Builtin& builtin : builtinTypes) {
        if (key == QLatin1String(builtin.key))
            return &builtin;
    }
    return nullptr;
}

} // namespace

QUuid ApprovalType::builtinId(const QString& key) {
    return QUuid::createUuidV5(builtinNamespace, QStringLiteral("approval_type/") + key);
}

QList<ApprovalType> ApprovalType::builtins() {
    QList<ApprovalType> result;
    result.reserve(static_cast<qsizetype>(std::size(builtinTypes)));
    for (const Builtin& builtin : builtinTypes) {
        const QString key = QString::fromLatin1(builtin.key);
        result.append(ApprovalType{builtinId(key), key, QString::fromLatin1(builtin.name), true});
    }
    return result;
}

bool ApprovalType::isBuiltinKey(const QString& key) {
    return findBuiltin(key) != nullptr;
}

bool ApprovalType::isValidKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"));
    return key.size() <= 100 && pattern.match(key).hasMatch();
}

QString ApprovalType::displayName() const {
    if (const Builtin* found = builtin ? findBuiltin(key) : nullptr)
        return QCoreApplication::translate("sitekeeper::ApprovalType", found->name);
    return name;
}

FieldErrors ApprovalType::validate() const {
    Validator v;
    v.id(QStringLiteral("id"), id);
    if (key.isEmpty())
        v.add(QStringLiteral("key"), tr("Enter a key, such as \"printer_purchase\"."));
    else if (!isValidKey(key))
        v.add(QStringLiteral("key"), tr("\"%1\" is not a valid key; use lowercase letters, digits and single "
                                        "underscores, starting with a letter (e.g. \"printer_purchase\").")
                                         .arg(key));
    v.line(QStringLiteral("name"), name, Validator::Presence::Required);
    if (builtin && !isBuiltinKey(key))
        v.add(QStringLiteral("builtin"),
              tr("\"%1\" is not a built-in approval type; set builtin to false.").arg(key));
    else if (builtin && id != builtinId(key))
        v.add(QStringLiteral("id"), tr("A built-in approval type has a fixed id; use %1 for \"%2\".")
                                        .arg(json::uuidText(builtinId(key)), key));
    return v.errors();
}

QJsonObject ApprovalType::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("key"), key},
        {QStringLiteral("name"), name},
        {QStringLiteral("builtin"), builtin},
    };
}

ApprovalType ApprovalType::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    ApprovalType type;
    type.id = r.uuid("id");
    type.key = r.string("key");
    type.name = r.string("name");
    type.builtin = r.boolean("builtin");
    return type;
}

} // namespace sitekeeper
