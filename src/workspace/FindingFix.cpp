// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingFix.h"

#include "ReviewActions.h"
#include "Store.h"
#include "Workspace.h"

namespace sitekeeper {

namespace {

// Reads the record, lets `change` edit a copy and writes it as one undoable edit.
template <class T, class Change>
Result<void> editRecord(Workspace& workspace, const QUuid& id, const QString& text, Change change) {
    const auto before = workspace.store().repository<T>().get(id);
    if (!before)
        return before.error();
    T after = *before;
    change(after);
    if (after == *before)
        return {};
    return workspace.edit<T>(*before, after, text.arg(after.displayKey()));
}

template <class T>
Result<QString> displayKeyOf(Workspace& workspace, const QUuid& id) {
    const auto record = workspace.store().repository<T>().get(id);
    if (!record)
        return record.error();
    return record->displayKey();
}

} // namespace

bool FindingFix::canApply(const Finding& finding) {
    switch (finding.action) {
    case FixAction::DisableProfile:
        return finding.entity == EntityKind::ClientProfile;
    case FixAction::UseAutomatedApproval:
        return finding.entity == EntityKind::Approver;
    case FixAction::MarkReviewed:
        return finding.entity == EntityKind::Reference || finding.entity == EntityKind::Approver;
    case FixAction::SetActivationSubmitted:
        return finding.entity == EntityKind::Site;
    case FixAction::ClearCallBeforeContact:
        return finding.entity == EntityKind::NotificationRule;
    case FixAction::None:
    case FixAction::MoveSecretToVault:
    case FixAction::MergeProfiles: // the user chooses what to keep: ProfileMerge
        break;
    }
    return false;
}

QString FindingFix::describe(FixAction action) {
    switch (action) {
    case FixAction::DisableProfile:
        return tr("Disable the profile");
    case FixAction::UseAutomatedApproval:
        return tr("Use automated approval only");
    case FixAction::MarkReviewed:
        return tr("Mark reviewed today");
    case FixAction::SetActivationSubmitted:
        return tr("Mark the activation submitted");
    case FixAction::ClearCallBeforeContact:
        return tr("Turn off Call Before Escalating");
    case FixAction::MoveSecretToVault:
        return tr("Move the secret into a credential");
    case FixAction::MergeProfiles:
        return tr("Merge the two profiles into one");
    case FixAction::None:
        break;
    }
    return {};
}

Result<void> FindingFix::apply(Workspace& workspace, const Finding& finding, const QDate& today) {
    if (!canApply(finding))
        return Error{tr("This finding has no fix that can be applied in one click."), finding.rule};
    const QUuid id = finding.entityId;
    switch (finding.action) {
    case FixAction::DisableProfile:
        return editRecord<ClientProfile>(workspace, id,
                                         tr("Disable %1 (fix %2)").arg(QStringLiteral("%1"), finding.rule),
                                         [](ClientProfile& p) { p.status = ProfileStatus::Disabled; });
    case FixAction::UseAutomatedApproval:
        return editRecord<Approver>(
            workspace, id, tr("Automated approval for %1 (fix %2)").arg(QStringLiteral("%1"), finding.rule),
            [](Approver& a) {
                a.automatedApproval = true;
                a.smsAuthentication = false;
            });
    case FixAction::MarkReviewed: {
        // The one rule of "reviewed, unchanged" (ReviewActions), with the fix's own undo text.
        const bool reference = finding.entity == EntityKind::Reference;
        const Result<QString> key =
            reference ? displayKeyOf<Reference>(workspace, id) : displayKeyOf<Approver>(workspace, id);
        if (!key)
            return key.error();
        const QString text =
            reference ? tr("Mark %1 reviewed (fix %2)") : tr("Mark approver %1 reviewed (fix %2)");
        return ReviewActions(workspace, today)
            .attest(ReviewActions::Target{finding.entity, id, QString()}, text.arg(*key, finding.rule));
    }
    case FixAction::SetActivationSubmitted:
        return editRecord<Site>(
            workspace, id, tr("Submit %1 for activation (fix %2)").arg(QStringLiteral("%1"), finding.rule),
            [](Site& s) { s.activationStatus = ActivationStatus::Submitted; });
    case FixAction::ClearCallBeforeContact:
        return editRecord<NotificationRule>(
            workspace, id,
            tr("Turn off Call Before Escalating in %1 (fix %2)").arg(QStringLiteral("%1"), finding.rule),
            [](NotificationRule& r) {
                r.callBeforeEscalating = false;
                r.callBeforeContact = QUuid();
            });
    case FixAction::None:
    case FixAction::MoveSecretToVault:
    case FixAction::MergeProfiles:
        break;
    }
    return {};
}

} // namespace sitekeeper
