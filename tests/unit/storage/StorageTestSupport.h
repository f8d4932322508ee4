// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the storage unit tests (not a test itself: no tst_ prefix). Every test works on
// real SQLite files in a QTemporaryDir.

#include "EntityTypes.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <type_traits>

namespace sitekeeper::test {

using namespace Qt::StringLiterals;

inline const QDateTime fixedNow = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());

inline OpenOptions testOptions() {
    OpenOptions options;
    options.actor = u"tester"_s;
    options.clock = [] {
        return fixedNow;
    };
    return options;
}

inline QByteArray sha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The single value `sql` gives on the store's own connection.
inline QVariant scalar(Database& db, const QString& sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline int rowCount(Database& db, const QString& table) {
    return scalar(db, u"SELECT count(*) FROM \"%1\""_s.arg(table)).toInt();
}

// A Store on a new workspace file in a temporary folder of its own: open() in init(), close() in
// cleanup().
class TempStore {
public:
    void open() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Store::open(m_dir->filePath(u"workspace.sqlite"_s), testOptions());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_store = std::move(opened).value();
    }

    void close() {
        m_store.reset();
        m_dir.reset();
    }

    Store* operator->() const { return m_store.get(); }
    Store& operator*() const { return *m_store; }
    Database& database() const { return m_store->database(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

// Display keys whose byte order differs from their case-insensitive order.
inline const QStringList words{u"delta"_s, u"Bravo"_s, u"echo"_s, u"alpha"_s, u"Charlie"_s};

inline TimeWindow officeHours() {
    return TimeWindow{
        {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday},
        QTime(8, 0),
        QTime(17, 0),
        u"Europe/Berlin"_s};
}

// A valid record numbered `n` (its display key is words[n]) under `siteId`.
template <class T>
T sample(int n, const QUuid& siteId);

template <>
inline Site sample<Site>(int n, const QUuid&) {
    Site site;
    site.id = QUuid::createUuid();
    site.name = words.at(n) + u" Office"_s;
    site.timeZone = u"Europe/Berlin"_s;
    site.businessHours = {officeHours()};
    site.emailDomains = {words.at(n).toLower() + u".example"_s};
    site.champion = u"Champion %1"_s.arg(n);
    return site;
}

template <>
inline ClientProfile sample<ClientProfile>(int n, const QUuid& siteId) {
    ClientProfile profile;
    profile.id = QUuid::createUuid();
    profile.siteId = siteId;
    profile.fullName = words.at(n) + u" Person"_s;
    profile.email = words.at(n).toLower() + u"@example.com"_s;
    profile.officePhone = u"+14155550123"_s;
    profile.title = u"Engineer"_s;
    return profile;
}

template <>
inline Reference sample<Reference>(int n, const QUuid& siteId) {
    Reference reference;
    reference.id = QUuid::createUuid();
    reference.siteId = siteId;
    reference.title = words.at(n) + u" runbook"_s;
    reference.topic = ReferenceTopic::Vpn;
    reference.body = u"Restart the **router** number %1."_s.arg(n);
    reference.owner = u"Ops"_s;
    reference.lastReviewed = QDate(2024, 1, 1 + n);
    return reference;
}

template <>
inline ApprovalType sample<ApprovalType>(int n, const QUuid&) {
    ApprovalType type;
    type.id = QUuid::createUuid();
    type.key = words.at(n).toLower() + u"_purchase"_s;
    type.name = words.at(n) + u" purchase"_s;
    return type;
}

template <>
inline Approver sample<Approver>(int n, const QUuid& siteId) {
    Approver approver;
    approver.id = QUuid::createUuid();
    approver.siteId = siteId;
    approver.approvalType = words.at(n).toLower() + u"_purchase"_s;
    approver.personKind = PersonKind::PartnerContact;
    approver.personId = QUuid::createUuid();
    approver.phones = {u"+14155550123"_s};
    return approver;
}

template <>
inline NotificationRule sample<NotificationRule>(int n, const QUuid& siteId) {
    NotificationRule rule;
    rule.id = QUuid::createUuid();
    rule.siteId = siteId;
    rule.name = words.at(n) + u" hours"_s;
    rule.window = officeHours();
    rule.method = RuleMethod::Email;
    rule.emailRecipients = {u"desk@example.com"_s};
    return rule;
}

template <>
inline PartnerContact sample<PartnerContact>(int n, const QUuid&) {
    PartnerContact contact;
    contact.id = QUuid::createUuid();
    contact.name = words.at(n) + u" Contact"_s;
    contact.email = words.at(n).toLower() + u"@partner.example"_s;
    contact.phones = {u"+447400123456"_s};
    contact.availability = {officeHours()};
    return contact;
}

template <>
inline CredentialRecord sample<CredentialRecord>(int n, const QUuid& siteId) {
    CredentialRecord credential;
    credential.id = QUuid::createUuid();
    credential.siteId = siteId;
    credential.label = words.at(n) + u" admin"_s;
    credential.kind = CredentialKind::DomainAdmin;
    credential.system = u"dc01.example.local"_s;
    credential.username = u"admin%1"_s.arg(n);
    credential.rotationIntervalDays = 90;
    return credential;
}

template <>
inline Escalation sample<Escalation>(int n, const QUuid& siteId) {
    Escalation escalation;
    escalation.id = QUuid::createUuid();
    escalation.siteId = siteId;
    // Dates sort as the words do, case-insensitively: alpha first.
    escalation.date = QDate(2024, 3, 1 + int(words.at(n).at(0).toLower().unicode() - u'a'));
    escalation.category = u"Printing"_s;
    escalation.reason = EscalationReason::MissingInformation;
    escalation.ticket = u"T-%1"_s.arg(n);
    return escalation;
}

// An edit of a record that changes exactly the returned JSON keys.
template <class T>
QStringList edit(T& record) {
    if constexpr (std::is_same_v<T, Site>) {
        record.champion = u"New champion"_s;
        record.holdsServers = !record.holdsServers;
        return {u"holds_servers"_s, u"champion"_s};
    } else if constexpr (std::is_same_v<T, ClientProfile>) {
        record.title = u"Manager"_s;
        record.vip = true;
        return {u"title"_s, u"vip"_s};
    } else if constexpr (std::is_same_v<T, Reference>) {
        record.body = u"Call the vendor."_s;
        record.lastReviewed = QDate();
        return {u"body"_s, u"last_reviewed"_s};
    } else if constexpr (std::is_same_v<T, ApprovalType>) {
        record.name = u"Renamed"_s;
        return {u"name"_s};
    } else if constexpr (std::is_same_v<T, Approver>) {
        record.automatedApproval = true;
        record.phones.append(u"+447400123456"_s);
        return {u"phones"_s, u"automated_approval"_s};
    } else if constexpr (std::is_same_v<T, NotificationRule>) {
        record.categories = {u"Printing"_s};
        record.window.end = QTime(18, 0);
        return {u"window"_s, u"categories"_s};
    } else if constexpr (std::is_same_v<T, PartnerContact>) {
        record.email = u"other@partner.example"_s;
        return {u"email"_s};
    } else if constexpr (std::is_same_v<T, CredentialRecord>) {
        record.username = u"root"_s;
        record.hasMfa = true;
        return {u"username"_s, u"has_mfa"_s};
    } else {
        record.summary = u"Needed the asset tag."_s;
        return {u"summary"_s};
    }
}

// Makes a record invalid; returns the field that is wrong.
template <class T>
QString spoil(T& record) {
    if constexpr (std::is_same_v<T, Site>) {
        record.name.clear();
        return u"name"_s;
    } else if constexpr (std::is_same_v<T, ClientProfile>) {
        record.fullName.clear();
        return u"full_name"_s;
    } else if constexpr (std::is_same_v<T, Reference>) {
        record.title.clear();
        return u"title"_s;
    } else if constexpr (std::is_same_v<T, ApprovalType>) {
        record.name.clear();
        return u"name"_s;
    } else if constexpr (std::is_same_v<T, Approver>) {
        record.personId = QUuid();
        return u"person_id"_s;
    } else if constexpr (std::is_same_v<T, NotificationRule>) {
        record.name.clear();
        return u"name"_s;
    } else if constexpr (std::is_same_v<T, PartnerContact>) {
        record.name.clear();
        return u"name"_s;
    } else if constexpr (std::is_same_v<T, CredentialRecord>) {
        record.label.clear();
        return u"label"_s;
    } else {
        record.date = QDate();
        return u"date"_s;
    }
}

template <class T>
struct Type {
    using type = T;
};

// Calls `f(Type<T>{})` for the entity named `entity` ("client_profile").
template <class F>
void withEntity(const QString& entity, F&& f) {
    if (const auto kind = entityKindFromName(entity))
        visitEntityType(*kind, [&]<class T>(std::type_identity<T>) {
            // The partner settings have no samples here (see addEntityRows).
            if constexpr (!std::is_same_v<T, PartnerSettings>)
                f(Type<T>{});
        });
    else
        QFAIL(qPrintable(u"unknown entity "_s + entity));
}

// One data row per entity, column "entity". The partner settings are one record under a fixed id,
// not a list: tst_PartnerSettingsStore tests them.
inline void addEntityRows() {
    QTest::addColumn<QString>("entity");
    for (const EntityTable& table : EntityTable::all())
        if (table.entity != QLatin1String(PartnerSettings::entityName))
            QTest::addRow("%s", qPrintable(table.entity)) << table.entity;
}

inline QString describe(const Error& error) {
    return error.toString();
}

} // namespace sitekeeper::test

// Verifies that a Result is ok, showing its error otherwise; evaluates `expression` once.
#define SK_VERIFY_OK(expression)                                                                             \
    do {                                                                                                     \
        const auto& skResult = (expression);                                                                 \
        QVERIFY2(skResult.ok(), qPrintable(skResult.ok() ? QString() : skResult.error().toString()));        \
    } while (false)
