// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Approver.h"
#include "Reference.h"

#include <QDate>

namespace sitekeeper {

// When references and approvers are due for their yearly review (docs/USER_GUIDE.md, "The yearly review").
enum class ReviewState { Current, DueSoon, Overdue, Retired };

struct ReviewPolicy {
    int dueSoonDays = 30;
    int approverIntervalDays = 365;

    // The date the next review is due; a record never reviewed is due at once (a null lastReviewed
    // gives `today`) and counts as overdue.
    static QDate nextDue(const QDate& lastReviewed, int intervalDays, const QDate& today);

    ReviewState state(const Reference& reference, const QDate& today) const;
    ReviewState state(const Approver& approver, const QDate& today) const;
    QDate nextDue(const Reference& reference, const QDate& today) const;
    QDate nextDue(const Approver& approver, const QDate& today) const;

    // The status a reference shows: retired stays retired; otherwise current / due / overdue from
    // the dates.
    ReferenceStatus statusOn(const Reference& reference, const QDate& today) const;
};

QString toString(ReviewState state); // "current", "due", "overdue", "retired"

} // namespace sitekeeper
