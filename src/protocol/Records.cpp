// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

#include "EntityTypes.h"

#include <QCoreApplication>

namespace sitekeeper::protocol {

namespace {

template <class T>
CheckedRecord check(const QJsonObject& json) {
    CheckedRecord checked;
    const T entity = T::fromJson(json, &checked.errors);
    checked.errors += entity.validate();
    checked.record = entity.toJson();
    return checked;
}

} // namespace

CheckedRecord checkRecord(const QString& entity, const QJsonObject& json) {
    // The wire's spelling becomes a kind here, at the edge.
    if (const auto kind = entityKindFromName(entity))
        return visitEntityType(*kind, [&json]<class T>(std::type_identity<T>) { return check<T>(json); });
    CheckedRecord unknown;
    unknown.errors.append(
        {QStringLiteral("entity"),
         QCoreApplication::translate("sitekeeper::protocol", "is not an entity this server knows")});
    return unknown;
}

} // namespace sitekeeper::protocol
