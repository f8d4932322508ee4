// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "InputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

QCommandLineOption formatOption() {
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

QCommandLineOption siteOption() {
    return QCommandLineOption(QStringLiteral("site"), QStringLiteral("The site, by its name."),
                              QStringLiteral("NAME"));
}

std::optional<QByteArray> readInputFile(const QString& path, QString* error) {
    auto bytes = InputFile::read(path);
    if (!bytes) {
        *error = QCoreApplication::translate("sitekeeper::Cli", "cannot read %1: %2")
                     .arg(path, bytes.error().message);
        return std::nullopt;
    }
    return std::move(bytes).value();
}

} // namespace sitekeeper
