// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sitekeeper {

struct EntitySpec;

// `sitekeeper-cli ENTITY add|edit|disable|remove|show|list` for site, profile, reference, approver,
// rule, contact, approval-type and credential.
//
// Every entity's options come from one table (RecordFields.cpp): a field's option is its bundle key
// in kebab case and its kind says how the value is read (text, a repeated list, yes|no, YYYY-MM-DD,
// an enum, a time window, a person named by email or name ...). `edit` starts from the stored record
// and changes only the fields given, then saves through Workspace::edit like the console's editors.
// A bad value names the option and the value and exits 2 before anything is written.
class RecordCommands : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::RecordCommands)

public:
    using CliCommand::CliCommand;

    // Whether `command` is one of the entities ("site", "profile", ...).
    static bool handles(const QString& command);
    static QString usageLines();
    // Whether `credential SUB` is one of these (add, edit, disable, remove, show); the others
    // (set, get, list, rm) are CredentialCommands'.
    static bool credentialHandles(const QString& sub);

    int run(const QString& command, const QStringList& args);

private:
    template <class T>
    int dispatch(const EntitySpec& spec, const QString& sub, const QStringList& args);
    template <class T>
    int add(const EntitySpec& spec, const QStringList& args);
    template <class T>
    int addFromJson(const EntitySpec& spec, const QString& path, const QUuid& siteId, bool json);
    template <class T>
    int edit(const EntitySpec& spec, const QStringList& args);
    template <class T>
    int disable(const EntitySpec& spec, const QStringList& args);
    template <class T>
    int remove(const EntitySpec& spec, const QStringList& args);
    template <class T>
    int show(const EntitySpec& spec, const QStringList& args);
    template <class T>
    int list(const EntitySpec& spec, const QStringList& args);
    // What disable, remove and show begin with: the parser of ID|KEY, --site and --format, the
    // workspace, the record. Nullopt when something was wrong (already said).
    template <class T>
    std::optional<T> named(const EntitySpec& spec, const QString& sub, const QStringList& args, bool* json);
    // Reads the secret from standard input and stores it with `record` (updated to the stored one);
    // says what is wrong and returns false otherwise.
    bool saveWithSecret(struct CredentialRecord* record);
    // `ENTITY SUB --help`: every option with its values.
    int help(const EntitySpec& spec);
};

} // namespace sitekeeper
