// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace sitekeeper;
using namespace Qt::StringLiterals;
using Classes = PasswordGenerator::Classes;
using CharClass = PasswordGenerator::CharClass;

Q_DECLARE_METATYPE(sitekeeper::PasswordGenerator::Options)

namespace {

constexpr int samples = 100'000;
constexpr double familyAlpha = 0.001; // for the whole password; each position gets alpha / length

const Classes all = Classes(CharClass::Lower) | CharClass::Upper | CharClass::Digits | CharClass::Symbols;

PasswordGenerator::Options options(int length, Classes classes, bool requireEach,
                                   bool excludeAmbiguous = false) {
    PasswordGenerator::Options o;
    o.length = length;
    o.classes = classes;
    o.requireEachClass = requireEach;
    o.excludeAmbiguous = excludeAmbiguous;
    return o;
}

// The upper-tail standard normal quantile, by bisection on erfc (precise enough for a threshold).
double normalQuantile(double upperTail) {
    double lo = 0, hi = 10;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (0.5 * std::erfc(mid / std::sqrt(2.0)) > upperTail ? lo : hi) = mid;
    }
    return lo;
}

// Chi-square critical value for `df` degrees of freedom at upper tail `alpha` (Wilson-Hilferty;
// within a fraction of a percent for df >= 10).
double chiSquareCritical(int df, double alpha) {
    const double z = normalQuantile(alpha);
    const double k = 2.0 / (9.0 * df);
    return df * std::pow(1 - k + z * std::sqrt(k), 3);
}

// The probability of each alphabet character at any one position. Without the each-class rule it
// is uniform. With it, passwords missing a class are drawn again, which makes characters of small
// classes slightly more likely at every position alike; inclusion-exclusion gives the exact value.
QList<double> expectedDistribution(const PasswordGenerator::Options& o) {
    const QList<QString> classes = PasswordGenerator::classAlphabets(o);
    const QString alphabet = PasswordGenerator::alphabet(o);
    const double n = double(alphabet.size());
    QList<double> p(alphabet.size(), 1.0 / n);
    if (!o.requireEachClass)
        return p;
    const int k = int(classes.size());
    // Probability that `draws` characters cover every class except `skip` (-1: none skipped).
    const auto cover = [&](int draws, int skip) {
        double total = 0;
        for (int mask = 0; mask < (1 << k); ++mask) {
            if (skip >= 0 && (mask & (1 << skip)))
                continue;
            double missing = 0;
            for (int c = 0; c < k; ++c) {
                if (mask & (1 << c))
                    missing += double(classes.at(c).size());
            }
            total += (std::popcount(unsigned(mask)) % 2 ? -1.0 : 1.0) * std::pow((n - missing) / n, draws);
        }
        return total;
    };
    const double valid = cover(o.length, -1);
    qsizetype index = 0;
    for (int c = 0; c < k; ++c) {
        const double each = cover(o.length - 1, c) / n / valid;
        for (qsizetype i = 0; i < classes.at(c).size(); ++i)
            p[index++] = each;
    }
    return p;
}

struct ChiSquare {
    double worst = 0; // the largest statistic over the positions
    int worstPosition = 0;
    int df = 0;
    double critical = 0; // per position, at alpha / length
};

// Per position: counts of each character over `passwords`, against `expected`.
ChiSquare perPosition(const QStringList& passwords, const QString& alphabet, const QList<double>& expected,
                      int length) {
    ChiSquare result;
    result.df = int(alphabet.size()) - 1;
    result.critical = chiSquareCritical(result.df, familyAlpha / length);
    QHash<QChar, int> indexOf;
    for (qsizetype i = 0; i < alphabet.size(); ++i)
        indexOf.insert(alphabet.at(i), int(i));
    for (int position = 0; position < length; ++position) {
        QList<double> counts(alphabet.size(), 0.0);
        for (const QString& password : passwords)
            counts[indexOf.value(password.at(position))] += 1;
        double statistic = 0;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const double e = expected.at(i) * double(passwords.size());
            statistic += (counts.at(i) - e) * (counts.at(i) - e) / e;
        }
        if (statistic > result.worst) {
            result.worst = statistic;
            result.worstPosition = position;
        }
    }
    return result;
}

QStringList generateMany(const PasswordGenerator& generator, const PasswordGenerator::Options& o) {
    QStringList passwords;
    passwords.reserve(samples);
    for (int i = 0; i < samples; ++i)
        passwords << generator.generate(o).value();
    return passwords;
}

} // namespace

