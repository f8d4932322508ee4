// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft Entra ID page of Compare With Directory against the fake identity platform and Graph
// of GraphTestSupport.h (the live service cannot be reached from the test machines): Read Users
// without a sign-in shows the code (copied to the clipboard) and the page, waits with a progress bar,
// then reads; the tenant is remembered for the site; Cancel ends the wait; a wrong tenant is said.
// The keychain is the real one of scripts/test.sh's private session.
#include "../keychain/KeychainTestSupport.h"
#include "DirectoryDiffDialog.h"
#include "DirectoryDiffModel.h"
#include "EntraSourcePanel.h"
#include "GraphTestSupport.h"
#include "GuiTestSupport.h"
#include "Store.h"
#include "Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_EntraSourcePanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakeService> m_service;
    QUuid m_site;
    int m_pending = 0;   // authorization_pending answers before the token
    bool m_hold = false; // pending for ever

    Reply answer(const Request& r) {
        if (r.path().endsWith(u"/devicecode"_s))
            return json({{u"device_code"_s, u"DC-1"_s},
                         {u"user_code"_s, u"HX4K9QWRT"_s},
                         {u"verification_uri"_s, u"https://microsoft.com/devicelogin"_s},
                         {u"expires_in"_s, 900},
                         {u"interval"_s, 1},
                         {u"message"_s, u"To sign in, use a web browser to open the page "
                                        "https://microsoft.com/devicelogin and enter the code HX4K9QWRT to "
                                        "authenticate."_s}});
        if (r.path().endsWith(u"/token"_s)) {
            if (m_hold || m_pending-- > 0)
                return oauthError(u"authorization_pending"_s, u"AADSTS70016: pending"_s);
            return json({{u"token_type"_s, u"Bearer"_s},
                         {u"expires_in"_s, 3599},
                         {u"access_token"_s, u"at-1"_s},
                         {u"refresh_token"_s, u"rt-1"_s}});
        }
        if (r.path() == u"/v1.0/users"_s && r.authorization == "Bearer at-1")
            return json(
                {{u"value"_s,
                  QJsonArray{person(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+44 7400 123456"_s, true),
                             person(u"Erin Hart"_s, u"erin@contoso.com"_s, QJsonValue::Null, true)}}});
        return graphError(401, u"InvalidAuthenticationToken"_s, u"Access token is empty."_s);
    }

    template <class T>
    T* child(QWidget& w, const char* name) {
        return w.findChild<T*>(QLatin1String(name));
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
            return answer(r);
        };
        qputenv("SITEKEEPER_LOGIN_URL", m_service->url().toString().toUtf8());
        qputenv("SITEKEEPER_GRAPH_URL", m_service->url().toString().toUtf8());
        qputenv("SITEKEEPER_GRAPH_SECOND_MS", QByteArray::number(secondMs));
        m_pending = 2;
        m_hold = false;
    }
    void cleanup() {
        if (m_workspace) {
            auto config = GraphDirectory::configFromEnvironment({tenant, clientId});
            QVERIFY(config);
            GraphDirectory directory(m_workspace->vault(), m_workspace->id(), config.value());
            QVERIFY(waitFor<void>([&](auto done) { directory.signOut(done); }));
        }
        m_workspace.reset();
        m_service.reset();
        m_dir.reset();
    }

    void readUsersSignsInFirst() {
        EntraSourcePanel panel(*m_workspace, m_site);
        panel.show();
        QSignalSpy read(&panel, &EntraSourcePanel::usersRead);
        child<QLineEdit>(panel, "tenantEdit")->setText(tenant);
        child<QLineEdit>(panel, "clientIdEdit")->setText(clientId);
        QVERIFY(child<QGroupBox>(panel, "codeBox")->isHidden());
        QTest::mouseClick(child<QPushButton>(panel, "readButton"), Qt::LeftButton);

        // The code, the page to enter it at, the clipboard, a progress bar while the service is polled.
        QTRY_VERIFY(child<QGroupBox>(panel, "codeBox")->isVisible());
        QCOMPARE(child<QLabel>(panel, "codeLabel")->text(), u"HX4K9QWRT"_s);
        QVERIFY(child<QLabel>(panel, "codeMessageLabel")
                    ->text()
                    .contains(u"https://microsoft.com/devicelogin"_s));
        QCOMPARE(QApplication::clipboard()->text(), u"HX4K9QWRT"_s);
        QVERIFY(child<QProgressBar>(panel, "progressBar")->isVisible());
        QVERIFY(child<QPushButton>(panel, "cancelButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "readButton")->isEnabled());

        QTRY_COMPARE(read.size(), 1);
        const auto table = read.at(0).at(0).value<CsvTable>();
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(read.at(0).at(1).toString(), u"Microsoft Entra ID (contoso.onmicrosoft.com)"_s);
        QVERIFY(!panel.isBusy());
        QVERIFY(child<QGroupBox>(panel, "codeBox")->isHidden());
        QVERIFY(child<QLabel>(panel, "statusLabel")->text().startsWith(u"2 user"_s));
        QCOMPARE(m_service->to(u"/devicecode"_s).size(), 1);

        // Remembered for the site: a new page starts filled in, and reads without a new code.
        EntraSourcePanel again(*m_workspace, m_site);
        QCOMPARE(child<QLineEdit>(again, "tenantEdit")->text(), tenant);
        QCOMPARE(child<QLineEdit>(again, "clientIdEdit")->text(), clientId);
        QSignalSpy readAgain(&again, &EntraSourcePanel::usersRead);
        again.readUsers();
        QTRY_COMPARE(readAgain.size(), 1);
        QCOMPARE(m_service->to(u"/devicecode"_s).size(), 1);
    }

    void inCompareWithDirectory() {
        ClientProfile dan;
        dan.id = QUuid::createUuid();
        dan.siteId = m_site;
        dan.fullName = u"Dan Roe"_s;
        dan.email = u"dan@contoso.com"_s;
        QVERIFY(m_workspace->store().profiles().create(dan));
        m_hold = true;
        DirectoryDiffDialog dialog(*m_workspace, m_site);
        dialog.resize(960, 760);
        dialog.show();
        auto* source = dialog.findChild<QComboBox*>(u"sourceCombo"_s);
        QVERIFY(source);
        const int entra = source->findText(u"Microsoft Entra ID"_s);
        QVERIFY(entra > 0);
        source->setCurrentIndex(entra);
        EntraSourcePanel* panel = dialog.entraSource();
        QVERIFY(panel->isVisible());
        child<QLineEdit>(*panel, "tenantEdit")->setText(tenant);
        child<QLineEdit>(*panel, "clientIdEdit")->setText(clientId);
        QTest::mouseClick(child<QPushButton>(*panel, "readButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QGroupBox>(*panel, "codeBox")->isVisible());
        QTRY_VERIFY(m_service->to(u"/token"_s).size() >= 1);
        QTest::qWait(50); // the layout takes in the code box
        screenshot(&dialog, u"directory-entra"_s);

        m_hold = false;
        m_pending = 0;
        QTRY_VERIFY(dialog.report().has_value());
        QCOMPARE(dialog.report()->joiners.size(), 2);
        QCOMPARE(dialog.report()->leavers.size(), 1);
        QCOMPARE(dialog.report()->leavers[0].profile.id, dan.id);

        // Opened again, the dialog starts on the tenant remembered for the site.
        DirectoryDiffDialog again(*m_workspace, m_site);
        QCOMPARE(again.findChild<QComboBox*>(u"sourceCombo"_s)->currentIndex(), entra);
    }

    void cancelEndsTheWait() {
        m_hold = true;
        EntraSourcePanel panel(*m_workspace, m_site);
        child<QLineEdit>(panel, "tenantEdit")->setText(tenant);
        child<QLineEdit>(panel, "clientIdEdit")->setText(clientId);
        panel.show();
        panel.signIn();
        QTRY_VERIFY(m_service->to(u"/token"_s).size() >= 1);
        QTest::mouseClick(child<QPushButton>(panel, "cancelButton"), Qt::LeftButton);
        QVERIFY(!panel.isBusy());
        QVERIFY(child<QLabel>(panel, "statusLabel")->text().contains(u"Cancelled"_s));
        QVERIFY(child<QProgressBar>(panel, "progressBar")->isHidden());
        QVERIFY(child<QPushButton>(panel, "signInButton")->isEnabled());
    }

    void wrongTenantIsSaid() {
        EntraSourcePanel panel(*m_workspace, m_site);
        panel.show();
        child<QLineEdit>(panel, "tenantEdit")->setText(u"common"_s);
        child<QLineEdit>(panel, "clientIdEdit")->setText(clientId);
        panel.readUsers();
        QVERIFY(!panel.isBusy());
        QVERIFY(child<QLabel>(panel, "statusLabel")->text().contains(u"not one tenant"_s));
        QVERIFY(m_service->requests.isEmpty());
    }
};

QTEST_MAIN(tst_EntraSourcePanel)
#include "tst_EntraSourcePanel.moc"
