// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileImport.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Outcome = ProfileImport::Outcome;
using Preset = ProfileImport::Preset;

Q_DECLARE_METATYPE(ProfileImport::Preset)
Q_DECLARE_METATYPE(ProfileStatus)

class tst_ProfileImport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_site;
    QUuid m_other;

    QUuid addSite(const QString& name) {
        Site site;
        site.id = QUuid::createUuid();
        site.name = name;
        const auto created = m_workspace->store().sites().create(site);
        if (!created)
            qWarning() << created.error().toString();
        return site.id;
    }

    ClientProfile addProfile(const QUuid& site, const QString& name, const QString& email,
                             const QString& office = {}, const QString& mobile = {}) {
        ClientProfile p;
        p.id = QUuid::createUuid();
        p.siteId = site;
        p.fullName = name;
        p.email = email;
        p.officePhone = office;
        p.mobilePhone = mobile;
        p.title = u"Clerk"_s;
        const auto created = m_workspace->store().profiles().create(p);
        if (!created)
            qWarning() << created.error().toString();
        return p;
    }

    Result<ProfileImport::Preview> preview(const QByteArray& bytes,
                                           const ProfileImport::Options& options = {}) {
        return ProfileImport(*m_workspace).preview(bytes, m_site, options);
    }

    ProfileImport::Preview ok(const QByteArray& bytes, const ProfileImport::Options& options = {}) {
        const auto result = preview(bytes, options);
        if (!result) {
            qWarning() << result.error().toString();
            return {};
        }
        return *result;
    }

    int profileCount() {
        ListQuery query;
        return m_workspace->store().profiles().count(query).value();
    }

    QList<ClientProfile> siteProfiles(const QUuid& site) {
        ListQuery query;
        query.siteId = site;
        query.limit = -1;
        return m_workspace->store().profiles().list(query).value();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_dir->filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_workspace = std::move(opened).value();
        m_workspace->settings().setDefaultPhoneRegion(u"US"_s);
        m_site = addSite(u"Contoso HQ"_s);
        m_other = addSite(u"Fabrikam"_s);
    }

    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void readsEachPreset_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<ProfileStatus>("status");

        QTest::addRow("m365")
            << "Block credential,City,Department,Display name,First name,Last name,Mobile Phone,"
               "Office,Phone number,Title,User principal name,When created\r\n"
               "False,Seattle,Finance,Ada Lovelace,Ada,Lovelace,(201) 555-0123,B1,"
               "(415) 555-0123,CFO,Ada@Contoso.com,2024-01-01\r\n"_ba
            << Preset::M365 << ProfileStatus::Active;
        QTest::addRow("entra")
            << "id,displayName,userPrincipalName,mail,givenName,surname,jobTitle,mobilePhone,"
               "businessPhones,accountEnabled\r\n"
               "1,Ada Lovelace,ada@contoso.onmicrosoft.com,Ada@Contoso.com,Ada,Lovelace,CFO,"
               "+1 201 555 0123,+1 415 555 0123;+1 212 555 1234,false\r\n"_ba
            << Preset::Entra << ProfileStatus::Disabled;
        QTest::addRow("connectwise")
            << "First Name,Last Name,Company,Title,Email,Direct,Mobile,Inactive Flag\r\n"
               "Ada,Lovelace,Contoso,CFO,Ada@Contoso.com,415-555-0123,201-555-0123,"
               "True\r\n"_ba
            << Preset::ConnectWise << ProfileStatus::Disabled;
        QTest::addRow("autotask")
            << "Account Name,First Name,Last Name,Title,Email Address,Phone,Mobile Phone,"
               "Active\r\n"
               "Contoso,Ada,Lovelace,CFO,Ada@Contoso.com,4155550123,2015550123,True\r\n"_ba
            << Preset::Autotask << ProfileStatus::Active;
        QTest::addRow("generic")
            << "full_name,email,office_phone,mobile_phone,title,vip,status\r\n"
               "Ada Lovelace,Ada@Contoso.com,+14155550123,+12015550123,CFO,true,active\r\n"_ba
            << Preset::Generic << ProfileStatus::Active;
    }

    void readsEachPreset() {
        QFETCH(QByteArray, file);
        QFETCH(Preset, preset);
        QFETCH(ProfileStatus, status);
        const auto previewed = preview(file);
        QVERIFY2(previewed.ok(), qPrintable(previewed.ok() ? QString() : previewed.error().toString()));
        QCOMPARE(previewed->preset, preset);
        QCOMPARE(previewed->rows.size(), 1);
        const ProfileImport::Row& row = previewed->rows.constFirst();
        QVERIFY2(row.outcome == Outcome::New, qPrintable(row.problem()));
        QCOMPARE(row.profile.fullName, u"Ada Lovelace"_s);
        QCOMPARE(row.profile.email, u"Ada@Contoso.com"_s); // stored as given
        QCOMPARE(row.profile.officePhone, u"+14155550123"_s);
        QCOMPARE(row.profile.mobilePhone, u"+12015550123"_s);
        QCOMPARE(row.profile.title, u"CFO"_s);
        QCOMPARE(row.profile.status, status);

        const auto summary = ProfileImport(*m_workspace).import(*previewed);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 1);
        const QList<ClientProfile> stored = siteProfiles(m_site);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].status, status);
        QCOMPARE(stored[0].mobilePhone, u"+12015550123"_s);
    }

    // Real export shapes of a client with staff in nine countries, each number written as it is
    // dialled in that country, some with an extension: every one imports in E.164.
    void readsInternationalExports_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Preset>("preset");
        QTest::addRow("m365") << u"m365-international.csv"_s << Preset::M365;
        QTest::addRow("entra") << u"entra-international.csv"_s << Preset::Entra;
        QTest::addRow("connectwise") << u"connectwise-international.csv"_s << Preset::ConnectWise;
        QTest::addRow("autotask") << u"autotask-international.csv"_s << Preset::Autotask;
    }

    void readsInternationalExports() {
        QFETCH(QString, file);
        QFETCH(Preset, preset);
        // Rows without a country are in the site's: here its time zone's (Switzerland), not the
        // workspace's default (US).
        Site site = m_workspace->store().sites().get(m_site).value();
        site.timeZone = u"Europe/Zurich"_s;
        QVERIFY(m_workspace->store().sites().update(site).ok());

        QFile input(QStringLiteral(SITEKEEPER_TEST_DATA) + u"/directories/"_s + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const ProfileImport::Preview previewed = ok(input.readAll());
        QCOMPARE(previewed.preset, preset);
        QCOMPARE(previewed.siteCountry, u"CH"_s);
        QVERIFY2(!previewed.hasErrors(), qPrintable(previewed.errorText()));
        struct Expected {
            QString email, country, office, extension, mobile;
        };
        const QList<Expected> expected{
            {u"camille.martin@contoso.com"_s, u"FR"_s, u"+33123456789"_s, u"12"_s, u"+33612345678"_s},
            {u"jonas.becker@contoso.com"_s, u"DE"_s, u"+49301234567"_s, u"204"_s, u"+4915123456789"_s},
            {u"oliver.smith@contoso.com"_s, u"GB"_s, u"+442079460958"_s, QString(), u"+447400123456"_s},
            {u"charlotte.jones@contoso.com"_s, u"AU"_s, u"+61298765432"_s, QString(), u"+61412345678"_s},
            {u"lucia.garcia@contoso.com"_s, u"ES"_s, u"+34911234567"_s, QString(), u"+34612345678"_s},
            {u"daan.devries@contoso.com"_s, u"NL"_s, u"+31201234567"_s, QString(), u"+31612345678"_s},
            {u"ada.lovelace@contoso.com"_s, u"US"_s, u"+14155550123"_s, u"7"_s, u"+12015550123"_s},
            {u"yuki.tanaka@contoso.com"_s, u"JP"_s, u"+81312345678"_s, QString(), u"+819012345678"_s},
            {u"lea.keller@contoso.com"_s, u"CH"_s, u"+41446681800"_s, QString(), u"+41791234567"_s},
        };
        QCOMPARE(previewed.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ProfileImport::Row& row = previewed.rows.at(i);
            const Expected& want = expected.at(i);
            QCOMPARE(row.outcome, Outcome::New);
            QCOMPARE(row.profile.email, want.email);
            QCOMPARE(row.country, want.country);
            QCOMPARE(row.profile.officePhone, want.office);
            QCOMPARE(row.profile.officeExtension, want.extension);
            QCOMPARE(row.profile.mobilePhone, want.mobile);
        }
        const auto summary = ProfileImport(*m_workspace).import(previewed);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, expected.size());
        // Stored as previewed, extension included.
        const QList<ClientProfile> stored = siteProfiles(m_site);
        const auto jonas = std::find_if(stored.begin(), stored.end(), [](const ClientProfile& p) {
            return p.email == u"jonas.becker@contoso.com"_s;
        });
        QVERIFY(jonas != stored.end());
        QCOMPARE(jonas->officeExtension, u"204"_s);
        QCOMPARE(
            previewed.toJson().value(u"rows"_s).toArray().at(0).toObject().value(u"country"_s).toString(),
            u"FR"_s);
    }

    // A file with truly invalid numbers: refused as a whole by default; on purpose, its valid rows are
    // written and the others come back as a file to fix.
    void skipInvalidWritesValidRowsAndRejects() {
        QFile input(QStringLiteral(SITEKEEPER_TEST_DATA) + u"/directories/invalid-numbers.csv"_s);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const ProfileImport::Preview previewed = ok(input.readAll());
        QCOMPARE(previewed.count(Outcome::Invalid), 3);
        QCOMPARE(previewed.rows[1].column, u"mobile_phone"_s);
        QVERIFY2(previewed.rows[1].message.contains(u"France (FR)"_s), qPrintable(previewed.rows[1].message));
        QCOMPARE(previewed.rows[3].column, u"country"_s);
        QVERIFY2(previewed.rows[3].message.contains(u"Narnia"_s), qPrintable(previewed.rows[3].message));
        QCOMPARE(previewed.rows[5].column, u"mobile_phone"_s);
        QVERIFY2(previewed.rows[5].message.contains(u"Only an office number"_s),
                 qPrintable(previewed.rows[5].message));
        QCOMPARE(previewed.rows[2].profile.officeExtension, u"204"_s);

        const auto refused = ProfileImport(*m_workspace).import(previewed);
        QVERIFY(!refused.ok());
        QCOMPARE(profileCount(), 0);

        const auto written =
            ProfileImport(*m_workspace).import(previewed, {}, ProfileImport::InvalidRows::Skip);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written->created, 3);
        QCOMPARE(written->skipped, 3);
        QCOMPARE(profileCount(), 3);

        // The rejects: the file's header and cells, and what to fix.
        const QByteArray rejects = previewed.rejectsCsv();
        const QList<QByteArray> lines = rejects.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith("full_name,email,office_phone,mobile_phone,country,"),
                 lines[0].constData());
        QVERIFY2(lines[1].startsWith("Bad Mobile,bad.mobile@contoso.com,,06 12,FR,"), lines[1].constData());
        QVERIFY2(lines[1].contains("row 3, column 'mobile_phone'"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("Nowhere Person,"), lines[2].constData());

        // Fixed, the rejects file imports as it is.
        QByteArray fixed = rejects;
        fixed.replace("06 12,FR", "06 98 76 54 32,FR")
            .replace("Narnia", "GB")
            .replace("07400 654321 x9", "07400 654321");
        const ProfileImport::Preview again = ok(fixed);
        QVERIFY2(!again.hasErrors(), qPrintable(again.errorText()));
        QCOMPARE(again.count(Outcome::New), 3);
    }

    // A secret written into a free-text column refuses that field, naming row and column.
    void secretInATitleIsRefused() {
        const ProfileImport::Preview previewed =
            ok("full_name,email,title\r\nAda Lovelace,ada@contoso.com,CFO\r\n"
               "Bob Byte,bob@contoso.com,\"Clerk, new password is Winter2025!\"\r\n"_ba);
        QCOMPARE(previewed.rows[0].outcome, Outcome::New);
        QCOMPARE(previewed.rows[1].outcome, Outcome::Invalid);
        QCOMPARE(previewed.rows[1].column, u"title"_s);
        QVERIFY2(previewed.rows[1].message.contains(u"keychain"_s), qPrintable(previewed.rows[1].message));
        QVERIFY(!previewed.rows[1].message.contains(u"Winter2025"_s));
    }

    void accountControlDisablesAnAccount() {
        const QByteArray file =
            "distinguishedName,displayName,userPrincipalName,mail,userAccountControl,c\r\n"
            "\"CN=Ada,DC=contoso\",Ada Lovelace,ada@contoso.com,ada@contoso.com,512,US\r\n"
            "\"CN=Bob,DC=contoso\",Bob Byte,bob@contoso.com,,514,GB\r\n"
            "\"CN=Eve,DC=contoso\",Eve Evil,eve@contoso.com,,lots,GB\r\n"_ba;
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.preset, Preset::Ldap);
        QCOMPARE(previewed.rows[0].profile.status, ProfileStatus::Active);
        QCOMPARE(previewed.rows[1].profile.status, ProfileStatus::Disabled);
        QCOMPARE(previewed.rows[1].profile.email, u"bob@contoso.com"_s); // userPrincipalName when no mail
        QCOMPARE(previewed.rows[2].outcome, Outcome::Invalid);
        QCOMPARE(previewed.rows[2].column, u"userAccountControl"_s);
    }

    // A new office number from the file comes with its own extension, or none.
    void officeNumberBringsItsExtension() {
        ClientProfile stored = addProfile(m_site, u"Ada Lovelace"_s, u"ada@contoso.com"_s, u"+14155550123"_s);
        stored.officeExtension = u"12"_s;
        QVERIFY(m_workspace->store().profiles().update(stored).ok());
        const ProfileImport::Preview previewed =
            ok("full_name,email,office_phone\r\nAda Lovelace,ada@contoso.com,(415) 555-0199\r\n"_ba);
        QCOMPARE(previewed.rows[0].outcome, Outcome::Update);
        QCOMPARE(previewed.rows[0].profile.officePhone, u"+14155550199"_s);
        QCOMPARE(previewed.rows[0].profile.officeExtension, QString());
        // Without an office number in the file, the stored number and extension stay.
        const ProfileImport::Preview titleOnly =
            ok("full_name,email,title\r\nAda Lovelace,ada@contoso.com,CFO\r\n"_ba);
        QCOMPARE(titleOnly.rows[0].profile.officeExtension, u"12"_s);
    }

    void unknownHeaderNeedsAPresetOrMapping() {
        const QByteArray file = "Person,Mail,Cell\r\nAda Lovelace,ada@contoso.com,2015550123\r\n"_ba;
        const auto refused = preview(file);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"Person, Mail, Cell"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"autotask"_s));

        ProfileImport::Options options;
        options.mapping = {{ProfileImport::Field::FullName, u"person"_s},
                           {ProfileImport::Field::Email, u"Mail"_s},
                           {ProfileImport::Field::MobilePhone, u"Cell"_s}};
        const ProfileImport::Preview mapped = ok(file, options);
        QCOMPARE(mapped.rows.size(), 1);
        QCOMPARE(mapped.rows[0].profile.mobilePhone, u"+12015550123"_s);

        options.mapping.insert(ProfileImport::Field::Title, u"Job"_s);
        const auto missing = preview(file, options);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"\"Job\""_s));
    }

    void readsEncodingsAndDelimiters_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");

        const QString text =
            u"full_name,email,title\r\nJürgen Müller,jm@contoso.com,\"Head of\r\nFinance, EMEA\"\r\n"_s;
        QTest::addRow("utf-8 bom") << "\xEF\xBB\xBF"_ba + text.toUtf8() << u"Jürgen Müller"_s
                                   << u"Head of Finance, EMEA"_s;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::addRow("utf-16 le") << QByteArray(utf16(text)) << u"Jürgen Müller"_s
                                   << u"Head of Finance, EMEA"_s;
        QTest::addRow("windows-1252")
            << "full_name;email;title\r\nJ\xFCrgen M\xFCller;jm@contoso.com;Gesch\xE4"
               "ftsf\xFChrer\r\n"_ba
            << u"Jürgen Müller"_s << u"Geschäftsführer"_s;
        QTest::addRow("tab") << "full_name\temail\ttitle\nAda Lovelace\tada@contoso.com\tCFO, Finance\n"_ba
                             << u"Ada Lovelace"_s << u"CFO, Finance"_s;
    }

    void readsEncodingsAndDelimiters() {
        QFETCH(QByteArray, file);
        QFETCH(QString, name);
        QFETCH(QString, title);
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.rows.size(), 1);
        QVERIFY2(previewed.rows[0].outcome == Outcome::New, qPrintable(previewed.rows[0].problem()));
        QCOMPARE(previewed.rows[0].profile.fullName, name);
        QCOMPARE(previewed.rows[0].profile.title, title);
    }

    void matchesExistingProfiles() {
        const ClientProfile byEmail = addProfile(m_site, u"Ada Lovelace"_s, u"ada@contoso.com"_s);
        const ClientProfile byMobile =
            addProfile(m_site, u"Bob Byte"_s, u"bob@contoso.com"_s, {}, u"+12015550123"_s);
        const ClientProfile byNamePhone = addProfile(m_site, u"Carol Chip"_s, {}, u"+14155550123"_s);
        const ClientProfile same = addProfile(m_site, u"Dan Disk"_s, u"dan@contoso.com"_s);
        const ClientProfile elsewhere = addProfile(m_other, u"Eve Echo"_s, u"eve@contoso.com"_s);
        const QByteArray file = "full_name,email,office_phone,mobile_phone,title\r\n"
                                "Ada King,  ADA@Contoso.COM ,,,CFO\r\n"
                                "Robert Byte,,,(201) 555-0123,Clerk\r\n"
                                "carol chip,carol@contoso.com,415 555 0123,,Clerk\r\n"
                                "Dan Disk,dan@contoso.com,,,Clerk\r\n"
                                "Eve Echo,eve@contoso.com,,,Clerk\r\n"
                                "Frank New,frank@contoso.com,,,Clerk\r\n"
                                "Frank Newer,FRANK@contoso.com,,,Clerk\r\n"
                                "Ada Again,ada@contoso.com,,,Clerk\r\n"_ba;
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.rows.size(), 8);
        const auto& r = previewed.rows;

        QCOMPARE(r[0].outcome, Outcome::Update);
        QCOMPARE(r[0].profile.id, byEmail.id);
        QCOMPARE(r[0].profile.email, u"ADA@Contoso.COM"_s); // trimmed, as given
        QCOMPARE(r[0].changes.size(), 3);
        QCOMPARE(r[0].changes[0].field, u"full_name"_s);
        QCOMPARE(r[0].changes[0].before, u"Ada Lovelace"_s);
        QCOMPARE(r[0].changes[0].after, u"Ada King"_s);

        QCOMPARE(r[1].outcome, Outcome::Update);
        QCOMPARE(r[1].profile.id, byMobile.id);
        QCOMPARE(r[1].profile.email, u"bob@contoso.com"_s); // an empty cell keeps the value

        QCOMPARE(r[2].outcome, Outcome::Update);
        QCOMPARE(r[2].profile.id, byNamePhone.id);

        QCOMPARE(r[3].outcome, Outcome::Unchanged);
        QCOMPARE(r[3].profile.id, same.id);

        QCOMPARE(r[4].outcome, Outcome::DuplicateOf);
        QCOMPARE(r[4].otherSite, u"Fabrikam"_s);
        QCOMPARE(r[4].otherProfile, elsewhere.id);
        QVERIFY(r[4].profile.id.isNull()); // not imported

        QCOMPARE(r[5].outcome, Outcome::New);
        QCOMPARE(r[6].outcome, Outcome::DuplicateInFile);
        QCOMPARE(r[6].duplicateOfRow, 7);
        QCOMPARE(r[7].outcome, Outcome::DuplicateInFile);
        QCOMPARE(r[7].duplicateOfRow, 2);

        const int before = profileCount();
        const auto summary = ProfileImport(*m_workspace).import(previewed);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->updated, 3);
        QCOMPARE(profileCount(), before + 1);
        QCOMPARE(m_workspace->store().profiles().get(byEmail.id)->fullName, u"Ada King"_s);
        QCOMPARE(siteProfiles(m_other).size(), 1);

        // The same file again: nothing left to do.
        const ProfileImport::Preview again = ok(file);
        QCOMPARE(again.count(Outcome::Unchanged), 5);
        QCOMPARE(again.count(Outcome::New), 0);
        QCOMPARE(again.count(Outcome::Update), 0);
    }

    void invalidPhoneNamesRowAndColumn() {
        const QByteArray file = "full_name,email,mobile_phone\r\n"
                                "Ada Lovelace,ada@contoso.com,2015550123\r\n"
                                "Bob Byte,bob@contoso.com,12\r\n"_ba;
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.rows[1].outcome, Outcome::Invalid);
        QCOMPARE(previewed.rows[1].row, 3);
        QCOMPARE(previewed.rows[1].column, u"mobile_phone"_s);
        const QString problem = previewed.rows[1].problem();
        QVERIFY2(
            problem.startsWith(
                u"row 3, column 'mobile_phone': \"12\" is not a valid phone number for United States (US): "_s),
            qPrintable(problem));
        const auto refused = ProfileImport(*m_workspace).import(previewed);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(problem));
        QCOMPARE(profileCount(), 0);
    }

    void hostileFilesAreRefusedWithPlace_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("where");

        QTest::addRow("ragged")
            << "full_name,email\r\nAda,ada@contoso.com\r\nBob,bob@contoso.com,extra\r\n"_ba
            << u"row 3, column 3"_s;
        QTest::addRow("nul") << "full_name,email\r\nAda,ada@contoso.com\r\nBo\0b,bob@contoso.com\r\n"_ba
                             << u"row 3"_s;
        QTest::addRow("utf-16 odd bytes") << "\xFF\xFEn\0a\0m\0e\0\n"_ba << QString();
    }

    void hostileFilesAreRefusedWithPlace() {
        QFETCH(QByteArray, file);
        QFETCH(QString, where);
        const auto refused = preview(file);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().where.startsWith(where), qPrintable(refused.error().toString()));
        QVERIFY(!refused.error().message.isEmpty());
    }

    void hugeFieldIsAnInvalidRow() {
        const QByteArray file = "full_name,email,title\r\nAda,ada@contoso.com,"_ba +
                                QByteArray(1000 * 1000, 'x') + "\r\nBob,bob@contoso.com,\r\n"_ba;
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.rows.size(), 2);
        QCOMPARE(previewed.rows[0].outcome, Outcome::Invalid);
        QCOMPARE(previewed.rows[0].column, u"title"_s);
        QVERIFY(!ProfileImport(*m_workspace).import(previewed).ok());
        QCOMPARE(profileCount(), 0);

        const QByteArray tooLong = "full_name\r\n"_ba + QByteArray(1100 * 1000, 'x') + "\r\n"_ba;
        const auto refused = preview(tooLong);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().where.startsWith(u"row 2, column 1"_s),
                 qPrintable(refused.error().toString()));
    }

    void headerOnlyHasNothingToDo() {
        const ProfileImport::Preview previewed = ok("full_name,email,mobile_phone\r\n"_ba);
        QCOMPARE(previewed.rows.size(), 0);
        const auto summary = ProfileImport(*m_workspace).import(previewed);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 0);
        QCOMPARE(profileCount(), 0);
    }

    void formulasArePlainText() {
        const QByteArray file = "full_name,email,title,vip,status\r\n"
                                "=HYPERLINK(\"http://x\"),=cmd@contoso.com,+SUM(A1:A9),true,active\r\n"
                                "@Ada,-ada@contoso.com,'=1+2,false,disabled\r\n"_ba;
        const ProfileImport::Preview previewed = ok(file);
        QCOMPARE(previewed.count(Outcome::New), 2);
        QVERIFY(ProfileImport(*m_workspace).import(previewed).ok());
        ListQuery query;
        query.siteId = m_site;
        query.orderBy = u"email"_s;
        const QList<ClientProfile> stored = m_workspace->store().profiles().list(query).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].fullName, u"@Ada"_s);
        QCOMPARE(stored[0].email, u"-ada@contoso.com"_s);
        QCOMPARE(stored[0].title, u"=1+2"_s); // a neutralised export cell reads back as it was
        QCOMPARE(stored[0].status, ProfileStatus::Disabled);
        QCOMPARE(stored[1].fullName, u"=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(stored[1].title, u"+SUM(A1:A9)"_s);
        QVERIFY(stored[1].vip);
    }

    void largeFileInOneTransaction() {
        constexpr int rows = 200000;
        QByteArray file = "full_name,email,mobile_phone,title\n"_ba;
        file.reserve(rows * 60);
        for (int i = 0; i < rows; ++i) {
            file += "Person "_ba + QByteArray::number(i) + ",person"_ba + QByteArray::number(i) +
                    "@contoso.com,"_ba;
            if (i % 100 == 0) // a few numbers: parsing them all would only measure libphonenumber
                file += "+1201555"_ba + QByteArray::number(1000 + i / 100).right(4);
            file += ",Clerk\n"_ba;
        }
        QElapsedTimer timer;
        timer.start();
        ProfileImport importer(*m_workspace);
        const auto previewed = importer.preview(file, m_site);
        QVERIFY2(previewed.ok(), qPrintable(previewed.ok() ? QString() : previewed.error().toString()));
        QCOMPARE(previewed->count(Outcome::New), rows);
        const qint64 previewMs = timer.restart();

        qint64 calls = 0;
        const auto summary = importer.import(*previewed, [&calls](qint64, qint64 total) {
            ++calls;
            return total == rows;
        });
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        qInfo() << "200,000 rows: preview" << previewMs << "ms, import" << timer.elapsed() << "ms";
        QCOMPARE(summary->created, rows);
        QVERIFY(calls >= rows / 1000);
        QCOMPARE(profileCount(), rows);
    }

    void cancelLeavesTheWorkspaceAsItWas() {
        addProfile(m_site, u"Ada Lovelace"_s, u"ada@contoso.com"_s);
        QByteArray file = "full_name,email\n"_ba;
        for (int i = 0; i < 5000; ++i)
            file +=
                "Person "_ba + QByteArray::number(i) + ",p"_ba + QByteArray::number(i) + "@contoso.com\n"_ba;
        file += "Ada King,ada@contoso.com\n"_ba;
        ProfileImport importer(*m_workspace);
        const auto previewed = importer.preview(file, m_site);
        QVERIFY(previewed.ok());
        const auto cancelled = importer.import(*previewed, [](qint64 done, qint64) { return done < 3000; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(profileCount(), 1);
        QCOMPARE(siteProfiles(m_site).constFirst().fullName, u"Ada Lovelace"_s);
    }

    void unknownSiteIsAnError() {
        const auto refused = ProfileImport(*m_workspace).preview("full_name\nAda\n"_ba, QUuid::createUuid());
        QVERIFY(!refused.ok());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileImport)
#include "tst_ProfileImport.moc"
