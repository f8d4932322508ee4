// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft Entra ID read live through Microsoft Graph, against a small HTTP server in this process that
// answers with the shapes the identity platform and Graph document (the live service cannot be reached
// from the test machines): the device code sign-in (pending, slow_down, declined, expired, a bad
// code, cancelled), the tokens in the real keychain and nowhere else, pages of 999 users followed by
// @odata.nextLink, a nextLink to another host refused, 429/503 with Retry-After waited for, an expired
// token renewed once, a refused refresh token ("sign in again"), Graph's error bodies, malformed
// answers; then the comparison and the import over the table read, and the same through the real
// sitekeeper-cli. Keychain tests: they run inside scripts/test.sh's private D-Bus and gnome-keyring.
#include "../keychain/KeychainTestSupport.h"
#include "CliRunner.h"
#include "DirectoryDiff.h"
#include "GraphDirectory.h"
#include "GraphTestSupport.h"
#include "ProfileImport.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <functional>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

// sitekeeper-cli run while this process's event loop serves the fake service.
CliRun runCliServed(const QString& workspace, const QStringList& args, const QMap<QString, QString>& env) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(cliPath(), QStringList{u"--workspace"_s, workspace} + args);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_GraphDirectory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakeService> m_service;
    QUuid m_site;

    // The device code flow's answers: `pending` authorization_pending answers, then `last`.
    int m_pending = 0;
    QList<Reply> m_pollAnswers;
    Reply m_tokenAnswer;
    QList<QJsonObject> m_users; // what /v1.0/users lists, in pages of `m_pageSize`
    int m_pageSize = 999;

    GraphDirectory::Config config() const {
        GraphDirectory::Config c;
        c.tenant = tenant;
        c.clientId = clientId;
        c.authority = m_service->url();
        c.graph = m_service->url();
        c.second = std::chrono::milliseconds(secondMs);
        return c;
    }
    QString key() const { return GraphDirectory::tokenKey(m_workspace->id(), tenant, clientId); }
    void storeTokens(const QByteArray& access, const QByteArray& refresh, qint64 expiresAt) {
        const QJsonObject object{{u"access_token"_s, QString::fromLatin1(access)},
                                 {u"expires_at"_s, double(expiresAt)}};
        QVERIFY(storeNow(m_workspace->vault(), key() + u"/access"_s,
                         QJsonDocument(object).toJson(QJsonDocument::Compact))
                    .ok());
        QVERIFY(storeNow(m_workspace->vault(), key() + u"/refresh"_s, refresh).ok());
    }
    // Both entries as one object: access_token, expires_at, refresh_token (absent when not stored).
    QJsonObject storedTokens() {
        const auto [accessOutcome, access] = readNow(m_workspace->vault(), key() + u"/access"_s);
        QJsonObject tokens = accessOutcome.ok() ? QJsonDocument::fromJson(access).object() : QJsonObject();
        const auto [refreshOutcome, refresh] = readNow(m_workspace->vault(), key() + u"/refresh"_s);
        if (refreshOutcome.ok())
            tokens.insert(u"refresh_token"_s, QString::fromLatin1(refresh));
        return tokens;
    }
    static qint64 inAnHour() { return QDateTime::currentSecsSinceEpoch() + 3600; }

    Reply tokens(const QString& access, const QString& refresh) const {
        return json({{u"token_type"_s, u"Bearer"_s},
                     {u"scope"_s, u"User.Read.All profile openid email"_s},
                     {u"expires_in"_s, 3599},
                     {u"ext_expires_in"_s, 3599},
                     {u"access_token"_s, access},
                     {u"refresh_token"_s, refresh},
                     {u"id_token"_s, u"eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e30."_s}});
    }

    // One page of /v1.0/users: the users from `skip` on, and a nextLink while there are more.
    Reply usersPage(const Request& request) const {
        const QUrlQuery query(QUrl(QString::fromUtf8(request.target)));
        const int skip = query.queryItemValue(u"$skiptoken"_s).toInt();
        QJsonArray value;
        for (int i = skip; i < std::min<int>(skip + m_pageSize, int(m_users.size())); ++i)
            value.append(m_users.at(i));
        QJsonObject page{{u"@odata.context"_s, u"https://graph.microsoft.com/v1.0/$metadata#users"_s},
                         {u"value"_s, value}};
        if (skip + m_pageSize < m_users.size()) {
            QUrl next = m_service->url();
            next.setPath(u"/v1.0/users"_s);
            next.setQuery(query.toString(QUrl::FullyEncoded).section(u"&$skiptoken"_s, 0, 0) +
                          u"&$skiptoken=%1"_s.arg(skip + m_pageSize));
            page.insert(u"@odata.nextLink"_s, next.toString());
        }
        return json(page);
    }

    // The service of most tests: device code, token (device code and refresh grants), users.
    Reply standard(const Request& r) {
        if (r.path().endsWith(u"/oauth2/v2.0/devicecode"_s))
            return json({{u"device_code"_s, u"GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8"_s},
                         {u"user_code"_s, u"FJXB7K2QW"_s},
                         {u"verification_uri"_s, u"https://microsoft.com/devicelogin"_s},
                         {u"expires_in"_s, 900},
                         {u"interval"_s, 1},
                         {u"message"_s, u"To sign in, use a web browser to open the page "
                                        "https://microsoft.com/devicelogin and enter the code FJXB7K2QW to "
                                        "authenticate."_s}});
        if (r.path().endsWith(u"/oauth2/v2.0/token"_s)) {
            if (r.form().queryItemValue(u"grant_type"_s) == u"refresh_token"_s)
                return m_tokenAnswer;
            if (!m_pollAnswers.isEmpty())
                return m_pollAnswers.takeFirst();
            return m_tokenAnswer;
        }
        if (r.path() == u"/v1.0/users"_s) {
            if (r.authorization != "Bearer at-1" && r.authorization != "Bearer at-2")
                return graphError(401, u"InvalidAuthenticationToken"_s,
                                  u"Access token has expired or is not yet valid."_s);
            return usersPage(r);
        }
        return graphError(404, u"Request_ResourceNotFound"_s, u"No such path"_s);
    }

    QUuid addProfile(const QString& name, const QString& email, const QString& mobile, ProfileStatus status) {
        ClientProfile p;
        p.id = QUuid::createUuid();
        p.siteId = m_site;
        p.fullName = name;
        p.email = email;
        p.mobilePhone = mobile;
        p.status = status;
        const auto created = m_workspace->store().profiles().create(p);
        if (!created)
            qWarning() << created.error().toString();
        return p.id;
    }

    static Reply pending() {
        return oauthError(
            u"authorization_pending"_s,
            u"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    }

private Q_SLOTS:
    void initTestCase() { SITEKEEPER_REQUIRE_KEYCHAIN(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(m_dir->filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(m_workspace->store().sites().create(site));
        m_site = site.id;
        m_service = std::make_unique<FakeService>();
        QVERIFY(m_service->listen());
        m_service->handler = [this](const Request& r) {
            return standard(r);
        };
        m_pollAnswers.clear();
        m_tokenAnswer = tokens(u"at-1"_s, u"rt-1"_s);
        m_users.clear();
        m_pageSize = 999;
    }
    void cleanup() {
        if (m_workspace) {
            GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
            QVERIFY(waitFor<void>([&](auto done) { directory.signOut(done); }));
        }
        m_workspace.reset();
        m_service.reset();
        m_dir.reset();
    }

    void configIsChecked() {
        GraphDirectory::Config c = config();
        QVERIFY(GraphDirectory::checkConfig(c));
        c.tenant = u"common"_s;
        QVERIFY(text(GraphDirectory::checkConfig(c).error()).contains(u"not one tenant"_s));
        c.tenant = u"contoso/../evil"_s;
        QVERIFY(!GraphDirectory::checkConfig(c));
        c.tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
        QVERIFY(GraphDirectory::checkConfig(c));
        c.clientId = u"my-app"_s;
        QVERIFY(text(GraphDirectory::checkConfig(c).error()).contains(u"client"_s));
        c = config();
        c.graph = QUrl(u"http://graph.example.com"_s);
        QVERIFY(text(GraphDirectory::checkConfig(c).error()).contains(u"https://"_s));
        c.graph = QUrl(u"https://user:pw@graph.example.com"_s);
        QVERIFY(!GraphDirectory::checkConfig(c));
        c = config();
        c.authority = QUrl(u"ftp://login.example.com"_s);
        QVERIFY(!GraphDirectory::checkConfig(c));

        qputenv("SITEKEEPER_GRAPH_URL", "http://graph.example.com");
        auto fromEnv = GraphDirectory::configFromEnvironment({tenant, clientId});
        qunsetenv("SITEKEEPER_GRAPH_URL");
        QVERIFY(!fromEnv);
        QCOMPARE(fromEnv.error().where, u"SITEKEEPER_GRAPH_URL"_s);
        fromEnv = GraphDirectory::configFromEnvironment({tenant, clientId});
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->graph, QUrl(u"https://graph.microsoft.com"_s));
        QCOMPARE(fromEnv->authority, QUrl(u"https://login.microsoftonline.com"_s));
    }

    void deviceCodeSignInPollsUntilSignedIn() {
        m_pollAnswers = {pending(), pending()};
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        GraphDirectory::DeviceCode shown;
        int prompts = 0;
        const auto signedIn = waitFor<void>([&](auto done) {
            directory.signIn(
                [&](const GraphDirectory::DeviceCode& code) {
                    shown = code;
                    ++prompts;
                },
                done);
        });
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : text(signedIn.error())));
        QCOMPARE(prompts, 1);
        QCOMPARE(shown.userCode, u"FJXB7K2QW"_s);
        QCOMPARE(shown.verificationUri, u"https://microsoft.com/devicelogin"_s);
        QVERIFY(shown.message.contains(u"FJXB7K2QW"_s));
        QCOMPARE(shown.expiresInSeconds, 900);

        const auto codeRequests = m_service->to(u"/devicecode"_s);
        QCOMPARE(codeRequests.size(), 1);
        QCOMPARE(codeRequests[0].path(), u"/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"_s);
        QCOMPARE(codeRequests[0].form().queryItemValue(u"client_id"_s), clientId);
        QCOMPARE(codeRequests[0].form().queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                 u"https://graph.microsoft.com/User.Read.All offline_access"_s);
        const auto polls = m_service->to(u"/token"_s);
        QCOMPARE(polls.size(), 3);
        for (const Request& poll : polls) {
            QCOMPARE(poll.form().queryItemValue(u"grant_type"_s, QUrl::FullyDecoded),
                     u"urn:ietf:params:oauth:grant-type:device_code"_s);
            QCOMPARE(poll.form().queryItemValue(u"device_code"_s),
                     u"GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8"_s);
        }
        // Polled no faster than `interval` (one second of the test's).
        QVERIFY(polls[0].atMs - codeRequests[0].atMs >= secondMs - 2);
        QVERIFY(polls[1].atMs - polls[0].atMs >= secondMs - 2);
        QVERIFY(polls[2].atMs - polls[1].atMs >= secondMs - 2);

        // The tokens are in the keychain, and in no file of the workspace nor the settings.
        const QJsonObject stored = storedTokens();
        QCOMPARE(stored.value(u"access_token"_s).toString(), u"at-1"_s);
        QCOMPARE(stored.value(u"refresh_token"_s).toString(), u"rt-1"_s);
        QVERIFY(stored.value(u"expires_at"_s).toDouble() > QDateTime::currentSecsSinceEpoch() + 3000);
        m_workspace->settings().sync();
        QVERIFY(filesHolding(m_workspace->folder(), "rt-1").isEmpty());
        QVERIFY(filesHolding(m_workspace->folder(), "at-1").isEmpty());
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(filesHolding(config + u"/sitekeeper"_s, "rt-1").isEmpty());
    }

    void accessTokenTooLargeForTheKeychainIsRenewedNextTime() {
        // Windows' Credential Manager holds 2,560 bytes per entry; here: more than any keychain entry.
        const QString huge(CredentialVault::maxSecretSize + 1, u'a');
        m_tokenAnswer = tokens(huge, u"rt-1"_s);
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto signedIn = waitFor<void>([&](auto done) { directory.signIn([](const auto&) {}, done); });
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : text(signedIn.error())));
        QCOMPARE(storedTokens().value(u"refresh_token"_s).toString(), u"rt-1"_s);
        QVERIFY(!storedTokens().contains(u"access_token"_s));

        // The next read renews the access token first, with the refresh token that was kept.
        m_users = {user(1)};
        m_tokenAnswer = tokens(u"at-2"_s, u"rt-2"_s);
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        const auto pages = m_service->to(u"/v1.0/users"_s);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].authorization, "Bearer at-2");
        QCOMPARE(m_service->to(u"/token"_s).last().form().queryItemValue(u"refresh_token"_s), u"rt-1"_s);
        QCOMPARE(storedTokens().value(u"access_token"_s).toString(), u"at-2"_s);
        QCOMPARE(storedTokens().value(u"refresh_token"_s).toString(), u"rt-2"_s);
    }

    void slowDownAddsFiveSeconds() {
        m_pollAnswers = {oauthError(u"slow_down"_s, u"AADSTS70000: slow down"_s), pending()};
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        QVERIFY(waitFor<void>([&](auto done) { directory.signIn([](const auto&) {}, done); }));
        const auto polls = m_service->to(u"/token"_s);
        QCOMPARE(polls.size(), 3);
        // After slow_down: every later poll waits interval + 5 seconds.
        QVERIFY2(polls[1].atMs - polls[0].atMs >= 6 * secondMs - 2,
                 QByteArray::number(polls[1].atMs - polls[0].atMs));
        QVERIFY(polls[2].atMs - polls[1].atMs >= 6 * secondMs - 2);
    }

    void signInEnds_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("said");
        QTest::newRow("declined") << u"authorization_declined"_s << u"declined"_s;
        QTest::newRow("expired") << u"expired_token"_s << u"expired"_s;
        QTest::newRow("bad code") << u"bad_verification_code"_s << u"did not recognise"_s;
        QTest::newRow("other") << u"invalid_client"_s << u"AADSTS7000218"_s;
    }
    void signInEnds() {
        QFETCH(QString, code);
        QFETCH(QString, said);
        m_pollAnswers = {
            pending(), oauthError(code, u"AADSTS7000218: The request body must contain client_assertion."_s)};
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto signedIn = waitFor<void>([&](auto done) { directory.signIn([](const auto&) {}, done); });
        QVERIFY(!signedIn);
        QVERIFY2(text(signedIn.error()).contains(said), qPrintable(text(signedIn.error())));
        QCOMPARE(signedIn.error().kind, Error::Kind::Forbidden);
        QCOMPARE(m_service->to(u"/token"_s).size(), 2); // polling stopped
        QVERIFY(storedTokens().isEmpty());
        QVERIFY(!directory.isBusy());
    }

    void codeExpiresWhilePending() {
        // The code lasts two seconds; the service keeps saying pending: the wait ends there.
        m_service->handler = [this](const Request& r) {
            if (r.path().endsWith(u"/devicecode"_s)) {
                QJsonObject o = QJsonDocument::fromJson(standard(r).body).object();
                o.insert(u"expires_in"_s, 2);
                return json(o);
            }
            if (r.path().endsWith(u"/token"_s))
                return pending();
            return standard(r);
        };
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto signedIn = waitFor<void>([&](auto done) { directory.signIn([](const auto&) {}, done); });
        QVERIFY(!signedIn);
        QVERIFY(text(signedIn.error()).contains(u"expired"_s));
        QVERIFY(m_service->to(u"/token"_s).size() <= 3);
    }

    void signInCanBeCancelled() {
        m_service->handler = [this](const Request& r) {
            return r.path().endsWith(u"/token"_s) ? pending() : standard(r);
        };
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        std::optional<Result<void>> result;
        directory.signIn([](const auto&) {}, [&](Result<void> r) { result = r; });
        QTRY_VERIFY(m_service->to(u"/token"_s).size() >= 2);
        directory.cancel();
        QVERIFY(result && !*result);
        QCOMPARE(result->error().kind, Error::Kind::Cancelled);
        const qsizetype polls = m_service->to(u"/token"_s).size();
        QTest::qWait(5 * secondMs);
        QCOMPARE(m_service->to(u"/token"_s).size(), polls); // no more polling
        QVERIFY(!directory.isBusy());
    }

    void pagesOfUsersBecomeATable() {
        for (int i = 0; i < 2500; ++i)
            m_users << user(i);
        m_users[0] = person(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+44 7400 123456"_s, false,
                            QJsonArray{u"+44 20 7946 0001"_s, u"+44 20 7946 0002"_s});
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        QList<int> progress;
        connect(&directory, &GraphDirectory::usersRead, this, [&](int n) { progress << n; });
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        QCOMPARE(table->header, GraphDirectory::columns);
        QCOMPARE(table->rows.size(), 2500);
        QCOMPARE(table->lines.size(), 2500);
        QCOMPARE(progress, (QList<int>{999, 1998, 2500}));
        const QStringList& ann = table->rows.at(0);
        QCOMPARE(ann.at(0), u"Ann Lee"_s);
        QCOMPARE(ann.at(5), u"+44 20 7946 0001; +44 20 7946 0002"_s);
        QCOMPARE(ann.at(6), u"+44 7400 123456"_s);
        QCOMPARE(ann.at(8), u"false"_s);
        QCOMPARE(ann.at(9), u"United Kingdom"_s);
        QCOMPARE(table->rows.at(2499).at(3), u"user2499@contoso.com"_s);
        QCOMPARE(table->rows.at(2499).at(7), QString()); // null jobTitle

        const auto pages = m_service->to(u"/v1.0/users"_s);
        QCOMPARE(pages.size(), 3);
        const QUrlQuery first(QUrl(QString::fromUtf8(pages[0].target)));
        QCOMPARE(first.queryItemValue(u"$top"_s), u"999"_s);
        QCOMPARE(first.queryItemValue(u"$select"_s, QUrl::FullyDecoded),
                 u"id,"_s + GraphDirectory::columns.join(u','));
        for (const Request& page : pages)
            QCOMPARE(page.authorization, "Bearer at-1");
        QVERIFY(pages[2].target.contains("skiptoken=1998"));

        // All of them are joiners of an empty site, and new profiles to the import.
        ProfileImport::Options entra;
        const auto preview = ProfileImport(*m_workspace).preview(*table, m_site, entra);
        QVERIFY(preview);
        QCOMPARE(preview->preset, ProfileImport::Preset::Entra);
        QCOMPARE(preview->count(ProfileImport::Outcome::Invalid), 0);
        QCOMPARE(preview->count(ProfileImport::Outcome::New), 2500);
    }

    void comparedWithTheSite() {
        // Ann unchanged, Bob with a new mobile, Erin new, Dan gone, Fay disabled in Entra.
        addProfile(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+447400123456"_s, ProfileStatus::Active);
        const QUuid bob =
            addProfile(u"Bob Stone"_s, u"bob@contoso.com"_s, u"+447400123458"_s, ProfileStatus::Active);
        const QUuid dan =
            addProfile(u"Dan Roe"_s, u"dan@contoso.com"_s, u"+447400123459"_s, ProfileStatus::Active);
        const QUuid fay = addProfile(u"Fay Moss"_s, u"fay@contoso.com"_s, {}, ProfileStatus::Active);
        m_users = {person(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+44 7400 123456"_s, true),
                   person(u"Bob Stone"_s, u"BOB@contoso.com"_s, u"+44 7400 123999"_s, true),
                   person(u"Erin Hart"_s, u"erin@contoso.com"_s, u"+44 7400 123777"_s, true,
                          QJsonArray{u"+44 20 7946 0123"_s}),
                   person(u"Fay Moss"_s, u"fay@contoso.com"_s, QJsonValue::Null, false)};
        m_users[0].insert(u"jobTitle"_s, QJsonValue::Null); // Ann as stored
        m_pageSize = 2;                                     // two pages
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(table);
        const auto report = DirectoryDiff(*m_workspace).compare(*table, m_site);
        QVERIFY2(report, qPrintable(report ? QString() : text(report.error())));
        QCOMPARE(report->leavers.size(), 2);
        QSet<QUuid> leavers;
        for (const auto& l : report->leavers)
            leavers << l.profile.id;
        QCOMPARE(leavers, (QSet<QUuid>{dan, fay}));
        QCOMPARE(report->joiners.size(), 1);
        QCOMPARE(report->joiners[0].profile.fullName, u"Erin Hart"_s);
        QCOMPARE(report->joiners[0].profile.officePhone, u"+442079460123"_s);
        QCOMPARE(report->changedNumbers.size(), 1);
        QCOMPARE(report->changedNumbers[0].profile.id, bob);
        QCOMPARE(report->changedNumbers[0].after, u"+447400123999"_s);
        QVERIFY(report->unreadable.isEmpty());

        const auto preview = ProfileImport(*m_workspace).preview(*table, m_site);
        QVERIFY(preview);
        QCOMPARE(preview->preset, ProfileImport::Preset::Entra);
        QCOMPARE(preview->count(ProfileImport::Outcome::New), 1);
        QCOMPARE(preview->count(ProfileImport::Outcome::Unchanged), 1); // Ann
        QCOMPARE(preview->count(ProfileImport::Outcome::Update), 2);    // Bob's number, Fay disabled
        QCOMPARE(preview->count(ProfileImport::Outcome::Invalid), 0);
    }

    void throttledRequestsWaitAsAsked() {
        m_users = {user(1), user(2)};
        m_pageSize = 1;
        int calls = 0;
        m_service->handler = [&](const Request& r) {
            if (r.path() == u"/v1.0/users"_s && ++calls <= 2)
                return Reply{calls == 1 ? 429 : 503,
                             graphError(429, u"TooManyRequests"_s, u"Too many requests"_s).body,
                             "Retry-After: 2\r\n"};
            return standard(r);
        };
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        QList<int> waits;
        connect(&directory, &GraphDirectory::waiting, this, [&](int s) { waits << s; });
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(waits, (QList<int>{2, 2}));
        const auto pages = m_service->to(u"/v1.0/users"_s);
        QCOMPARE(pages.size(), 4);
        QVERIFY(pages[1].atMs - pages[0].atMs >= 2 * secondMs - 2);
        QVERIFY(pages[2].atMs - pages[1].atMs >= 2 * secondMs - 2);
    }

    void throttlingIsBounded() {
        m_service->handler = [](const Request&) {
            return Reply{429, graphError(429, u"TooManyRequests"_s, u"Too many requests"_s).body,
                         "Retry-After: 1\r\n"};
        };
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory::Config c = config();
        c.maxRetries = 3;
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), c);
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(u"after 4 tries"_s), qPrintable(text(table.error())));
        QCOMPARE(m_service->requests.size(), 4);

        // A Retry-After longer than the most this waits for is not waited for.
        m_service->handler = [](const Request&) {
            return Reply{503, "{}", "Retry-After: 86400\r\n"};
        };
        QElapsedTimer timer;
        timer.start();
        const auto again = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!again);
        QVERIFY2(text(again.error()).contains(u"1440 minutes"_s), qPrintable(text(again.error())));
        QVERIFY(timer.elapsed() < 5'000);
    }

    void readingCanBeCancelledWhileWaiting() {
        m_service->handler = [](const Request&) {
            return Reply{429, "{}", "Retry-After: 100\r\n"};
        };
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        std::optional<Result<CsvTable>> result;
        directory.readUsers([&](Result<CsvTable> r) { result = std::move(r); });
        QTRY_COMPARE(m_service->requests.size(), 1);
        QTest::qWait(20);
        directory.cancel();
        QVERIFY(result && !*result);
        QCOMPARE(result->error().kind, Error::Kind::Cancelled);
    }

    void expiredTokenIsRenewedOnce() {
        m_users = {user(1)};
        // The stored access token is no longer accepted (401); the refresh token gives a new pair.
        storeTokens("at-old", "rt-1", inAnHour());
        m_tokenAnswer = tokens(u"at-2"_s, u"rt-2"_s);
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        QCOMPARE(table->rows.size(), 1);
        const auto pages = m_service->to(u"/v1.0/users"_s);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].authorization, "Bearer at-old");
        QCOMPARE(pages[1].authorization, "Bearer at-2");
        const auto refreshes = m_service->to(u"/token"_s);
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(refreshes[0].form().queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(refreshes[0].form().queryItemValue(u"refresh_token"_s), u"rt-1"_s);
        QCOMPARE(refreshes[0].form().queryItemValue(u"client_id"_s), clientId);
        // The new pair replaced the old one in the keychain.
        QCOMPARE(storedTokens().value(u"access_token"_s).toString(), u"at-2"_s);
        QCOMPARE(storedTokens().value(u"refresh_token"_s).toString(), u"rt-2"_s);
        QVERIFY(filesHolding(m_workspace->folder(), "rt-2").isEmpty());
    }

    void tokenPastItsTimeIsRenewedFirst() {
        m_users = {user(1)};
        storeTokens("at-old", "rt-1", QDateTime::currentSecsSinceEpoch() - 10);
        // The answer keeps the refresh token: the stored one stays.
        m_tokenAnswer =
            json({{u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, 3599}, {u"access_token"_s, u"at-2"_s}});
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        const auto pages = m_service->to(u"/v1.0/users"_s);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].authorization, "Bearer at-2");
        QCOMPARE(storedTokens().value(u"refresh_token"_s).toString(), u"rt-1"_s);
    }

    void refusedRefreshSaysSignInAgain() {
        storeTokens("at-old", "rt-1", inAnHour());
        m_tokenAnswer = oauthError(u"invalid_grant"_s,
                                   u"AADSTS700082: The refresh token has expired due to inactivity."_s);
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(u"sign in again"_s), qPrintable(text(table.error())));
        QVERIFY(text(table.error()).contains(u"AADSTS700082"_s));
        QVERIFY(!text(table.error()).contains(u"Trace ID"_s));
        QVERIFY(directory.needsSignIn());
        QCOMPARE(m_service->to(u"/v1.0/users"_s).size(), 1);

        // A renewed token that Graph refuses as well: sign in again, without a second renewal.
        m_tokenAnswer = tokens(u"at-rejected"_s, u"rt-2"_s);
        const auto again = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!again);
        QVERIFY(text(again.error()).contains(u"sign in again"_s));
        QVERIFY(text(again.error()).contains(u"InvalidAuthenticationToken"_s));
        QCOMPARE(m_service->to(u"/token"_s).size(), 2);
    }

    void notSignedInSignsInThenReads() {
        m_users = {user(1), user(2)};
        m_pollAnswers = {pending()};
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto alone = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!alone);
        QVERIFY(directory.needsSignIn());
        QVERIFY(text(alone.error()).contains(u"sign in first"_s));
        QVERIFY(m_service->requests.isEmpty());

        int prompts = 0;
        const auto table =
            waitFor<CsvTable>([&](auto done) { directory.read([&](const auto&) { ++prompts; }, done); });
        QVERIFY2(table, qPrintable(table ? QString() : text(table.error())));
        QCOMPARE(prompts, 1);
        QCOMPARE(table->rows.size(), 2);
    }

    void hostileNextLinkIsRefused() {
        FakeService elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.handler = [this](const Request& r) {
            return standard(r);
        };
        m_service->handler = [&](const Request& r) {
            if (r.path() != u"/v1.0/users"_s)
                return standard(r);
            QUrl next = elsewhere.url();
            next.setPath(u"/v1.0/users"_s);
            next.setQuery(u"$skiptoken=1"_s);
            return json({{u"value"_s, QJsonArray{user(1)}}, {u"@odata.nextLink"_s, next.toString()}});
        };
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(u"Refusing to follow"_s), qPrintable(text(table.error())));
        QCOMPARE(table.error().kind, Error::Kind::Forbidden);
        QVERIFY(elsewhere.requests.isEmpty()); // the token never went there

        // Another host name for the same machine is another host too.
        m_service->handler = [&](const Request& r) {
            if (r.path() != u"/v1.0/users"_s)
                return standard(r);
            return json({{u"value"_s, QJsonArray{}},
                         {u"@odata.nextLink"_s,
                          u"http://localhost:%1/v1.0/users?$skiptoken=1"_s.arg(m_service->url().port())}});
        };
        const auto again = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!again);
        QVERIFY(text(again.error()).contains(u"Refusing to follow"_s));
        QCOMPARE(m_service->to(u"/v1.0/users"_s).size(), 2);
    }

    void badAnswersAreClearErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said");
        QTest::newRow("malformed JSON")
            << 200 << "{\"value\": [{\"displayName\": \"Ann\""_ba << u"not valid JSON"_s;
        QTest::newRow("no value") << 200 << "{\"users\": []}"_ba << u"no list of users"_s;
        QTest::newRow("user not an object") << 200 << "{\"value\": [1]}"_ba << u"value[0]"_s;
        QTest::newRow("number as name")
            << 200 << "{\"value\": [{\"displayName\": 5}]}"_ba << u"value[0].displayName"_s;
        QTest::newRow("forbidden") << 403
                                   << graphError(403, u"Authorization_RequestDenied"_s,
                                                 u"Insufficient privileges to complete the operation."_s)
                                          .body
                                   << u"Authorization_RequestDenied: Insufficient privileges"_s;
        QTest::newRow("bad request")
            << 400 << graphError(400, u"Request_UnsupportedQuery"_s, u"Unsupported query."_s).body
            << u"HTTP 400: Request_UnsupportedQuery: Unsupported query."_s;
        QTest::newRow("escape sequence")
            << 400 << graphError(400, u"Request_BadRequest"_s, u"Bad\u001b[2J request"_s).body
            << u"Request_BadRequest: Bad [2J request"_s;
        QTest::newRow("not JSON error") << 500 << "<html>oops</html>"_ba << u"HTTP 500"_s;
    }
    void badAnswersAreClearErrors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        m_service->handler = [&](const Request&) {
            return Reply{status, body, {}};
        };
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config());
        const auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(said), qPrintable(text(table.error())));
        QVERIFY2(table.error().where.contains(u"/v1.0/users, page 1"_s), qPrintable(table.error().where));
        QVERIFY(!text(table.error()).contains(u"at-1"_s));
    }

    void answersAreBounded() {
        m_users = {user(1), user(2), user(3)};
        m_pageSize = 1;
        storeTokens("at-1", "rt-1", inAnHour());
        GraphDirectory::Config c = config();
        c.maxUsers = 2;
        GraphDirectory directory(m_workspace->vault(), m_workspace->id(), c);
        auto table = waitFor<CsvTable>([&](auto done) { directory.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(u"more than 2 users"_s), qPrintable(text(table.error())));

        c = config();
        c.maxReplyBytes = 200;
        GraphDirectory small(m_workspace->vault(), m_workspace->id(), c);
        table = waitFor<CsvTable>([&](auto done) { small.readUsers(done); });
        QVERIFY(!table);
        QVERIFY2(text(table.error()).contains(u"larger than"_s), qPrintable(text(table.error())));
    }

    void rememberedPerSite() {
        QCOMPARE(GraphDirectory::rememberedSource(*m_workspace, m_site).value(), GraphSource{});
        QVERIFY(GraphDirectory::rememberSource(*m_workspace, m_site, {tenant, clientId}));
        QCOMPARE(GraphDirectory::rememberedSource(*m_workspace, m_site).value(),
                 (GraphSource{tenant, clientId}));
        QCOMPARE(GraphDirectory::rememberedSource(*m_workspace, QUuid::createUuid()).value(), GraphSource{});
    }

    void commandLine() {
        // The workspace of the CLI, with the site of the comparison.
        m_workspace.reset();
        const QString ws = m_dir->filePath(u"cli"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(ws, {u"site"_s, u"add"_s, u"Contoso HQ"_s}), 0);
        m_users = {person(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+44 7400 123456"_s, true),
                   person(u"Erin Hart"_s, u"erin@contoso.com"_s, u"+44 7400 123777"_s, true)};
        m_pollAnswers = {pending()};
        const QMap<QString, QString> env{{u"SITEKEEPER_LOGIN_URL"_s, m_service->url().toString()},
                                         {u"SITEKEEPER_GRAPH_URL"_s, m_service->url().toString()},
                                         {u"SITEKEEPER_GRAPH_SECOND_MS"_s, QString::number(secondMs)}};
        const QStringList graph{u"--graph"_s, u"--tenant"_s, tenant, u"--client-id"_s, clientId};

        // Not signed in: the device code is shown on stderr, then the users are read.
        auto run = runCliServed(ws,
                                QStringList{u"diff"_s, u"directory"_s} + graph +
                                    QStringList{u"--site"_s, u"Contoso HQ"_s, u"--format"_s, u"json"_s},
                                env);
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.err.contains("enter the code FJXB7K2QW"), run.err.constData());
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"joiners"_s).toArray().size(), 2);
        QCOMPARE(report.value(u"leavers"_s).toArray().size(), 0);
        QCOMPARE(m_service->to(u"/devicecode"_s).size(), 1);
        for (const QByteArray& secret : {"at-1"_ba, "rt-1"_ba}) {
            QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
            QVERIFY(filesHolding(ws, secret).isEmpty());
        }

        // The import, with the tenant and client id remembered for the site: no second sign-in.
        run = runCliServed(ws, {u"import"_s, u"profiles"_s, u"--graph"_s, u"--site"_s, u"Contoso HQ"_s}, env);
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("2 new, 0 updated"), run.out.constData());
        QCOMPARE(m_service->to(u"/devicecode"_s).size(), 1);
        run = runCliServed(
            ws, QStringList{u"diff"_s, u"directory"_s, u"--graph"_s, u"--site"_s, u"Contoso HQ"_s}, env);
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("0 leavers, 0 joiners, 0 changed numbers"), run.out.constData());

        // Usage and refusals: exit 2 with a reason.
        run = runCliServed(
            ws, QStringList{u"diff"_s, u"directory"_s, u"users.csv"_s, u"--site"_s, u"Contoso HQ"_s} + graph,
            env);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("--graph"), run.err.constData());
        QVERIFY_CLI(runCliServed(ws, {u"site"_s, u"add"_s, u"Fabrikam"_s}, env), 0);
        run = runCliServed(ws, {u"import"_s, u"profiles"_s, u"--graph"_s, u"--site"_s, u"Fabrikam"_s}, env);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("--tenant"), run.err.constData());
        QMap<QString, QString> plain = env;
        plain.insert(u"SITEKEEPER_GRAPH_URL"_s, u"http://graph.example.com"_s);
        run = runCliServed(ws, QStringList{u"diff"_s, u"directory"_s, u"--site"_s, u"Contoso HQ"_s} + graph,
                           plain);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("SITEKEEPER_GRAPH_URL") && run.err.contains("https://"),
                 run.err.constData());

        // A declined sign-in (for another tenant, not signed in yet) ends with exit 2 and stores nothing.
        m_pollAnswers = {oauthError(u"authorization_declined"_s, u"AADSTS70000: declined"_s)};
        run = runCliServed(ws,
                           {u"diff"_s, u"directory"_s, u"--graph"_s, u"--tenant"_s,
                            u"fabrikam.onmicrosoft.com"_s, u"--client-id"_s, clientId, u"--site"_s,
                            u"Fabrikam"_s},
                           env);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("declined"), run.err.constData());

        // Tidy the keychain: the CLI's workspace id namespaces its entry.
        auto reopened = Workspace::open(ws, Workspace::OpenMode::MustExist);
        QVERIFY(reopened);
        m_workspace = std::move(reopened).value();
        QCOMPARE(storedTokens().value(u"refresh_token"_s).toString(), u"rt-1"_s);
    }
};

QTEST_GUILESS_MAIN(tst_GraphDirectory)
#include "tst_GraphDirectory.moc"
