// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityEditors.h"

#include "ApproverEditor.h"
#include "ClientProfileEditor.h"
#include "CredentialEditor.h"
#include "EntityTypes.h"
#include "NotificationRuleEditor.h"
#include "PartnerContactEditor.h"
#include "ReferenceEditor.h"
#include "SiteEditor.h"
#include "Store.h"
#include "Workspace.h"

#include <type_traits>

namespace sitekeeper {

namespace {

// The editor dialog of entity type T, where there is one.
template <class T>
struct EditorOf {};
template <>
struct EditorOf<Site> {
    using type = SiteEditor;
};
template <>
struct EditorOf<ClientProfile> {
    using type = ClientProfileEditor;
};
template <>
struct EditorOf<Reference> {
    using type = ReferenceEditor;
};
template <>
struct EditorOf<Approver> {
    using type = ApproverEditor;
};
template <>
struct EditorOf<NotificationRule> {
    using type = NotificationRuleEditor;
};
template <>
struct EditorOf<CredentialRecord> {
    using type = CredentialEditor;
};
template <>
struct EditorOf<PartnerContact> {
    using type = PartnerContactEditor;
};

template <class T>
constexpr bool editable = requires {
    typename EditorOf<T>::type;
};

} // namespace

bool EntityEditors::hasEditor(EntityKind kind) {
    return visitEntityType(kind, []<class T>(std::type_identity<T>) { return editable<T>; });
}

bool EntityEditors::open(Workspace& workspace, EntityKind kind, const QUuid& siteId, const QUuid& id,
                         QWidget* parent, const QString& field, const QString& message) {
    return visitEntityType(kind, [&]<class T>(std::type_identity<T>) {
        if constexpr (!editable<T>) {
            return false;
        } else {
            const auto record = workspace.store().repository<T>().get(id);
            if (!record)
                return false;
            QUuid owner = siteId;
            if constexpr (std::is_same_v<T, Site>)
                owner = record->parentId; // a site's editor is given its parent
            typename EditorOf<T>::type editor(workspace, owner, *record, parent);
            if (!field.isEmpty())
                editor.markField(field, message);
            editor.exec();
            return true;
        }
    });
}

QUuid EntityEditors::create(Workspace& workspace, EntityKind kind, const QUuid& siteId, QWidget* parent) {
    return visitEntityType(kind, [&]<class T>(std::type_identity<T>) {
        if constexpr (!editable<T>) {
            return QUuid();
        } else {
            typename EditorOf<T>::type editor(workspace, siteId, std::nullopt, parent);
            return editor.exec() == QDialog::Accepted ? editor.record().id : QUuid();
        }
    });
}

} // namespace sitekeeper
