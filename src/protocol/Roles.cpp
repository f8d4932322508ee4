// SPDX-License-Identifier: GPL-3.0-or-later
#include "Roles.h"

#include "PartnerSettings.h"

#include <QCoreApplication>

namespace sitekeeper::protocol {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::protocol)
};

bool onlyFields(const QJsonObject& fields, std::initializer_list<QLatin1String> allowed) {
    if (fields.isEmpty())
        return false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return false;
    }
    return true;
}

} // namespace

QString toString(Role role) {
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(QStringView text) {
    for (Role role : allRoles()) {
        if (text == toString(role))
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role) {
    switch (role) {
    case Role::Viewer:
        return Text::tr("Viewer");
    case Role::Reviewer:
        return Text::tr("Reviewer");
    case Role::Editor:
        return Text::tr("Editor");
    case Role::Admin:
        return Text::tr("Admin");
    }
    return {};
}

const QList<Role>& allRoles() {
    static const QList<Role> roles{Role::Viewer, Role::Reviewer, Role::Editor, Role::Admin};
    return roles;
}

Role neededRoleToEdit(QStringView entity) {
    return entity == QLatin1String(PartnerSettings::entityName) ? Role::Admin : Role::Editor;
}

Role neededRole(const Op& op) {
    if (op.entity == QLatin1String(PartnerSettings::entityName))
        return Role::Admin;
    if (op.action == Op::Action::Patch && op.entity == QLatin1String("reference") &&
        onlyFields(op.fields, {QLatin1String("last_reviewed"), QLatin1String("status")}))
        return Role::Reviewer;
    if (op.action == Op::Action::Patch && op.entity == QLatin1String("approver") &&
        onlyFields(op.fields, {QLatin1String("last_reviewed")}))
        return Role::Reviewer;
    if (op.action == Op::Action::Delete && op.entity == QLatin1String("approver"))
        return Role::Reviewer;
    return Role::Editor;
}

QString nameInSentence(Role role) {
    switch (role) {
    case Role::Viewer:
        return Text::tr("viewer", "role, in a sentence");
    case Role::Reviewer:
        return Text::tr("reviewer", "role, in a sentence");
    case Role::Editor:
        return Text::tr("editor", "role, in a sentence");
    case Role::Admin:
        return Text::tr("admin", "role, in a sentence");
    }
    return {};
}

QString forbiddenMessage(Role needed, Role have) {
    return Text::tr("This needs the %1 role; you are signed in as %2.")
        .arg(nameInSentence(needed), nameInSentence(have));
}

} // namespace sitekeeper::protocol
