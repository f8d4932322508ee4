// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "FullTextMatch.h"
#include "Migrations.h"
#include "StorageLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QUuid>

namespace sitekeeper {

namespace {

// SQLite primary result codes (the driver reports extended codes; the low byte is the primary).
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteFull = 13;
constexpr int sqliteConstraint = 19;
constexpr int sqliteConstraintForeignKey = 787;
constexpr int sqliteConstraintPrimaryKey = 1555;
constexpr int sqliteConstraintUnique = 2067;

int nativeCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

bool isCorruption(const QSqlError& error) {
    const int primary = nativeCode(error) & 0xff;
    return primary == sqliteCorrupt || primary == sqliteNotADatabase;
}

// The 16 bytes every SQLite 3 database file starts with.
bool hasSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite report why, never move a file aside on a guess
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

QString timestampForFileName(const QDateTime& utc) {
    return utc.toLocalTime().toString(QStringLiteral("yyyyMMddThhmmss"));
}

} // namespace

int Database::latestVersion() {
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    return openImpl(path, latestVersion(), options);
}

Result<std::unique_ptr<Database>> Database::openAtVersionForTest(const QString& path, int version,
                                                                 const OpenOptions& options) {
    return openImpl(path, qBound(0, version, latestVersion()), options);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, int targetVersion,
                                                     const OpenOptions& options) {
    std::unique_ptr<Database> db(new Database);
    const QFileInfo info(path);
    db->m_path = info.absoluteFilePath();
    db->m_clock = options.clock;
    db->m_actor = options.actor;
    if (db->m_actor.isEmpty())
        db->m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));

    const QDir folder = info.absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        return Error{tr("Cannot create the workspace folder. Check that you may write there, or choose "
                        "another workspace folder."),
                     folder.absolutePath(), Error::Kind::Io};
    }

    // QLockFile records our PID and refuses a second holder, in this process or another, for as long as
    // the holder lives; a holder that died leaves a stale lock that the next open takes over.
    const QString lockPath = folder.filePath(info.completeBaseName() + QStringLiteral(".lock"));
    // A lock file left behind means the last session did not close cleanly (crash, power loss).
    const bool uncleanShutdown = QFileInfo::exists(lockPath);
    db->m_lock = std::make_unique<QLockFile>(lockPath);
    db->m_lock->setStaleLockTime(0); // a workspace stays open for days: only a dead holder is stale
    if (!db->m_lock->tryLock(0)) {
        if (db->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            db->m_lock->getLockInfo(&pid, &host, &application);
            return Error{tr("The workspace is open in another Sitekeeper (process %1 on %2, %3). Close "
                            "it there, then try again.")
                             .arg(QString::number(pid), host.isEmpty() ? tr("this computer") : host,
                                  application.isEmpty() ? tr("unknown program") : application),
                         db->m_path, Error::Kind::Unavailable};
        }
        return Error{tr("Cannot create the lock file %1. Check that you may write to the workspace folder, "
                        "or choose another one.")
                         .arg(QDir::toNativeSeparators(lockPath)),
                     db->m_path, Error::Kind::Io};
    }

    const bool existed = info.exists() && info.size() > 0;
    if (existed && !hasSqliteHeader(db->m_path)) {
        if (auto moved = db->moveAside(QStringLiteral("not an SQLite database")); !moved)
            return moved.error();
    }
    if (auto connected = db->connect(); !connected)
        return connected.error();

    if (existed && !db->m_report.movedAside) {
        QSqlQuery probe(db->m_connection);
        bool corrupt = false;
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
            if (!isCorruption(probe.lastError()))
                return db->sqlError(probe.lastError(), tr("Reading the schema version"));
            qCWarning(lcStorage) << "cannot read" << db->m_path << probe.lastError().text();
            corrupt = true;
        }
        const int version = corrupt ? 0 : probe.value(0).toInt();
        probe.finish();
        if (!corrupt && version > latestVersion()) {
            qCWarning(lcStorage) << "refusing" << db->m_path << "with schema version" << version;
            return Error{tr("This workspace was saved by a newer Sitekeeper (schema version %1; this "
                            "version understands up to %2). Update Sitekeeper to open it; the file was "
                            "left unchanged.")
                             .arg(version)
                             .arg(latestVersion()),
                         db->m_path, Error::Kind::Unsupported};
        }
        if (!corrupt && version == 0) {
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
                if (!isCorruption(probe.lastError()))
                    return db->sqlError(probe.lastError(), tr("Reading the schema"));
                qCWarning(lcStorage) << "cannot read the schema of" << db->m_path << probe.lastError().text();
                corrupt = true;
            } else if (probe.value(0).toInt() > 0) {
                return Error{tr("This file is an SQLite database of another program, not a Sitekeeper "
                                "workspace. Choose another workspace folder; the file was left unchanged."),
                             db->m_path, Error::Kind::Invalid};
            }
            probe.finish();
        }
        // quick_check reads every page: about 17 s for a million profiles. It runs on every open of a
        // small workspace, and on a large one after an unclean shutdown; otherwise SQLite's own
        // checks on each page it reads report damage where it is met.
        const bool thorough = uncleanShutdown || info.size() <= quickCheckAlwaysBelow;
        if (!corrupt && thorough) {
            QStringList problems;
            if (!probe.exec(QStringLiteral("PRAGMA quick_check"))) {
                if (!isCorruption(probe.lastError()))
                    return db->sqlError(probe.lastError(), tr("Checking the workspace for damage"));
                problems.append(probe.lastError().text());
            }
            while (probe.next()) {
                const QString line = probe.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems.append(line);
            }
            corrupt = !problems.isEmpty();
            if (corrupt)
                qCWarning(lcStorage) << "quick_check of" << db->m_path << "failed:" << problems;
        }
        probe.finish();
        if (corrupt) {
            db->disconnect();
            if (auto moved = db->moveAside(QStringLiteral("failed the integrity check")); !moved)
                return moved.error();
            if (auto connected = db->connect(); !connected)
                return connected.error();
        }
    }
    db->m_report.created = !existed || db->m_report.movedAside;

    if (auto pragmas = db->applyPragmas(); !pragmas)
        return pragmas.error();
    if (auto migrated = db->migrate(targetVersion); !migrated)
        return migrated.error();
    qCDebug(lcStorage) << "opened" << db->m_path << "schema version" << db->m_version;
    return db;
}

