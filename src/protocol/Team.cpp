// SPDX-License-Identifier: GPL-3.0-or-later
#include "Team.h"

#include "Sealing.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitekeeper::protocol {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::protocol)
};

QString bounded(const QJsonValue& value, qsizetype max) {
    return value.toString().left(max);
}

Result<QUuid> uuidAt(const QJsonObject& json, const QString& key, const QString& where) {
    const QUuid id = QUuid::fromString(json.value(key).toString());
    if (id.isNull())
        return Error{Text::tr("must be a UUID"), where + QLatin1Char('.') + key};
    return id;
}

Result<QString> nameAt(const QJsonObject& json, const QString& key, const QString& where) {
    const QJsonValue value = json.value(key);
    if (!value.isString())
        return Error{Text::tr("must be text"), where + QLatin1Char('.') + key};
    return value.toString().left(maxNameLength);
}

Result<QJsonArray> listAt(const QJsonObject& json, const QString& key) {
    const QJsonValue list = json.value(key);
    if (!list.isArray())
        return Error{Text::tr("must be a list"), QStringLiteral("$.") + key};
    return list.toArray();
}

Result<QString> cursorAt(const QJsonObject& json) {
    const QJsonValue next = json.value(QStringLiteral("next"));
    if (!next.isString() || next.toString().size() > maxCursorLength)
        return Error{Text::tr("must be a cursor string"), QStringLiteral("$.next")};
    return next.toString();
}

} // namespace

QJsonObject Member::toJson(bool full) const {
    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), protocol::toString(role)},
    };
    if (full) {
        json.insert(QStringLiteral("created_at"), createdAt);
        json.insert(QStringLiteral("expires_at"), expiresAt.isEmpty() ? QJsonValue() : QJsonValue(expiresAt));
        json.insert(QStringLiteral("revoked"), revoked);
    }
    return json;
}

Result<Member> Member::fromJson(const QJsonObject& json, const QString& where) {
    Member member;
    auto id = uuidAt(json, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    member.id = *id;
    auto name = nameAt(json, QStringLiteral("name"), where);
    if (!name)
        return name.error();
    member.name = *name;
    member.email = bounded(json.value(QStringLiteral("email")), maxEmailLength);
    const auto role = roleFromString(json.value(QStringLiteral("role")).toString());
    if (!role)
        return Error{Text::tr("is not a known role"), where + QStringLiteral(".role")};
    member.role = *role;
    member.createdAt = bounded(json.value(QStringLiteral("created_at")), maxTimeLength);
    member.expiresAt = bounded(json.value(QStringLiteral("expires_at")), maxTimeLength);
    member.revoked = json.value(QStringLiteral("revoked")).toBool();
    return member;
}

QJsonObject MemberList::toJson() const {
    QJsonArray list;
    for (const Member& member : members)
        list.append(member.toJson());
    return QJsonObject{{QStringLiteral("members"), list}};
}

Result<MemberList> MemberList::fromJson(const QJsonObject& json) {
    auto array = listAt(json, QStringLiteral("members"));
    if (!array)
        return array.error();
    MemberList list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto member = Member::fromJson(array->at(i).toObject(), QStringLiteral("$.members[%1]").arg(i));
        if (!member)
            return member.error();
        list.members.append(*member);
    }
    return list;
}

QJsonObject Me::toJson() const {
    return QJsonObject{
        {QStringLiteral("member"), member.toJson(false)},
        {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("name"), tenantName}}},
    };
}

Result<Me> Me::fromJson(const QJsonObject& json) {
    const QJsonValue member = json.value(QStringLiteral("member"));
    if (!member.isObject())
        return Error{Text::tr("must be an object"), QStringLiteral("$.member")};
    auto decoded = Member::fromJson(member.toObject(), QStringLiteral("$.member"));
    if (!decoded)
        return decoded.error();
    const QJsonValue tenant = json.value(QStringLiteral("tenant"));
    if (!tenant.isObject())
        return Error{Text::tr("must be an object"), QStringLiteral("$.tenant")};
    auto tenantName = nameAt(tenant.toObject(), QStringLiteral("name"), QStringLiteral("$.tenant"));
    if (!tenantName)
        return tenantName.error();
    return Me{*decoded, *tenantName};
}

