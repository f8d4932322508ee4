// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QUuid>

class QCommandLineParser;

namespace sitekeeper {

// The console's actions on the command line, through the same workspace use cases:
// `review attest|retire ENTITY ID` (ReviewActions), `fix FINDING_KEY` (FindingFix), `whatif`
// (ApprovalPlan, as the console's approval what-if), `history ENTITY ID` (the local audit log) and
// `profile merge KEEP OTHER` (ProfileMerge, as the console's Merge dialog).
class ActionCommands : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ActionCommands)

public:
    using CliCommand::CliCommand;

    // Whether `command` (with its first argument `sub`) is one of these.
    static bool handles(const QString& command, const QString& sub);
    static QString usageLines();

    int run(const QString& command, const QStringList& args);

private:
    int review(const QString& action, const QStringList& args);
    int fix(const QStringList& args);
    int whatIf(const QStringList& args);
    int history(const QStringList& args);
    int mergeProfiles(const QStringList& args);
    // --site as a site id (null when not given); false when it names no site (already said).
    bool siteId(const QCommandLineParser& parser, QUuid* id);
};

} // namespace sitekeeper
