// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActions.h"

#include "Store.h"
#include "Workspace.h"

namespace sitekeeper {

ReviewActions::ReviewActions(Workspace& workspace, const QDate& today)
    : m_workspace(workspace)
    , m_today(today) {}

QDate ReviewActions::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ReviewPolicy ReviewActions::policyOf(Workspace& workspace) {
    const CheckSettings settings = workspace.partnerSettings().check;
    return ReviewPolicy{settings.referenceDueSoonDays, settings.approverReviewDays};
}

Reference ReviewActions::attested(Reference reference, const QDate& today, const ReviewPolicy& policy) {
    reference.lastReviewed = today;
    reference.status = policy.statusOn(reference, today);
    return reference;
}

Approver ReviewActions::attested(Approver approver, const QDate& today) {
    approver.lastReviewed = today;
    return approver;
}

Reference ReviewActions::retired(Reference reference) {
    reference.status = ReferenceStatus::Retired;
    return reference;
}

bool ReviewActions::isReviewed(EntityKind entity) {
    return entity == EntityKind::Reference || entity == EntityKind::Approver;
}

namespace {

Error notReviewed(EntityKind entity) {
    return Error{
        ReviewActions::tr("Only references and approvers are reviewed, not \"%1\".").arg(entityName(entity)),
        QString()};
}

} // namespace

Result<void> ReviewActions::attest(const Target& target, const QString& undoText) {
    if (target.entity == EntityKind::Reference) {
        auto before = m_workspace.store().references().get(target.id);
        if (!before)
            return before.error();
        const Reference after = attested(before.value(), today(), policyOf(m_workspace));
        if (after == before.value())
            return {};
        const QString title = target.title.isEmpty() ? before->title : target.title;
        return m_workspace.edit<Reference>(
            before.value(), after, undoText.isEmpty() ? tr("Mark “%1” reviewed").arg(title) : undoText);
    }
    if (target.entity == EntityKind::Approver) {
        auto before = m_workspace.store().approvers().get(target.id);
        if (!before)
            return before.error();
        const Approver after = attested(before.value(), today());
        if (after == before.value())
            return {};
        const QString title = target.title.isEmpty() ? before->approvalType : target.title;
        return m_workspace.edit<Approver>(
            before.value(), after, undoText.isEmpty() ? tr("Mark “%1” reviewed").arg(title) : undoText);
    }
    return notReviewed(target.entity);
}

Result<void> ReviewActions::retire(const Target& target, const QString& undoText) {
    if (target.entity == EntityKind::Reference) {
        auto before = m_workspace.store().references().get(target.id);
        if (!before)
            return before.error();
        const Reference after = retired(before.value());
        if (after == before.value())
            return {};
        const QString title = target.title.isEmpty() ? before->title : target.title;
        return m_workspace.edit<Reference>(before.value(), after,
                                           undoText.isEmpty() ? tr("Retire “%1”").arg(title) : undoText);
    }
    if (target.entity == EntityKind::Approver) {
        auto before = m_workspace.store().approvers().get(target.id);
        if (!before)
            return before.error();
        const QString title = target.title.isEmpty() ? before->approvalType : target.title;
        return m_workspace.edit<Approver>(before.value(), std::nullopt,
                                          undoText.isEmpty() ? tr("Remove the approver “%1”").arg(title)
                                                             : undoText);
    }
    return notReviewed(target.entity);
}

Result<void> ReviewActions::forEach(const QList<Target>& targets, const QString& macroText,
                                    Result<void> (ReviewActions::*action)(const Target&, const QString&)) {
    if (targets.isEmpty())
        return {};
    if (targets.size() == 1)
        return (this->*action)(targets.constFirst(), QString());
    QUndoStack& stack = m_workspace.undoStack();
    stack.beginMacro(macroText);
    Result<void> result;
    for (const Target& target : targets) {
        result = (this->*action)(target, QString());
        if (!result)
            break;
    }
    stack.endMacro();
    return result;
}

Result<void> ReviewActions::attest(const QList<Target>& targets) {
    return forEach(targets, tr("Mark %n item(s) reviewed", nullptr, int(targets.size())),
                   qOverload<const Target&, const QString&>(&ReviewActions::attest));
}

Result<void> ReviewActions::retire(const QList<Target>& targets) {
    return forEach(targets, tr("Retire %n item(s)", nullptr, int(targets.size())),
                   qOverload<const Target&, const QString&>(&ReviewActions::retire));
}

} // namespace sitekeeper
