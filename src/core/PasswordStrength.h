// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// How hard a password is to guess, after zxcvbn: a score from 0 (guessed at once) to 4 (very hard)
// and a short hint for the person typing it. SK601 calls a score below `acceptableScore` weak.
struct PasswordStrength {
    static constexpr int acceptableScore = 3;

    int score = 0;
    double entropyBits = 0; // log2 of the estimated guesses
    QString feedback;       // empty when there is nothing to say

    bool isWeak() const { return score < acceptableScore; }

    // `userWords` are words of this context (site, username ...) that make a password weak.
    static PasswordStrength evaluate(const QString& password, const QStringList& userWords = {});

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PasswordStrength)
};

} // namespace sitekeeper
