// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

#include <functional>

namespace sitekeeper {

// Makes passwords from the system's cryptographically secure random source.
//
// Every character is drawn uniformly from the alphabet of the chosen classes (32-bit draws with
// rejection, so there is no modulo bias). When each chosen class must appear, a whole password
// without one of them is drawn again: every valid password is then equally likely and no
// position is favoured (the "one of each class first, then shuffle" shortcut over-weights
// small classes).
class PasswordGenerator {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PasswordGenerator)

public:
    enum class CharClass { Lower = 0x1, Upper = 0x2, Digits = 0x4, Symbols = 0x8 };
    Q_DECLARE_FLAGS(Classes, CharClass)

    struct Options {
        int length = 20;
        Classes classes =
            Classes(CharClass::Lower) | CharClass::Upper | CharClass::Digits | CharClass::Symbols;
        bool requireEachClass = true;
        bool excludeAmbiguous = false; // drops look-alikes such as l, 1, I, O, 0
    };

    static constexpr int minLength = 4;
    static constexpr int maxLength = 1024;

    // A source of uniformly random 32-bit words. Default: QRandomGenerator::system().
    using WordSource = std::function<quint32()>;

    explicit PasswordGenerator(WordSource source = {});

    Result<QString> generate(const Options& options) const;

    // The characters of each chosen class, in a fixed order (tests compare against it).
    static QList<QString> classAlphabets(const Options& options);
    static QString alphabet(const Options& options);

    // A uniform index in [0, bound) from `source`, by rejection of the top partial range.
    static quint32 uniform(const WordSource& source, quint32 bound);

private:
    WordSource m_source;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PasswordGenerator::Classes)

} // namespace sitekeeper
