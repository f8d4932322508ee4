// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ReviewPolicy.h"
#include "ReviewSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

class Workspace;

// The yearly review of references and approvers across every site (docs/USER_GUIDE.md, "The yearly review"):
// what is overdue or due within some days, and the actions a reviewer takes on each item: attest "reviewed,
// unchanged" (which restarts its review clock) or retire it. Every action is an edit through
// Workspace::edit, so it is undoable, audited and journaled for the backend. The GUI's review queue
// and `sitekeeper-cli review due` read from here.
class ReviewQueue {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReviewQueue)

public:
    enum class Kind { All, References, Approvers };

    struct Item {
        EntityKind entity = EntityKind::Reference; // a reference or an approver
        QUuid id;
        QUuid siteId;       // null: a partner-wide reference
        QString siteName;   // empty: partner-wide
        QString title;      // the reference's title; for an approver its approval type and person
        QDate lastReviewed; // null: never reviewed
        QDate nextDue;
        ReviewState state = ReviewState::Current;
        int daysOverdue = 0; // days past nextDue; 0 when not past it
        // Who attested it last: the actor of the newest audit row that set last_reviewed (a pulled
        // change carries the member name of the change feed's changed_by); empty when unknown.
        QString attestedBy;

        bool isReference() const { return entity == EntityKind::Reference; }
        bool operator==(const Item&) const = default;
    };

    struct Summary {
        int overdue = 0;
        int due = 0;
        bool operator==(const Summary&) const = default;
    };

    using Counts = ReviewSource::Counts;

    explicit ReviewQueue(Workspace& workspace);

    // "Today" for the review dates: the wall clock unless set (tests, the CLI's --as-of).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;
    // The review intervals of the workspace's settings.
    ReviewPolicy policy() const;

    // The items overdue or due within `withinDays` of today: overdue first (never reviewed, then the
    // longest overdue), then by due date; ties by site and title.
    Result<QList<Item>> items(int withinDays, Kind kind = Kind::All) const;
    static Summary summarize(const QList<Item>& items);
    // Every reference that is not retired and every approver, by review state (the dashboard).
    Result<Counts> counts() const;

    // Attests the items "reviewed, unchanged" today, by the rule of ReviewActions. Several items make
    // one undo step.
    Result<void> attest(const QList<Item>& items);
    // Retires references and removes approvers (ReviewActions). Several items make one undo step.
    Result<void> retire(const QList<Item>& items);

    // {"items": [{"entity", "id", "site", "title", "last_reviewed", "next_due", "state"}],
    //  "summary": {"overdue", "due"}}: the JSON of `sitekeeper-cli review due --within DAYS`.
    static QJsonObject toJson(const QList<Item>& items);
    Result<QJsonObject> dueJson(int withinDays) const;

private:
    Workspace& m_workspace;
    QDate m_today;
};

} // namespace sitekeeper
