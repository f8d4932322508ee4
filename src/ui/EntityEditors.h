// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QUuid>

class QWidget;

namespace sitekeeper {

class Workspace;

// The console's editor of each entity kind, for code that opens "the editor of this record" by kind:
// a finding, a review item, an activation checklist item. Approval types and escalations have no
// editor of their own (the partner dialog and the escalations tab edit them).
class EntityEditors {
public:
    static bool hasEditor(EntityKind kind);
    // Opens the editor of the record `id` (with `field` marked and `message` shown, when given) and
    // waits for it to close. `siteId` is the site a new record of a list would belong to. False when
    // the record is gone or the kind has no editor.
    static bool open(Workspace& workspace, EntityKind kind, const QUuid& siteId, const QUuid& id,
                     QWidget* parent, const QString& field = {}, const QString& message = {});
    // Opens the editor of a new record of `kind` in the site `siteId` (for a site: its parent) and waits
    // for it to close; the id of the saved record, or null when cancelled.
    static QUuid create(Workspace& workspace, EntityKind kind, const QUuid& siteId, QWidget* parent);
};

} // namespace sitekeeper
