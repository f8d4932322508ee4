// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrength.h"

#include <cmath>
#include <vector>
#include <zxcvbn.h>

namespace sitekeeper {

namespace {

// zxcvbn scores by estimated guesses: < 10^3, < 10^6, < 10^8, < 10^10, more. zxcvbn-c reports
// log2(guesses) as entropy, so the thresholds are the same numbers in bits.
int scoreFor(double bits) {
    const double log10Guesses = bits * std::log10(2.0);
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

// The hint names the weakest kind of part found, the one an attacker tries first.
QString hintFor(ZxcTypeMatch_t type) {
    switch (static_cast<int>(type) & ~static_cast<int>(MULTIPLE_MATCH)) {
    case DICTIONARY_MATCH:
        return PasswordStrength::tr("Common words and names are guessed first; add unrelated words or "
                                    "use the generator.");
    case DICT_LEET_MATCH:
        return PasswordStrength::tr("Swapping letters for look-alike symbols (P@ssw0rd) does not help much.");
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PasswordStrength::tr("It contains the site's or user's own name; avoid those.");
    case REPEATS_MATCH:
        return PasswordStrength::tr("Repeated characters or words are easy to guess.");
    case SEQUENCE_MATCH:
        return PasswordStrength::tr("Sequences such as abc or 123 are easy to guess.");
    case SPATIAL_MATCH:
        return PasswordStrength::tr("Keyboard patterns such as qwerty are easy to guess.");
    case DATE_MATCH:
    case YEAR_MATCH:
        return PasswordStrength::tr("Dates and years are easy to guess.");
    default:
        return {};
    }
}

} // namespace

PasswordStrength PasswordStrength::evaluate(const QString& password, const QStringList& userWords) {
    PasswordStrength result;
    if (password.isEmpty()) {
        result.feedback = tr("Enter a password.");
        return result;
    }
    const QByteArray utf8 = password.toUtf8();
    QList<QByteArray> words;
    for (const QString& word : userWords) {
        if (!word.isEmpty())
            words << word.toLower().toUtf8();
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : std::as_const(words))
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t* info = nullptr;
    result.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    result.score = scoreFor(result.entropyBits);

    // The part that adds least entropy per character is the one to point out.
    const ZxcMatch_t* weakest = nullptr;
    for (const ZxcMatch_t* match = info; match; match = match->Next) {
        if (match->Type == BRUTE_MATCH || match->Length <= 0)
            continue;
        if (!weakest || match->Entrpy / match->Length < weakest->Entrpy / weakest->Length)
            weakest = match;
    }
    if (result.isWeak()) {
        result.feedback = weakest ? hintFor(weakest->Type) : QString();
        if (result.feedback.isEmpty())
            result.feedback = password.size() < 12 ? tr("Too short; use at least 12 characters.")
                                                   : tr("Easy to guess; use the generator.");
    }
    ZxcvbnFreeInfo(info);
    return result;
}

} // namespace sitekeeper
