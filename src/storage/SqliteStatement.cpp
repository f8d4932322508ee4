// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace sitekeeper {

SqliteStatement::SqliteStatement(QSqlDatabase& connection, const QString& sql) {
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    m_db = *static_cast<sqlite3* const*>(handle.data());
    if (!m_db) {
        m_error = QStringLiteral("the connection is closed");
        return;
    }
    if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(int index, const QString& text) {
    if (!m_statement)
        return false;
    return sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT) ==
           SQLITE_OK;
}

bool SqliteStatement::next() {
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

QString SqliteStatement::text(int column) const {
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::integer(int column) const {
    return sqlite3_column_int(m_statement, column);
}

int SqliteStatement::compare(int column, const QByteArray& utf8) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const qsizetype size = sqlite3_column_bytes(m_statement, column);
    const int common = std::memcmp(data ? data : "", utf8.constData(), size_t(std::min(size, utf8.size())));
    if (common != 0)
        return common;
    return size < utf8.size() ? -1 : size > utf8.size() ? 1 : 0;
}

} // namespace sitekeeper
