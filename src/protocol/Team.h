// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Roles.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace sitekeeper::protocol {

// The wire shapes of the team endpoints (`/v1/me`, `/v1/members`, `/v1/audit`, `/v1/presence`),
// shared by the server (which writes them) and the client (which distrusts them: every text is
// bounded, unknown members are skipped rather than trusted).

// Longest texts a client keeps from the server.
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxEmailLength = 320;
constexpr qsizetype maxTimeLength = 40;
constexpr qsizetype maxCursorLength = 64;
constexpr qsizetype maxFieldNameLength = 100;
constexpr qsizetype maxAuditFields = 200;

// A member of a tenant: a person with a role and their own sign-in token.
struct Member {
    QUuid id;
    QString name;
    QString email;
    Role role = Role::Viewer;
    QString createdAt; // ISO 8601 UTC; empty when not sent (`/v1/me`)
    QString expiresAt; // ISO 8601 UTC; empty: the token does not expire
    bool revoked = false;

    bool operator==(const Member&) const = default;

    // {id, name, email, role, created_at?, expires_at (null when none)?, revoked}; `full` = false
    // writes only {id, name, email, role} (the shape of `/v1/me`).
    QJsonObject toJson(bool full = true) const;
    static Result<Member> fromJson(const QJsonObject& json, const QString& where);
};

// `GET /v1/members`: {members: [Member]}.
struct MemberList {
    QList<Member> members;

    QJsonObject toJson() const;
    static Result<MemberList> fromJson(const QJsonObject& json);
};

// `GET /v1/me`: {member: {id, name, email, role}, tenant: {name}}.
struct Me {
    Member member;
    QString tenantName;

    bool operator==(const Me&) const = default;

    QJsonObject toJson() const;
    static Result<Me> fromJson(const QJsonObject& json);
};

// One row of the server's audit: who (from their token, never from the client) did what when.
struct AuditEntry {
    qint64 seq = 0;
    QString at; // ISO 8601 UTC
    QUuid memberId;
    QString memberName;
    QString action; // upsert, patch, delete; member_add, member_role, member_rotate, member_revoke ...
    QString entity; // a record entity, or "member"
    QUuid id;
    QStringList fields;  // the fields the op changed
    qint64 revision = 0; // the record's new revision; 0 for member events

    bool operator==(const AuditEntry&) const = default;

    // {seq, at, member: {id, name}, action, entity, id, fields, revision}
    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject& json, const QString& where);
};

// `GET /v1/audit`: {entries, next, more}, oldest first after the `since` cursor.
struct AuditPage {
    QList<AuditEntry> entries;
    QString next;
    bool more = false;

    QJsonObject toJson() const;
    static Result<AuditPage> fromJson(const QJsonObject& json);
};

// One other member who has a record open in an editor (`GET /v1/presence`).
struct Presence {
    QUuid memberId;
    QString name;
    QString since; // ISO 8601 UTC: when they opened it

    bool operator==(const Presence&) const = default;

    QJsonObject toJson() const; // {id, name, since}
    static Result<Presence> fromJson(const QJsonObject& json, const QString& where);
};

// `GET /v1/presence?entity=&id=`: {members: [Presence]}.
struct PresenceList {
    QList<Presence> members;

    QJsonObject toJson() const;
    static Result<PresenceList> fromJson(const QJsonObject& json);
};

// One member's public key as `GET /v1/keys` lists it. A revoked member is listed without a key, so
// that desks know whom to no longer seal for and which secrets to rotate (SK606).
struct MemberKey {
    QUuid memberId;
    QString name;
    QString email;
    Role role = Role::Viewer;
    bool revoked = false;
    QByteArray publicKey; // 32 bytes; empty: none registered (or revoked)

    bool operator==(const MemberKey&) const = default;

    QJsonObject toJson() const; // {id, name, email, role, revoked, public_key (base64, or null)}
    static Result<MemberKey> fromJson(const QJsonObject& json, const QString& where);
};

// `GET /v1/keys`: {service: {public_key} or null, members: [MemberKey]}. Every member may read it.
// `PUT /v1/keys/me` {public_key} registers the caller's own key.
struct KeyDirectory {
    QByteArray servicePublicKey; // empty: this backend opens no credentials for the service
    QList<MemberKey> members;

    bool operator==(const KeyDirectory&) const = default;

    const MemberKey* member(const QUuid& id) const;
    const MemberKey* memberByEmail(const QString& email) const;

    QJsonObject toJson() const;
    static Result<KeyDirectory> fromJson(const QJsonObject& json);
};

// Who opened a credential's secret sealed for the service, and when (`GET /v1/access?credential=`).
struct AccessEntry {
    QString at;  // ISO 8601 UTC
    QString who; // the technician, as the service's operator named them
    QString reason;

    bool operator==(const AccessEntry&) const = default;

    QJsonObject toJson() const; // {at, who, reason}
    static Result<AccessEntry> fromJson(const QJsonObject& json, const QString& where);
};

struct AccessList {
    QList<AccessEntry> entries; // newest first

    QJsonObject toJson() const; // {entries: [AccessEntry]}
    static Result<AccessList> fromJson(const QJsonObject& json);
};

} // namespace sitekeeper::protocol
