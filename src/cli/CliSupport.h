#pragma once

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace sitekeeper {

// Parses a subcommand's own options (the words after the command); on bad usage prints the
// parser's reason and the command's usage line to `err` and returns false.
bool parseCommandArguments(QCommandLineParser& parser, const QStringList& args, QTextStream& err,
                           const QString& usage);

} // namespace sitekeeper
