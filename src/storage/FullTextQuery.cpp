#include "FullTextQuery.h"

#include <QStringList>

namespace sitekeeper {

QString FullTextQuery::fromUserText(const QString& text) {
    QStringList phrases;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            // Only letters and digits reach here, so the quotes cannot be closed early.
            phrases.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return phrases.join(QLatin1Char(' '));
}

} // namespace sitekeeper
