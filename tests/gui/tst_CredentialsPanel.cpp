// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCodec.h"
#include "CredentialEditor.h"
#include "CredentialService.h"
#include "CredentialsPanel.h"
#include "EntityListModel.h"
#include "GuiTestSupport.h"
#include "RecordTab.h"
#include "ReferenceEditor.h"
#include "Store.h"
#include "Workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace sitekeeper;

// The GUI path for secrets, against the real OS keychain (the private gnome-keyring that
// scripts/test.sh starts): credentials made in the editor, revealed, copied and rotated in the
// panel; afterwards none of the secrets is anywhere in the workspace folder.
class tst_CredentialsPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_site;
    QStringList m_secrets;

    static QString randomSecret(QRandomGenerator& random) {
        static const QString alphabet =
            QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?@^_");
        QString secret = QStringLiteral("Cn");
        for (int i = 0; i < 22; ++i)
            secret += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
        return secret;
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("SITEKEEPER_KEYCHAIN_AVAILABLE") != QLatin1String("1")) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI needs the Secret Service that scripts/test.sh starts");
            QSKIP("no Secret Service in this session: run through scripts/test.sh");
        }
        QVERIFY(m_dir.isValid());
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("ws")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Fabrikam");
        QVERIFY(m_workspace->edit<Site>(std::nullopt, site, QStringLiteral("Add site")).ok());
        m_site = site.id;
    }

    void storeTwoHundredSecretsThroughTheEditor() {
        QRandomGenerator random(4242);
        for (int i = 0; i < 200; ++i) {
            const QString secret = randomSecret(random);
            m_secrets << secret;
            CredentialEditor editor(*m_workspace, m_site, std::nullopt);
            editor.show();
            editor.findChild<QLineEdit*>(QStringLiteral("label"))->setText(QStringLiteral("Admin %1").arg(i));
            editor.findChild<QLineEdit*>(QStringLiteral("system"))->setText(QStringLiteral("FABRIKAM"));
            editor.findChild<QLineEdit*>(QStringLiteral("username"))
                ->setText(QStringLiteral("admin%1").arg(i));
            editor.findChild<QLineEdit*>(QStringLiteral("secret"))->setText(secret);
            if (i == 0)
                screenshot(&editor, QStringLiteral("editor-credential"));
            QSignalSpy done(&editor, &CredentialEditor::finished);
            QTest::mouseClick(editor.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QVERIFY(done.wait(10'000) || done.count() == 1);
            QCOMPARE(done.constFirst().constFirst().toString(), QString());
        }
        ListQuery query;
        query.siteId = m_site;
        QCOMPARE(m_workspace->store().credentials().count(query).value(), 200);
    }

    void newCredentialNeedsASecret() {
        CredentialEditor editor(*m_workspace, m_site, std::nullopt);
        editor.show();
        editor.findChild<QLineEdit*>(QStringLiteral("label"))->setText(QStringLiteral("No secret"));
        QTest::mouseClick(
            editor.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QVERIFY(editor.findChild<QLineEdit*>(QStringLiteral("secret"))->property("invalid").toBool());
        QVERIFY(editor.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    }

    void revealCopyAndRotateInThePanel() {
        CredentialsPanel panel(*m_workspace);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSite(m_site);
        QCOMPARE(panel.list()->model()->totalCount(), 200);
        panel.list()->view()->selectRow(0);
        const QUuid first = panel.list()->model()->idAt(0);
        const auto record = m_workspace->store().credentials().get(first);
        QVERIFY(record.ok());
        const int index = int(record->label.mid(6).toInt());

        auto* secretLabel = panel.findChild<QLabel*>(QStringLiteral("secretValue"));
        QVERIFY(secretLabel->text().startsWith(QStringLiteral("••")));
        screenshot(&panel, QStringLiteral("credentials"));
        QSignalSpy shown(&panel, &CredentialsPanel::secretShown);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("Reveal secret")), Qt::LeftButton);
        QVERIFY(shown.wait(10'000));
        QCOMPARE(secretLabel->text(), m_secrets.at(index).toHtmlEscaped());

        QSignalSpy copied(&panel, &CredentialsPanel::secretCopied);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("Copy secret")), Qt::LeftButton);
        QVERIFY(copied.wait(10'000));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_secrets.at(index));
        QGuiApplication::clipboard()->clear();

        // Rotation through the service the panel uses: the new secret replaces the old in the keychain.
        const QString next =
            QStringLiteral("Rotated-%1-Zq8!").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        m_secrets << next;
        bool rotated = false;
        m_workspace->credentials().rotate(first, next.toUtf8(),
                                          [&rotated](Result<CredentialRecord> r) { rotated = r.ok(); });
        QTRY_VERIFY(rotated);
        QCOMPARE(m_workspace->store().credentials().get(first)->lastRotated, QDate::currentDate());
    }

    // SK304: a password typed into a reference body stops the save; the user moves it into a new
    // credential and the body keeps a pointer to it instead.
    void secretInAReferenceIsMovedIntoACredential() {
        ReferenceEditor editor(*m_workspace, m_site, std::nullopt);
        editor.show();
        editor.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Printer reset"));
        const QString secret = QStringLiteral("Winter2024!x");
        m_secrets << secret;
        editor.findChild<QPlainTextEdit*>(QStringLiteral("body"))
            ->setPlainText(
                QStringLiteral("Log in to the printer panel.\npw: %1\nThen restart it.").arg(secret));

        bool askedOk = false;
        bool movedOk = false;
        onNextDialog(
            [&movedOk, secret](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box);
                screenshot(d, QStringLiteral("secret-in-text"));
                // The credential editor comes up next, with the secret already in it.
                onNextDialog(
                    [secret](QDialog* c) {
                        CHECK(c->findChild<QLineEdit*>(QStringLiteral("secret"))->text() == secret);
                        c->findChild<QLineEdit*>(QStringLiteral("label"))
                            ->setText(QStringLiteral("Printer panel"));
                        QSignalSpy done(c, SIGNAL(finished(QString)));
                        QTest::mouseClick(c->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                              ->button(QDialogButtonBox::Save),
                                          Qt::LeftButton);
                        return true;
                    },
                    &movedOk);
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().startsWith(QStringLiteral("Move")))
                        button->click();
                }
                return true;
            },
            &askedOk);
        QVERIFY(editor.save());
        QVERIFY(askedOk);
        QVERIFY(movedOk);

        ListQuery query;
        query.siteId = m_site;
        query.search = QStringLiteral("Printer reset");
        const QList<Reference> saved = m_workspace->store().references().list(query).value();
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saved.constFirst().body.contains(secret));
        QVERIFY(saved.constFirst().body.contains(QStringLiteral("[see credential \"Printer panel\"]")));
        ListQuery credentials;
        credentials.siteId = m_site;
        credentials.search = QStringLiteral("Printer panel");
        const QList<CredentialRecord> moved = m_workspace->store().credentials().list(credentials).value();
        QCOMPARE(moved.size(), 1);
        QByteArray stored;
        m_workspace->credentials().readSecret(
            moved.constFirst().id, [&stored](Result<QByteArray> r) { stored = r.ok() ? *r : "?"; });
        QTRY_COMPARE(stored, secret.toUtf8());
    }

    void noSecretIsInAnyWorkspaceFile() {
        // An export lands in the workspace folder too, so it is scanned with everything else.
        const auto bundle = m_workspace->exportBundle();
        QVERIFY(bundle.ok());
        QFile out(m_dir.filePath(QStringLiteral("ws/export.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(BundleCodec::encode(*bundle));
        out.close();

        QByteArray everything;
        int files = 0;
        for (const QString& root : QStringList{m_dir.path(), QDir::homePath() + QStringLiteral("/.config")}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly)) {
                    everything += file.readAll();
                    ++files;
                }
            }
        }
        QVERIFY(files >= 4); // database, WAL, settings, export at least
        for (const QString& secret : std::as_const(m_secrets)) {
            const QByteArray utf8 = secret.toUtf8();
            QVERIFY2(!everything.contains(utf8), qPrintable(secret));
            QVERIFY(!everything.contains(utf8.toBase64()));
            QVERIFY(!everything.contains(utf8.toHex()));
            QVERIFY(!everything.contains(
                QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)));
        }
    }
};

QTEST_MAIN(tst_CredentialsPanel)
#include "tst_CredentialsPanel.moc"
