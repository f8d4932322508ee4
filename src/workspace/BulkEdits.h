// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace sitekeeper {

class Workspace;

// The console's actions on many selected records at once. Each action is one undo step (one macro
// on the workspace's undo stack) made of ordinary edits, so every record is audited and pushed like
// any other edit. Records gone since they were selected are passed over; an action stops at the
// first record that cannot be saved and keeps the ones before it (still one undo step). Each returns
// how many records it changed.
class BulkEdits {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::BulkEdits)

public:
    explicit BulkEdits(Workspace& workspace)
        : m_workspace(workspace) {}

    // Sets the owner of references.
    Result<int> setReferenceOwner(const QList<QUuid>& ids, const QString& owner);
    // Disables client profiles; those disabled already are left as they are.
    Result<int> disableProfiles(const QList<QUuid>& ids);
    // Removes records of one kind (profiles too are deleted here, not disabled).
    Result<int> remove(EntityKind kind, const QList<QUuid>& ids);

    // The name of a removal's undo step: "Remove 3 references".
    static QString removeText(EntityKind kind, int count);

private:
    template <class T>
    struct Planned {
        T before;
        std::optional<T> after;
        QString text;
    };

    // Reads each record, asks `plan` for its edit (none: leave it) and writes the edits as one step.
    template <class T, class Plan>
    Result<int> run(const QList<QUuid>& ids, const QString& stepText, Plan plan);

    Workspace& m_workspace;
};

} // namespace sitekeeper
