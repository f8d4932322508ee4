// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sitekeeper {

// Turns what a person typed into an FTS5 MATCH expression that cannot carry FTS5 syntax: the text
// is split into words (letters and digits, as the index's unicode61 tokenizer splits), and each word
// becomes a quoted prefix phrase, `"word"*`, all of which must match. Quotes, `*`, `^`, `-`,
// parentheses, `NEAR`, `AND`, `OR` and column filters are thereby plain words or dropped.
class FullTextQuery {
public:
    // The MATCH expression, or an empty string when the text holds no word.
    static QString fromUserText(const QString& text);
    // The words of `text` as fromUserText() splits them (runs of letters, digits and combining
    // marks); FullTextMatch splits a query the same way.
    static QStringList words(const QString& text);
};

} // namespace sitekeeper
