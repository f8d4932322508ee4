// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEdits.h"

#include "EntityTypes.h"
#include "Store.h"
#include "Workspace.h"

namespace sitekeeper {

template <class T, class Plan>
Result<int> BulkEdits::run(const QList<QUuid>& ids, const QString& stepText, Plan plan) {
    QList<Planned<T>> edits;
    for (const QUuid& id : ids) {
        const auto before = m_workspace.store().repository<T>().get(id);
        if (!before)
            continue; // gone since it was selected
        if (std::optional<Planned<T>> edit = plan(before.value()))
            edits << std::move(*edit);
    }
    if (edits.isEmpty())
        return 0;
    QUndoStack& stack = m_workspace.undoStack();
    stack.beginMacro(stepText);
    int done = 0;
    std::optional<Error> failure;
    for (Planned<T>& edit : edits) {
        const Result<void> saved = m_workspace.edit<T>(edit.before, edit.after, edit.text);
        if (!saved) {
            failure = saved.error();
            break;
        }
        ++done;
    }
    stack.endMacro();
    if (failure)
        return *failure;
    return done;
}

Result<int> BulkEdits::setReferenceOwner(const QList<QUuid>& ids, const QString& owner) {
    const QString text = tr("Set owner");
    return run<Reference>(ids, tr("Set owner of %n reference(s)", nullptr, int(ids.size())),
                          [&](const Reference& before) -> std::optional<Planned<Reference>> {
                              if (before.owner == owner)
                                  return std::nullopt;
                              Reference after = before;
                              after.owner = owner;
                              return Planned<Reference>{before, after, text};
                          });
}

Result<int> BulkEdits::disableProfiles(const QList<QUuid>& ids) {
    const QString text = tr("Disable %1");
    return run<ClientProfile>(ids, tr("Disable %n profile(s)", nullptr, int(ids.size())),
                              [&](const ClientProfile& before) -> std::optional<Planned<ClientProfile>> {
                                  if (before.status == ProfileStatus::Disabled)
                                      return std::nullopt;
                                  ClientProfile after = before;
                                  after.status = ProfileStatus::Disabled;
                                  return Planned<ClientProfile>{before, after, text.arg(after.fullName)};
                              });
}

Result<int> BulkEdits::remove(EntityKind kind, const QList<QUuid>& ids) {
    const QString stepText = removeText(kind, int(ids.size()));
    const QString text = tr("Remove");
    return visitEntityType(kind, [&]<class T>(std::type_identity<T>) {
        return run<T>(ids, stepText, [&](const T& before) -> std::optional<Planned<T>> {
            return Planned<T>{before, std::nullopt, text};
        });
    });
}

QString BulkEdits::removeText(EntityKind kind, int count) {
    switch (kind) {
    case EntityKind::Reference:
        return tr("Remove %n reference(s)", nullptr, count);
    case EntityKind::Approver:
        return tr("Remove %n approver(s)", nullptr, count);
    case EntityKind::NotificationRule:
        return tr("Remove %n notification rule(s)", nullptr, count);
    case EntityKind::ClientProfile:
        return tr("Remove %n client profile(s)", nullptr, count);
    case EntityKind::PartnerContact:
        return tr("Remove %n contact(s)", nullptr, count);
    case EntityKind::Credential:
        return tr("Remove %n credential(s)", nullptr, count);
    case EntityKind::Site:
        return tr("Remove %n site(s)", nullptr, count);
    case EntityKind::ApprovalType:
        return tr("Remove %n approval type(s)", nullptr, count);
    case EntityKind::Escalation:
        return tr("Remove %n escalation(s)", nullptr, count);
    case EntityKind::PartnerSettings:
        return tr("Reset the partner settings");
    }
    return {};
}

} // namespace sitekeeper
