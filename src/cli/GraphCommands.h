// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <QUuid>

class QCommandLineParser;

namespace sitekeeper {

class Workspace;

// `--graph [--tenant T] [--client-id C]` of `diff directory` and `import profiles`: the users of the
// site's Microsoft Entra ID tenant read live through Microsoft Graph (GraphDirectory) instead of a file.
class GraphCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::GraphCommands)

public:
    struct Users {
        CsvTable table;
        QString source; // "Microsoft Entra ID (contoso.onmicrosoft.com)", where a file's path would be
        QString tenant;
    };

    static void addOptions(QCommandLineParser& parser);
    static bool wanted(const QCommandLineParser& parser);
    // " | --graph [--tenant T] [--client-id C]", for the usage lines.
    static QString usage();

    // Reads the users: the tenant and client id from the options, else those remembered for the site,
    // which are remembered after a read that worked. Without a usable sign-in, signs in by device
    // code, printing what to do to `err`. The service's URLs may come from the environment
    // (GraphDirectory::configFromEnvironment).
    static Result<Users> read(Workspace& workspace, const QUuid& siteId, const QCommandLineParser& parser,
                              QTextStream& err);
};

} // namespace sitekeeper
