// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Approver.h"
#include "Reference.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sitekeeper {

class Store;

// What the yearly review of references and approvers reads, across every site: the records due by a
// date, with the names a queue shows, and how many records are current, due or overdue. The
// conditions on the review dates run in SQL, so that a queue of a few hundred items never reads the
// tens of thousands of records that are current. Records of deleted sites are left out, as the checks
// leave them out.
class ReviewSource {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReviewSource)

public:
    struct ReferenceRow {
        Reference reference;
        QString siteName; // empty: partner-wide
    };
    struct ApproverRow {
        Approver approver;
        QString siteName;
        QString personName; // the profile's or the partner contact's name; empty when it is gone
    };
    struct StateCounts {
        int current = 0;
        int due = 0;
        int overdue = 0;
        int total() const { return current + due + overdue; }
        bool operator==(const StateCounts&) const = default;
    };
    struct Counts {
        StateCounts references;
        StateCounts approvers;
        bool operator==(const Counts&) const = default;
    };

    explicit ReviewSource(Store& store);

    // References that are not retired and were never reviewed or are next due (last reviewed plus their
    // own interval) on or before `dueBy`.
    Result<QList<ReferenceRow>> referencesDueBy(const QDate& dueBy) const;
    // Approvers never reviewed or next due (last reviewed plus `intervalDays`) on or before `dueBy`.
    Result<QList<ApproverRow>> approversDueBy(const QDate& dueBy, int intervalDays) const;
    // Every reference that is not retired and every approver by review state on `today`, as
    // ReviewPolicy tells them apart (never reviewed counts as overdue).
    Result<Counts> counts(const QDate& today, int dueSoonDays, int approverIntervalDays) const;

private:
    Store& m_store;
};

} // namespace sitekeeper
