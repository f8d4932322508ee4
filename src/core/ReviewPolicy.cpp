// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPolicy.h"

namespace sitekeeper {

QDate ReviewPolicy::nextDue(const QDate& lastReviewed, int intervalDays, const QDate& today) {
    if (!lastReviewed.isValid())
        return today;
    return lastReviewed.addDays(intervalDays);
}

namespace {

ReviewState stateFor(const QDate& due, const QDate& today, int dueSoonDays) {
    if (due < today)
        return ReviewState::Overdue;
    if (today.daysTo(due) <= dueSoonDays)
        return ReviewState::DueSoon;
    return ReviewState::Current;
}

} // namespace

QDate ReviewPolicy::nextDue(const Reference& reference, const QDate& today) const {
    return nextDue(reference.lastReviewed, reference.reviewIntervalDays, today);
}

QDate ReviewPolicy::nextDue(const Approver& approver, const QDate& today) const {
    return nextDue(approver.lastReviewed, approverIntervalDays, today);
}

ReviewState ReviewPolicy::state(const Reference& reference, const QDate& today) const {
    if (reference.status == ReferenceStatus::Retired)
        return ReviewState::Retired;
    if (!reference.lastReviewed.isValid())
        return ReviewState::Overdue;
    return stateFor(nextDue(reference, today), today, dueSoonDays);
}

ReviewState ReviewPolicy::state(const Approver& approver, const QDate& today) const {
    if (!approver.lastReviewed.isValid())
        return ReviewState::Overdue;
    return stateFor(nextDue(approver, today), today, dueSoonDays);
}

ReferenceStatus ReviewPolicy::statusOn(const Reference& reference, const QDate& today) const {
    switch (state(reference, today)) {
    case ReviewState::Current:
        return ReferenceStatus::Current;
    case ReviewState::DueSoon:
        return ReferenceStatus::Due;
    case ReviewState::Overdue:
        return ReferenceStatus::Overdue;
    case ReviewState::Retired:
        return ReferenceStatus::Retired;
    }
    return ReferenceStatus::Current;
}

QString toString(ReviewState state) {
    switch (state) {
    case ReviewState::Current:
        return QStringLiteral("current");
    case ReviewState::DueSoon:
        return QStringLiteral("due");
    case ReviewState::Overdue:
        return QStringLiteral("overdue");
    case ReviewState::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

} // namespace sitekeeper
