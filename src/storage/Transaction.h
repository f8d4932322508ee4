// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitekeeper {

class Database;

// One unit of work on a Database: commit() keeps it, anything else (an early return, an error)
// rolls it back when the Transaction is destroyed. A Transaction opened while another is open on
// the same Database joins it as a savepoint: committing the inner one keeps its work only if the
// outer one commits; rolling it back undoes only its own work. Repositories open one for every
// edit, so a caller wraps many edits (a bundle import) in one outer Transaction:
//
//     Transaction tx(database);
//     if (!tx.ok())
//         return tx.error();
//     for (const ClientProfile& profile : profiles)
//         if (auto written = store.profiles().upsert(profile); !written)
//             return written.error(); // tx rolls everything back
//     return tx.commit();
//
// Transactions on one Database end in the reverse order they began. Inside a Database::BulkWrite the
// inner ones join the outer one without a savepoint: their rollback undoes nothing on its own.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Transaction)

public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction began (and, after commit(), committed); error() says why not.
    bool ok() const { return m_error.message.isEmpty(); }
    const Error& error() const { return m_error; }
    bool isActive() const { return m_active; }
    // Whether this is the outermost transaction (not a savepoint inside another).
    bool isOutermost() const { return m_savepoint.isEmpty() && !m_joined; }

    // Keeps the work. When the commit fails, everything is rolled back and the error returned.
    Result<void> commit();
    // Undoes the work now instead of at destruction.
    void rollback();

private:
    Database& m_db;
    QString m_savepoint;
    Error m_error;
    // Inside a Database::BulkWrite: part of the outer transaction, with no savepoint of its own.
    bool m_joined = false;
    bool m_active = false;
};

} // namespace sitekeeper
