// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include <QRandomGenerator>

namespace sitekeeper {

namespace {

const QString& ambiguous() {
    static const QString chars = QStringLiteral("Il1O0o|`'\"");
    return chars;
}

QString without(const QString& chars, bool excludeAmbiguous) {
    if (!excludeAmbiguous)
        return chars;
    QString kept;
    for (const QChar c : chars) {
        if (!ambiguous().contains(c))
            kept += c;
    }
    return kept;
}

} // namespace

PasswordGenerator::PasswordGenerator(WordSource source)
    : m_source(std::move(source)) {
    if (!m_source)
        m_source = [] {
            return QRandomGenerator::system()->generate();
        };
}

QList<QString> PasswordGenerator::classAlphabets(const Options& options) {
    QList<QString> result;
    if (options.classes.testFlag(CharClass::Lower))
        result << without(QStringLiteral("abcdefghijklmnopqrstuvwxyz"), options.excludeAmbiguous);
    if (options.classes.testFlag(CharClass::Upper))
        result << without(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), options.excludeAmbiguous);
    if (options.classes.testFlag(CharClass::Digits))
        result << without(QStringLiteral("0123456789"), options.excludeAmbiguous);
    if (options.classes.testFlag(CharClass::Symbols))
        result << without(QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{}~"), options.excludeAmbiguous);
    return result;
}

QString PasswordGenerator::alphabet(const Options& options) {
    QString all;
    for (const QString& chars : classAlphabets(options))
        all += chars;
    return all;
}

quint32 PasswordGenerator::uniform(const WordSource& source, quint32 bound) {
    Q_ASSERT(bound > 0);
    // Words at or above `limit` would make low indexes more likely; they are drawn again.
    const quint64 range = quint64(1) << 32;
    const quint64 limit = range - range % bound;
    for (;;) {
        const quint32 word = source();
        if (word < limit)
            return word % bound;
    }
}

Result<QString> PasswordGenerator::generate(const Options& options) const {
    const QList<QString> classes = classAlphabets(options);
    if (classes.isEmpty())
        return Error{tr("Choose at least one kind of character."), QStringLiteral("classes")};
    if (options.length < minLength || options.length > maxLength)
        return Error{tr("The length must be between %1 and %2.").arg(minLength).arg(maxLength),
                     QStringLiteral("length")};
    if (options.requireEachClass && options.length < classes.size())
        return Error{tr("A password of %1 characters cannot hold one of each of %2 kinds of character.")
                         .arg(options.length)
                         .arg(classes.size()),
                     QStringLiteral("length")};

    const QString chars = alphabet(options);
    const auto bound = static_cast<quint32>(chars.size());
    QString password(options.length, QChar());
    for (;;) {
        for (int i = 0; i < options.length; ++i)
            password[i] = chars.at(uniform(m_source, bound));
        if (!options.requireEachClass)
            return password;
        bool allPresent = true;
        for (const QString& cls : classes) {
            bool found = false;
            for (const QChar c : std::as_const(password)) {
                if (cls.contains(c)) {
                    found = true;
                    break;
                }
            }
            allPresent = allPresent && found;
        }
        if (allPresent)
            return password;
    }
}

} // namespace sitekeeper
