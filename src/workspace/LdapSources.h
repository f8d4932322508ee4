// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LdapDirectory.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

#include <functional>
#include <optional>

namespace sitekeeper {

class Workspace;

// The LDAP / Active Directory source remembered for a site on this machine, so that Compare With
// Directory and the profile import read it again without asking: where and as whom (URL, base DN, bind
// DN, filter, StartTLS, CA file) in the workspace's settings.ini (group "ldap", one sub-group per site),
// and the bind password in the OS keychain under passwordKey(), never in a file. Without a keychain
// nothing is remembered: the password is asked each time.
//
// The keychain answers asynchronously: the callbacks run later, on the caller's thread.
class LdapSources {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::LdapSources)

public:
    using Done = std::function<void(Result<void>)>;
    using PasswordRead = std::function<void(Result<QByteArray>)>;

    // The site's remembered source (its limits are the defaults), or nothing.
    static std::optional<LdapDirectory::Options> remembered(Workspace& workspace, const QUuid& siteId);
    // Checks `options` (LdapDirectory::check), stores `password` in the keychain, then the rest in the
    // settings; on a keychain failure nothing is remembered and the error says why.
    static void remember(Workspace& workspace, const QUuid& siteId, const LdapDirectory::Options& options,
                         const QByteArray& password, Done done);
    // The remembered password; an error of kind NotFound when none is.
    static void readPassword(Workspace& workspace, const QUuid& siteId, PasswordRead done);
    // Forgets the site's source and removes its password from the keychain.
    static void forget(Workspace& workspace, const QUuid& siteId, Done done);

    // "sitekeeper/<workspace-id>/ldap/<site-id>".
    static QString passwordKey(const QUuid& workspaceId, const QUuid& siteId);
};

} // namespace sitekeeper
