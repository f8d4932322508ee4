// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sitekeeper {

class Workspace;

// The sync commands of sitekeeper-cli: `backend login|whoami|logout`, `push`, `pull`, `sync`,
// `conflicts`, `conflicts resolve` and `problems`. The network and the keychain are asynchronous; a
// command runs its own event loop until its work signals completion (this is the program's top
// level, not library code).
class SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SyncCommands)

public:
    SyncCommands(QTextStream& out, QTextStream& err);

    static bool handles(const QString& command);
    // Runs `command` with its arguments on the workspace at `workspacePath`; returns the exit code
    // (0 success, 1 found problems: rejected edits or conflicts, 2 usage or I/O error).
    int run(const QString& workspacePath, const QString& command, const QStringList& args);
    static QString usage();

private:
    int login(Workspace& workspace, const QStringList& args);
    int whoami(Workspace& workspace, const QStringList& args);
    int logout(Workspace& workspace, const QStringList& args);
    int transfer(Workspace& workspace, const QString& command, const QStringList& args);
    // `sync --watch`: LiveSync until SIGINT or SIGTERM, one line per sync that moved something.
    int watch(Workspace& workspace, bool json);
    int conflicts(Workspace& workspace, const QStringList& args);
    int resolve(Workspace& workspace, const QStringList& args);
    // `problems [list]`, `problems retry ID`, `problems discard ID` (see SyncProblems).
    int problems(Workspace& workspace, const QStringList& args);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sitekeeper
