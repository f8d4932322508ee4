// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRecordSupport.h"
#include "CredentialTestSupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sitekeeper::test;

// From an empty folder to a covered site that passes every rule, with sitekeeper-cli calls only: the
// proof that scripts can do what the console does. The credentials' secrets go to the real keychain.
class tst_CliCoveredSite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aCoveredSiteBuiltOnTheCommandLinePassesEveryRule() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QVERIFY(m_dir.isValid());
        const QString ws = m_dir.filePath(u"ws"_s);
        const QDate today = QDate::currentDate();
        QVERIFY(buildCoveredSite(ws, today));

        // Before the credentials the rules still miss them: the check sees the site as built.
        CliRun run = runCli(ws, {u"check"_s, u"--site"_s, u"Harbor Office"_s, u"--format"_s, u"json"_s});
        QVERIFY2(run.out.contains("\"SK605\""), describe(run).constData());

        QByteArray id;
        QVERIFY(cliOk(ws,
                      {u"credential"_s, u"add"_s, u"--site"_s, u"Harbor Office"_s, u"--label"_s,
                       u"Automation account"_s, u"--kind"_s, u"automated_domain"_s, u"--username"_s,
                       u"svc-sitekeeper"_s, u"--system"_s, u"harbor.local"_s, u"--secret-stdin"_s},
                      "Tq7#vLw2!pZr9@Kx4mNe", &id));
        QVERIFY2(!QUuid::fromString(QString::fromLatin1(id.trimmed())).isNull(), id.constData());
        QVERIFY(cliOk(ws,
                      {u"credential"_s, u"add"_s, u"--site"_s, u"Harbor Office"_s, u"--label"_s,
                       u"Domain admin"_s, u"--kind"_s, u"domain_admin"_s, u"--username"_s, u"administrator"_s,
                       u"--system"_s, u"harbor.local"_s, u"--has-mfa"_s, u"yes"_s, u"--secret-stdin"_s},
                      "Hb3$uYq8&cWd5^Jn1sFo"));
        const QJsonObject admin =
            showJson(ws, {u"credential"_s, u"show"_s, u"Domain admin"_s, u"--site"_s, u"Harbor Office"_s});
        QCOMPARE(admin.value(u"has_mfa"_s).toBool(), true);
        QVERIFY(!admin.value(u"keychain_ref"_s).toString().isEmpty());

        run = runCli(ws, {u"check"_s, u"--site"_s, u"Harbor Office"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(result.value(u"findings"_s).toArray().isEmpty(), run.out.constData());
        QCOMPARE(result.value(u"summary"_s).toObject().value(u"sites_ready"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliCoveredSite)
#include "tst_CliCoveredSite.moc"
