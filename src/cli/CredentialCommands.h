// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"
#include "CredentialRecord.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace sitekeeper {

class Workspace;

// `sitekeeper-cli credential set|get|list|share|unshare|access|rm` and `sitekeeper-cli scan`.
//
// Secrets come in on stdin only (--secret-stdin) and go out on stdout only (`credential get`).
// Every credential command first asks whether a keychain answers at all: without one it fails
// with exit 2 and one line saying why, before the workspace is even opened, so nothing is written.
class CredentialCommands : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CredentialCommands)

public:
    using CliCommand::CliCommand;

    static QString usageLines();

    int credential(const QStringList& args);
    int scan(const QStringList& args);

private:
    int set(const QStringList& args);
    int get(const QStringList& args);
    int list(const QStringList& args);
    int remove(const QStringList& args);
    int share(const QString& command, const QStringList& args);
    int access(const QStringList& args);
    // Says whom a stored credential is shared with, and which shares name nobody with a key.
    void reportSharing(const CredentialRecord& record);

    // Parses --site and --label, checks the keychain, opens the workspace and finds the credential;
    // says what is wrong and gives nullopt otherwise.
    std::optional<CredentialRecord> locate(const QString& command, const QStringList& args,
                                           QString* siteName);
    bool keychainAnswers();
};

} // namespace sitekeeper
