// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenOptions.h"
#include "OpenReport.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QLockFile;
class QSqlError;

namespace sitekeeper {

// The workspace's SQLite file (`workspace.sqlite`): opened with the pragmas Sitekeeper relies on,
// migrated to the current schema, checked for corruption, and locked against a second Sitekeeper
// process. One Database has its own connection and belongs to the thread that opened it;
// several Databases (on different files) may live in one process and in different threads.
class Database {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Database)

public:
    // Opens the database file `path`, creating it (and its folder) when missing. A file that is
    // not a database or fails `PRAGMA quick_check` is moved aside and replaced by a new one; an
    // older schema is backed up and migrated; a newer schema is refused without touching the file.
    // `report()` tells what happened. A second open of the same file, in this process or another,
    // is refused while the first is open: the lock file is `<name>.lock` beside the database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    // Tests only: opens like open() but migrates no further than `version`, to make databases of
    // an older schema that a later open() migrates.
    static Result<std::unique_ptr<Database>> openAtVersionForTest(const QString& path, int version,
                                                                  const OpenOptions& options = {});

    // The schema version this program writes and understands.
    static int latestVersion();

    // A second, read-only connection to the workspace database at `path` that is already open (so
    // no lock, migration or check), for reading on another thread: a full check splits its sites
    // across threads. Open, use and destroy it on the thread that reads.
    static Result<std::unique_ptr<Database>> openReader(const QString& path);

    // Workspaces up to this size get a full quick_check at every open; larger ones only after an
    // unclean shutdown (a stale lock file), because the check reads the whole file.
    static constexpr qint64 quickCheckAlwaysBelow = 64 * 1024 * 1024;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const OpenReport& report() const { return m_report; }
    int schemaVersion() const { return m_version; }

    // Who edits, written to the audit log.
    const QString& actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // The current time (UTC) from the injected clock, and as written to the database.
    QDateTime now() const;
    QString nowText() const;

    // Small workspace-wide values (workspace id, sync cursor ...) in the `meta` table.
    Result<QString> meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    bool inTransaction() const { return m_transactionDepth > 0; }

    // A bulk write (an import, the demo): while one is open, the Transactions opened inside the
    // outermost one join it instead of opening a savepoint each (an FTS5 table takes part in every
    // savepoint, a third of a record's write), and the page cache is large enough to keep the
    // written pages instead of spilling them to the write-ahead log mid-transaction. Whoever opens
    // it rolls back the whole outer transaction on any error: an inner rollback undoes nothing.
    class BulkWrite {
    public:
        explicit BulkWrite(Database& database);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;

    private:
        Database& m_db;
        int m_previousCacheSize = 0;
    };
    bool inBulkWrite() const { return m_bulkDepth > 0; }

    // For repositories, the journal, the audit log and search only: nothing above storage runs SQL.
    QSqlDatabase& connection() { return m_connection; }

    // A prepared statement for `sql`, kept for the life of the Database so that bulk edits do not
    // parse the same SQL again. Not reentrant: finish() a SELECT before preparing the same SQL again.
    // `doing` names what the statement is for in the error ("Listing the sites"), when it says more
    // than "Preparing a database statement".
    Result<QSqlQuery*> prepared(const QString& sql, const QString& doing = QString());

    // Runs one statement that takes no parameters.
    Result<void> exec(const QString& sql);

    // An error for a failed statement, saying what was being done (already translated).
    Error sqlError(const QSqlError& error, const QString& doing) const;

private:
    friend class Transaction;

    Database() = default;
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, int targetVersion,
                                                      const OpenOptions& options);
    Result<void> connect();
    void disconnect();
    Result<void> moveAside(const QString& why);
    Result<void> applyPragmas();
    Result<void> migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<QLockFile> m_lock;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    OpenReport m_report;
    QString m_actor;
    std::function<QDateTime()> m_clock;
    int m_version = 0;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
    int m_bulkDepth = 0;
};

} // namespace sitekeeper
