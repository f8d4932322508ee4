#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace sitekeeper;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sitekeeper"));
    QApplication::setApplicationName(QStringLiteral("sitekeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sitekeeper"));
    QApplication::setApplicationVersion(QStringLiteral(SITEKEEPER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sitekeeper partner console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QApplication::translate("main", "Workspace folder to open."),
                      QStringLiteral("DIR")});
    parser.process(app);

    const QString folder = Workspace::resolvePath(parser.value(QStringLiteral("workspace")));
    auto workspace = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"),
                              workspace.error().toString());
        return 2;
    }
    MainWindow window(*workspace.value());
    window.show();
    return app.exec();
}
