// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the console on a real workspace, in the real GUI process: time to the first painted
// main window, the profile list's filter-as-you-type latency per keystroke, scrolling a site's
// whole profile list, and the process's peak memory. Prints one JSON object.
//
// Usage: bench_console --workspace DIR [--word Amelia]
#include "EntityListModel.h"
#include "MainWindow.h"
#include "RecordTab.h"
#include "Store.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace sitekeeper;

namespace {

double ms(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QJsonObject summary(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.isEmpty() ? 0.0 : samples[qsizetype(q * double(samples.size() - 1))];
    };
    QJsonArray all;
    for (double sample : std::as_const(samples))
        all.append(sample);
    return {{QStringLiteral("n"), samples.size()},
            {QStringLiteral("samples"), all},
            {QStringLiteral("median_ms"), at(0.5)},
            {QStringLiteral("p99_ms"), at(0.99)},
            {QStringLiteral("max_ms"), samples.isEmpty() ? 0.0 : samples.constLast()}};
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SitekeeperBench"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("word"), QStringLiteral("Filter word"), QStringLiteral("WORD"),
                      QStringLiteral("Amelia")});
    parser.process(app);

    QElapsedTimer timer;
    timer.start();
    auto workspace =
        Workspace::open(parser.value(QStringLiteral("workspace")), Workspace::OpenMode::MustExist);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        return 2;
    }
    const double openMs = ms(timer);
    MainWindow window(*workspace.value());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    window.grab(); // forces a full paint
    const double firstPaintMs = double(sinceStart.nsecsElapsed()) / 1e6;

    // The full best-practice check the window runs once it is up (with its progress dialog).
    timer.restart();
    if (!window.checkAll())
        return 2;
    const double fullCheckMs = ms(timer);

    // The largest site's profile list.
    QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("siteTabs"));
    tabs->setCurrentWidget(window.profilesTab());
    const QList<Site> sites = workspace.value()->store().sites().list(ListQuery{}).value();
    window.selectSite(sites.value(sites.size() / 2).id);
    EntityListModel* model = window.profilesTab()->model();

    // Filter as you type: one query per keystroke (the debounce is not counted).
    const QString word = parser.value(QStringLiteral("word"));
    QList<double> perKey;
    for (int round = 0; round < 5; ++round) {
        for (int i = 1; i <= word.size(); ++i) {
            timer.restart();
            model->setFilter(word.left(i));
            window.profilesTab()->view()->viewport()->repaint();
            perKey << ms(timer);
        }
        timer.restart();
        model->setFilter(QString());
        perKey << ms(timer);
    }

    // Scroll the whole list of the site, page by page, painting as a user would see it.
    QList<double> perPage;
    while (model->canFetchMore({})) {
        timer.restart();
        model->fetchMore({});
        window.profilesTab()->view()->scrollToBottom();
        window.profilesTab()->view()->viewport()->repaint();
        perPage << ms(timer);
    }

    // An edit as the console makes it, with the re-check and every view that follows the findings.
    QList<double> perEdit;
    {
        ListQuery firstPage;
        firstPage.siteId = sites.value(sites.size() / 2).id;
        firstPage.limit = 1;
        const QList<ClientProfile> page = workspace.value()->store().profiles().list(firstPage).value();
        for (int i = 0; i < 20 && !page.isEmpty(); ++i) {
            ClientProfile before = workspace.value()->store().profiles().get(page.first().id).value();
            ClientProfile after = before;
            after.title = QStringLiteral("Bench %1").arg(i);
            timer.restart();
            if (!workspace.value()->edit<ClientProfile>(before, after, QStringLiteral("bench")))
                return 2;
            QCoreApplication::processEvents();
            perEdit << ms(timer);
        }
        while (workspace.value()->undoStack().canUndo())
            workspace.value()->undoStack().undo();
    }

    const Workspace::Counts counts = workspace.value()->counts().value();
    const QJsonObject result{
        {QStringLiteral("sites"), counts.sites},
        {QStringLiteral("site_id"), sites.value(sites.size() / 2).id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("word"), word},
        {QStringLiteral("client_profiles"), counts.clientProfiles},
        {QStringLiteral("open_workspace_ms"), openMs},
        {QStringLiteral("first_paint_ms"), firstPaintMs},
        {QStringLiteral("full_check_ms"), fullCheckMs},
        {QStringLiteral("edit_after_check"), summary(perEdit)},
        {QStringLiteral("filter_keystroke"), summary(perKey)},
        {QStringLiteral("scroll_page"), summary(perPage)},
        {QStringLiteral("rows_loaded"), model->rowCount()},
        {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024.0},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
