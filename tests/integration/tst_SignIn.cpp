// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in from the workspace layer against the real sitekeeper-server: Test Connection tells a
// server that cannot be reached, a certificate that is not trusted and a refused token apart, in
// words that say what to do; sign-in keeps the token in the real keychain (never in settings.ini)
// and who it belongs to in the workspace, where a second process reads it; whoami follows the
// server; sign-out removes the token and the identity and leaves the outbox as it was; and the
// member's role decides what MemberRights allows.
#include "../keychain/KeychainTestSupport.h"
#include "BackendSettings.h"
#include "CredentialVault.h"
#include "MemberRights.h"
#include "SignInSupport.h"
#include "Site.h"
#include "Workspace.h"

#include <QTcpServer>

using namespace sitekeeper;
using namespace sitekeeper::test;

class tst_SignIn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_adminToken;
    QByteArray m_editorToken;
    QByteArray m_viewerToken;

    static std::optional<Result<protocol::Me>> test(const QUrl& url, const QByteArray& token,
                                                    const QString& caFile = QString()) {
        return waitForResult<protocol::Me>(
            [&](auto done) { BackendConnection::test(url, token, caFile, std::move(done)); });
    }

    std::unique_ptr<Workspace> newWorkspace(const QString& name) {
        auto opened = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing);
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
        m_server = std::make_unique<ServerProcess>(makeDatabase(u"sqlite"_s, m_dir));
        QVERIFY(m_server->start());
        m_adminToken = m_server->addTenant(u"Brightpath"_s);
        QVERIFY(!m_adminToken.isEmpty());
        m_editorToken =
            m_server->addMember(u"Brightpath"_s, u"Dana Ortiz"_s, u"dana@brightpath.example"_s, u"editor"_s);
        QVERIFY2(!m_editorToken.isEmpty(), "sitekeeper-server member add (branch server) is missing");
        m_viewerToken =
            m_server->addMember(u"Brightpath"_s, u"Vic Viewer"_s, u"vic@brightpath.example"_s, u"viewer"_s);
        QVERIFY(!m_viewerToken.isEmpty());
    }

    void testConnectionSaysWhatIsWrong_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("kind");
        QTcpServer closed; // a port nothing listens on once this is closed
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString nowhere = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const QString url = m_server->url().toString();
        QTest::newRow("nothing listens")
            << nowhere << QByteArray("skt_x") << u"cannot be reached: check the URL"_s
            << int(Error::Kind::Unavailable);
        QTest::newRow("plain http elsewhere") << u"http://backend.example.org"_s << QByteArray("skt_x")
                                              << u"Refusing plain HTTP"_s << int(Error::Kind::Invalid);
        QTest::newRow("not a URL") << u"backend"_s << QByteArray("skt_x") << u"is not valid"_s
                                   << int(Error::Kind::Invalid);
        QTest::newRow("no token") << url << QByteArray() << u"Enter the sign-in token"_s
                                  << int(Error::Kind::Invalid);
        QTest::newRow("wrong token") << url << QByteArray("skt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                                     << u"The sign-in token was refused"_s << int(Error::Kind::Forbidden);
        QTest::newRow("missing CA file")
            << url << m_editorToken << u"does not exist"_s << int(Error::Kind::Invalid);
    }
    void testConnectionSaysWhatIsWrong() {
        QFETCH(QString, url);
        QFETCH(QByteArray, token);
        QFETCH(QString, says);
        QFETCH(int, kind);
        const QString caFile = QString::fromLatin1(QTest::currentDataTag()) == "missing CA file"_L1
                                   ? m_dir.filePath(u"no.pem"_s)
                                   : QString();
        const auto answer = test(QUrl(url), token, caFile);
        QVERIFY(answer);
        QVERIFY(!*answer);
        QVERIFY2(answer->error().message.contains(says), qPrintable(answer->error().message));
        QCOMPARE(int(answer->error().kind), kind);
        // A token is never repeated back, right or wrong.
        if (!token.isEmpty())
            QVERIFY(!answer->error().message.toUtf8().contains(token));
    }

    void testConnectionNamesTheMember() {
        const auto answer = test(m_server->url(), m_editorToken);
        QVERIFY(answer);
        QVERIFY2(answer && *answer, why(answer).constData());
        QCOMPARE(answer->value().member.name, u"Dana Ortiz"_s);
        QCOMPARE(answer->value().member.email, u"dana@brightpath.example"_s);
        QCOMPARE(protocol::toString(answer->value().member.role), QStringLiteral("editor"));
        QCOMPARE(answer->value().tenantName, u"Brightpath"_s);
    }

    void untrustedCertificateAsksForTheCaFile() {
        QVERIFY(runOpenssl(m_dir.path(),
                           {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                            u"tls.key"_s, u"-out"_s, u"tls.crt"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                            u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
        ServerProcess server(m_server->database(), {u"--tls-cert"_s, m_dir.filePath(u"tls.crt"_s),
                                                    u"--tls-key"_s, m_dir.filePath(u"tls.key"_s)});
        QVERIFY(server.start());
        auto answer = test(server.url(u"https"_s), m_editorToken);
        QVERIFY(answer);
        QVERIFY(!*answer);
        QVERIFY2(answer->error().message.contains(u"certificate is not trusted: choose the CA file"_s),
                 qPrintable(answer->error().message));
        // The certificate itself as the CA file: trusted, and the member is known.
        answer = test(server.url(u"https"_s), m_editorToken, m_dir.filePath(u"tls.crt"_s));
        QVERIFY(answer);
        QVERIFY2(answer && *answer, why(answer).constData());
        QCOMPARE(answer->value().member.name, u"Dana Ortiz"_s);
    }

    void signInWhoamiAndSignOut() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        auto workspace = newWorkspace(u"desk"_s);
        QVERIFY(workspace);
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Northwind"_s;
        QVERIFY(workspace->edit<Site>(std::nullopt, site, u"Add site"_s));
        QCOMPARE(SyncEngine::status(workspace->store()).pending, 1);
        QSignalSpy changed(workspace.get(), &Workspace::identityChanged);

        const QUrl url = m_server->url();
        auto signedIn = waitForResult<protocol::Me>([&](auto done) {
            BackendConnection::signIn(*workspace, url, m_editorToken, QString(), std::move(done));
        });
        QVERIFY(signedIn);
        QVERIFY2(signedIn && *signedIn, why(signedIn).constData());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(workspace->identity()->member.name, u"Dana Ortiz"_s);
        QCOMPARE(protocol::toString(workspace->memberRole()), QStringLiteral("editor"));
        const QString key = BackendSettings::tokenKey(workspace->id().toString(QUuid::WithoutBraces));
        const auto [read, stored] = readNow(workspace->vault(), key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(stored, m_editorToken);
        QFile ini(workspace->folder() + u"/settings.ini"_s);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settingsText = ini.readAll();
        QVERIFY(!settingsText.contains(m_editorToken));
        QVERIFY(settingsText.contains("Dana Ortiz"));

        // What another process (the command line) reads from the workspace, and the backend's answer.
        QCOMPARE(BackendSettings(workspace->folder()).identity(), workspace->identity());
        {
            BackendConnection connection(*workspace);
            auto me = waitForResult<protocol::Me>([&](auto done) { connection.whoami(std::move(done)); });
            QVERIFY2(me && *me, why(me).constData());
            QCOMPARE(me->value(), *workspace->identity());
        }

        changed.clear();
        auto signedOut =
            waitForResult<void>([&](auto done) { BackendConnection::logout(*workspace, std::move(done)); });
        QVERIFY(signedOut);
        QVERIFY2(signedOut && *signedOut, why(signedOut).constData());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!workspace->identity());
        QCOMPARE(protocol::toString(workspace->memberRole()),
                 QStringLiteral("admin")); // a local workspace again
        const auto [gone, nothing] = readNow(workspace->vault(), key);
        QCOMPARE(gone.failure, CredentialVault::Failure::NotFound);
        QVERIFY(nothing.isEmpty());
        const BackendSettings settings(workspace->folder());
        QVERIFY(!settings.isConfigured());
        QCOMPARE(settings.previousUrl(), url);
        QVERIFY(!settings.identity());
        // The edit made before is still waiting, to be pushed after the next sign-in.
        QCOMPARE(SyncEngine::status(workspace->store()).pending, 1);
        auto again = waitForResult<protocol::Me>(
            [&](auto done) { BackendConnection(*workspace).whoami(std::move(done)); });
        QVERIFY(again);
        QVERIFY(!*again);
        QVERIFY2(again->error().message.contains(u"No backend is set"_s), qPrintable(again->error().message));
    }

    void whoamiFollowsTheRoleAndRefusal() {
        // The documented automation hook stands in for the keychain here: the role is the point.
        auto workspace = newWorkspace(u"viewer"_s);
        QVERIFY(workspace);
        BackendSettings(workspace->folder()).setUrl(m_server->url());
        qputenv(BackendSettings::tokenEnvironmentVariable, m_viewerToken);
        BackendConnection connection(*workspace);
        auto me = waitForResult<protocol::Me>([&](auto done) { connection.whoami(std::move(done)); });
        QVERIFY(me);
        QVERIFY2(me && *me, why(me).constData());
        QCOMPARE(protocol::toString(workspace->memberRole()), QStringLiteral("viewer"));
        const MemberRights rights(*workspace);
        QVERIFY2(rights.toEdit(EntityKind::Site).contains(u"editor role"_s),
                 qPrintable(rights.toEdit(EntityKind::Site)));
        QVERIFY(rights.toReview().contains(u"reviewer role"_s));
        QVERIFY(rights.toChangePartnerSettings().contains(u"admin role"_s));

        // A refused token keeps the last known identity and says what to do.
        qputenv(BackendSettings::tokenEnvironmentVariable, "skt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        BackendConnection refused(*workspace);
        me = waitForResult<protocol::Me>([&](auto done) { refused.whoami(std::move(done)); });
        QVERIFY(me);
        QVERIFY(!*me);
        QVERIFY2(me->error().message.contains(u"ask your admin for a new one"_s, Qt::CaseInsensitive),
                 qPrintable(me->error().message));
        QCOMPARE(protocol::toString(workspace->memberRole()), QStringLiteral("viewer"));

        // An admin may do everything, an editor all but the partner settings.
        qputenv(BackendSettings::tokenEnvironmentVariable, m_adminToken);
        BackendConnection admin(*workspace);
        me = waitForResult<protocol::Me>([&](auto done) { admin.whoami(std::move(done)); });
        QVERIFY(me && *me);
        QCOMPARE(protocol::toString(workspace->memberRole()), QStringLiteral("admin"));
        QVERIFY(MemberRights(*workspace).toChangePartnerSettings().isEmpty());
        qunsetenv(BackendSettings::tokenEnvironmentVariable);
    }
};

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_SignIn.moc"
