// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace sitekeeper {

class Workspace;

// The one-click fixes of findings: the console's Findings panel and `sitekeeper-cli fix`. Each is one
// edit through Workspace::edit, so it is audited, journalled for sync and undone with Ctrl+Z like any
// edit made in an editor. "Mark reviewed" is ReviewActions::attest, the same rule as the review queue.
class FindingFix {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::FindingFix)

public:
    // Whether apply() knows this finding's action (MoveSecretToVault needs the user: an editor;
    // MergeProfiles too: the choices of ProfileMerge).
    static bool canApply(const Finding& finding);
    // What the fix does, for the undo stack and the status bar ("Disable Ada Lovelace").
    static QString describe(FixAction action);
    // Applies the fix; `today` is the review date of MarkReviewed.
    static Result<void> apply(Workspace& workspace, const Finding& finding, const QDate& today);
};

} // namespace sitekeeper
