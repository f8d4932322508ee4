// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientProfile.h"
#include "CoreTestSupport.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using ProfileMutation = Mutation<ClientProfile>;
Q_DECLARE_METATYPE(ProfileMutation)

namespace {

ClientProfile validProfile() {
    ClientProfile profile;
    profile.id = QUuid(u"a1b2c3d4-0001-4000-8000-000000000001"_s);
    profile.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    profile.fullName = u"Fox Mulder"_s;
    profile.email = u"fox.mulder@contoso.com"_s;
    profile.officePhone = u"+12015550123"_s;
    profile.officeExtension = u"204"_s;
    profile.mobilePhone = u"+447400123456"_s;
    profile.title = u"Special Agent"_s;
    profile.vip = true;
    profile.status = ProfileStatus::Active;
    return profile;
}

} // namespace

class tst_ClientProfileValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validProfile()); }

    void rejects_data() {
        QTest::addColumn<ProfileMutation>("mutate");
        QTest::addColumn<QString>("field");

        QTest::addRow("no id") << ProfileMutation([](ClientProfile& p) { p.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no site") << ProfileMutation([](ClientProfile& p) { p.siteId = QUuid(); })
                                 << u"site_id"_s;
        QTest::addRow("no name") << ProfileMutation([](ClientProfile& p) { p.fullName.clear(); })
                                 << u"full_name"_s;
        QTest::addRow("name over 200 characters")
            << ProfileMutation([](ClientProfile& p) { p.fullName = QString(201, u'x'); }) << u"full_name"_s;
        QTest::addRow("name with line break")
            << ProfileMutation([](ClientProfile& p) { p.fullName = u"Fox\nMulder"_s; }) << u"full_name"_s;
        QTest::addRow("email without @")
            << ProfileMutation([](ClientProfile& p) { p.email = u"fox.mulder.contoso.com"_s; }) << u"email"_s;
        QTest::addRow("email without domain dot")
            << ProfileMutation([](ClientProfile& p) { p.email = u"fox@contoso"_s; }) << u"email"_s;
        QTest::addRow("email with space")
            << ProfileMutation([](ClientProfile& p) { p.email = u"fox mulder@contoso.com"_s; }) << u"email"_s;
        QTest::addRow("email with two dots")
            << ProfileMutation([](ClientProfile& p) { p.email = u"fox..mulder@contoso.com"_s; })
            << u"email"_s;
        QTest::addRow("email with display name")
            << ProfileMutation([](ClientProfile& p) { p.email = u"Fox <fox@contoso.com>"_s; }) << u"email"_s;
        QTest::addRow("office phone not international")
            << ProfileMutation([](ClientProfile& p) { p.officePhone = u"(201) 555-0123"_s; })
            << u"office_phone"_s;
        QTest::addRow("office phone with spaces")
            << ProfileMutation([](ClientProfile& p) { p.officePhone = u"+1 201 555 0123"_s; })
            << u"office_phone"_s;
        QTest::addRow("office phone invalid")
            << ProfileMutation([](ClientProfile& p) { p.officePhone = u"+11234567890"_s; })
            << u"office_phone"_s;
        QTest::addRow("password in the title")
            << ProfileMutation([](ClientProfile& p) { p.title = u"Admin (temp pw: Sommer2025!)"_s; })
            << u"title"_s;
        QTest::addRow("extension with letters")
            << ProfileMutation([](ClientProfile& p) { p.officeExtension = u"x204"_s; })
            << u"office_extension"_s;
        QTest::addRow("extension too long")
            << ProfileMutation([](ClientProfile& p) { p.officeExtension = QString(16, u'1'); })
            << u"office_extension"_s;
        QTest::addRow("extension without office number") << ProfileMutation([](ClientProfile& p) {
            p.officePhone.clear();
            p.officeExtension = u"204"_s;
        }) << u"office_extension"_s;
        QTest::addRow("mobile phone too short")
            << ProfileMutation([](ClientProfile& p) { p.mobilePhone = u"+44740012"_s; }) << u"mobile_phone"_s;
        QTest::addRow("mobile phone letters")
            << ProfileMutation([](ClientProfile& p) { p.mobilePhone = u"+44 call me"_s; })
            << u"mobile_phone"_s;
        QTest::addRow("title with control character")
            << ProfileMutation([](ClientProfile& p) { p.title = u"Agent\u001b"_s; }) << u"title"_s;
    }

    void rejects() {
        QFETCH(ProfileMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validProfile(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<ProfileMutation>("mutate");
        QTest::addRow("no email or phones") << ProfileMutation([](ClientProfile& p) {
            p.email.clear();
            p.officePhone.clear();
            p.officeExtension.clear();
            p.mobilePhone.clear();
        });
        QTest::addRow("disabled") << ProfileMutation(
            [](ClientProfile& p) { p.status = ProfileStatus::Disabled; });
        QTest::addRow("plus address")
            << ProfileMutation([](ClientProfile& p) { p.email = u"fox+x@contoso.com"_s; });
        QTest::addRow("international address")
            << ProfileMutation([](ClientProfile& p) { p.email = u"jürgen@müller.de"_s; });
        QTest::addRow("fixed line in mobile field")
            << ProfileMutation([](ClientProfile& p) { p.mobilePhone = u"+441212345678"_s; });
    }

    void accepts() {
        QFETCH(ProfileMutation, mutate);
        verifyAccepted(validProfile(), mutate);
    }

    void json() {
        verifyJson(validProfile(),
                   {u"id"_s, u"site_id"_s, u"full_name"_s, u"email"_s, u"office_phone"_s,
                    u"office_extension"_s, u"mobile_phone"_s, u"title"_s, u"vip"_s, u"status"_s});
        QCOMPARE(validProfile().toJson().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(ClientProfile().toJson().value(u"mobile_phone"_s).toString(), QString());
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("site id number") << u"site_id"_s << QJsonValue(3) << u"site_id"_s;
        QTest::addRow("vip as text") << u"vip"_s << QJsonValue(u"true"_s) << u"vip"_s;
        QTest::addRow("unknown status") << u"status"_s << QJsonValue(u"deleted"_s) << u"status"_s;
        QTest::addRow("phone as number")
            << u"mobile_phone"_s << QJsonValue(447400123456.0) << u"mobile_phone"_s;
        QTest::addRow("email as list") << u"email"_s << QJsonValue(QJsonArray{u"a@b.com"_s}) << u"email"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validProfile(), key, value, field);
    }

    void displayKey() { QCOMPARE(validProfile().displayKey(), u"Fox Mulder"_s); }
};

QTEST_GUILESS_MAIN(tst_ClientProfileValidation)
#include "tst_ClientProfileValidation.moc"
