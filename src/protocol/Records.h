// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>

namespace sitekeeper::protocol {

// A record checked with the core rules of its entity: the client's repositories and the server
// validate with the same validate(), so both refuse the same records.
struct CheckedRecord {
    QJsonObject record; // the entity's canonical toJson()
    FieldErrors errors; // from fromJson() and validate(); empty: valid
};

// Reads `json` as a record of `entity` (a name of entityNames()) and validates it.
CheckedRecord checkRecord(const QString& entity, const QJsonObject& json);

} // namespace sitekeeper::protocol
