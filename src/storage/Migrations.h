// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// The schema history of the workspace database, oldest first. Database::open applies the steps a
// file lacks, each in its own transaction, and sets `PRAGMA user_version` to the step's version.
// A step, once released, never changes: a new schema is a new step.
class Migrations {
public:
    struct Step {
        int version = 0;
        QString description;
        QStringList statements;
    };

    static const QList<Step>& steps();
    static int latestVersion();
};

} // namespace sitekeeper
