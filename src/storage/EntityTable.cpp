// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTable.h"

#include "EntityKind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitekeeper {

namespace {

using Kind = EntityTable::Kind;

EntityTable::Column text(const char* name) {
    return {QString::fromLatin1(name), Kind::Text};
}

EntityTable::Column integer(const char* name) {
    return {QString::fromLatin1(name), Kind::Integer};
}

EntityTable::Column boolean(const char* name) {
    return {QString::fromLatin1(name), Kind::Bool};
}

EntityTable::Column json(const char* name) {
    return {QString::fromLatin1(name), Kind::Json};
}

QList<EntityTable> makeTables() {
    const QString siteId = QStringLiteral("site_id");
    const QString status = QStringLiteral("status");
    return {
        {QStringLiteral("site"),
         QStringLiteral("sites"),
         QStringLiteral("name"),
         QStringLiteral("activation_status"),
         QString(),
         QStringLiteral("sites_fts"),
         {text("id"), text("name"), text("parent_id"), text("coverage"), text("time_zone"), text("country"),
          json("business_hours"), text("answer_as"), text("answer_as_text"), json("email_domains"),
          boolean("holds_servers"), text("device_naming_scheme"), text("contract_tier"), json("sla"),
          text("scope_notes"), text("activation_status"), text("go_live_date"), text("champion")}},
        {QStringLiteral("client_profile"),
         QStringLiteral("client_profiles"),
         QStringLiteral("full_name"),
         status,
         siteId,
         QStringLiteral("client_profiles_fts"),
         {text("id"), text("site_id"), text("full_name"), text("email"), text("office_phone"),
          text("office_extension"), text("mobile_phone"), text("title"), boolean("vip"), text("status")}},
        {QStringLiteral("reference"),
         QStringLiteral("references"),
         QStringLiteral("title"),
         status,
         siteId,
         QStringLiteral("references_fts"),
         {text("id"), text("site_id"), text("title"), text("topic"), text("body"), text("owner"),
          text("last_reviewed"), integer("review_interval_days"), text("status")}},
        {QStringLiteral("approval_type"),
         QStringLiteral("approval_types"),
         QStringLiteral("key"),
         QString(),
         QString(),
         QString(),
         {text("id"), text("key"), text("name"), boolean("builtin")}},
        {QStringLiteral("approver"),
         QStringLiteral("approvers"),
         QStringLiteral("approval_type"),
         QString(),
         siteId,
         QString(),
         {text("id"), text("site_id"), text("approval_type"), text("person_kind"), text("person_id"),
          json("phones"), boolean("automated_approval"), boolean("sms_authentication"),
          boolean("authenticate_approver_with_mobile"), boolean("authenticate_requestor_with_mobile"),
          text("last_reviewed")}},
        {QStringLiteral("notification_rule"),
         QStringLiteral("notification_rules"),
         QStringLiteral("name"),
         QString(),
         siteId,
         QString(),
         {text("id"), text("site_id"), text("name"), json("window"), text("method"),
          json("escalation_contacts"), json("email_recipients"), boolean("call_before_escalating"),
          text("call_before_contact"), json("categories")}},
        {QStringLiteral("partner_contact"),
         QStringLiteral("partner_contacts"),
         QStringLiteral("name"),
         QString(),
         QString(),
         QString(),
         {text("id"), text("name"), text("email"), json("phones"), json("availability")}},
        {QStringLiteral("credential"),
         QStringLiteral("credentials"),
         QStringLiteral("label"),
         QString(),
         siteId,
         QString(),
         {text("id"), text("site_id"), text("label"), text("kind"), text("system"), text("username"),
          boolean("has_mfa"), boolean("has_totp"), integer("rotation_interval_days"), text("last_rotated"),
          boolean("force_change_at_next_logon"), text("keychain_ref"), json("shared_with"), json("sealed"),
          json("readers")}},
        {QStringLiteral("escalation"),
         QStringLiteral("escalations"),
         QStringLiteral("date"),
         QString(),
         siteId,
         QString(),
         {text("id"), text("site_id"), text("date"), text("category"), text("reason"), text("ticket"),
          text("summary")}},
        // One row at most: the record under PartnerSettings::recordId().
        {QStringLiteral("partner_settings"),
         QStringLiteral("partner_settings"),
         QStringLiteral("partner_name"),
         QString(),
         QString(),
         QString(),
         {text("id"), text("partner_name"), json("forbidden_terms"), json("required_topics"),
          json("required_approval_types"), integer("reference_due_soon_days"),
          integer("approver_review_days"), text("help_desk_phone"), text("help_desk_email"),
          text("help_desk_chat_url")}},
    };
}

} // namespace

QStringList EntityTable::matchColumns() const {
    // Only the profile list is large enough, per site and in all, to need sk_match.
    if (entityKindFromName(entity) == EntityKind::ClientProfile) {
        return {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("office_phone"),
                QStringLiteral("mobile_phone"), QStringLiteral("title")};
    }
    return {};
}

const QList<EntityTable>& EntityTable::all() {
    static const QList<EntityTable> tables = makeTables();
    return tables;
}

const EntityTable* EntityTable::find(QStringView entity) {
    for (const EntityTable& table : all()) {
        if (table.entity == entity)
            return &table;
    }
    return nullptr;
}

const EntityTable::Column* EntityTable::column(QStringView name) const {
    for (const Column& candidate : columns) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QVariant EntityTable::toSql(Kind kind, const QJsonValue& value) {
    switch (kind) {
    case Kind::Text:
        return value.isNull() || value.isUndefined() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(value.toString());
    case Kind::Integer:
        return QVariant(value.toInteger());
    case Kind::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case Kind::Json:
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue EntityTable::fromSql(Kind kind, const QVariant& value) {
    switch (kind) {
    case Kind::Text:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    case Kind::Integer:
        return QJsonValue(value.toLongLong());
    case Kind::Bool:
        return QJsonValue(value.toLongLong() != 0);
    case Kind::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isObject())
            return document.object();
        return document.array();
    }
    }
    return {};
}

} // namespace sitekeeper
