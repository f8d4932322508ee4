// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberRights.h"

#include "Op.h"
#include "PartnerSettings.h"
#include "Roles.h"
#include "Workspace.h"

#include <QJsonValue>

namespace sitekeeper {

namespace {

protocol::Op opOf(EntityKind kind, protocol::Op::Action action, const QStringList& fields = {}) {
    protocol::Op op;
    op.entity = entityName(kind);
    op.action = action;
    for (const QString& field : fields)
        op.fields.insert(field, QJsonValue::Null);
    return op;
}

} // namespace

QString MemberRights::toEdit(EntityKind kind) const {
    return m_workspace.whyNot(protocol::neededRoleToEdit(entityName(kind)));
}

QString MemberRights::toRemove(EntityKind kind) const {
    return m_workspace.whyNot(protocol::neededRole(opOf(kind, protocol::Op::Action::Delete)));
}

QString MemberRights::toPatch(EntityKind kind, const QStringList& fields) const {
    return m_workspace.whyNot(protocol::neededRole(opOf(kind, protocol::Op::Action::Patch, fields)));
}

QString MemberRights::toReview() const {
    return m_workspace.whyNot(protocol::reviewRole);
}

QString MemberRights::toChangePartnerSettings() const {
    return m_workspace.whyNot(protocol::neededRoleToEdit(QString::fromLatin1(PartnerSettings::entityName)));
}

} // namespace sitekeeper
