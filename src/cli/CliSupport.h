// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace sitekeeper {

// Parses a subcommand's own options (the words after the command); on bad usage prints the
// parser's reason and the command's usage line to `err` and returns false.
bool parseCommandArguments(QCommandLineParser& parser, const QStringList& args, QTextStream& err,
                           const QString& usage);

// The options several commands share: --format text|json, and --site NAME.
QCommandLineOption formatOption();
QCommandLineOption siteOption();

// The whole content of the file at `path`, or of standard input when `path` is "-". On failure, says
// why in `error` ("cannot read PATH: REASON") and returns nullopt.
std::optional<QByteArray> readInputFile(const QString& path, QString* error);

} // namespace sitekeeper
