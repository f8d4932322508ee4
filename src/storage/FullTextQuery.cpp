// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextQuery.h"

#include <QStringList>

namespace sitekeeper {

QStringList FullTextQuery::words(const QString& text) {
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString FullTextQuery::fromUserText(const QString& text) {
    QStringList phrases;
    // Only letters and digits are in a word, so the quotes cannot be closed early.
    for (const QString& word : words(text))
        phrases.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return phrases.join(QLatin1Char(' '));
}

} // namespace sitekeeper
