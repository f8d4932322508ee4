// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace sitekeeper {

class Checker;
class Workspace;

// `sitekeeper-cli check`, `readiness`, `review due` and `report`: the rulebook from the command
// line, with the same findings the console shows.
class CheckCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CheckCommands)

public:
    CheckCommands(QString workspacePath, QTextStream& out, QTextStream& err);
    ~CheckCommands();

    static QString usageLines();

    int check(const QStringList& args);
    int readiness(const QStringList& args);
    int review(const QStringList& args);
    int report(const QStringList& args);

private:
    // Opens the workspace and runs the checks (one site with --site, else all); says what is wrong
    // and returns false otherwise.
    bool prepare(const QCommandLineParser& parser, bool allSites);
    int fail(const QString& message);
    void printJson(const QJsonObject& json);

    QString m_workspacePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Checker> m_checker;
    QUuid m_siteId; // null: all sites
};

} // namespace sitekeeper
