// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sitekeeper {

class Workspace;

// The console's actions on the command line, through the same workspace use cases:
// `review attest|retire ENTITY ID` (ReviewActions), `fix FINDING_KEY` (FindingFix), `whatif`
// (ApprovalPlan, as the console's approval what-if) and `history ENTITY ID` (the local audit log).
class ActionCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ActionCommands)

public:
    ActionCommands(QString workspacePath, QTextStream& out, QTextStream& err);
    ~ActionCommands();

    // Whether `command` (with its first argument `sub`) is one of these.
    static bool handles(const QString& command, const QString& sub);
    static QString usageLines();

    int run(const QString& command, const QStringList& args);

private:
    int review(const QString& action, const QStringList& args);
    int fix(const QStringList& args);
    int whatIf(const QStringList& args);
    int history(const QStringList& args);

    bool openWorkspace();
    int fail(const QString& message);
    void printJson(const class QJsonValue& value);

    QString m_workspacePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sitekeeper