Database::~Database() {
    if (m_transactionDepth > 0) {
        qCWarning(lcStorage) << "closing" << m_path << "with an open transaction; rolling it back";
        QSqlQuery rollback(m_connection);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    disconnect();
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path) {
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_connectionName =
        QStringLiteral("sitekeeper-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_connection.isValid())
        return Error{tr("The SQLite driver of Qt is missing (Qt SQL plugin \"QSQLITE\"). Reinstall "
                        "Sitekeeper."),
                     db->m_path, Error::Kind::Unavailable};
    db->m_connection.setDatabaseName(db->m_path);
    db->m_connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_connection.open())
        return db->sqlError(db->m_connection.lastError(), tr("Opening the workspace database for reading"));
    FullTextMatch::install(db->m_connection);
    QSqlQuery version(db->m_connection);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return db->sqlError(version.lastError(), tr("Reading the schema version"));
    db->m_version = version.value(0).toInt();
    return db;
}

Result<void> Database::connect() {
    m_connectionName =
        QStringLiteral("sitekeeper-storage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_connection.isValid()) {
        return Error{tr("The SQLite driver of Qt is missing (Qt SQL plugin \"QSQLITE\"). Reinstall "
                        "Sitekeeper."),
                     m_path, Error::Kind::Unavailable};
    }
    m_connection.setDatabaseName(m_path);
    // Waits for a busy file from the very first statement, before the pragma can be run.
    m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_connection.open())
        return sqlError(m_connection.lastError(), tr("Opening the workspace database"));
    if (!FullTextMatch::install(m_connection))
        qCWarning(lcStorage) << "cannot register sk_match on" << m_path;
    return {};
}

void Database::disconnect() {
    m_statements.clear();
    if (m_connectionName.isEmpty())
        return;
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<void> Database::moveAside(const QString& why) {
    const QString stamp = timestampForFileName(now());
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);

    if (!QFile::rename(m_path, target)) {
        return Error{tr("The workspace database is damaged (%1) and could not be moved aside to %2. Move "
                        "or rename the file yourself, then open the workspace again.")
                         .arg(why, QDir::toNativeSeparators(target)),
                     m_path, Error::Kind::Io};
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            qCWarning(lcStorage) << "could not move" << m_path + suffix << "aside to" << target + suffix;
    }
    qCWarning(lcStorage) << m_path << why << "- moved aside to" << target;
    m_report.movedAside = true;
    m_report.movedTo = target;
    return {};
}

