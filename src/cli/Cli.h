// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileImport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace sitekeeper {

class Workspace;

// The command-line front end. A contract users script against: exit 0 on success, 1 when the
// command found problems, 2 on a usage or I/O error; `--format json` wherever output is data.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Cli)

public:
    enum Exit { Success = 0, Problems = 1, Failure = 2 };

    Cli();
    ~Cli();

    int run(const QStringList& arguments);

private:
    int init();
    int demo(const QStringList& args);
    int exportCommand(const QStringList& args);
    int importCommand(const QStringList& args);
    int importEscalations(const QStringList& args);
    int importProfiles(const QStringList& args);
    // The end of a CSV import: exit 1 with a note when rows were invalid, else 0 (saying so for a dry run).
    int importExit(const QString& path, int invalidRows, bool sayDryRun);
    int exportProfiles(const QStringList& args);
    int stats(const QStringList& args);
    int diffDirectory(const QStringList& args);
    // Reads --preset into `options`; says what is wrong and returns false for an unknown one.
    bool presetOption(const QCommandLineParser& parser, ProfileImport::Options* options);
    int search(const QStringList& args);

    // Parses a subcommand's own options; prints the error and returns false on bad usage.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& usage);
    bool openWorkspace(bool create);
    bool wantsJson(const QCommandLineParser& parser);
    int fail(const QString& message);
    void printJson(const class QJsonValue& value);

    QTextStream m_out;
    QTextStream m_err;
    QString m_workspacePath;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sitekeeper
