// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"
#include "StorageLogging.h"

#include <QSqlError>

namespace sitekeeper {

namespace {

Result<void> run(Database& db, const QString& sql) {
    auto query = db.prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery* statement = query.value();
    const bool ok = statement->exec();
    statement->finish();
    if (!ok)
        return db.sqlError(statement->lastError(), Transaction::tr("Saving to the workspace"));
    return {};
}

} // namespace

Transaction::Transaction(Database& database)
    : m_db(database) {
    // Savepoints are named by depth, so that the few distinct statements stay prepared.
    QString begin;
    if (m_db.m_transactionDepth > 0 && m_db.m_bulkDepth > 0) {
        m_joined = true;
        m_active = true;
        ++m_db.m_transactionDepth;
        return;
    }
    if (m_db.m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock now: a busy file then fails (after the busy timeout) before
        // any work is done, instead of at the first write.
        begin = QStringLiteral("BEGIN IMMEDIATE");
    } else {
        m_savepoint = QStringLiteral("sk%1").arg(m_db.m_transactionDepth);
        begin = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    if (auto begun = run(m_db, begin); !begun) {
        m_error = begun.error();
        return;
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction() {
    rollback();
}

Result<void> Transaction::commit() {
    if (!m_active) {
        if (!m_error.message.isEmpty())
            return m_error;
        return Error{tr("Nothing to save: the change was already saved or undone. Try the change again."),
                     m_db.path(), Error::Kind::Conflict};
    }
    if (m_joined) {
        m_active = false;
        --m_db.m_transactionDepth;
        return {};
    }
    const QString sql = isOutermost() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (auto committed = run(m_db, sql); !committed) {
        // A failed COMMIT (a deferred foreign key, a full disk) leaves the transaction open.
        rollback();
        m_error = committed.error();
        return committed;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_joined)
        return; // the outer transaction's owner rolls back everything
    if (isOutermost()) {
        if (auto undone = run(m_db, QStringLiteral("ROLLBACK")); !undone)
            qCWarning(lcStorage) << "rollback failed:" << undone.error().message;
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE ends it.
    auto undone = run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
    if (undone)
        undone = run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    if (!undone)
        qCWarning(lcStorage) << "rollback to savepoint failed:" << undone.error().message;
}

} // namespace sitekeeper
