#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sitekeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("sitekeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITEKEEPER_VERSION));
    // Scripts read stdout and stderr: only warnings and errors of the layers reach them unless
    // QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sitekeeper.*.info=false\nsitekeeper.*.debug=false"));
    return sitekeeper::Cli().run(QCoreApplication::arguments());
}
