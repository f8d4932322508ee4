// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

// `report` lays out documents with QtGui's text engine, which needs a QGuiApplication; without a
// display it runs on the offscreen platform. Every other command stays a plain QCoreApplication.
bool needsGui(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--workspace") {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return arg == "report";
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    const bool gui = needsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sitekeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("sitekeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITEKEEPER_VERSION));
    // Scripts read stdout and stderr: only warnings and errors of the layers reach them unless
    // QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sitekeeper.*.info=false\nsitekeeper.*.debug=false"));
    return sitekeeper::Cli().run(QCoreApplication::arguments());
}