QJsonObject AuditEntry::toJson() const {
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), at},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("id"), memberId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("name"), memberName}}},
        {QStringLiteral("action"), action},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
        {QStringLiteral("revision"), revision},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject& json, const QString& where) {
    AuditEntry entry;
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    if (!seq.isDouble() || seq.toInteger() < 1)
        return Error{Text::tr("must be a whole number of 1 or more"), where + QStringLiteral(".seq")};
    entry.seq = seq.toInteger();
    entry.at = bounded(json.value(QStringLiteral("at")), maxTimeLength);
    const QJsonObject member = json.value(QStringLiteral("member")).toObject();
    // A member the server no longer knows may come without an id: the name is what people read.
    entry.memberId = QUuid::fromString(member.value(QStringLiteral("id")).toString());
    entry.memberName = bounded(member.value(QStringLiteral("name")), maxNameLength);
    entry.action = bounded(json.value(QStringLiteral("action")), maxFieldNameLength);
    if (entry.action.isEmpty())
        return Error{Text::tr("must be text"), where + QStringLiteral(".action")};
    entry.entity = bounded(json.value(QStringLiteral("entity")), maxFieldNameLength);
    if (entry.entity.isEmpty())
        return Error{Text::tr("must be text"), where + QStringLiteral(".entity")};
    auto id = uuidAt(json, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    entry.id = *id;
    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fields.size() && i < maxAuditFields; ++i) {
        const QString field = bounded(fields.at(i), maxFieldNameLength);
        if (!field.isEmpty())
            entry.fields.append(field);
    }
    entry.revision = std::max<qint64>(0, json.value(QStringLiteral("revision")).toInteger());
    return entry;
}

QJsonObject AuditPage::toJson() const {
    QJsonArray list;
    for (const AuditEntry& entry : entries)
        list.append(entry.toJson());
    return QJsonObject{
        {QStringLiteral("entries"), list},
        {QStringLiteral("next"), next},
        {QStringLiteral("more"), more},
    };
}

Result<AuditPage> AuditPage::fromJson(const QJsonObject& json) {
    auto array = listAt(json, QStringLiteral("entries"));
    if (!array)
        return array.error();
    AuditPage page;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto entry = AuditEntry::fromJson(array->at(i).toObject(), QStringLiteral("$.entries[%1]").arg(i));
        if (!entry)
            return entry.error();
        page.entries.append(*entry);
    }
    auto next = cursorAt(json);
    if (!next)
        return next.error();
    page.next = *next;
    page.more = json.value(QStringLiteral("more")).toBool();
    return page;
}

QJsonObject Presence::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), memberId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("since"), since},
    };
}

Result<Presence> Presence::fromJson(const QJsonObject& json, const QString& where) {
    Presence presence;
    auto id = uuidAt(json, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    presence.memberId = *id;
    auto name = nameAt(json, QStringLiteral("name"), where);
    if (!name)
        return name.error();
    presence.name = *name;
    presence.since = bounded(json.value(QStringLiteral("since")), maxTimeLength);
    return presence;
}

QJsonObject PresenceList::toJson() const {
    QJsonArray list;
    for (const Presence& presence : members)
        list.append(presence.toJson());
    return QJsonObject{{QStringLiteral("members"), list}};
}

Result<PresenceList> PresenceList::fromJson(const QJsonObject& json) {
    auto array = listAt(json, QStringLiteral("members"));
    if (!array)
        return array.error();
    PresenceList list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto presence = Presence::fromJson(array->at(i).toObject(), QStringLiteral("$.members[%1]").arg(i));
        if (!presence)
            return presence.error();
        list.members.append(*presence);
    }
    return list;
}

QJsonObject MemberKey::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), memberId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), protocol::toString(role)},
        {QStringLiteral("revoked"), revoked},
        {QStringLiteral("public_key"),
         publicKey.isEmpty() ? QJsonValue() : QJsonValue(sealing::encodeKey(publicKey))},
    };
}

