#include "CliSupport.h"

#include <QCommandLineParser>

namespace sitekeeper {

bool parseCommandArguments(QCommandLineParser& parser, const QStringList& args, QTextStream& err,
                           const QString& usage) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("sitekeeper-cli")} + args)) {
        err << "sitekeeper-cli: " << parser.errorText() << "\nUsage: sitekeeper-cli " << usage << Qt::endl;
        return false;
    }
    return true;
}

} // namespace sitekeeper