class tst_PasswordGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void honoursOptions_data() {
        QTest::addColumn<PasswordGenerator::Options>("opts");
        QTest::addRow("default") << PasswordGenerator::Options{};
        QTest::addRow("4 of all classes") << options(4, all, true);
        QTest::addRow("digits only") << options(8, Classes(CharClass::Digits), true);
        QTest::addRow("letters") << options(32, Classes(CharClass::Lower) | CharClass::Upper, true);
        QTest::addRow("no ambiguous") << options(64, all, true, true);
        QTest::addRow("long") << options(1024, all, true);
        QTest::addRow("symbols without rule") << options(12, Classes(CharClass::Symbols), false);
    }

    void honoursOptions() {
        QFETCH(PasswordGenerator::Options, opts);
        const PasswordGenerator generator;
        const QString alphabet = PasswordGenerator::alphabet(opts);
        for (int i = 0; i < 200; ++i) {
            const auto password = generator.generate(opts);
            QVERIFY(password.ok());
            QCOMPARE(password->size(), opts.length);
            for (const QChar c : password.value())
                QVERIFY2(alphabet.contains(c), qPrintable(QString(c)));
            if (opts.requireEachClass) {
                for (const QString& cls : PasswordGenerator::classAlphabets(opts)) {
                    QVERIFY(std::any_of(password->cbegin(), password->cend(),
                                        [&cls](QChar c) { return cls.contains(c); }));
                }
            }
            if (opts.excludeAmbiguous) {
                for (const QChar c : u"Il1O0o"_s)
                    QVERIFY(!password->contains(c));
            }
        }
    }

    void refusesImpossibleOptions_data() {
        QTest::addColumn<PasswordGenerator::Options>("opts");
        QTest::addColumn<QString>("field");
        QTest::addRow("no classes") << options(16, Classes(), true) << u"classes"_s;
        QTest::addRow("too short") << options(3, all, false) << u"length"_s;
        QTest::addRow("too long") << options(5000, all, false) << u"length"_s;
        QTest::addRow("shorter than classes")
            << options(4, all, true) << QString(); // exactly possible: 4 classes in 4 characters
    }

    void refusesImpossibleOptions() {
        QFETCH(PasswordGenerator::Options, opts);
        QFETCH(QString, field);
        const auto password = PasswordGenerator().generate(opts);
        QCOMPARE(password.ok(), field.isEmpty());
        if (!field.isEmpty())
            QCOMPARE(password.error().where, field);
    }

    void uniformIndexIsUnbiased() {
        // A source that walks through every residue: rejection drops only the top partial range.
        quint32 next = 0xffffffffu;
        const PasswordGenerator::WordSource top = [&next] {
            return next--;
        };
        // 2^32 mod 3 == 1: the single top word 0xffffffff is rejected, then 0xfffffffe is used.
        QCOMPARE(PasswordGenerator::uniform(top, 3), 0xfffffffeu % 3);
    }

    // Each position's character distribution over 100,000 passwords from the real CSPRNG.
    void chiSquarePerPosition_data() {
        QTest::addColumn<PasswordGenerator::Options>("opts");
        QTest::addRow("all classes, no rule, 16") << options(16, all, false);
        QTest::addRow("all classes, each required, 12") << options(12, all, true);
        QTest::addRow("lower and digits, no ambiguous, required, 8")
            << options(8, Classes(CharClass::Lower) | CharClass::Digits, true, true);
    }

    void chiSquarePerPosition() {
        QFETCH(PasswordGenerator::Options, opts);
        const QStringList passwords = generateMany(PasswordGenerator(), opts);
        const ChiSquare chi = perPosition(passwords, PasswordGenerator::alphabet(opts),
                                          expectedDistribution(opts), opts.length);
        qInfo("chi-square: worst position %d: %.1f (df %d, critical %.1f at p = %.5f per position)",
              chi.worstPosition, chi.worst, chi.df, chi.critical, familyAlpha / opts.length);
        QVERIFY2(chi.worst < chi.critical, qPrintable(QString::number(chi.worst)));
    }

    // The same check fails for generators that are biased: it can tell.
    void chiSquareCatchesBias_data() {
        QTest::addColumn<int>("which");
        QTest::addRow("modulo of a byte source") << 0;
        QTest::addRow("one of each class first, no shuffle") << 1;
    }

    void chiSquareCatchesBias() {
        QFETCH(int, which);
        const PasswordGenerator::Options opts = options(16, all, which == 1);
        const QString alphabet = PasswordGenerator::alphabet(opts);
        QStringList passwords;
        passwords.reserve(samples);
        if (which == 0) {
            // Bytes instead of 32-bit words: 256 % 88 != 0, so low characters come up more often.
            const PasswordGenerator biased([] { return QRandomGenerator::system()->generate() & 0xffu; });
            passwords = generateMany(biased, opts);
        } else {
            const QList<QString> classes = PasswordGenerator::classAlphabets(opts);
            auto* random = QRandomGenerator::system();
            for (int i = 0; i < samples; ++i) {
                QString password;
                for (const QString& cls : classes)
                    password += cls.at(random->bounded(int(cls.size())));
                while (password.size() < opts.length)
                    password += alphabet.at(random->bounded(int(alphabet.size())));
                passwords << password;
            }
        }
        const ChiSquare chi = perPosition(passwords, alphabet, expectedDistribution(opts), opts.length);
        qInfo("biased generator: worst position %d: %.1f (df %d, critical %.1f)", chi.worstPosition,
              chi.worst, chi.df, chi.critical);
        QVERIFY(chi.worst > chi.critical);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordGenerator)
#include "tst_PasswordGenerator.moc"
