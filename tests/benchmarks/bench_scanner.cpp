// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: SecretScanner's throughput over the labelled corpus of
// tests/data/core/secret-corpus, beside floors measured in the same run.
//
//   bench_scanner [--runs N] [--megabytes M] [--json]
//
// The corpus's notes (with and without a credential) are repeated until they make M MB of UTF-8
// text. Each run times:
//   - per note: SecretScanner::scan on every note separately, the way an edit or an imported field
//     is checked;
//   - one text: the notes joined by new lines, scanned at once, the way `sitekeeper-cli scan` reads
//     a file;
//   - the floor: one pass over the same text that looks at each character once (std::count of the
//     new lines), and one pass of a single precompiled expression (a case-insensitive "password"),
//     which is what each of the scanner's passes costs at least.
// Prints the medians in MB/s and the corpus's recall and false-alarm rate.
#include "SecretCorpusSupport.h"
#include "SecretScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace sitekeeper;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template <typename F>
double seconds(F&& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each figure"), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("megabytes"), QStringLiteral("Text to scan per run, in MB of UTF-8"),
                      QStringLiteral("M"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print the figures as one JSON line")});
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const double megabytes = std::max(0.1, parser.value(QStringLiteral("megabytes")).toDouble());

    QString error;
    const auto secrets = corpus::read(corpus::directory() + u"/secrets.tsv", 3, &error);
    const auto ordinary =
        secrets ? corpus::read(corpus::directory() + u"/ordinary.tsv", 2, &error) : std::nullopt;
    if (!secrets || !ordinary) {
        out << "bench_scanner: " << error << Qt::endl;
        return 2;
    }

    // Recall and false alarms, as tst_SecretCorpus computes them.
    int found = 0;
    for (const corpus::Note& note : *secrets)
        found += corpus::found(note, SecretScanner::scan(note.text)) ? 1 : 0;
    int alarms = 0;
    for (const corpus::Note& note : *ordinary)
        alarms += SecretScanner::scan(note.text).isEmpty() ? 0 : 1;

    // The notes, repeated up to the size asked for, alternating the two files as help-desk text
    // mixes them.
    QStringList notes;
    qint64 bytes = 0;
    const qint64 wanted = qint64(megabytes * 1e6);
    while (bytes < wanted) {
        for (qsizetype i = 0; i < std::max(secrets->size(), ordinary->size()) && bytes < wanted; ++i) {
            for (const QList<corpus::Note>* list : {&*secrets, &*ordinary}) {
                if (i < list->size()) {
                    notes.append(list->at(i).text);
                    bytes += list->at(i).text.toUtf8().size() + 1;
                }
            }
        }
    }
    const QString text = notes.join(u'\n');
    const double mb = double(bytes) / 1e6;

    QList<double> perNote, oneText, floorCount, floorRegex;
    qsizetype sink = 0; // keeps the work from being optimised away
    static const QRegularExpression single(QStringLiteral("password"),
                                           QRegularExpression::CaseInsensitiveOption);
    single.optimize();
    for (int run = 0; run < runs; ++run) {
        perNote.append(mb / seconds([&] {
                           for (const QString& note : std::as_const(notes))
                               sink += SecretScanner::scan(note).size();
                       }));
        oneText.append(mb / seconds([&] { sink += SecretScanner::scan(text).size(); }));
        floorCount.append(mb /
                          seconds([&] { sink += std::count(text.cbegin(), text.cend(), QChar(u'\n')); }));
        floorRegex.append(mb / seconds([&] {
                              auto it = single.globalMatch(text);
                              while (it.hasNext()) {
                                  it.next();
                                  ++sink;
                              }
                          }));
    }

    const double recall = double(found) / double(secrets->size());
    const double falseAlarms = double(alarms) / double(ordinary->size());
    out << QStringLiteral(
               "corpus: %1 notes with a credential, %2 without; %3 MB scanned per run (%4 notes), %5 runs\n")
               .arg(secrets->size())
               .arg(ordinary->size())
               .arg(mb, 0, 'f', 1)
               .arg(notes.size())
               .arg(runs);
    out << QStringLiteral("recall %1 % (%2 of %3), false alarms %4 % (%5 of %6)\n")
               .arg(recall * 100, 0, 'f', 1)
               .arg(found)
               .arg(secrets->size())
               .arg(falseAlarms * 100, 0, 'f', 2)
               .arg(alarms)
               .arg(ordinary->size());
    out << QStringLiteral("scan per note: median %1 MB/s (%2 us a note)\n")
               .arg(median(perNote), 0, 'f', 2)
               .arg(1e6 * mb / median(perNote) / double(notes.size()), 0, 'f', 1);
    out << QStringLiteral("scan one text: median %1 MB/s\n").arg(median(oneText), 0, 'f', 2);
    out << QStringLiteral("floor, each character once (std::count): median %1 MB/s\n")
               .arg(median(floorCount), 0, 'f', 0);
    out << QStringLiteral("floor, one precompiled expression: median %1 MB/s\n")
               .arg(median(floorRegex), 0, 'f', 0);
    out << QStringLiteral("(checksum %1)\n").arg(sink);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("megabytes"), mb},
                               {QStringLiteral("notes"), notes.size()},
                               {QStringLiteral("recall"), recall},
                               {QStringLiteral("false_alarms"), falseAlarms},
                               {QStringLiteral("per_note_mb_s"), median(perNote)},
                               {QStringLiteral("one_text_mb_s"), median(oneText)},
                               {QStringLiteral("floor_count_mb_s"), median(floorCount)},
                               {QStringLiteral("floor_regex_mb_s"), median(floorRegex)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
