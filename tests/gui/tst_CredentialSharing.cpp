// SPDX-License-Identifier: GPL-3.0-or-later
// The console's side of shared credentials, with real widgets, the real keychain and the real
// sitekeeper-server (issue 17): the Credentials tab says whom each credential is shared with,
// Share… changes it (sealed for every recipient in one edit), and the access list shows who at the
// service opened a secret, as the server recorded it.
#include "../keychain/KeychainTestSupport.h"
#include "BackendConnection.h"
#include "Checker.h"
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "CredentialsPanel.h"
#include "DashboardView.h"
#include "GuiTestSupport.h"
#include "RecordTab.h"
#include "Sealing.h"
#include "SignInSupport.h"
#include "Store.h"
#include "SyncSession.h"
#include "SyncTestSupport.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_CredentialSharing : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Workspace> m_workspace;
    QString m_serviceKey;
    QByteArray m_tokenA;
    QByteArray m_tokenB;
    QUuid m_site;
    QUuid m_credential;
    const QByteArray m_secret = "Wq7!share-me-with-the-service";

    bool sync(SyncSession::Direction direction = SyncSession::Direction::Both) {
        SyncSession session(*m_workspace);
        const auto outcome = session.run(direction);
        if (!outcome || !outcome->error.isEmpty()) {
            qWarning() << "sync failed:" << session.failure();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QVERIFY(m_dir.isValid());
        m_serviceKey = m_dir.filePath(u"service-key"_s);
        m_server = std::make_unique<ServerProcess>(u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s),
                                                   QStringList{u"--service-key"_s, m_serviceKey});
        QCOMPARE(m_server->command({u"service-key"_s, u"init"_s, u"--service-key"_s, m_serviceKey}).exitCode,
                 0);
        QVERIFY(m_server->start());
        m_tokenA = m_server
                       ->command({u"tenant"_s, u"add"_s, u"acme"_s, u"--admin-name"_s, u"Ana Admin"_s,
                                  u"--admin-email"_s, u"ana@example.com"_s})
                       .out.trimmed();
        m_tokenB = m_server->addMember(u"acme"_s, u"Ben Editor"_s, u"ben@example.com"_s, u"editor"_s);
        QVERIFY(m_tokenA.startsWith("skt_") && m_tokenB.startsWith("skt_"));
        // B has signed in on a desk of their own: their key is registered.
        QNetworkAccessManager network;
        const QByteArray key =
            protocol::sealing::encodeKey(protocol::sealing::generate().publicKey).toLatin1();
        QCOMPARE(http(network, "PUT", endpoint(*m_server, u"/v1/keys/me"_s), m_tokenB,
                      "{\"public_key\":\"" + key + "\"}")
                     .status,
                 200);

        auto opened = Workspace::open(m_dir.filePath(u"desk-a"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        const auto signedIn = waitForResult<protocol::Me>([&](auto done) {
            BackendConnection::signIn(*m_workspace, m_server->url(), m_tokenA, QString(), std::move(done));
        });
        QVERIFY2(signedIn && signedIn->ok(), why(signedIn).constData());
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Fabrikam"_s;
        QVERIFY(m_workspace->edit<Site>(std::nullopt, site, u"Add site"_s).ok());
        m_site = site.id;
        QVERIFY(sync());
        QCOMPARE(m_workspace->credentials().sharing().directory().members.size(), 2);

        CredentialRecord record;
        record.siteId = m_site;
        record.label = u"Domain admin"_s;
        record.kind = CredentialKind::DomainAdmin;
        record.system = u"FABRIKAM"_s;
        record.username = u"sk-admin"_s;
        record.sharedWith = {QString::fromLatin1(CredentialRecord::team)};
        const auto saved = waitForResult<CredentialRecord>(
            [&](auto done) { m_workspace->credentials().save(record, m_secret, std::move(done)); });
        QVERIFY2(saved && saved->ok(), why(saved).constData());
        m_credential = saved->value().id;
        QCOMPARE(saved->value().sealed.size(), 2); // A and B
    }

    void shareDialogAddsTheServiceInOneEdit() {
        CredentialsPanel panel(*m_workspace);
        panel.resize(1100, 720);
        panel.setSite(m_site);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* list = panel.findChild<RecordTab*>();
        QVERIFY(list);
        list->select(m_credential);
        auto* sharedWith = panel.findChild<QLabel*>(u"sharedWith"_s);
        QTRY_COMPARE(sharedWith->text(), u"Team"_s);
        QVERIFY(panel.findChild<QLabel*>(u"sharingStatus"_s)->text().startsWith(u"Sealed for 2 recipient"_s));
        const qint64 pending = SyncEngine::status(m_workspace->store()).pending;

        bool interacted = false;
        onNextDialog(
            [](QDialog* dialog) {
                auto* service = dialog->findChild<QCheckBox*>(u"service"_s);
                auto* team = dialog->findChild<QCheckBox*>(u"team"_s);
                auto* members = dialog->findChild<QListWidget*>(u"members"_s);
                CHECK(service && team && members);
                CHECK(team->isChecked() && !service->isChecked() && service->isEnabled());
                // B is listed by name with their key's fingerprint to compare.
                CHECK(members->count() == 1);
                CHECK(members->item(0)->text().contains(u"ben@example.com"_s));
                CHECK(members->item(0)->toolTip().startsWith(u"Key "_s));
                service->setChecked(true);
                dialog->resize(520, 420);
                screenshot(dialog, u"credential-share"_s);
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
                return true;
            },
            &interacted);
        panel.findChild<QPushButton*>(u"shareButton"_s)->click();
        QVERIFY(interacted);
        QTRY_COMPARE(sharedWith->text(), u"Team, Service"_s);
        const auto stored = m_workspace->store().credentials().get(m_credential);
        QVERIFY(stored.ok());
        QCOMPARE(stored->sharedWith, (QStringList{u"service"_s, u"team"_s}));
        QCOMPARE(stored->sealed.size(), 3);
        QVERIFY(stored->sealed.contains(u"service"_s));
        // Metadata and sealed copies are one op.
        QCOMPARE(SyncEngine::status(m_workspace->store()).pending, pending + 1);
    }

    void accessListShowsWhoAtTheServiceOpenedIt() {
        QVERIFY(sync(SyncSession::Direction::Push));
        const auto opened = m_server->command(
            {u"credential"_s, u"open"_s, u"--service-key"_s, m_serviceKey, u"--tenant"_s, u"acme"_s,
             u"--site"_s, u"Fabrikam"_s, u"--label"_s, u"Domain admin"_s, u"--as"_s, u"Tom Technician"_s,
             u"--reason"_s, u"Ticket 4711: reset a mailbox password"_s});
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QCOMPARE(opened.out.trimmed(), m_secret);

        CredentialsPanel panel(*m_workspace);
        panel.resize(1100, 720);
        panel.setSite(m_site);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.findChild<RecordTab*>()->select(m_credential);
        auto* access = panel.findChild<QTreeWidget*>(u"accessList"_s);
        QVERIFY(access);
        QTRY_VERIFY_WITH_TIMEOUT(access->topLevelItemCount() == 1 &&
                                     access->topLevelItem(0)->text(1) == QLatin1String("Tom Technician"),
                                 20'000);
        QCOMPARE(access->topLevelItem(0)->text(2), u"Ticket 4711: reset a mailbox password"_s);
        QVERIFY(access->isVisible());
        screenshot(&panel, u"credential-access"_s);
    }

    void dashboardCountsWhatALeaverCouldRead() {
        const auto revoked = m_server->command(
            {u"member"_s, u"revoke"_s, u"--tenant"_s, u"acme"_s, u"--email"_s, u"ben@example.com"_s});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QVERIFY(sync());
        Checker checker(*m_workspace);
        QVERIFY(checker.checkAll().ok());
        QVERIFY(checker.hasResults());
        DashboardView dashboard(*m_workspace, checker);
        dashboard.resize(1200, 760);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto* leavers = dashboard.findChild<QLabel*>(u"leaversValue"_s);
        QVERIFY(leavers);
        QTRY_COMPARE(leavers->text(), u"1"_s);
        screenshot(&dashboard, u"dashboard-leavers"_s);
    }
};

QTEST_MAIN(tst_CredentialSharing)
#include "tst_CredentialSharing.moc"
