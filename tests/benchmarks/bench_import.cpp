// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: importing a 200,000-row profile CSV, against sqlite3's own CSV import.
//
//   bench_import [--rows N] [--phones-every K] [--dir DIR]
//
// Writes a generic-preset CSV of N profiles (every K-th with a mobile number), imports it into a
// fresh workspace through ProfileImport (preview, then import in one transaction), and in the same
// run times the floor: `sqlite3 DB ".import --csv FILE t"` of the same file into a bare table, plus
// parsing as many phone numbers with libphonenumber on two threads. Prints the times and the ratios.
#include "PhoneNumber.h"
#include "ProfileImport.h"
#include "Store.h"
#include "TwoThreads.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>

using namespace sitekeeper;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("Rows"), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("phones-every"), QStringLiteral("Every K-th row has a mobile number"),
                      QStringLiteral("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Scratch folder (default: a temporary one)"),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print the figures as one JSON line")});
    parser.process(app);
    QTextStream out(stdout);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int phonesEvery = std::max(1, parser.value(QStringLiteral("phones-every")).toInt());
    const bool json = parser.isSet(QStringLiteral("json"));

    QTemporaryDir temporary;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const QString csvPath = dir + QStringLiteral("/profiles.csv");
    {
        QByteArray csv = "full_name,email,office_phone,mobile_phone,title,vip,status\n";
        csv.reserve(qsizetype(rows) * 80);
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "Person " + n + ",person" + n + "@contoso.com,,";
            if (i % phonesEvery == 0) // distinct valid UK mobile numbers
                csv += "+447400" + QByteArray::number(100000 + i).rightJustified(6, '0');
            csv += ",Clerk,false,active\n";
        }
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            out << "bench_import: cannot write " << csvPath << Qt::endl;
            return 2;
        }
    }

    auto opened = Workspace::open(dir + QStringLiteral("/ws"), Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        out << "bench_import: " << opened.error().toString() << Qt::endl;
        return 2;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Site site;
    site.id = QUuid::createUuid();
    site.name = QStringLiteral("Bench");
    if (!workspace->store().sites().create(site)) {
        out << "bench_import: cannot add the site" << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QFile input(csvPath);
    if (!input.open(QIODevice::ReadOnly))
        return 2;
    ProfileImport importer(*workspace);
    const auto preview = importer.preview(input.readAll(), site.id);
    if (!preview || preview->hasErrors()) {
        out << "bench_import: " << (preview ? preview->errorText() : preview.error().toString()) << Qt::endl;
        return 1;
    }
    const double previewMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto summary = importer.import(*preview);
    if (!summary) {
        out << "bench_import: " << summary.error().toString() << Qt::endl;
        return 1;
    }
    const double importMs = double(timer.nsecsElapsed()) / 1e6;

    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {dir + QStringLiteral("/bare.sqlite"), QStringLiteral(".import --csv %1 t").arg(csvPath)});
    if (!sqlite.waitForFinished(600'000) || sqlite.exitCode() != 0) {
        out << "bench_import: sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 2;
    }
    const double sqliteMs = double(timer.nsecsElapsed()) / 1e6;

    // What normalising the file's numbers costs on its own (libphonenumber, once per distinct text, as the
    // preview does, on two threads as it does): with the .import, the floor the import is measured
    // against. Run last, when the process-wide caches already know these numbers, it would measure the
    // cache: parse fresh texts of the same shape instead (another block of numbers).
    QStringList fresh;
    for (int i = 0; i < rows; i += phonesEvery)
        fresh << QStringLiteral("+447401%1").arg(100000 + i, 6, 10, QLatin1Char('0'));
    std::atomic<int> invalid = 0;
    timer.restart();
    onTwoThreads(fresh.size(), [&fresh, &invalid](qsizetype i) {
        if (!PhoneNumber::parse(fresh.at(i)).isValid())
            ++invalid;
    });
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    if (invalid > 0)
        return 2;
    const double floorMs = sqliteMs + parseMs;

    const double oursMs = previewMs + importMs;
    out << QStringLiteral("rows %1 (a mobile number on every %2th), %3 created\n")
               .arg(rows)
               .arg(phonesEvery)
               .arg(summary->created);
    out << QStringLiteral("ProfileImport: preview %1 ms + import %2 ms = %3 ms\n")
               .arg(previewMs, 0, 'f', 0)
               .arg(importMs, 0, 'f', 0)
               .arg(oursMs, 0, 'f', 0);
    out << QStringLiteral("sqlite3 .import into a bare table: %1 ms\n").arg(sqliteMs, 0, 'f', 0);
    out << QStringLiteral("ratio: %1x\n").arg(oursMs / sqliteMs, 0, 'f', 1);
    out << QStringLiteral("parsing the %1 phone numbers alone, on two threads: %2 ms\n")
               .arg(fresh.size())
               .arg(parseMs, 0, 'f', 0);
    out << QStringLiteral("floor (.import + the parse): %1 ms; ProfileImport is %2x the floor\n")
               .arg(floorMs, 0, 'f', 0)
               .arg(oursMs / floorMs, 0, 'f', 1);
    if (json) {
        const QJsonObject figures{{QStringLiteral("rows"), rows},
                                  {QStringLiteral("created"), summary->created},
                                  {QStringLiteral("preview_ms"), previewMs},
                                  {QStringLiteral("import_ms"), importMs},
                                  {QStringLiteral("total_ms"), oursMs},
                                  {QStringLiteral("sqlite_import_ms"), sqliteMs},
                                  {QStringLiteral("phone_parse_ms"), parseMs},
                                  {QStringLiteral("floor_ms"), floorMs},
                                  {QStringLiteral("floor_ratio"), oursMs / floorMs}};
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