namespace {
// 256 MiB of page cache during a bulk write (the default is 2 MB): a 200,000-profile import
// touches some 150 MB of table, index and full-text pages. Memory is only taken as pages are read.
constexpr int bulkCacheKiB = 256 * 1024;
// Pages in the write-ahead log before a checkpoint: SQLite's default, and during a bulk write.
constexpr int defaultCheckpointPages = 1000;
constexpr int bulkCheckpointPages = 16 * 1024;
} // namespace

Database::BulkWrite::BulkWrite(Database& database)
    : m_db(database) {
    if (m_db.m_bulkDepth++ > 0)
        return;
    QSqlQuery query(m_db.m_connection);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previousCacheSize = query.value(0).toInt();
    query.finish();
    if (auto set = m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB)); !set)
        qCWarning(lcStorage) << "cannot enlarge the page cache:" << set.error().message;
    // Statement journals in memory: every statement that writes a table with a full-text trigger
    // keeps the pages it changes in one, which otherwise spills to a temporary file (a write system
    // call per page, a tenth of a first sync). Takes effect at the next BEGIN; the workspace has
    // no temporary tables for the change to drop.
    if (auto set = m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !set)
        qCWarning(lcStorage) << "cannot keep temporary data in memory:" << set.error().message;
    // A checkpoint once the log holds 64 MiB instead of 4 MiB: a bulk transaction dirties thousands
    // of pages (random leaves of every index), and with the default each commit of a first sync's
    // page was followed by a checkpoint copying all of them again (with its fsync), a quarter of
    // the pull at L. Pages that several commits change are then copied once per checkpoint.
    if (auto set = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(bulkCheckpointPages)); !set)
        qCWarning(lcStorage) << "cannot widen the checkpoint interval:" << set.error().message;
}

Database::BulkWrite::~BulkWrite() {
    if (--m_db.m_bulkDepth > 0)
        return;
    if (auto set = m_db.exec(QStringLiteral("PRAGMA temp_store = DEFAULT")); !set)
        qCWarning(lcStorage) << "cannot restore the temporary store:" << set.error().message;
    if (auto set = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(defaultCheckpointPages));
        !set)
        qCWarning(lcStorage) << "cannot restore the checkpoint interval:" << set.error().message;
    if (m_previousCacheSize == 0)
        return;
    // Back to what it was: the pages of a large import are not kept for the rest of the session.
    if (auto set = m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize)); !set)
        qCWarning(lcStorage) << "cannot restore the page cache size:" << set.error().message;
}

Result<void> Database::applyPragmas() {
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sqlError(query.lastError(), tr("Switching the workspace to write-ahead logging"));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{tr("The workspace database cannot use write-ahead logging (journal mode \"%1\"). Put "
                        "the workspace on a local disk.")
                         .arg(query.value(0).toString()),
                     m_path, Error::Kind::Unsupported};
    }
    query.finish();
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA busy_timeout = 5000")}) {
        if (!query.exec(pragma))
            return sqlError(query.lastError(), tr("Setting up the workspace database"));
        query.finish();
    }
    return {};
}

