// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: the rulebook over a large workspace.
//
//   bench_check --workspace DIR [--runs N] [--edits N] [--as-of YYYY-MM-DD]
//
// Prints the median of N full checks (Checker::checkAll, in process), and the median and 99th
// percentile of the re-check after one edit (a client profile's mobile number cleared and restored,
// through Workspace::edit as the console does it). The edits are undone before the program ends.
#include "Checker.h"
#include "Store.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace sitekeeper;

namespace {

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("workspace"), QStringLiteral("Workspace folder"), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Full checks"), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits to re-check"), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("Today"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print every sample as one JSON line")});
    parser.process(app);
    QTextStream out(stdout);

    auto opened = Workspace::open(parser.value(QStringLiteral("workspace")), Workspace::OpenMode::MustExist);
    if (!opened) {
        out << "bench_check: " << opened.error().toString() << Qt::endl;
        return 2;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Checker checker(*workspace);
    if (parser.isSet(QStringLiteral("as-of")))
        checker.setToday(QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate));

    QList<double> full;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QElapsedTimer timer;
        timer.start();
        if (const auto checked = checker.checkAll(); !checked) {
            out << "bench_check: " << checked.error().toString() << Qt::endl;
            return 1;
        }
        full.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const FindingSummary summary = checker.summary();

    // Profiles of sites spread over the workspace, edited one at a time.
    ListQuery sitesQuery;
    sitesQuery.limit = -1;
    const QList<Site> sites = workspace->store().sites().list(sitesQuery).value();
    QList<ClientProfile> targets;
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    for (qsizetype i = 0; i < sites.size() && targets.size() < edits;
         i += std::max<qsizetype>(1, sites.size() / edits)) {
        ListQuery query;
        query.siteId = sites[i].id;
        query.limit = 1;
        const QList<ClientProfile> page = workspace->store().profiles().list(query).value();
        if (!page.isEmpty())
            targets.append(page.first());
    }
    QList<double> recheck;
    QList<double> editTotal;
    for (const ClientProfile& before : std::as_const(targets)) {
        ClientProfile after = before;
        // A number of its own: a shared one would make the edits duplicates of each other (SK202).
        after.mobilePhone =
            after.mobilePhone.isEmpty()
                ? QStringLiteral("+447400%1").arg(100000 + recheck.size(), 6, 10, QLatin1Char('0'))
                : QString();
        QElapsedTimer timer;
        timer.start();
        if (!workspace->edit<ClientProfile>(before, after, QStringLiteral("bench"))) {
            out << "bench_check: an edit failed" << Qt::endl;
            return 1;
        }
        editTotal.append(double(timer.nsecsElapsed()) / 1e6);
        recheck.append(double(checker.lastRecheckMs()));
    }
    while (workspace->undoStack().canUndo())
        workspace->undoStack().undo();

    out << QStringLiteral("sites %1, findings %2 (%3 errors, %4 warnings, %5 info)\n")
               .arg(sites.size())
               .arg(summary.total())
               .arg(summary.errors)
               .arg(summary.warnings)
               .arg(summary.infos);
    out << QStringLiteral("full check: median %1 ms over %2 runs (min %3 ms)\n")
               .arg(percentile(full, 0.5), 0, 'f', 1)
               .arg(full.size())
               .arg(percentile(full, 0), 0, 'f', 1);
    out << QStringLiteral("re-check after one edit: median %1 ms, p99 %2 ms over %3 edits\n")
               .arg(percentile(recheck, 0.5), 0, 'f', 1)
               .arg(percentile(recheck, 0.99), 0, 'f', 1)
               .arg(recheck.size());
    out << QStringLiteral("edit + write + re-check: median %1 ms, p99 %2 ms\n")
               .arg(percentile(editTotal, 0.5), 0, 'f', 1)
               .arg(percentile(editTotal, 0.99), 0, 'f', 1);
    if (parser.isSet(QStringLiteral("json"))) {
        const auto array = [](const QList<double>& values) {
            QJsonArray result;
            for (double value : values)
                result.append(value);
            return result;
        };
        const QJsonObject json{{QStringLiteral("sites"), sites.size()},
                               {QStringLiteral("findings"), summary.total()},
                               {QStringLiteral("full_ms"), array(full)},
                               {QStringLiteral("recheck_ms"), array(recheck)},
                               {QStringLiteral("edit_ms"), array(editTotal)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
