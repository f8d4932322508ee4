// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sitekeeper {

class Workspace;
struct EntitySpec;

// `sitekeeper-cli ENTITY add|edit|disable|remove|show|list` for site, profile, reference, approver,
// rule, contact, approval-type and credential.
//
// Every entity's options come from one table (RecordFields.cpp): a field's option is its bundle key
// in kebab case and its kind says how the value is read (text, a repeated list, yes|no, YYYY-MM-DD,
// an enum, a time window, a person named by email or name ...). `edit` starts from the stored record
// and changes only the fields given, then saves through Workspace::edit like the console's editors.
// A bad value names the option and the value and exits 2 before anything is written.
class RecordCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::RecordCommands)

public:
    RecordCommands(QString workspacePath, QTextStream& out, QTextStream& err);
    ~RecordCommands();

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

    bool openWorkspace();
    int fail(const QString& message);
    void printJson(const class QJsonValue& value);

    QString m_workspacePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sitekeeper
