// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <utility>

namespace sitekeeper {

namespace {

using Kind = Error::Kind;

// One table for both directions, in the enum's order.
constexpr std::pair<Kind, const char*> kindNames[] = {
    {Kind::Invalid, "invalid"},         {Kind::NotFound, "not_found"},
    {Kind::Conflict, "conflict"},       {Kind::Io, "io"},
    {Kind::Unavailable, "unavailable"}, {Kind::Forbidden, "forbidden"},
    {Kind::Cancelled, "cancelled"},     {Kind::Unsupported, "unsupported"},
};

} // namespace

QString Error::kindName(Kind kind) {
    for (const auto& [value, name] : kindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("invalid");
}

std::optional<Error::Kind> Error::kindFromName(QStringView name) {
    for (const auto& [value, spelling] : kindNames) {
        if (name == QLatin1String(spelling))
            return value;
    }
    return std::nullopt;
}

QList<Error::Kind> Error::allKinds() {
    QList<Kind> kinds;
    for (const auto& entry : kindNames)
        kinds.append(entry.first);
    return kinds;
}

} // namespace sitekeeper
