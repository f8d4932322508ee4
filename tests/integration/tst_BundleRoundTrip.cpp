// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

// A partner exported, imported into an empty workspace and exported again comes back byte for
// byte; a broken bundle is refused whole with every problem named by its JSON path.
class tst_BundleRoundTrip : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray sha(const QString& file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return hash.result().toHex();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoExportImportExportIsByteIdentical() {
        const auto demo = runCli(path(QStringLiteral("a")),
                                 {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("50"),
                                  QStringLiteral("--profiles-per-site"), QStringLiteral("40"),
                                  QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY_CLI(demo, 0);
        QVERIFY_CLI(runCli(path(QStringLiteral("a")), {QStringLiteral("export"), QStringLiteral("bundle"),
                                                       QStringLiteral("-o"), path(QStringLiteral("a.json"))}),
                    0);
        const QStringList importA{QStringLiteral("import"), QStringLiteral("bundle"),
                                  path(QStringLiteral("a.json"))};
        const auto imported = runCli(path(QStringLiteral("b")), importA);
        QVERIFY_CLI(imported, 0);
        QVERIFY2(imported.out.contains(" created, 0 updated, 0 unchanged"), imported.out.constData());
        // The same bundle again changes nothing, and says so.
        const auto again = runCli(path(QStringLiteral("b")), importA);
        QVERIFY_CLI(again, 0);
        QVERIFY2(again.out.contains(": 0 created, 0 updated, "), again.out.constData());
        QVERIFY2(!again.out.contains(", 0 unchanged"), again.out.constData());
        QVERIFY_CLI(runCli(path(QStringLiteral("b")), {QStringLiteral("export"), QStringLiteral("bundle"),
                                                       QStringLiteral("-o"), path(QStringLiteral("b.json"))}),
                    0);

        const QByteArray a = read(path(QStringLiteral("a.json")));
        QVERIFY(a.size() > 100'000);
        QCOMPARE(sha(path(QStringLiteral("b.json"))), sha(path(QStringLiteral("a.json"))));

        // The bundle holds what the demo promised: 50 sites, 2,000 profiles, every reference topic.
        const QJsonObject root = QJsonDocument::fromJson(a).object();
        const QJsonArray sites = root.value(QStringLiteral("sites")).toArray();
        QCOMPARE(sites.size(), 50);
        int profiles = 0;
        int children = 0;
        QSet<QString> topics;
        QSet<QString> regions;
        for (const QJsonValue& site : sites) {
            profiles += int(site[QStringLiteral("client_profiles")].toArray().size());
            children += site[QStringLiteral("parent_id")].isString() ? 1 : 0;
            for (const QJsonValue& reference : site[QStringLiteral("references")].toArray())
                topics.insert(reference[QStringLiteral("topic")].toString());
            for (const QJsonValue& profile : site[QStringLiteral("client_profiles")].toArray())
                regions.insert(profile[QStringLiteral("mobile_phone")].toString().left(3));
        }
        QCOMPARE(profiles, 2000);
        QVERIFY(children > 0);
        QCOMPARE(topics.size(), 10);
        QVERIFY2(regions.size() >= 4, "phone numbers of several countries");

        // Stats agree with the bundle.
        const auto stats =
            runCli(path(QStringLiteral("b")),
                   {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY_CLI(stats, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 50);
        QCOMPARE(counts.value(QStringLiteral("client_profiles")).toInt(), 2000);
        QVERIFY(counts.value(QStringLiteral("references")).toInt() > 150);
        QVERIFY(counts.value(QStringLiteral("approvers")).toInt() >= 100);
        QVERIFY(counts.value(QStringLiteral("notification_rules")).toInt() > 0);
        QVERIFY(counts.value(QStringLiteral("credentials")).toInt() >= 50);

        // The same seed makes the same partner, in another workspace too.
        QVERIFY_CLI(runCli(path(QStringLiteral("c")),
                           {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("50"),
                            QStringLiteral("--profiles-per-site"), QStringLiteral("40"),
                            QStringLiteral("--seed"), QStringLiteral("7")}),
                    0);
        QVERIFY_CLI(runCli(path(QStringLiteral("c")), {QStringLiteral("export"), QStringLiteral("bundle"),
                                                       QStringLiteral("-o"), path(QStringLiteral("c.json"))}),
                    0);
        QCOMPARE(sha(path(QStringLiteral("c.json"))), sha(path(QStringLiteral("a.json"))));
    }

    void invalidBundleChangesNothingAndNamesEveryPath() {
        QByteArray bytes = read(path(QStringLiteral("a.json")));
        QVERIFY(!bytes.isEmpty());
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QJsonArray sites = root.value(QStringLiteral("sites")).toArray();
        QJsonObject site = sites[3].toObject();
        QJsonArray profiles = site.value(QStringLiteral("client_profiles")).toArray();
        QJsonObject profile = profiles[12].toObject();
        profile.insert(QStringLiteral("mobile_phone"), QStringLiteral("+1 555"));
        profiles[12] = profile;
        QJsonObject other = profiles[5].toObject();
        other.insert(QStringLiteral("status"), QStringLiteral("gone"));
        profiles[5] = other;
        site.insert(QStringLiteral("client_profiles"), profiles);
        sites[3] = site;
        QJsonObject first = sites[0].toObject();
        first.insert(QStringLiteral("coverage"), 7);
        sites[0] = first;
        root.insert(QStringLiteral("sites"), sites);
        QFile bad(path(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(root).toJson());
        bad.close();

        // An empty workspace to import into, with one site of its own.
        const QString ws = path(QStringLiteral("d"));
        QVERIFY_CLI(runCli(ws, {QStringLiteral("init")}), 0);
        QVERIFY_CLI(runCli(ws, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Keep me")}),
                    0);
        const QByteArray dbBefore = sha(ws + QStringLiteral("/workspace.sqlite"));

        const auto run = runCli(
            ws, {QStringLiteral("import"), QStringLiteral("bundle"), path(QStringLiteral("bad.json"))});
        QVERIFY_CLI(run, 1);
        QVERIFY2(run.err.contains("$.sites[3].client_profiles[12].mobile_phone"), run.err.constData());
        QVERIFY2(run.err.contains("$.sites[3].client_profiles[5].status"), run.err.constData());
        QVERIFY2(run.err.contains("$.sites[0].coverage"), run.err.constData());
        QVERIFY(run.err.contains("nothing was imported"));

        const auto stats =
            runCli(ws, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("client_profiles")).toInt(), 0);
        QCOMPARE(sha(ws + QStringLiteral("/workspace.sqlite")), dbBefore);
    }

    // An export that cannot read a table fails and writes nothing, rather than writing a bundle without
    // that table's records (which an import elsewhere would take for the whole partner).
    void exportWithAnUnreadableTableFailsAndWritesNothing() {
        const QString ws = path(QStringLiteral("f"));
        QVERIFY_CLI(runCli(ws, {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("3"),
                                QStringLiteral("--profiles-per-site"), QStringLiteral("2"),
                                QStringLiteral("--seed"), QStringLiteral("3")}),
                    0);
        const QString complete = path(QStringLiteral("f-complete.json"));
        QVERIFY_CLI(
            runCli(ws, {QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("-o"), complete}),
            0);
        QVERIFY(read(complete).contains("\"notification_rules\""));

        // The notification rules' table goes missing under the program's feet.
        {
            const QString connection = QStringLiteral("break-the-workspace");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(ws + QStringLiteral("/workspace.sqlite"));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery rename(db);
                QVERIFY2(
                    rename.exec(QStringLiteral("ALTER TABLE notification_rules RENAME TO rules_elsewhere")),
                    qPrintable(rename.lastError().text()));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }

        const QString target = path(QStringLiteral("f-broken.json"));
        const auto run =
            runCli(ws, {QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("-o"), target});
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("notification rule"), run.err.constData());
        QVERIFY2(!run.err.contains("Exported"), run.err.constData());
        QVERIFY(!QFile::exists(target));

        // To standard output too: nothing rather than a partial bundle.
        const auto toStdout = runCli(ws, {QStringLiteral("export"), QStringLiteral("bundle"),
                                          QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY_CLI(toStdout, 2);
        QVERIFY2(toStdout.out.isEmpty(), toStdout.out.constData());

        // The counts fail the same way instead of reporting 0 rules.
        const auto stats = runCli(ws, {QStringLiteral("stats")});
        QVERIFY_CLI(stats, 2);
        QVERIFY2(stats.err.contains("notification rule"), stats.err.constData());
    }

    void malformedFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("not json") << QByteArray("{\"sites\": [") << QByteArray("JSON");
        QTest::addRow("invalid utf-8")
            << QByteArray(
                   "{\"format\":\"sitekeeper-bundle\",\"version\":1,\"sites\":[{\"name\":\"\xff\xfe\"}]}")
            << QByteArray("UTF-8");
        QTest::addRow("wrong format")
            << QByteArray("{\"format\":\"something-else\",\"version\":1}") << QByteArray("$.format");
        QTest::addRow("future version")
            << QByteArray("{\"format\":\"sitekeeper-bundle\",\"version\":99}") << QByteArray("$.version");
    }
    void malformedFilesAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        const QString file = path(QStringLiteral("malformed.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const auto run =
            runCli(path(QStringLiteral("e")), {QStringLiteral("import"), QStringLiteral("bundle"), file});
        QVERIFY_CLI(run, 1);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("e/workspace.sqlite"))) ||
                runCli(path(QStringLiteral("e")),
                       {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")})
                    .out.contains("\"sites\": 0"));
    }
};

QTEST_GUILESS_MAIN(tst_BundleRoundTrip)
#include "tst_BundleRoundTrip.moc"