Result<void> Database::migrate(int targetVersion) {
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(query.lastError(), tr("Reading the schema version"));
    m_version = query.value(0).toInt();
    query.finish();
    if (m_version >= targetVersion)
        return {};

    if (m_version > 0) {
        const QString backup = m_path + QStringLiteral(".v%1-backup-").arg(m_version) +
                               timestampForFileName(now()) + QStringLiteral(".sqlite");
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec()) {
            return Error{tr("Could not back up the workspace before upgrading it (%1). Free some disk space, "
                            "then open the workspace again; nothing was changed.")
                             .arg(query.lastError().text()),
                         m_path, Error::Kind::Io};
        }
        query.finish();
        qCInfo(lcStorage) << "backed up" << m_path << "to" << backup << "before migrating";
        m_report.migratedFrom = m_version;
        m_report.backupPath = backup;
    }

    // A new database gets the whole schema in one transaction: every step's statements in order, so
    // that a new workspace and an upgraded one cannot differ. An existing one is migrated a step at a
    // time, each step in its own transaction after the backup above.
    const bool creating = m_version == 0;
    QList<Migrations::Step> pending;
    for (const Migrations::Step& step : Migrations::steps()) {
        if (step.version > m_version && step.version <= targetVersion)
            pending.append(step);
    }
    QList<QList<Migrations::Step>> transactions;
    if (creating && !pending.isEmpty())
        transactions.append(pending);
    else
        for (const Migrations::Step& step : std::as_const(pending))
            transactions.append({step});

    for (const QList<Migrations::Step>& steps : std::as_const(transactions)) {
        const Migrations::Step& last = steps.constLast();
        auto failed = [&](const QSqlError& error) -> Error {
            const QString reason = error.text();
            QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
            if (creating) {
                qCCritical(lcStorage)
                    << "creating the schema (version" << last.version << ") failed:" << reason;
                return Error{tr("Could not create the workspace database (schema version %1): %2.")
                                 .arg(QString::number(last.version), reason),
                             m_path, Error::Kind::Io};
            }
            qCCritical(lcStorage) << "migration to version" << last.version << "failed:" << reason;
            return Error{
                tr("Could not upgrade the workspace to schema version %1 (%2): %3. The workspace "
                   "was left at version %4; report this problem to the Sitekeeper developers.")
                    .arg(QString::number(last.version), last.description, reason, QString::number(m_version)),
                m_path, Error::Kind::Io};
        };
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failed(query.lastError());
        for (const Migrations::Step& step : steps) {
            for (const QString& statement : step.statements) {
                if (!query.exec(statement))
                    return failed(query.lastError());
                query.finish();
            }
        }
        // user_version lives in the file header, which the transaction covers: the schema and its
        // version commit together or not at all.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(last.version)) ||
            !query.exec(QStringLiteral("COMMIT")))
            return failed(query.lastError());
        if (creating)
            qCDebug(lcStorage) << "created" << m_path << "at schema version" << last.version;
        else
            qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << last.version;
        m_version = last.version;
    }
    return {};
}

QDateTime Database::now() const {
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Database::nowText() const {
    return now().toString(Qt::ISODateWithMs);
}

Result<QString> Database::meta(const QString& key) const {
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Reading workspace settings"));
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> Database::setMeta(const QString& key, const QString& value) {
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Saving workspace settings"));
    return {};
}

Result<QSqlQuery*> Database::prepared(const QString& sql, const QString& doing) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_connection);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCCritical(lcStorage) << "cannot prepare" << sql << query->lastError().text();
            return sqlError(query->lastError(),
                            doing.isEmpty() ? tr("Preparing a database statement") : doing);
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

Result<void> Database::exec(const QString& sql) {
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return sqlError(query.lastError(), tr("Running a database statement"));
    return {};
}

Error Database::sqlError(const QSqlError& error, const QString& doing) const {
    const int code = nativeCode(error);
    const QString reason = error.text();
    qCWarning(lcStorage) << doing << "failed on" << m_path << "code" << code << reason;
    QString message;
    Error::Kind kind = Error::Kind::Io;
    switch (code & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        message = tr("%1 failed: another program is using the workspace database. Close it, then try again.")
                      .arg(doing);
        kind = Error::Kind::Unavailable;
        break;
    case sqliteFull:
        message = tr("%1 failed: the disk is full. Free some space, then try again.").arg(doing);
        break;
    case sqliteReadOnly:
        message = tr("%1 failed: the workspace database is read-only. Check the permissions of the "
                     "workspace folder, then try again.")
                      .arg(doing);
        break;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        message = tr("%1 failed: the workspace database is damaged. Restart Sitekeeper: it moves the "
                     "damaged file aside and starts a new one.")
                      .arg(doing);
        break;
    case sqliteConstraint:
        // A unique key that exists already is a conflict; a reference to nothing is wrong input.
        kind = (code == sqliteConstraintUnique || code == sqliteConstraintPrimaryKey) ? Error::Kind::Conflict
                                                                                      : Error::Kind::Invalid;
        message = code == sqliteConstraintForeignKey
                      ? tr("%1 failed: a record refers to a site that does not exist. Create the site first, "
                           "or choose an existing one.")
                            .arg(doing)
                      : tr("%1 failed: it would break a rule of the workspace (%2). Correct the record, then "
                           "try again.")
                            .arg(doing, reason);
        break;
    default:
        message =
            tr("%1 failed (%2). Check that the disk has space and the workspace folder is writable, then "
               "try again.")
                .arg(doing, reason);
    }
    return Error{message, m_path, kind};
}

} // namespace sitekeeper
