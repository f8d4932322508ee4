// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchHit.h"

#include <QList>
#include <QString>

namespace sitekeeper {

class Database;

// Full-text search across client profiles (name, email, phones, title), references (title, body)
// and sites (name, email domains), best matches first. Tombstones are never found.
class Search {
public:
    // Marks around matched words in SearchHit::snippet; plain text, so a view chooses how to show them.
    static inline const QString highlightStart = QStringLiteral("[");
    static inline const QString highlightEnd = QStringLiteral("]");

    explicit Search(Database& database);

    // Records matching every word of `text` (each as a prefix). Text with no word finds nothing.
    QList<SearchHit> find(const QString& text, int limit = 50) const;

private:
    Database& m_db;
};

} // namespace sitekeeper
