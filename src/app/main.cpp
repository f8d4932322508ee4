// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace sitekeeper;

namespace {

// Owns the open workspace and its window; switching workspaces replaces both.
class Console {
public:
    bool open(const QString& folder) {
        auto workspace = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
        if (!workspace) {
            QMessageBox::critical(m_window.get(),
                                  QApplication::translate("main", "Cannot open the workspace"),
                                  QApplication::translate("main", "%1\n\nThe workspace was not changed.")
                                      .arg(workspace.error().toString()));
            return false;
        }
        // The old window and workspace go first: the new one may be the same folder's lock.
        m_window.reset();
        m_workspace = std::move(workspace).value();
        m_window = std::make_unique<MainWindow>(*m_workspace);
        const OpenReport& report = m_workspace->openReport();
        m_window->show();
        if (report.movedAside)
            QMessageBox::warning(
                m_window.get(), QApplication::translate("main", "Workspace database was damaged"),
                QApplication::translate("main", "The database failed its integrity check. It was moved "
                                                "aside to\n%1\nand a new, empty one was created. Import your "
                                                "last bundle, or ask support to recover the old file.")
                    .arg(report.movedTo));
        QObject::connect(m_window.get(), &MainWindow::openWorkspaceRequested, m_window.get(),
                         [this](const QString& other) {
                             QMetaObject::invokeMethod(
                                 qApp, [this, other] { open(other); }, Qt::QueuedConnection);
                         });
        return true;
    }

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

public:
    MainWindow* window() const { return m_window.get(); }
};

// scripts/bench.sh measures the real application: with SITEKEEPER_BENCH_EXIT=paint it prints the
// wall-clock time of the first painted main window and quits; with =check it quits once the first
// full check (run after that paint) has delivered its findings, so that the peak memory of a
// usable window can be read from outside.
class BenchExit : public QObject {
public:
    BenchExit(MainWindow* window, bool afterCheck)
        : QObject(window)
        , m_afterCheck(afterCheck) {
        window->installEventFilter(this);
        if (afterCheck) {
            if (auto* checker = window->findChild<Checker*>()) {
                connect(checker, &Checker::findingsChanged, this,
                        [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
            }
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            std::printf("first_paint_epoch_ms %lld\n", QDateTime::currentMSecsSinceEpoch());
            std::fflush(stdout);
            if (!m_afterCheck)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_afterCheck = false;
    bool m_painted = false;
};

// --lang is read before the parser is built, so that --help is already in that language.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sitekeeper"));
    QApplication::setApplicationName(QStringLiteral("sitekeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sitekeeper"));
    QApplication::setApplicationVersion(QStringLiteral(SITEKEEPER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));
    // Wayland compositors and docks match the window to the installed desktop entry by this name.
    QApplication::setDesktopFileName(QStringLiteral(SITEKEEPER_APP_ID));

    // Before any widget: texts are set when widgets are made.
    const QString language = languageArgument(QApplication::arguments());
    Translations::install(Translations::resolve(
        language.isEmpty() ? Translations::chosenLanguage() : language, QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sitekeeper partner console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QApplication::translate("main", "Workspace folder to open."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "Language of the window: en or de (default: the one "
                                                      "chosen in Preferences, else the system's)."),
                      QStringLiteral("LANG")});
    parser.process(app);

    Console console;
    if (!console.open(Workspace::resolvePath(parser.value(QStringLiteral("workspace")))))
        return 2;
    if (const QByteArray bench = qgetenv("SITEKEEPER_BENCH_EXIT"); !bench.isEmpty())
        new BenchExit(console.window(), bench == "check");
    return app.exec();
}
