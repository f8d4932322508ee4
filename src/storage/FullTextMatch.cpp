// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextMatch.h"

#include "FullTextQuery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace sitekeeper {

namespace {

bool isAscii(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Text as the unicode61 tokenizer with remove_diacritics 2 compares it.
QString folded(const QString& text) {
    if (isAscii(text))
        return text.toLower();
    QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

// A phrase (the tokens of one query word) found in `tokens`: the tokens in a row, the last one
// as a prefix.
bool phraseIn(const QStringList& phrase, const QStringList& tokens) {
    const qsizetype n = phrase.size();
    for (qsizetype start = 0; start + n <= tokens.size(); ++start) {
        bool found = true;
        for (qsizetype i = 0; i < n && found; ++i) {
            const QString& token = tokens.at(start + i);
            found = i + 1 < n ? token == phrase.at(i) : token.startsWith(phrase.at(i));
        }
        if (found)
            return true;
    }
    return false;
}

using Phrases = QList<QStringList>;

// The phrases of a query, one per word as FullTextQuery splits it, each as the index's tokens.
Phrases phrasesOf(const QString& query) {
    Phrases phrases;
    for (const QString& word : FullTextQuery::words(query)) {
        if (QStringList phrase = FullTextMatch::tokens(word); !phrase.isEmpty())
            phrases.append(phrase);
    }
    return phrases;
}

// Whether every phrase is found in one of the texts; none when there is no phrase.
bool allFound(const Phrases& phrases, const QStringList& texts) {
    if (phrases.isEmpty())
        return false;
    QList<QStringList> columns;
    columns.reserve(texts.size());
    for (const QString& text : texts)
        columns.append(FullTextMatch::tokens(text));
    for (const QStringList& phrase : phrases) {
        const bool found =
            std::any_of(columns.cbegin(), columns.cend(),
                        [&phrase](const QStringList& tokens) { return phraseIn(phrase, tokens); });
        if (!found)
            return false;
    }
    return true;
}

QString argText(sqlite3_value* value) {
    const auto* text = reinterpret_cast<const char16_t*>(sqlite3_value_text16(value));
    if (!text)
        return QString();
    return QString::fromUtf16(text, sqlite3_value_bytes16(value) / 2);
}

void skMatch(sqlite3_context* context, int argc, sqlite3_value** argv) {
    if (argc < 1) {
        sqlite3_result_int(context, 0);
        return;
    }
    // The query is the same for every row of a statement: its phrases are parsed once and kept with
    // the statement (SQLite may drop them at once; then this row uses its own copy).
    Phrases local;
    const auto* phrases = static_cast<const Phrases*>(sqlite3_get_auxdata(context, 0));
    if (!phrases) {
        local = phrasesOf(argText(argv[0]));
        sqlite3_set_auxdata(context, 0, new Phrases(local), [](void* p) { delete static_cast<Phrases*>(p); });
        phrases = &local;
    }
    QStringList texts;
    texts.reserve(argc - 1);
    for (int i = 1; i < argc; ++i)
        texts.append(argText(argv[i]));
    sqlite3_result_int(context, allFound(*phrases, texts) ? 1 : 0);
}

} // namespace

QStringList FullTextMatch::tokens(const QString& text) {
    QStringList result;
    const QString f = folded(text);
    QString token;
    for (const QChar c : f) {
        if (c.isLetterOrNumber()) {
            token.append(c);
        } else if (!token.isEmpty()) {
            result.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        result.append(token);
    return result;
}

bool FullTextMatch::matches(const QString& query, const QStringList& texts) {
    return allFound(phrasesOf(query), texts);
}

int FullTextMatch::shortestWord(const QString& query) {
    int shortest = 0;
    for (const QStringList& phrase : phrasesOf(query)) {
        const int length = int(phrase.join(QString()).size());
        shortest = shortest == 0 ? length : std::min(shortest, length);
    }
    return shortest;
}

bool FullTextMatch::install(QSqlDatabase& connection) {
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
    if (!db)
        return false;
    return sqlite3_create_function_v2(db, "sk_match", -1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                                      skMatch, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace sitekeeper
