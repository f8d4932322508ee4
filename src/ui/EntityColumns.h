// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QCoreApplication>

class QObject;

namespace sitekeeper {

class EntityListModel;
class Workspace;

// The list columns of each kind of record a site's tabs show: a model that pages through the kind's
// repository with those columns.
class EntityColumns {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::EntityColumns)

public:
    // Null for a kind without a list tab of its own.
    static EntityListModel* createModel(EntityKind kind, Workspace& workspace, QObject* parent);
};

} // namespace sitekeeper
