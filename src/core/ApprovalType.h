// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// A kind of request that needs approval. Approvers refer to it by `key`.
struct ApprovalType {
    static constexpr EntityKind entityKind = EntityKind::ApprovalType;

    QUuid id;
    QString key; // snake_case, unique
    QString name;
    bool builtin = false;

    bool operator==(const ApprovalType&) const = default;

    // The built-in types in a fixed order, with English names and ids derived from the key
    // (QUuid::createUuidV5), so that every workspace gives them the same ids.
    static QList<ApprovalType> builtins();
    static bool isBuiltinKey(const QString& key);
    // The id a built-in type with `key` has.
    static QUuid builtinId(const QString& key);
    // Whether `key` is snake_case: lowercase ASCII letters, digits and single underscores,
    // starting with a letter.
    static bool isValidKey(const QString& key);

    // The name to show: translated for built-in types, as entered for the partner's own.
    QString displayName() const;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static ApprovalType fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return key; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ApprovalType)
};

} // namespace sitekeeper
