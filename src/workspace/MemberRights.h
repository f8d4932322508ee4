// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QString>
#include <QStringList>

namespace sitekeeper {

class Workspace;

// What the signed-in member may do to records, for the console to grey out what their role cannot
// do. Each asks the one rule (protocol::neededRole) about the op the action would push, and answers
// why not (for a tooltip), or nothing when they may. The server judges every op anyway.
class MemberRights {
public:
    explicit MemberRights(const Workspace& workspace)
        : m_workspace(workspace) {}

    // Adding or changing records of `kind` in general (its editor's Save).
    QString toEdit(EntityKind kind) const;
    // Removing records of `kind` (retiring an approver is a review action).
    QString toRemove(EntityKind kind) const;
    // Changing only `fields` of records of `kind` ("Mark reviewed" touches last_reviewed alone).
    QString toPatch(EntityKind kind, const QStringList& fields) const;
    // Attesting ("reviewed, unchanged") and retiring in the review queue.
    QString toReview() const;
    // The partner settings (forbidden terms, required topics, intervals, help desk contact).
    QString toChangePartnerSettings() const;

private:
    const Workspace& m_workspace;
};

} // namespace sitekeeper
