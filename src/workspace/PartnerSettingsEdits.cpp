// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerSettingsEdits.h"

#include "PhoneNumber.h"
#include "Roles.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QJsonArray>

namespace sitekeeper {

namespace {

const QString phoneField = QStringLiteral("help_desk_phone");

bool isList(const QString& field) {
    return field == QLatin1String("forbidden_terms") || field == QLatin1String("required_topics") ||
           field == QLatin1String("required_approval_types");
}

bool isNumber(const QString& field) {
    return field == QLatin1String("reference_due_soon_days") ||
           field == QLatin1String("approver_review_days");
}

} // namespace

PartnerSettingsEdits::PartnerSettingsEdits(Workspace& workspace)
    : m_workspace(workspace) {}

bool PartnerSettingsEdits::canEdit(QString* why) const {
    const protocol::Role needed =
        protocol::neededRoleToEdit(QString::fromLatin1(PartnerSettings::entityName));
    // Unknown (never signed in, offline): allowed here; the backend has the last word.
    const protocol::Role have = m_workspace.memberRole();
    if (protocol::allows(have, needed))
        return true;
    if (why)
        *why =
            tr("Only admins change the partner settings. %1").arg(protocol::forbiddenMessage(needed, have));
    return false;
}

Result<void> PartnerSettingsEdits::save(const PartnerSettings& base, const PartnerSettings& after,
                                        QList<FieldClash>* clashes) {
    QString why;
    if (!canEdit(&why))
        return Error{why, QString(), Error::Kind::Forbidden};
    const QString text = tr("Change the partner settings");
    // No record yet (the defaults hold): the first save creates it.
    const bool stored = m_workspace.store().partnerSettings().get(PartnerSettings::recordId()).ok();
    if (!stored) {
        if (after == base)
            return {};
        return m_workspace.edit<PartnerSettings>(std::nullopt, after, text, clashes);
    }
    return m_workspace.edit<PartnerSettings>(base, after, text, clashes);
}

QStringList PartnerSettingsEdits::fields() {
    static const QStringList keys{QStringLiteral("partner_name"),
                                  QStringLiteral("forbidden_terms"),
                                  QStringLiteral("required_topics"),
                                  QStringLiteral("required_approval_types"),
                                  QStringLiteral("reference_due_soon_days"),
                                  QStringLiteral("approver_review_days"),
                                  phoneField,
                                  QStringLiteral("help_desk_email"),
                                  QStringLiteral("help_desk_chat_url")};
    return keys;
}

QString PartnerSettingsEdits::text(const PartnerSettings& settings, const QString& field) {
    const QJsonValue value = settings.toJson().value(field);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

Result<void> PartnerSettingsEdits::set(const QString& fieldName, const QString& value) {
    QString field = fieldName;
    field.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!fields().contains(field))
        return Error{tr("There is no partner setting \"%1\"; the settings are: %2")
                         .arg(fieldName, fields().join(QStringLiteral(", "))),
                     fieldName};
    const PartnerSettings base = m_workspace.partnerSettings();
    QJsonObject json = base.toJson();
    if (isList(field)) {
        QJsonArray items;
        for (const QString& part : value.split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
        json.insert(field, items);
    } else if (isNumber(field)) {
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        if (!ok)
            return Error{tr("%1 is a number of days, not \"%2\".").arg(field, value), field};
        json.insert(field, days);
    } else if (field == phoneField && !value.trimmed().isEmpty()) {
        const PhoneNumber phone =
            PhoneNumber::parse(value.trimmed(), m_workspace.settings().defaultPhoneRegion());
        if (!phone.isValid())
            return Error{phone.errorString(), field};
        json.insert(field, phone.e164());
    } else {
        json.insert(field, value.trimmed());
    }
    FieldErrors problems;
    const PartnerSettings after = PartnerSettings::fromJson(json, &problems);
    problems += after.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldError& problem : std::as_const(problems))
            lines << problem.message;
        return Error{lines.join(QStringLiteral("; ")), problems.constFirst().field};
    }
    return save(base, after);
}

} // namespace sitekeeper
