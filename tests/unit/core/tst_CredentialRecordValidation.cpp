// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "CredentialRecord.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using CredentialMutation = Mutation<CredentialRecord>;
Q_DECLARE_METATYPE(CredentialMutation)

namespace {

const QUuid workspaceId(u"99999999-8888-4777-8666-555555555555"_s);

CredentialRecord validCredential() {
    CredentialRecord record;
    record.id = QUuid(u"12345678-0000-4000-8000-000000000001"_s);
    record.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    record.label = u"Contoso domain admin"_s;
    record.kind = CredentialKind::DomainAdmin;
    record.system = u"CONTOSO.LOCAL"_s;
    record.username = u"CONTOSO\\helpdesk"_s;
    record.hasMfa = true;
    record.rotationIntervalDays = 90;
    record.lastRotated = QDate(2024, 4, 1);
    record.keychainRef = CredentialRecord::keychainRefFor(workspaceId, record.id);
    return record;
}

} // namespace

class tst_CredentialRecordValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validCredential()); }

    void keychainRef() {
        QCOMPARE(CredentialRecord::keychainRefFor(workspaceId, validCredential().id),
                 u"sitekeeper/99999999-8888-4777-8666-555555555555/12345678-0000-4000-8000-000000000001"_s);
        // Lowercase, whatever the case the id was made from.
        QCOMPARE(
            CredentialRecord::keychainRefFor(QUuid(u"{ABCDEF00-0000-4000-8000-000000000001}"_s), QUuid()),
            u"sitekeeper/abcdef00-0000-4000-8000-000000000001/00000000-0000-0000-0000-000000000000"_s);
    }

    void rejects_data() {
        QTest::addColumn<CredentialMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << CredentialMutation([](CredentialRecord& c) { c.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no site") << CredentialMutation([](CredentialRecord& c) { c.siteId = QUuid(); })
                                 << u"site_id"_s;
        QTest::addRow("no label") << CredentialMutation([](CredentialRecord& c) { c.label.clear(); })
                                  << u"label"_s;
        QTest::addRow("label over 200 characters")
            << CredentialMutation([](CredentialRecord& c) { c.label = QString(201, u'l'); }) << u"label"_s;
        QTest::addRow("system over 2000 characters")
            << CredentialMutation([](CredentialRecord& c) { c.system = QString(2001, u's'); }) << u"system"_s;
        QTest::addRow("username with line break")
            << CredentialMutation([](CredentialRecord& c) { c.username = u"admin\n"_s; }) << u"username"_s;
        QTest::addRow("negative rotation interval")
            << CredentialMutation([](CredentialRecord& c) { c.rotationIntervalDays = -1; })
            << u"rotation_interval_days"_s;
        QTest::addRow("keychain ref of another credential") << CredentialMutation([](CredentialRecord& c) {
            c.keychainRef = CredentialRecord::keychainRefFor(workspaceId, QUuid::createUuid());
        }) << u"keychain_ref"_s;
        QTest::addRow("keychain ref of another app")
            << CredentialMutation([](CredentialRecord& c) { c.keychainRef = u"keepass/entry/1"_s; })
            << u"keychain_ref"_s;
        QTest::addRow("secret pasted into keychain ref")
            << CredentialMutation([](CredentialRecord& c) { c.keychainRef = u"Hunter2!"_s; })
            << u"keychain_ref"_s;
    }

    void rejects() {
        QFETCH(CredentialMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validCredential(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<CredentialMutation>("mutate");
        QTest::addRow("no secret stored yet")
            << CredentialMutation([](CredentialRecord& c) { c.keychainRef.clear(); });
        QTest::addRow("no rotation") << CredentialMutation(
            [](CredentialRecord& c) { c.rotationIntervalDays = 0; });
        QTest::addRow("portal URL") << CredentialMutation([](CredentialRecord& c) {
            c.kind = CredentialKind::AdminPortal;
            c.system = u"https://admin.microsoft.com/?tenant=contoso&view=users#/list"_s;
        });
        QTest::addRow("never rotated")
            << CredentialMutation([](CredentialRecord& c) { c.lastRotated = QDate(); });
    }

    void accepts() {
        QFETCH(CredentialMutation, mutate);
        verifyAccepted(validCredential(), mutate);
    }

    void json() {
        verifyJson(validCredential(),
                   {u"id"_s, u"site_id"_s, u"label"_s, u"kind"_s, u"system"_s, u"username"_s, u"has_mfa"_s,
                    u"has_totp"_s, u"rotation_interval_days"_s, u"last_rotated"_s,
                    u"force_change_at_next_logon"_s, u"keychain_ref"_s, u"shared_with"_s, u"sealed"_s,
                    u"readers"_s});
        QCOMPARE(validCredential().toJson().value(u"kind"_s).toString(), u"domain_admin"_s);
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown kind") << u"kind"_s << QJsonValue(u"root"_s) << u"kind"_s;
        QTest::addRow("interval as text")
            << u"rotation_interval_days"_s << QJsonValue(u"90"_s) << u"rotation_interval_days"_s;
        QTest::addRow("mfa as number") << u"has_mfa"_s << QJsonValue(1) << u"has_mfa"_s;
        QTest::addRow("date as number") << u"last_rotated"_s << QJsonValue(20240401) << u"last_rotated"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validCredential(), key, value, field);
    }

    void displayKey() { QCOMPARE(validCredential().displayKey(), u"Contoso domain admin"_s); }
};

QTEST_GUILESS_MAIN(tst_CredentialRecordValidation)
#include "tst_CredentialRecordValidation.moc"
