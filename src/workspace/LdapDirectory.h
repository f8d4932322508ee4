// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace sitekeeper {

// Reads the user accounts of an Active Directory or another LDAP directory (OpenLDAP, 389 DS) live,
// through OpenLDAP's libldap, into the table that ProfileImport and DirectoryDiff read from any source
// (preset Ldap): the entry's DN (column distinguishedName), then one column per attribute of
// attributes() that at least one entry has, one row per entry, the first value of a multi-valued
// attribute (telephoneNumber may have several), in UTF-8 as LDAP sends them.
//
// A simple bind with the bind DN and its password, then one subtree search under the base DN in pages
// (the paged results control, RFC 2696), so that more entries come back than the server's size limit
// (Active Directory's MaxPageSize is 1000). TLS is required (ldaps://, or ldap:// with StartTLS), except
// to a directory on this machine (loopback), where plain ldap:// is allowed; the server's certificate is
// always checked, against the CA file when one is given, else the system's CAs. Referrals are not
// followed (they would bind elsewhere). Memory is bounded: a reply larger than maxReplyBytes, a value
// longer than maxValueLength or more than maxEntries entries is refused with an error, never cut short.
//
// read() blocks: the console calls it on a worker thread (it shares nothing), the command line
// directly. The password is used for the bind and is never part of a message.
class LdapDirectory {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::LdapDirectory)

public:
    struct Options {
        QUrl url; // ldap://host[:port] or ldaps://host[:port]
        QString baseDn;
        QString bindDn;
        QString filter; // empty: defaultFilter()
        bool startTls = false;
        QString caFile;          // PEM; empty: the system's CAs
        int pageSize = 500;      // entries per page
        int timeoutSeconds = 30; // to connect, and for each answer
        int maxEntries = 200'000;
        int maxValueLength = 64 * 1024; // bytes of one value
        int maxReplyBytes = 16 * 1024 * 1024;
    };

    // Entries read so far; return false to cancel (the result is then an error of kind Cancelled).
    using Progress = std::function<bool(qint64 entries)>;

    // Active Directory's user accounts (objectCategory=person leaves computers out; contacts have no
    // objectClass user), or the inetOrgPerson entries of an OpenLDAP or 389 directory.
    static QString defaultFilter();
    // Active Directory's own filter for people with an account.
    static QString activeDirectoryFilter();
    // The attributes read, in the order of the table's columns (after distinguishedName, the entry's DN).
    static QStringList attributes();

    // Whether `options` can be used as given, before anything is sent: the URL's scheme and host, TLS
    // (StartTLS over ldap:// to a host that is not on this machine), the base DN, the bind DN, the page
    // size, the CA file. The error names the field ("url", "base_dn", "bind_dn", "ca_file", ...).
    static Result<void> check(const Options& options);
    static bool isLoopback(const QUrl& url);

    // Binds and reads every entry that the filter matches under the base DN.
    static Result<CsvTable> read(const Options& options, const QByteArray& password,
                                 const Progress& progress = {});
};

} // namespace sitekeeper
