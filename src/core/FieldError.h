// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sitekeeper {

// A validation problem on one field of an entity. `field` is the entity's JSON key (see
// docs/bundle-format.md), so the same name serves editors, the CLI and bundle paths.
struct FieldError {
    QString field;
    QString message;

    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

} // namespace sitekeeper
