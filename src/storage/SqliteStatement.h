// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace sitekeeper {

// A statement run on the SQLite connection under a QSqlDatabase, without Qt SQL's QVariant for
// every value. Only for scans that read hundreds of thousands of rows (a full check reads every
// profile): a row's text columns come straight from SQLite as UTF-16.
class SqliteStatement {
public:
    SqliteStatement(QSqlDatabase& connection, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // False when the statement could not be prepared (or the driver is not SQLite); see error().
    bool ok() const { return m_statement != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Binds text to the 1-based parameter `index`.
    bool bind(int index, const QString& text);
    // Moves to the next row; false at the end or on an error (then error() says which).
    bool next();

    QString text(int column) const;
    bool isNull(int column) const;
    int integer(int column) const;
    // Compares a text column's UTF-8 bytes with `utf8` (like memcmp), without making a QString.
    int compare(int column, const QByteArray& utf8) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace sitekeeper
