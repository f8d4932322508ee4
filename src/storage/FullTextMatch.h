// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace sitekeeper {

// The full-text index's matching, done on a row's own text: `sk_match(query, text, ...)` is true
// when every word of `query` is found in one of the texts the way the FTS5 index (unicode61
// tokenizer, diacritics removed, a prefix match on the word's last token) would find it. The
// profile list uses it for the first letters of a filter within one site: the index would hand
// back most of a million rows for "a", the site's few hundred rows are quicker to read.
class FullTextMatch {
public:
    // Registers sk_match on the SQLite connection; false when the driver gives no SQLite handle.
    static bool install(QSqlDatabase& connection);

    // The tokens of `text` as the index sees them: letters and digits, case-folded, without
    // diacritics.
    static QStringList tokens(const QString& text);
    // Whether every word of `query` matches one of `texts`.
    static bool matches(const QString& query, const QStringList& texts);
    // The length of the shortest word of `query` (in tokens' characters); 0 when it has none.
    static int shortestWord(const QString& query);
};

} // namespace sitekeeper
