// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// What people call a record's fields: "Mobile phone" for a client profile's `mobile_phone`. The one
// source of field labels outside the editors' forms: the console's list columns, the Conflicts and
// Sync Problems views, the undo stack's refusals and the command line's problem lists read it.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::FieldLabels)

public:
    // The label of `field` (a bundle key, or the first part of a key path: "window.start") of a
    // record of `entity` (its wire name, "client_profile"). A key it does not know reads as words
    // ("device_naming_scheme" -> "Device naming scheme"), never as a raw key.
    static QString label(const QString& entity, const QString& field);
    static QString label(EntityKind kind, const QString& field);
    // The labels of `fields`, in their order.
    static QStringList labels(const QString& entity, const QStringList& fields);
};

} // namespace sitekeeper
