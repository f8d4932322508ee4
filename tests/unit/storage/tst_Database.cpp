// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"
#include "StorageTestSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSysInfo>
#include <QTest>
#include <QThread>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

namespace {

// A file edited outside Sitekeeper: a plain connection of our own, closed before returning.
void runRaw(const QString& path, const QStringList& statements) {
    const QString name = u"raw-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A workspace with a site and some profiles, closed again.
QUuid makeWorkspace(const QString& path, int profiles) {
    auto store = Store::open(path, testOptions());
    if (!store.ok()) {
        qWarning() << store.error().toString();
        return {};
    }
    Site site = sample<Site>(0, {});
    Transaction tx(store.value()->database());
    if (!store.value()->sites().create(site).ok())
        return {};
    for (int i = 0; i < profiles; ++i) {
        ClientProfile profile = sample<ClientProfile>(i % words.size(), site.id);
        profile.fullName += QString::number(i);
        profile.title = u"A rather long title to fill the pages of the database file %1"_s.arg(i);
        if (!store.value()->profiles().create(profile).ok())
            return {};
    }
    if (!tx.commit().ok())
        return {};
    return site.id;
}

} // namespace

class tst_Database : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"workspace.sqlite"_s);
    }

    void cleanup() { m_dir.reset(); }

    void createsWithPragmas() {
        auto opened = Database::open(m_path, testOptions());
        SK_VERIFY_OK(opened);
        Database& db = *opened.value();
        QVERIFY(QFileInfo::exists(m_path));
        QVERIFY(db.report().created);
        QVERIFY(!db.report().movedAside);
        QCOMPARE(db.report().migratedFrom, 0);
        QVERIFY(db.report().backupPath.isEmpty());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), 5000);
        for (const char* table :
             {"sites", "client_profiles", "references", "approval_types", "approvers", "notification_rules",
              "partner_contacts", "credentials", "escalations", "audit", "journal", "meta",
              "client_profiles_fts", "references_fts", "sites_fts"})
            QVERIFY2(db.connection().tables(QSql::AllTables).contains(QLatin1String(table)), table);
        QCOMPARE(db.actor(), u"tester"_s);
        QCOMPARE(db.now(), fixedNow);
    }

    void createsMissingFolder() {
        const QString path = m_dir->filePath(u"a/b/workspace.sqlite"_s);
        auto opened = Database::open(path, testOptions());
        SK_VERIFY_OK(opened);
        QVERIFY(QFileInfo::exists(path));
    }

    void reopenKeepsData() {
        const QUuid siteId = makeWorkspace(m_path, 3);
        QVERIFY(!siteId.isNull());
        auto store = Store::open(m_path, testOptions());
        SK_VERIFY_OK(store);
        QVERIFY(!store.value()->database().report().created);
        QCOMPARE(store.value()->database().report().migratedFrom, 0);
        SK_VERIFY_OK(store.value()->sites().get(siteId));
        QCOMPARE(store.value()->profiles().count().value(), 3);
    }

    void metaValues() {
        auto opened = Database::open(m_path, testOptions());
        SK_VERIFY_OK(opened);
        QCOMPARE(opened.value()->meta(u"workspace_id"_s).value(), QString());
        SK_VERIFY_OK(opened.value()->setMeta(u"workspace_id"_s, u"abc"_s));
        SK_VERIFY_OK(opened.value()->setMeta(u"workspace_id"_s, u"def"_s));
        QCOMPARE(opened.value()->meta(u"workspace_id"_s).value(), u"def"_s);
    }

    void severalDatabasesInOneProcess() {
        auto first = Store::open(m_dir->filePath(u"one/workspace.sqlite"_s), testOptions());
        auto second = Store::open(m_dir->filePath(u"two/workspace.sqlite"_s), testOptions());
        SK_VERIFY_OK(first);
        SK_VERIFY_OK(second);
        QVERIFY(first.value()->database().connection().connectionName() !=
                second.value()->database().connection().connectionName());
        SK_VERIFY_OK(first.value()->sites().create(sample<Site>(0, {})));
        QCOMPARE(first.value()->sites().count().value(), 1);
        QCOMPARE(second.value()->sites().count().value(), 0);
    }

    void databaseInAnotherThread() {
        // A Database belongs to the thread that opens it; another thread opens its own.
        auto here = Store::open(m_dir->filePath(u"main/workspace.sqlite"_s), testOptions());
        SK_VERIFY_OK(here);
        int countThere = -1;
        QString error;
        const QString otherPath = m_dir->filePath(u"thread/workspace.sqlite"_s);
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto there = Store::open(otherPath, testOptions());
            if (!there.ok()) {
                error = there.error().toString();
                return;
            }
            if (auto created = there.value()->sites().create(sample<Site>(1, {})); !created.ok())
                error = created.error().toString();
            countThere = there.value()->sites().count().value();
        }));
        thread->start();
        SK_VERIFY_OK(here.value()->sites().create(sample<Site>(0, {})));
        QVERIFY(thread->wait(30000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(countThere, 1);
        QCOMPARE(here.value()->sites().count().value(), 1);
    }

    void secondOpenIsRefusedWithPid() {
        auto first = Database::open(m_path, testOptions());
        SK_VERIFY_OK(first);
        QVERIFY(QFileInfo::exists(m_dir->filePath(u"workspace.lock"_s)));
        auto second = Database::open(m_path, testOptions());
        QVERIFY(!second.ok());
        const QString message = second.error().message;
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
        QVERIFY2(message.contains(u"Close"_s), qPrintable(message));

        first.value().reset();
        SK_VERIFY_OK(Database::open(m_path, testOptions()));
    }

    void lockOfAnotherProcessIsRespected() {
        // A lock file as QLockFile writes it, held by a live process of another program.
        QProcess holder;
        holder.start(u"sleep"_s, {u"30"_s});
        QVERIFY(holder.waitForStarted());
        const QString pid = QString::number(holder.processId());
        writeAll(m_dir->filePath(u"workspace.lock"_s),
                 (pid + u"\nsleep\n"_s + QSysInfo::machineHostName() + u"\n"_s).toUtf8());
        auto refused = Database::open(m_path, testOptions());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(pid), qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(m_path)); // refused before touching anything

        // Once the holder is gone its lock is stale and taken over.
        holder.kill();
        QVERIFY(holder.waitForFinished());
        SK_VERIFY_OK(Database::open(m_path, testOptions()));
    }

    void newerSchemaRefusedUntouched() {
        QVERIFY(!makeWorkspace(m_path, 2).isNull());
        runRaw(m_path, {u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 1)});
        const QByteArray before = sha256(m_path);
        QVERIFY(!before.isEmpty());

        auto opened = Database::open(m_path, testOptions());
        QVERIFY(!opened.ok());
        const QString message = opened.error().message;
        QVERIFY2(message.contains(QString::number(Database::latestVersion() + 1)), qPrintable(message));
        QVERIFY2(message.contains(u"Update Sitekeeper"_s), qPrintable(message));
        QCOMPARE(sha256(m_path), before);
        const QStringList others = QDir(m_dir->path()).entryList({u"workspace.sqlite.*"_s}, QDir::Files);
        QVERIFY2(others.isEmpty(), qPrintable(others.join(u", "_s))); // no backup, nothing moved aside
    }

    void foreignDatabaseRefusedUntouched() {
        runRaw(m_path, {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('keep me')"_s});
        const QByteArray before = sha256(m_path);
        auto opened = Database::open(m_path, testOptions());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"not a Sitekeeper workspace"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(sha256(m_path), before);
    }

    void damagedFileMovedAside_data() {
        QTest::addColumn<QString>("damage");
        QTest::addRow("random bytes") << u"random"_s;
        QTest::addRow("truncated database") << u"truncated"_s;
        QTest::addRow("overwritten pages") << u"overwritten"_s;
    }

    void damagedFileMovedAside() {
        QFETCH(QString, damage);
        if (damage == u"random"_s) {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator generator(42);
            generator.fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                bytes.size() / int(sizeof(quint32)));
            writeAll(m_path, bytes);
            writeAll(m_path + u"-wal"_s, bytes.left(1000));
        } else {
            QVERIFY(!makeWorkspace(m_path, 400).isNull());
            QByteArray bytes = readAll(m_path);
            QVERIFY2(bytes.size() > 16 * 4096, qPrintable(QString::number(bytes.size())));
            if (damage == u"truncated"_s) {
                bytes.truncate(bytes.size() / 2);
            } else {
                // Keep the header page, scribble over the b-tree pages after it.
                for (qsizetype i = 4096; i < bytes.size(); i += 7)
                    bytes[i] = char(0x5a);
            }
            writeAll(m_path, bytes);
        }
        const QByteArray damaged = sha256(m_path);

        auto opened = Store::open(m_path, testOptions());
        SK_VERIFY_OK(opened);
        Database& db = opened.value()->database();
        QVERIFY(db.report().movedAside);
        QVERIFY(db.report().created);
        QVERIFY2(db.report().movedTo.startsWith(m_path + u".corrupt-"_s), qPrintable(db.report().movedTo));
        QVERIFY2(QRegularExpression(u"\\.corrupt-\\d{8}T\\d{6}$"_s).match(db.report().movedTo).hasMatch(),
                 qPrintable(db.report().movedTo));
        QCOMPARE(sha256(db.report().movedTo), damaged); // kept as it was, never deleted
        if (damage == u"random"_s)
            QVERIFY(QFileInfo::exists(db.report().movedTo + u"-wal"_s)); // its log goes with it
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(opened.value()->sites().count().value(), 0);
        SK_VERIFY_OK(opened.value()->sites().create(sample<Site>(0, {})));
    }

    void emptyFileIsANewDatabase() {
        writeAll(m_path, QByteArray());
        auto opened = Database::open(m_path, testOptions());
        SK_VERIFY_OK(opened);
        QVERIFY(opened.value()->report().created);
        QVERIFY(!opened.value()->report().movedAside);
    }

    void closingRemovesWalAndConnection() {
        QString name;
        {
            auto opened = Database::open(m_path, testOptions());
            SK_VERIFY_OK(opened);
            name = opened.value()->connection().connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
