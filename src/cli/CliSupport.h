// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QEventLoop>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QJsonValue;

namespace sitekeeper {

class Workspace;

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

// What the command classes share: the streams, the workspace they open and how they fail.
class CliCommand {
public:
    CliCommand(QString workspacePath, QTextStream& out, QTextStream& err);
    virtual ~CliCommand();

protected:
    // Opens the workspace (it must exist); says why not and returns false otherwise.
    bool openWorkspace();
    // Prints "sitekeeper-cli: MESSAGE" to stderr and gives exit code 2.
    int fail(const QString& message);
    void printJson(const QJsonValue& value);

    QString m_workspacePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
};

// The credential service's calls, waited for: store `secret` with the record, or delete the record
// with its keychain entries.
Result<CredentialRecord> saveCredentialNow(Workspace& workspace, const CredentialRecord& record,
                                           const QByteArray& secret);
Result<void> removeCredentialNow(Workspace& workspace, const QUuid& id);

// Whether the OS keychain answers; when not, says why in `why`. Credential commands ask before they
// open the workspace, so that a missing keychain writes nothing.
bool keychainAnswers(QString* why);

// The vault answers asynchronously; the command line has nothing else to do meanwhile, so it waits
// in a local event loop (library code never does). `start` gets a function to call when done.
template <typename Start>
void waitFor(Start start) {
    QEventLoop loop;
    bool finished = false;
    start([&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

// Everything on standard input, less the one line ending that `echo` or a here-string adds.
QByteArray readSecretFromStdin(bool* ok);

} // namespace sitekeeper
