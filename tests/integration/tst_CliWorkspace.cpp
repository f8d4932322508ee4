// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// The command-line contract: commands, outputs and exit codes that users script against.
class tst_CliWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    QJsonArray siteList() {
        const auto run = runCli(m_ws, {QStringLiteral("site"), QStringLiteral("list"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
    }

    void commandsOnAMissingWorkspaceSayHowToCreateIt() {
        const auto run = runCli(m_ws, {QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("init"), run.err.constData());
        QVERIFY(!QFile::exists(m_ws + QStringLiteral("/workspace.sqlite")));
    }

    void initCreatesTheWorkspace() {
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("init")}), 0);
        QVERIFY(QFile::exists(m_ws + QStringLiteral("/workspace.sqlite")));
        QVERIFY(QFile::exists(m_ws + QStringLiteral("/settings.ini")));
        // init is safe to repeat.
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("init")}), 0);
    }

    void siteAddWithParentCoverageAndDomains() {
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Contoso HQ"),
                                  QStringLiteral("--coverage"), QStringLiteral("business_hours"),
                                  QStringLiteral("--domain"), QStringLiteral("contoso.com"),
                                  QStringLiteral("--domain"), QStringLiteral("contoso.net")}),
                    0);
        QVERIFY_CLI(
            runCli(m_ws, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Contoso Lab"),
                          QStringLiteral("--parent"), QStringLiteral("Contoso HQ")}),
            0);
        const QJsonArray sites = siteList();
        QCOMPARE(sites.size(), 2);
        QJsonObject hq, lab;
        for (const QJsonValue& v : sites)
            (v[QStringLiteral("name")].toString() == QLatin1String("Contoso HQ") ? hq : lab) = v.toObject();
        QCOMPARE(hq.value(QStringLiteral("coverage")).toString(), QStringLiteral("business_hours"));
        QCOMPARE(hq.value(QStringLiteral("email_domains")).toArray(),
                 QJsonArray({QStringLiteral("contoso.com"), QStringLiteral("contoso.net")}));
        QCOMPARE(lab.value(QStringLiteral("name")).toString(), QStringLiteral("Contoso Lab"));
        QCOMPARE(lab.value(QStringLiteral("parent_id")).toString(),
                 hq.value(QStringLiteral("id")).toString());
        QCOMPARE(lab.value(QStringLiteral("coverage")).toString(), QStringLiteral("none"));

        const auto text = runCli(m_ws, {QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY_CLI(text, 0);
        QVERIFY(text.out.contains("Contoso Lab\tnone\tdraft\tin Contoso HQ"));
    }

    void badSiteAddsChangeNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("unknown coverage")
            << QStringList{QStringLiteral("X"), QStringLiteral("--coverage"), QStringLiteral("weekends")}
            << QByteArray("business_hours");
        QTest::addRow("unknown parent")
            << QStringList{QStringLiteral("X"), QStringLiteral("--parent"), QStringLiteral("Nowhere")}
            << QByteArray("Nowhere");
        QTest::addRow("duplicate name")
            << QStringList{QStringLiteral("Contoso HQ")} << QByteArray("already exists");
        QTest::addRow("bad domain") << QStringList{QStringLiteral("X"), QStringLiteral("--domain"),
                                                   QStringLiteral("not a domain")}
                                    << QByteArray("email_domains");
        QTest::addRow("no name") << QStringList{} << QByteArray("NAME");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("X"), QStringLiteral("--colour"), QStringLiteral("red")}
            << QByteArray("colour");
    }
    void badSiteAddsChangeNothing() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const auto run = runCli(m_ws, QStringList{QStringLiteral("site"), QStringLiteral("add")} + args);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(siteList().size(), 2);
    }

    void statsCountsEveryEntity() {
        const auto run =
            runCli(m_ws, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY_CLI(run, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
        for (const char* key :
             {"sites", "client_profiles", "references", "approvers", "notification_rules", "partner_contacts",
              "credentials", "approval_types", "escalations", "pending_changes"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);
        QCOMPARE(stats.value(QStringLiteral("sites")).toInt(), 2);
        // Two site creations are two edits waiting to be pushed.
        QCOMPARE(stats.value(QStringLiteral("pending_changes")).toInt(), 2);
    }

    void searchFindsSitesAndTakesHostileText() {
        auto run = runCli(m_ws, {QStringLiteral("search"), QStringLiteral("contoso"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY_CLI(run, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0][QStringLiteral("entity")].toString(), QStringLiteral("site"));

        for (const QString& hostile :
             {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(a b)"), QStringLiteral("*"),
              QStringLiteral("x' OR 1=1 --"), QStringLiteral("lab*")}) {
            run = runCli(m_ws, {QStringLiteral("search"), hostile});
            QVERIFY2(run.exitCode == 0, describe(run).constData());
        }
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("search")}), 2);
    }

    void exportOfOneSiteHoldsItsChildren() {
        const QString file = m_dir.filePath(QStringLiteral("hq.json"));
        QVERIFY_CLI(
            runCli(m_ws, {QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("--site"),
                          QStringLiteral("Contoso HQ"), QStringLiteral("-o"), file}),
            0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("sites")).toArray().size(), 2);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("sitekeeper-bundle"));

        const auto toStdout = runCli(m_ws, {QStringLiteral("export"), QStringLiteral("bundle"),
                                            QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY_CLI(toStdout, 0);
        QVERIFY(toStdout.out.startsWith("{"));
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("export"), QStringLiteral("bundle")}), 2);
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("-o"),
                                  QStringLiteral("/nonexistent-dir/x.json")}),
                    2);
    }

    void usageErrorsExitTwo() {
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("frobnicate")}), 2);
        QVERIFY_CLI(runCli(QString(), {}), 2);
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("many")}),
                    2);
        QVERIFY_CLI(runCli(QString(), {QStringLiteral("--help")}), 0);
    }

    // The partner settings: shown as text and JSON, changed one field at a time, bad words refused (2).
    void partnerShowAndSet() {
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("init")}), 0);
        auto shown = [this] {
            const auto run = runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("show"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
            return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
        };
        QCOMPARE(shown().value(QStringLiteral("forbidden_terms")).toArray(),
                 (QJsonArray{QStringLiteral("ConnectWise"), QStringLiteral("Continuum")}));
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("set"),
                                  QStringLiteral("forbidden-terms"), QStringLiteral("Kaseya, N-able")}),
                    0);
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("set"),
                                  QStringLiteral("partner-name"), QStringLiteral("Brightpath IT")}),
                    0);
        const QJsonObject now = shown();
        QCOMPARE(now.value(QStringLiteral("forbidden_terms")).toArray(),
                 (QJsonArray{QStringLiteral("Kaseya"), QStringLiteral("N-able")}));
        QCOMPARE(now.value(QStringLiteral("partner_name")).toString(), QStringLiteral("Brightpath IT"));
        QVERIFY(!now.contains(QStringLiteral("id")));

        const auto text = runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("show")});
        QVERIFY_CLI(text, 0);
        QVERIFY2(text.out.contains("partner-name: Brightpath IT\n"), text.out.constData());
        QVERIFY2(text.out.contains("forbidden-terms: Kaseya, N-able\n"), text.out.constData());

        const auto notANumber =
            runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("set"),
                          QStringLiteral("approver-review-days"), QStringLiteral("soon")});
        QVERIFY_CLI(notANumber, 2);
        QVERIFY2(notANumber.err.contains("number of days"), notANumber.err.constData());
        const auto unknown = runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("set"),
                                           QStringLiteral("colour"), QStringLiteral("blue")});
        QVERIFY_CLI(unknown, 2);
        QVERIFY2(unknown.err.contains("partner_name"), unknown.err.constData());
        QVERIFY_CLI(
            runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("set"), QStringLiteral("partner-name")}),
            2);
        QVERIFY_CLI(runCli(m_ws, {QStringLiteral("partner"), QStringLiteral("frobnicate")}), 2);
        QCOMPARE(shown().value(QStringLiteral("partner_name")).toString(), QStringLiteral("Brightpath IT"));
    }
};

QTEST_GUILESS_MAIN(tst_CliWorkspace)
#include "tst_CliWorkspace.moc"
