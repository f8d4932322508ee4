// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Op.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace sitekeeper::protocol {

// What a member of a tenant may do; each role may do everything of the ones before it.
//   viewer    reads everything
//   reviewer  also attests ("reviewed, unchanged") and retires references and approvers
//   editor    also changes every record
//   admin     also changes the partner settings and manages members
// The server enforces these on every op and request; the desktop asks the same functions to grey
// out what the signed-in member cannot do. This is the one copy of the rule.
enum class Role { Viewer, Reviewer, Editor, Admin };

QString toString(Role role);                          // "editor"
std::optional<Role> roleFromString(QStringView text); // exact, lower case
QString displayName(Role role);                       // translated: "Editor"
QString nameInSentence(Role role);                    // translated, inside a sentence: "editor"
const QList<Role>& allRoles();

inline bool allows(Role have, Role needed) {
    return static_cast<int>(have) >= static_cast<int>(needed);
}

// The least role that may apply `op`: admin for the partner settings; reviewer for the review
// actions (a patch of a reference that touches only last_reviewed and status, a patch of an
// approver that touches only last_reviewed, the delete that retires an approver); editor for
// every other op.
Role neededRole(const Op& op);
// The least role that may change records of `entity` at all (editor, or admin for the partner
// settings), for greying out whole editors.
Role neededRoleToEdit(QStringView entity);
// The least role for the review actions (attest, retire).
constexpr Role reviewRole = Role::Reviewer;
// The least role that may read the audit (`GET /v1/audit`).
constexpr Role auditRole = Role::Editor;
// The least role that manages members.
constexpr Role memberRole = Role::Admin;

// "This needs the editor role; you are a viewer." for people and for 403 answers.
QString forbiddenMessage(Role needed, Role have);

} // namespace sitekeeper::protocol
