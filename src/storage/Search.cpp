// SPDX-License-Identifier: GPL-3.0-or-later
#include "Search.h"

#include "Database.h"
#include "FullTextQuery.h"
#include "StorageLogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace sitekeeper {

namespace {

struct Source {
    const char* entity;
    const char* table;
    const char* ftsTable;
    const char* titleColumn;
    const char* siteExpression;
};

constexpr Source sources[] = {
    {"client_profile", "client_profiles", "client_profiles_fts", "full_name", "t.site_id"},
    {"reference", "references", "references_fts", "title", "t.site_id"},
    {"site", "sites", "sites_fts", "name", "t.id"},
};

QString selectFrom(const Source& source) {
    return QStringLiteral("SELECT '%1' AS entity, t.id AS id, %2 AS site_id, t.\"%3\" AS title, "
                          "snippet(%4, -1, ?, ?, '…', 12) AS snippet, bm25(%4) AS rank "
                          "FROM %4 JOIN \"%5\" t ON t.seq = %4.rowid WHERE %4 MATCH ? AND t.deleted = 0")
        .arg(QLatin1String(source.entity), QLatin1String(source.siteExpression),
             QLatin1String(source.titleColumn), QLatin1String(source.ftsTable), QLatin1String(source.table));
}

} // namespace

Search::Search(Database& database)
    : m_db(database) {}

QList<SearchHit> Search::find(const QString& text, int limit) const {
    QList<SearchHit> hits;
    const QString match = FullTextQuery::fromUserText(text);
    if (match.isEmpty() || m_db.schemaVersion() < 2)
        return hits;

    QStringList selects;
    for (const Source& source : sources)
        selects.append(selectFrom(source));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selects.join(QStringLiteral(" UNION ALL ")) +
                  QStringLiteral(" ORDER BY rank, title LIMIT ?"));
    for (qsizetype i = 0; i < std::ssize(sources); ++i) {
        query.addBindValue(highlightStart);
        query.addBindValue(highlightEnd);
        query.addBindValue(match);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcStorage) << "search failed:" << query.lastError().text();
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.entity = query.value(0).toString();
        hit.id = QUuid::fromString(query.value(1).toString());
        hit.siteId = QUuid::fromString(query.value(2).toString());
        hit.title = query.value(3).toString();
        hit.snippet = query.value(4).toString();
        hit.rank = query.value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace sitekeeper
