// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialTestSupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The canary: secrets stored through the command line must never reach any file of the workspace
// folder (SQLite, its WAL and shared memory, settings.ini, backups, exports, logs) nor anything
// the CLI prints, except `credential get` on stdout. Each secret is looked for as it is and in the
// encodings a leak would likely take: UTF-16, hex, and base64 at every byte alignment.
//
// The GUI path (the console's Credentials tab) is not covered yet: when it lands, its test should
// store secrets through the widgets into this same folder and run the same search.
class tst_SecretCanary : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QByteArrayList m_secrets; // every secret ever stored, including replaced and deleted ones
    QByteArray m_printed;     // everything non-get commands printed
    bool m_storedAny = false;

    static QByteArray randomSecret(int n) {
        static const QByteArray chars =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%&()*+,-./:;<=>?@[]^_{}~";
        auto* random = QRandomGenerator::system();
        QByteArray secret;
        const int length = 16 + random->bounded(24);
        for (int i = 0; i < length; ++i)
            secret += chars.at(random->bounded(int(chars.size())));
        // Some with non-ASCII text, some with spaces: people's passwords have both.
        if (n % 10 == 3)
            secret += "\xc3\xa9t\xc3\xa9";
        if (n % 10 == 7)
            secret.insert(length / 2, ' ');
        return secret;
    }

    static QByteArrayList encodings(const QByteArray& secret) { return canaryEncodings(secret); }

    CliRun run(const QStringList& args, const QByteArray& input = {}) {
        const CliRun result = runCli(m_ws, args, input);
        m_printed += result.out + result.err;
        return result;
    }

    CliRun setSecret(int site, int n, const QByteArray& secret) {
        return run({u"credential"_s, u"set"_s, u"--site"_s, u"Site %1"_s.arg(site), u"--label"_s,
                    u"Credential %1"_s.arg(n), u"--kind"_s, n % 2 ? u"local_admin"_s : u"admin_portal"_s,
                    u"--username"_s, u"user%1"_s.arg(n), u"--secret-stdin"_s, u"--system"_s,
                    u"host%1.contoso.local"_s.arg(n)},
                   secret);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        QVERIFY_CLI(run({u"init"_s}), 0);
        for (int site = 0; site < 5; ++site)
            QVERIFY_CLI(run({u"site"_s, u"add"_s, u"Site %1"_s.arg(site)}), 0);
    }

    // The search itself finds a planted secret in each encoding: the canary can sing.
    void searchFindsPlantedSecrets_data() {
        QTest::addColumn<QByteArray>("haystack");
        const QByteArray secret = "Planted-Secret-\xc3\xa9-42";
        QTest::addRow("plain") << QByteArray("xx" + secret + "yy");
        QTest::addRow("hex") << QByteArray("id=" + secret.toHex() + ";");
        QTest::addRow("utf16") << QByteArray(
            "\0" + QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(secret).utf16()),
                              QString::fromUtf8(secret).size() * 2));
        for (int shift = 0; shift < 3; ++shift)
            QTest::addRow("base64 after %d bytes", shift) << QByteArray(
                "{\"blob\":\"" + QByteArray(QByteArray(shift, 'q') + secret + "tail").toBase64() + "\"}");
        QTest::addRow("base64url") << QByteArray(
            QByteArray("ab" + secret).toBase64(QByteArray::Base64UrlEncoding));
    }

    void searchFindsPlantedSecrets() {
        QFETCH(QByteArray, haystack);
        const QByteArray secret = "Planted-Secret-\xc3\xa9-42";
        const QByteArrayList needles = encodings(secret);
        QVERIFY(std::any_of(needles.cbegin(), needles.cend(),
                            [&haystack](const QByteArray& needle) { return haystack.contains(needle); }));
    }

    void canary() {
        SITEKEEPER_REQUIRE_KEYCHAIN();
        // A connection of our own keeps the WAL file from being folded in and deleted when each CLI
        // process exits, so it is there to be searched too.
        QSqlDatabase keeper = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"keeper"_s);
        keeper.setDatabaseName(m_ws + u"/workspace.sqlite"_s);
        QVERIFY(keeper.open());
        QSqlQuery(keeper).exec(u"SELECT count(*) FROM credentials"_s);

        constexpr int count = 200;
        m_storedAny = true;
        QByteArrayList current;
        for (int n = 0; n < count; ++n) {
            const QByteArray secret = randomSecret(n);
            m_secrets << secret;
            current << secret;
            QVERIFY_CLI(setSecret(n % 5, n, secret), 0);
        }
        // Rotate every tenth, and delete a few.
        for (int n = 0; n < count; n += 10) {
            const QByteArray secret = randomSecret(n + 1);
            m_secrets << secret;
            current[n] = secret;
            QVERIFY_CLI(setSecret(n % 5, n, secret), 0);
        }
        for (int n = 5; n < count; n += 40)
            QVERIFY_CLI(run({u"credential"_s, u"rm"_s, u"--site"_s, u"Site %1"_s.arg(n % 5), u"--label"_s,
                             u"Credential %1"_s.arg(n)}),
                        0);

        // The secrets are really in the keychain (a sample, through `get`, whose stdout is expected).
        for (int n = 0; n < count; n += 37) {
            if (n % 40 == 5)
                continue;
            const CliRun got = runCli(m_ws, {u"credential"_s, u"get"_s, u"--site"_s, u"Site %1"_s.arg(n % 5),
                                             u"--label"_s, u"Credential %1"_s.arg(n)});
            QVERIFY_CLI(got, 0);
            QCOMPARE(got.out, current.at(n));
            m_printed += got.err;
        }

        // Everything else a user does with the workspace.
        QVERIFY(QDir().mkpath(m_ws + u"/exports"_s));
        QVERIFY_CLI(run({u"export"_s, u"bundle"_s, u"-o"_s, m_ws + u"/exports/bundle.json"_s}), 0);
        QVERIFY_CLI(run({u"export"_s, u"bundle"_s, u"-o"_s, u"-"_s}), 0);
        QVERIFY_CLI(run({u"stats"_s, u"--format"_s, u"json"_s}), 0);
        QVERIFY_CLI(run({u"search"_s, u"Credential"_s}), 0);
        QVERIFY_CLI(run({u"credential"_s, u"list"_s, u"--format"_s, u"json"_s}), 0);
        QVERIFY_CLI(run({u"credential"_s, u"list"_s}), 0);
        run({u"scan"_s, m_ws + u"/exports/bundle.json"_s});

        // Now look.
        QMap<QString, QByteArray> files;
        QDirIterator it(m_ws, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            files.insert(QDir(m_ws).relativeFilePath(path), file.readAll());
        }
        QVERIFY2(files.contains(u"workspace.sqlite"_s), qPrintable(files.keys().join(u", "_s)));
        QVERIFY2(files.contains(u"workspace.sqlite-wal"_s), qPrintable(files.keys().join(u", "_s)));
        QVERIFY(files.contains(u"settings.ini"_s));
        QVERIFY(files.contains(u"exports/bundle.json"_s));
        files.insert(u"<output of the commands>"_s, m_printed);

        qsizetype searched = 0;
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            for (const QByteArray& needle : encodings(secret)) {
                for (auto file = files.cbegin(); file != files.cend(); ++file) {
                    ++searched;
                    QVERIFY2(!file.value().contains(needle),
                             qPrintable(u"a secret (as %1) is in %2"_s.arg(
                                 needle == secret ? u"itself"_s : u"an encoding"_s, file.key())));
                }
            }
        }
        qInfo("canary: %lld secrets, %lld files (%s), %lld searches, nothing found",
              qlonglong(m_secrets.size()), qlonglong(files.size()), qPrintable(files.keys().join(u", "_s)),
              qlonglong(searched));
        keeper.close();
    }

    void cleanupTestCase() {
        if (!m_storedAny)
            return;
        // Take the test's secrets out of the keychain again.
        for (int n = 0; n < 200; ++n)
            runCli(m_ws, {u"credential"_s, u"rm"_s, u"--site"_s, u"Site %1"_s.arg(n % 5), u"--label"_s,
                          u"Credential %1"_s.arg(n)});
        QSqlDatabase::removeDatabase(u"keeper"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SecretCanary)
#include "tst_SecretCanary.moc"
