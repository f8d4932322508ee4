// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// `sitekeeper-cli credential ...` and `scan`: the command-line contract for secrets.
class tst_CliCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    CliRun run(const QStringList& args, const QByteArray& input = {}) { return runCli(m_ws, args, input); }

    CliRun set(const QString& label, const QByteArray& secret, const QString& site = u"Contoso HQ"_s) {
        return run({u"credential"_s, u"set"_s, u"--site"_s, site, u"--label"_s, label, u"--kind"_s,
                    u"domain_admin"_s, u"--username"_s, u"administrator"_s, u"--secret-stdin"_s,
                    u"--system"_s, u"contoso.local"_s},
                   secret);
    }

    CliRun get(const QString& label, const QString& site = u"Contoso HQ"_s) {
        return run({u"credential"_s, u"get"_s, u"--site"_s, site, u"--label"_s, label});
    }

    // Credential rows in the database, tombstones included, read without the CLI.
    int credentialRows() {
        const QString name = u"rows"_s;
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_ws + u"/workspace.sqlite"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT count(*) FROM credentials"_s) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        QVERIFY_CLI(run({u"init"_s}), 0);
        QVERIFY_CLI(run({u"site"_s, u"add"_s, u"Contoso HQ"_s}), 0);
        QVERIFY_CLI(run({u"site"_s, u"add"_s, u"Fabrikam"_s}), 0);
    }

    void noKeychainFailsAndWritesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("set") << QStringList{u"credential"_s, u"set"_s,           u"--site"_s,
                                            u"Contoso HQ"_s, u"--label"_s,       u"Offline"_s,
                                            u"--kind"_s,     u"local_admin"_s,   u"--username"_s,
                                            u"admin"_s,      u"--secret-stdin"_s}
                             << QByteArray("Offline-Secret-77");
        QTest::addRow("get") << QStringList{u"credential"_s, u"get"_s,     u"--site"_s,
                                            u"Contoso HQ"_s, u"--label"_s, u"Offline"_s}
                             << QByteArray();
        QTest::addRow("list") << QStringList{u"credential"_s, u"list"_s} << QByteArray();
        QTest::addRow("rm") << QStringList{u"credential"_s, u"rm"_s,      u"--site"_s,
                                           u"Contoso HQ"_s, u"--label"_s, u"Offline"_s}
                            << QByteArray();
    }

    // Runs first, on a workspace without credentials, in a process whose session bus is missing.
    void noKeychainFailsAndWritesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const int rowsBefore = credentialRows();
        QVERIFY(rowsBefore >= 0);
        const auto before = fileHashes(m_ws);
        const CliRun result = runCliWithEnvironment(m_ws, args, withoutSessionBus(), input);
        QVERIFY_CLI(result, 2);
        QVERIFY(result.out.isEmpty());
        // One line, saying why.
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains("No keychain service is running"), result.err.constData());
        // Not a byte changed in the workspace folder, and no credential row.
        QCOMPARE(fileHashes(m_ws), before);
        QCOMPARE(credentialRows(), rowsBefore);
    }

    void setGetListRemove() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        const QByteArray secret = "Tr0ub4dor&3-horse";
        CliRun result = set(u"Domain admin"_s, secret + '\n');
        QVERIFY_CLI(result, 0);
        QVERIFY(!result.out.contains(secret));
        QVERIFY(!result.err.contains(secret));

        // The secret alone, without the line ending stdin had.
        result = get(u"Domain admin"_s);
        QVERIFY_CLI(result, 0);
        QCOMPARE(result.out, secret);

        // Setting again replaces the secret.
        QVERIFY_CLI(set(u"Domain admin"_s, "Second-Secret-99"), 0);
        QCOMPARE(get(u"Domain admin"_s).out, QByteArray("Second-Secret-99"));

        QVERIFY_CLI(set(u"Portal"_s, "Portal!Pass-2024", u"Fabrikam"_s), 0);
        result = run({u"credential"_s, u"list"_s});
        QVERIFY_CLI(result, 0);
        QCOMPARE(result.out.count('\n'), 2);
        QVERIFY(result.out.contains("Domain admin"));
        QVERIFY(!result.out.contains("Second-Secret-99"));

        result = run({u"credential"_s, u"list"_s, u"--site"_s, u"Fabrikam"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(result, 0);
        const QJsonArray list = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject portal = list.at(0).toObject();
        QCOMPARE(portal.value(u"label"_s).toString(), u"Portal"_s);
        QCOMPARE(portal.value(u"site"_s).toString(), u"Fabrikam"_s);
        QCOMPARE(portal.value(u"kind"_s).toString(), u"domain_admin"_s);
        QVERIFY(portal.value(u"keychain_ref"_s).toString().startsWith(u"sitekeeper/"_s));
        QVERIFY(!result.out.contains("Portal!Pass-2024"));
        QVERIFY(!portal.contains(u"secret"_s) && !portal.contains(u"password"_s));

        result = run({u"credential"_s, u"rm"_s, u"--site"_s, u"Fabrikam"_s, u"--label"_s, u"Portal"_s});
        QVERIFY_CLI(result, 0);
        QVERIFY_CLI(get(u"Portal"_s, u"Fabrikam"_s), 2);
        result = run({u"credential"_s, u"list"_s, u"--site"_s, u"Fabrikam"_s, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
    }

    void binaryAndLargeSecrets() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QByteArray large(16 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char('A' + i % 26);
        QVERIFY_CLI(set(u"Certificate"_s, large), 0);
        QCOMPARE(get(u"Certificate"_s).out, large);
        QVERIFY_CLI(set(u"Too large"_s, large + "xy"), 2);
        QVERIFY_CLI(get(u"Too large"_s), 2);
    }

    void weakAndReusedPasswordsAreReported() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        CliRun result = set(u"Weak one"_s, "Winter2024!");
        QVERIFY_CLI(result, 0);
        QVERIFY2(result.err.contains("SK601"), result.err.constData());
        result = set(u"Weak two"_s, "Winter2024!", u"Fabrikam"_s);
        QVERIFY_CLI(result, 0);
        QVERIFY2(result.err.contains("SK602") && result.err.contains("Weak one"), result.err.constData());
        QVERIFY(!result.err.contains("Winter2024!"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QStringList base{u"credential"_s, u"set"_s,    u"--site"_s,       u"Contoso HQ"_s, u"--label"_s,
                               u"X"_s,          u"--kind"_s, u"domain_admin"_s, u"--username"_s, u"u"_s};
        QTest::addRow("no --secret-stdin") << base << QByteArray("abc");
        QTest::addRow("secret as argument")
            << (base + QStringList{u"--secret-stdin"_s, u"Secret123!"_s}) << QByteArray("abc");
        QTest::addRow("empty stdin") << (base + QStringList{u"--secret-stdin"_s}) << QByteArray();
        QTest::addRow("unknown kind")
            << QStringList{u"credential"_s, u"set"_s, u"--site"_s,        u"Contoso HQ"_s,
                           u"--label"_s,    u"X"_s,   u"--kind"_s,        u"root"_s,
                           u"--username"_s, u"u"_s,   u"--secret-stdin"_s}
            << QByteArray("abc");
        QTest::addRow("no site") << QStringList{u"credential"_s, u"get"_s, u"--label"_s, u"X"_s}
                                 << QByteArray();
        QTest::addRow("unknown subcommand") << QStringList{u"credential"_s, u"show"_s} << QByteArray();
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const CliRun result = run(args, input);
        QVERIFY_CLI(result, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!result.err.contains("Secret123!"));
    }

    void unknownSiteAndLabel() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        QVERIFY_CLI(get(u"Nothing"_s), 2);
        QVERIFY_CLI(get(u"Domain admin"_s, u"Nowhere"_s), 2);
        QVERIFY_CLI(run({u"credential"_s, u"rm"_s, u"--site"_s, u"Contoso HQ"_s, u"--label"_s, u"Nothing"_s}),
                    2);
    }

    void scan_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("clean") << QByteArray("Call +1 555 0100, ticket INC0012345\n") << 0 << QByteArray();
        QTest::addRow("password on line 2")
            << QByteArray("Notes\nAdmin pw: Winter2024!\n") << 1 << QByteArray("password\t2\t11\n");
        QTest::addRow("two kinds") << QByteArray("key AKIAIOSFODNN7EXAMPLE\nPIN: 4821\n") << 1
                                   << QByteArray("aws_access_key\t1\t5\npin\t2\t6\n");
    }

    void scan() {
        QFETCH(QByteArray, text);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        // From standard input and from a file, alike.
        CliRun result = runCli(QString(), {u"scan"_s, u"-"_s}, text);
        QVERIFY_CLI(result, exitCode);
        QCOMPARE(result.out, expected);
        QFile file(m_dir.filePath(u"scan.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        result = runCli(QString(), {u"scan"_s, file.fileName()});
        QVERIFY_CLI(result, exitCode);
        QCOMPARE(result.out, expected);
        // Never the secret itself.
        QVERIFY(!result.out.contains("Winter2024!") && !result.err.contains("Winter2024!"));
        QVERIFY(!result.out.contains("4821") && !result.err.contains("4821"));
    }

    void scanJson() {
        const CliRun result =
            runCli(QString(), {u"scan"_s, u"-"_s, u"--format"_s, u"json"_s}, "pw: Winter2024!");
        QVERIFY_CLI(result, 1);
        const QJsonArray hits = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[u"kind"_s].toString(), u"password"_s);
        QCOMPARE(hits.at(0)[u"column"_s].toInt(), 5);
    }

    void scanMissingFile() {
        const CliRun result = runCli(QString(), {u"scan"_s, m_dir.filePath(u"missing.txt"_s)});
        QVERIFY_CLI(result, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliCredentials)
#include "tst_CliCredentials.moc"
