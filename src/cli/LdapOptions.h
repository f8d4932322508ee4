// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "LdapDirectory.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

class QCommandLineParser;
class QTextStream;

namespace sitekeeper {

class Workspace;

// The options of `diff directory` and `import profiles` that read a live LDAP / Active Directory
// directory instead of a file, in one place:
//
//   --ldap URL --base-dn DN --bind-dn DN [--bind-password-stdin] [--filter F] [--start-tls]
//   [--ca-file FILE] [--page-size N] [--timeout SECONDS] [--remember]
//   --ldap-saved [--bind-password-stdin]
//
// The password is one line of standard input (--bind-password-stdin), never an argument. Without it,
// the password remembered in the keychain for the site is used, but only for the remembered URL and
// bind DN: a password is never sent to another server or for another account. --remember keeps the
// source for the site (settings.ini) and the password (keychain) once the directory has been read;
// --ldap-saved reads the site's remembered source.
class LdapOptions {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::LdapOptions)

public:
    static void add(QCommandLineParser& parser);
    // The usage text of the options, to follow "FILE | ".
    static QString usage();
    // Whether the command reads a directory rather than a file.
    static bool wanted(const QCommandLineParser& parser);
    // What can be checked before the workspace opens: the options together, and the source they give.
    static Result<void> check(const QCommandLineParser& parser);

    struct Read {
        CsvTable table;
        LdapDirectory::Options options;
        QString name; // "ldaps://dc1.example.com (ou=Users,dc=example,dc=com)", for messages
    };
    // Reads the directory the options name for `siteId` (remembering it with --remember); progress on
    // `err` for large directories.
    static Result<Read> read(const QCommandLineParser& parser, Workspace& workspace, const QUuid& siteId,
                             QTextStream& err);
};

} // namespace sitekeeper
