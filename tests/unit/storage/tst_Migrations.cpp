// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

int userVersion(const QString& path) {
    const QString name = u"probe-"_s + QUuid::createUuid().toString();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

// The schema as SQLite keeps it: every table, index, trigger and view with its statement.
QStringList schemaOf(const QString& path) {
    const QString name = u"schema-"_s + QUuid::createUuid().toString();
    QStringList schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s)) {
                while (query.next()) {
                    schema.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' +
                                  query.value(2).toString() + u' ' + query.value(3).toString());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

QStringList storageMessages;

void collectStorageMessages(QtMsgType, const QMessageLogContext& context, const QString& message) {
    if (QByteArray(context.category ? context.category : "").startsWith("sitekeeper.storage"))
        storageMessages.append(message);
}

} // namespace

class tst_Migrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAreOrdered() {
        const QList<Migrations::Step>& steps = Migrations::steps();
        QVERIFY(!steps.isEmpty());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i) + 1);
            QVERIFY(!steps.at(i).description.isEmpty());
            QVERIFY(!steps.at(i).statements.isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), 9);
    }

    void version1IsMigratedWithBackup() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"workspace.sqlite"_s);

        // A workspace as version 1 of Sitekeeper made it: no full-text index yet.
        Site site = sample<Site>(0, {});
        ClientProfile ann = sample<ClientProfile>(1, {});
        Reference runbook = sample<Reference>(2, {});
        {
            auto old = Database::openAtVersionForTest(path, 1, testOptions());
            SK_VERIFY_OK(old);
            QCOMPARE(old.value()->schemaVersion(), 1);
            Store store(std::move(old).value());
            QVERIFY(!store.database().connection().tables().contains(u"client_profiles_fts"_s));
            ann.siteId = site.id;
            runbook.siteId = site.id;
            // Today's repositories write the rows; the columns later versions added are there only
            // while they do, so that the file has version 1's tables again afterwards.
            const QList<std::pair<QString, QString>> later{{u"sites"_s, u"country"_s},
                                                           {u"client_profiles"_s, u"office_extension"_s}};
            QSqlQuery alter(store.database().connection());
            for (const auto& [table, column] : later)
                QVERIFY2(alter.exec(u"ALTER TABLE %1 ADD COLUMN %2 TEXT"_s.arg(table, column)),
                         qPrintable(alter.lastError().text()));
            SK_VERIFY_OK(store.sites().create(site));
            SK_VERIFY_OK(store.profiles().create(ann));
            SK_VERIFY_OK(store.references().create(runbook));
            for (const auto& [table, column] : later)
                QVERIFY2(alter.exec(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(table, column)),
                         qPrintable(alter.lastError().text()));
            QVERIFY(store.search().find(u"bravo"_s).isEmpty()); // nothing to search in yet
        }
        QCOMPARE(userVersion(path), 1);

        auto opened = Store::open(path, testOptions());
        SK_VERIFY_OK(opened);
        Store& store = *opened.value();
        const OpenReport& report = store.database().report();
        QCOMPARE(report.migratedFrom, 1);
        QVERIFY(!report.created);
        QVERIFY(!report.movedAside);
        QVERIFY2(report.backupPath.startsWith(path + u".v1-backup-"_s), qPrintable(report.backupPath));
        QVERIFY(report.backupPath.endsWith(u".sqlite"_s));
        QVERIFY(QFileInfo::exists(report.backupPath));
        QCOMPARE(userVersion(report.backupPath), 1);
        QCOMPARE(store.database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());

        // The data is there, and the new index was filled from it.
        QVERIFY(store.sites().get(site.id).value() == site);
        QVERIFY(store.profiles().get(ann.id).value() == ann);
        QVERIFY(store.references().get(runbook.id).value() == runbook);
        const QList<SearchHit> people = store.search().find(u"bravo pers"_s);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.at(0).id, ann.id);
        const QList<SearchHit> runbooks = store.search().find(u"router"_s);
        QCOMPARE(runbooks.size(), 1);
        QCOMPARE(runbooks.at(0).entity, u"reference"_s);
        QCOMPARE(store.search().find(u"delta.example"_s).size(), 1); // the site, by email domain
        QCOMPARE(scalar(store.database(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        for (const QString& index : {u"client_profiles_fts"_s, u"references_fts"_s, u"sites_fts"_s}) {
            // FTS5's own check that the index matches its content.
            QSqlQuery check(store.database().connection());
            QVERIFY2(check.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(index)),
                     qPrintable(check.lastError().text()));
        }

        // Opening again migrates nothing and makes no further backup.
        opened.value().reset();
        auto again = Database::open(path, testOptions());
        SK_VERIFY_OK(again);
        QCOMPARE(again.value()->report().migratedFrom, 0);
        QCOMPARE(QDir(dir.path()).entryList({u"*-backup-*"_s}).size(), 1);
    }

    void newDatabaseIsCreatedInOneStep() {
        // A brand-new workspace is made at the current schema at once: no migration runs, none is
        // logged, nothing is backed up.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.sqlite"_s);
        QLoggingCategory::setFilterRules(u"sitekeeper.storage.debug=true"_s);
        storageMessages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectStorageMessages);
        {
            auto opened = Database::open(path, testOptions());
            qInstallMessageHandler(previous);
            SK_VERIFY_OK(opened);
            QCOMPARE(opened.value()->schemaVersion(), Migrations::latestVersion());
            QVERIFY(opened.value()->report().created);
            QCOMPARE(opened.value()->report().migratedFrom, 0);
            QVERIFY(opened.value()->report().backupPath.isEmpty());
        }
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!storageMessages.isEmpty()); // the handler saw the storage layer speak
        for (const QString& message : std::as_const(storageMessages))
            QVERIFY2(!message.contains(u"migrat"_s), qPrintable(message)); // (the folder is tst_Migrations-…)
        QCOMPARE(QDir(dir.path()).entryList({u"*-backup-*"_s}).size(), 0);
        QCOMPARE(userVersion(path), Migrations::latestVersion());

        // The same schema as a workspace that was made at version 1 and upgraded step by step.
        const QString upgraded = dir.filePath(u"upgraded.sqlite"_s);
        {
            auto old = Database::openAtVersionForTest(upgraded, 1, testOptions());
            SK_VERIFY_OK(old);
        }
        {
            auto opened = Database::open(upgraded, testOptions());
            SK_VERIFY_OK(opened);
            QCOMPARE(opened.value()->report().migratedFrom, 1);
        }
        QCOMPARE(schemaOf(path), schemaOf(upgraded));
        QVERIFY(schemaOf(path).size() > 10);
    }

    void newDatabaseIsNotBackedUp() {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"workspace.sqlite"_s), testOptions());
        SK_VERIFY_OK(opened);
        QVERIFY(opened.value()->report().backupPath.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({u"*-backup-*"_s}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
