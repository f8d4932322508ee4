// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// `sitekeeper-cli import profiles` and `export profiles`: exit codes, the dry run's JSON, the export file.
class tst_CliProfiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QString m_users;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    int profileCount() {
        const auto run = runCli(m_ws, {u"stats"_s, u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(run.out).object().value(u"client_profiles"_s).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        QVERIFY_CLI(runCli(m_ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(m_ws, {u"site"_s, u"add"_s, u"Contoso HQ"_s}), 0);
        m_users = writeFile(u"users.csv"_s,
                            "Display name,First name,Last name,User principal name,Mobile Phone,Phone number,"
                            "Title,Block credential\r\n"
                            "Ada Lovelace,Ada,Lovelace,ada@contoso.com,(201) 555-0123,,CFO,False\r\n"
                            "Bob Byte,Bob,Byte,bob@contoso.com,,(415) 555-0123,=1+2,True\r\n"
                            "Bobby Byte,Bobby,Byte,BOB@contoso.com,,,Clerk,False\r\n"_ba);
    }

    void dryRunPrintsEachRowAndWritesNothing() {
        const auto run = runCli(m_ws, {u"import"_s, u"profiles"_s, m_users, u"--site"_s, u"Contoso HQ"_s,
                                       u"--dry-run"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"preset"_s).toString(), u"m365"_s);
        QCOMPARE(json.value(u"imported"_s).toBool(true), false);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"new"_s).toInt(), 2);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"duplicate_in_file"_s).toInt(), 1);
        const QJsonArray rows = json.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(u"outcome"_s).toString(), u"new"_s);
        QCOMPARE(rows[2].toObject().value(u"outcome"_s).toString(), u"duplicate_in_file"_s);
        QCOMPARE(rows[2].toObject().value(u"duplicate_of_row"_s).toInt(), 3);
        QVERIFY(!rows[2].toObject().contains(u"id"_s));
        QCOMPARE(profileCount(), 0);
    }

    void importsThenExports() {
        const auto run = runCli(m_ws, {u"import"_s, u"profiles"_s, m_users, u"--site"_s, u"Contoso HQ"_s});
        QVERIFY_CLI(run, 0);
        QCOMPARE(profileCount(), 2);

        const QString out = m_dir.filePath(u"export.csv"_s);
        QVERIFY_CLI(runCli(m_ws, {u"export"_s, u"profiles"_s, u"--site"_s, u"Contoso HQ"_s, u"-o"_s, out}),
                    0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 "full_name,email,office_phone,office_extension,mobile_phone,title,vip,status\r\n"
                 "Ada Lovelace,ada@contoso.com,,,'+12015550123,CFO,false,active\r\n"
                 "Bob Byte,bob@contoso.com,'+14155550123,,,'=1+2,false,disabled\r\n"_ba);

        // The export reads back as the generic preset with nothing to do.
        const auto again = runCli(
            m_ws, {u"import"_s, u"profiles"_s, out, u"--site"_s, u"Contoso HQ"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(again, 0);
        const QJsonObject json = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(json.value(u"preset"_s).toString(), u"generic"_s);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"unchanged"_s).toInt(), 2);
    }

    void invalidRowsExitOne() {
        const QString bad = writeFile(u"bad.csv"_s, "full_name,email,mobile_phone\r\n"
                                                    "Carol Chip,carol@contoso.com,2015550199\r\n"
                                                    "Dan Disk,dan@contoso.com,12\r\n"_ba);
        const auto run = runCli(m_ws, {u"import"_s, u"profiles"_s, bad, u"--site"_s, u"Contoso HQ"_s});
        QVERIFY_CLI(run, 1);
        QVERIFY2(
            run.err.contains(
                "row 3, column 'mobile_phone': \"12\" is not a valid phone number for United States (US)"),
            run.err.constData());
        QCOMPARE(profileCount(), 2);
    }

    void dryRunTextListsUpdates() {
        const QString changed = writeFile(u"changed.csv"_s, "full_name,email,title\r\n"
                                                            "Ada Lovelace,ada@contoso.com,CEO\r\n"
                                                            "Carol Chip,carol@contoso.com,\r\n"_ba);
        const auto run =
            runCli(m_ws, {u"import"_s, u"profiles"_s, changed, u"--site"_s, u"Contoso HQ"_s, u"--dry-run"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("row 2: update Ada Lovelace (title: CFO \u2192 CEO)"), run.out.constData());
        QVERIFY(run.out.contains("row 3: new Carol Chip"));
        QVERIFY(run.out.contains("1 new, 1 updated, 0 unchanged"));
        QCOMPARE(profileCount(), 2);
    }

    void usageAndInputErrorsExitTwo() {
        const QString unknown = writeFile(u"unknown.csv"_s, "Person,Cell\r\nAda,2015550123\r\n"_ba);
        const auto noPreset =
            runCli(m_ws, {u"import"_s, u"profiles"_s, unknown, u"--site"_s, u"Contoso HQ"_s});
        QVERIFY_CLI(noPreset, 2);
        QVERIFY2(noPreset.err.contains("Header found: Person, Cell"), noPreset.err.constData());
        QVERIFY(noPreset.err.contains("m365, entra, connectwise, autotask, ldap, generic"));

        QVERIFY_CLI(runCli(m_ws, {u"import"_s, u"profiles"_s, m_users}), 2);
        QVERIFY_CLI(runCli(m_ws, {u"import"_s, u"profiles"_s, m_users, u"--site"_s, u"Nowhere"_s}), 2);
        QVERIFY_CLI(runCli(m_ws, {u"import"_s, u"profiles"_s, m_users, u"--site"_s, u"Contoso HQ"_s,
                                  u"--preset"_s, u"excel"_s}),
                    2);
        QVERIFY_CLI(runCli(m_ws, {u"import"_s, u"profiles"_s, m_dir.filePath(u"missing.csv"_s), u"--site"_s,
                                  u"Contoso HQ"_s}),
                    2);
        QVERIFY_CLI(runCli(m_ws, {u"export"_s, u"profiles"_s, u"--site"_s, u"Contoso HQ"_s}), 2);
        QVERIFY_CLI(runCli(m_ws, {u"export"_s, u"profiles"_s, u"--site"_s, u"Contoso HQ"_s, u"-o"_s,
                                  m_dir.filePath(u"no/such/dir/x.csv"_s)}),
                    2);
        const auto usage = runCli(m_ws, {u"--help"_s});
        QVERIFY(usage.out.contains("import profiles FILE --site NAME"));
        QVERIFY(usage.out.contains("export profiles --site NAME -o FILE"));
    }

    void directoryDiff() {
        const QString directory =
            writeFile(u"directory.csv"_s, "full_name,email,mobile_phone\r\n"
                                          "Ada Lovelace,ada@contoso.com,(201) 555-0123\r\n"
                                          "Cy Newman,cy@contoso.com,(201) 555-0199\r\n"_ba);
        const auto diff = runCli(m_ws, {u"diff"_s, u"directory"_s, directory, u"--site"_s, u"Contoso HQ"_s,
                                        u"--format"_s, u"json"_s});
        QVERIFY_CLI(diff, 0);
        const QJsonObject json = QJsonDocument::fromJson(diff.out).object();
        for (const char* key : {"leavers", "joiners", "changed_numbers", "invalid_rows", "summary"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonArray joiners = json.value(u"joiners"_s).toArray();
        QCOMPARE(joiners.size(), 1);
        QCOMPARE(joiners.first().toObject().value(u"full_name"_s).toString(), u"Cy Newman"_s);
        QCOMPARE(joiners.first().toObject().value(u"mobile_phone"_s).toString(), u"+12015550199"_s);
        QCOMPARE(json.value(u"added"_s).toInt(), 0); // comparing writes nothing

        const int before = profileCount();
        QVERIFY_CLI(runCli(m_ws, {u"diff"_s, u"directory"_s, directory, u"--site"_s, u"Contoso HQ"_s,
                                  u"--add-joiners"_s, u"--disable-leavers"_s}),
                    0);
        QCOMPARE(profileCount(), before + 1);
        const auto again = runCli(m_ws, {u"diff"_s, u"directory"_s, directory, u"--site"_s, u"Contoso HQ"_s,
                                         u"--format"_s, u"json"_s});
        const QJsonObject after = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(after.value(u"summary"_s).toObject().value(u"joiners"_s).toInt(), 0);
        QCOMPARE(after.value(u"summary"_s).toObject().value(u"leavers"_s).toInt(), 0);

        QVERIFY_CLI(runCli(m_ws, {u"diff"_s, u"directory"_s, directory}), 2);
        QVERIFY_CLI(runCli(m_ws, {u"diff"_s, u"something"_s, directory, u"--site"_s, u"Contoso HQ"_s}), 2);
    }

    // On purpose, the valid rows go in and the invalid ones come back as a file to fix (exit 1).
    void skipInvalidWritesValidRowsAndRejects() {
        QFile fixture(QStringLiteral(SITEKEEPER_TEST_DATA) + u"/directories/invalid-numbers.csv"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString bad = writeFile(u"international.csv"_s, fixture.readAll());
        const QString rejects = m_dir.filePath(u"rejects.csv"_s);
        const int before = profileCount();
        const auto run =
            runCli(m_ws, {u"import"_s, u"profiles"_s, bad, u"--site"_s, u"Contoso HQ"_s, u"--skip-invalid"_s,
                          u"--rejects"_s, rejects, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"imported"_s).toBool(), true);
        QCOMPARE(json.value(u"skipped"_s).toInt(), 3);
        QCOMPARE(profileCount(), before + 3);
        QFile written(rejects);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QCOMPARE(text.count('\n'), 4);
        QVERIFY2(text.contains("Narnia") && text.contains("row 5, column 'country'"), text.constData());
        QVERIFY(!text.contains("Camille"));

        // Without --skip-invalid the same file writes nothing, and still says where the rows are.
        const auto refused =
            runCli(m_ws, {u"import"_s, u"profiles"_s, rejects, u"--site"_s, u"Contoso HQ"_s});
        QVERIFY_CLI(refused, 1);
        QVERIFY2(refused.err.contains("nothing was imported"), refused.err.constData());
        QCOMPARE(profileCount(), before + 3);
    }
};

QTEST_GUILESS_MAIN(tst_CliProfiles)
#include "tst_CliProfiles.moc"