Result<MemberKey> MemberKey::fromJson(const QJsonObject& json, const QString& where) {
    MemberKey key;
    auto id = uuidAt(json, QStringLiteral("id"), where);
    if (!id)
        return id.error();
    key.memberId = *id;
    auto name = nameAt(json, QStringLiteral("name"), where);
    if (!name)
        return name.error();
    key.name = *name;
    key.email = bounded(json.value(QStringLiteral("email")), maxEmailLength);
    const auto role = roleFromString(json.value(QStringLiteral("role")).toString());
    if (!role)
        return Error{Text::tr("is not a known role"), where + QStringLiteral(".role")};
    key.role = *role;
    key.revoked = json.value(QStringLiteral("revoked")).toBool();
    const QJsonValue publicKey = json.value(QStringLiteral("public_key"));
    if (publicKey.isString()) {
        key.publicKey = sealing::decodeKey(publicKey.toString());
        if (key.publicKey.isEmpty())
            return Error{Text::tr("must be a public key (32 bytes in base64)"),
                         where + QStringLiteral(".public_key")};
    } else if (!publicKey.isNull() && !publicKey.isUndefined()) {
        return Error{Text::tr("must be a public key or null"), where + QStringLiteral(".public_key")};
    }
    if (key.revoked)
        key.publicKey.clear(); // nobody seals for a leaver, whatever the server says
    return key;
}

const MemberKey* KeyDirectory::member(const QUuid& id) const {
    for (const MemberKey& key : members) {
        if (key.memberId == id)
            return &key;
    }
    return nullptr;
}

const MemberKey* KeyDirectory::memberByEmail(const QString& email) const {
    for (const MemberKey& key : members) {
        if (key.email.compare(email, Qt::CaseInsensitive) == 0)
            return &key;
    }
    return nullptr;
}

QJsonObject KeyDirectory::toJson() const {
    QJsonArray list;
    for (const MemberKey& key : members)
        list.append(key.toJson());
    return QJsonObject{
        {QStringLiteral("service"),
         servicePublicKey.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("public_key"), sealing::encodeKey(servicePublicKey)}})},
        {QStringLiteral("members"), list},
    };
}

Result<KeyDirectory> KeyDirectory::fromJson(const QJsonObject& json) {
    KeyDirectory directory;
    const QJsonValue service = json.value(QStringLiteral("service"));
    if (service.isObject()) {
        directory.servicePublicKey =
            sealing::decodeKey(service.toObject().value(QStringLiteral("public_key")).toString());
        if (directory.servicePublicKey.isEmpty())
            return Error{Text::tr("must be a public key (32 bytes in base64)"),
                         QStringLiteral("$.service.public_key")};
    } else if (!service.isNull() && !service.isUndefined()) {
        return Error{Text::tr("must be an object or null"), QStringLiteral("$.service")};
    }
    auto array = listAt(json, QStringLiteral("members"));
    if (!array)
        return array.error();
    if (array->size() > 10'000)
        return Error{Text::tr("lists more members than a tenant may have"), QStringLiteral("$.members")};
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto key = MemberKey::fromJson(array->at(i).toObject(), QStringLiteral("$.members[%1]").arg(i));
        if (!key)
            return key.error();
        directory.members.append(*key);
    }
    return directory;
}

QJsonObject AccessEntry::toJson() const {
    return QJsonObject{
        {QStringLiteral("at"), at}, {QStringLiteral("who"), who}, {QStringLiteral("reason"), reason}};
}

Result<AccessEntry> AccessEntry::fromJson(const QJsonObject& json, const QString& where) {
    AccessEntry entry;
    const QJsonValue at = json.value(QStringLiteral("at"));
    if (!at.isString())
        return Error{Text::tr("must be a time"), where + QStringLiteral(".at")};
    entry.at = at.toString().left(maxTimeLength);
    auto who = nameAt(json, QStringLiteral("who"), where);
    if (!who)
        return who.error();
    entry.who = *who;
    entry.reason = bounded(json.value(QStringLiteral("reason")), maxNameLength);
    return entry;
}

QJsonObject AccessList::toJson() const {
    QJsonArray list;
    for (const AccessEntry& entry : entries)
        list.append(entry.toJson());
    return QJsonObject{{QStringLiteral("entries"), list}};
}

Result<AccessList> AccessList::fromJson(const QJsonObject& json) {
    auto array = listAt(json, QStringLiteral("entries"));
    if (!array)
        return array.error();
    AccessList list;
    for (qsizetype i = 0; i < array->size() && i < 10'000; ++i) {
        auto entry = AccessEntry::fromJson(array->at(i).toObject(), QStringLiteral("$.entries[%1]").arg(i));
        if (!entry)
            return entry.error();
        list.entries.append(*entry);
    }
    return list;
}

} // namespace sitekeeper::protocol
