// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Approver.h"
#include "EntityKind.h"
#include "Reference.h"
#include "Result.h"
#include "ReviewPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

class Workspace;

// The two things a reviewer does to a reference or an approver (DOMAIN.md "Rhythms"), in one place
// for every front end: the review queue, the reference list's bulk action, the findings' one-click
// fix and `sitekeeper-cli review attest|retire`.
//
// Attest ("reviewed, unchanged"): last reviewed becomes today; a reference's stored status follows
// the dates by the ReviewPolicy (so lists filtered by status agree with the queue), a retired one
// stays retired. Retire: a reference becomes retired; an approver has no retired state, so retiring
// one removes the record (undo brings it back). Every action is an edit through Workspace::edit:
// undoable, audited and journalled for the backend.
class ReviewActions {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReviewActions)

public:
    struct Target {
        EntityKind entity = EntityKind::Reference; // a reference or an approver
        QUuid id;
        QString title; // for the undo text; empty: the record's own
    };

    // `today` is the review date; the wall clock when null.
    explicit ReviewActions(Workspace& workspace, const QDate& today = QDate());

    QDate today() const;
    // The review intervals of the workspace's settings.
    static ReviewPolicy policyOf(Workspace& workspace);

    // The rules themselves, without writing anything.
    static Reference attested(Reference reference, const QDate& today, const ReviewPolicy& policy);
    static Approver attested(Approver approver, const QDate& today);
    static Reference retired(Reference reference);

    // Whether `entity` is one of the reviewed kinds.
    static bool isReviewed(EntityKind entity);

    // One record; `undoText` replaces the default text of the undo step. An unchanged record writes
    // nothing.
    Result<void> attest(const Target& target, const QString& undoText = QString());
    Result<void> retire(const Target& target, const QString& undoText = QString());
    // Several records as one undo step; stops at the first failure, keeping what was done before it
    // (undoable as that one step).
    Result<void> attest(const QList<Target>& targets);
    Result<void> retire(const QList<Target>& targets);

private:
    Result<void> forEach(const QList<Target>& targets, const QString& macroText,
                         Result<void> (ReviewActions::*action)(const Target&, const QString&));

    Workspace& m_workspace;
    QDate m_today;
};

} // namespace sitekeeper
