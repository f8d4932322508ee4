// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace sitekeeper {

// How one entity is stored: its table, and a column for each top-level key of its bundle JSON
// (docs/bundle-format.md). Repositories convert between an entity's toJson()/fromJson() and its
// row through this table alone, so adding an entity means adding a table here and a migration.
struct EntityTable {
    // How a JSON value is kept in its column.
    enum class Kind {
        Text,    // string, or null (optional ids and dates) -> TEXT or NULL
        Integer, // number -> INTEGER
        Bool,    // true/false -> INTEGER 1/0
        Json,    // array or object -> compact JSON TEXT
    };
    struct Column {
        QString name; // the JSON key, which is also the column name
        Kind kind = Kind::Text;
    };

    QString entity;        // the entity's `entityName`: "client_profile"
    QString table;         // "client_profiles"
    QString displayColumn; // the default sort, the entity's display key
    QString statusColumn;  // filtered by ListQuery::status; empty: none
    QString siteColumn;    // filtered by ListQuery::siteId; empty: not bound to a site
    QString ftsTable;      // the FTS5 index (schema 2); empty: none, search falls back to LIKE
    QList<Column> columns; // "id" first
    // The columns the full-text index holds, for sk_match (FullTextMatch) where reading one site's
    // rows beats the index; empty: always the index.
    QStringList matchColumns() const;

    const Column* column(QStringView name) const;
    // The table of `entity` ("client_profile"), or nullptr.
    static const EntityTable* find(QStringView entity);
    static const QList<EntityTable>& all();

    // The SQL value of a JSON value, and back.
    static QVariant toSql(Kind kind, const QJsonValue& value);
    static QJsonValue fromSql(Kind kind, const QVariant& value);
};

} // namespace sitekeeper
