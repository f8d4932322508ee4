// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapSources.h"

#include "CredentialVault.h"
#include "Workspace.h"

#include <QDir>
#include <QPointer>
#include <QSettings>

namespace sitekeeper {

namespace {

QString settingsPath(const Workspace& workspace) {
    return QDir(workspace.folder()).filePath(QStringLiteral("settings.ini"));
}

QString group(const QUuid& siteId) {
    return QStringLiteral("ldap/") + siteId.toString(QUuid::WithoutBraces);
}

const QString urlKey = QStringLiteral("url");
const QString baseDnKey = QStringLiteral("base_dn");
const QString bindDnKey = QStringLiteral("bind_dn");
const QString filterKey = QStringLiteral("filter");
const QString startTlsKey = QStringLiteral("start_tls");
const QString caFileKey = QStringLiteral("ca_file");

Error keychainError(const CredentialVault::Outcome& outcome) {
    Error error{outcome.message, QStringLiteral("bind_password")};
    error.kind = outcome.failure == CredentialVault::Failure::NotFound ? Error::Kind::NotFound
                                                                       : Error::Kind::Unavailable;
    return error;
}

} // namespace

QString LdapSources::passwordKey(const QUuid& workspaceId, const QUuid& siteId) {
    return QStringLiteral("sitekeeper/%1/ldap/%2")
        .arg(workspaceId.toString(QUuid::WithoutBraces), siteId.toString(QUuid::WithoutBraces));
}

std::optional<LdapDirectory::Options> LdapSources::remembered(Workspace& workspace, const QUuid& siteId) {
    QSettings settings(settingsPath(workspace), QSettings::IniFormat);
    settings.beginGroup(group(siteId));
    const QString url = settings.value(urlKey).toString();
    if (url.isEmpty())
        return std::nullopt;
    LdapDirectory::Options options;
    options.url = QUrl(url);
    options.baseDn = settings.value(baseDnKey).toString();
    options.bindDn = settings.value(bindDnKey).toString();
    options.filter = settings.value(filterKey).toString();
    options.startTls = settings.value(startTlsKey, false).toBool();
    options.caFile = settings.value(caFileKey).toString();
    return options;
}

void LdapSources::remember(Workspace& workspace, const QUuid& siteId, const LdapDirectory::Options& options,
                           const QByteArray& password, Done done) {
    if (auto checked = LdapDirectory::check(options); !checked) {
        done(checked.error());
        return;
    }
    if (password.isEmpty()) {
        done(Error{tr("The bind password is empty."), QStringLiteral("bind_password")});
        return;
    }
    CredentialVault& vault = workspace.vault();
    if (!vault.isAvailable()) {
        Error error{
            tr("The password cannot be remembered without the OS keychain: %1").arg(vault.errorString()),
            QStringLiteral("bind_password")};
        error.kind = Error::Kind::Unavailable;
        done(error);
        return;
    }
    const QString path = settingsPath(workspace);
    vault.store(passwordKey(workspace.id(), siteId), password, [path, siteId, options, done](auto outcome) {
        if (!outcome.ok()) {
            Error error = keychainError(outcome);
            error.message = tr("The password was not stored in the keychain: %1").arg(outcome.message);
            done(error);
            return;
        }
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(group(siteId));
        // LdapDirectory::check refused a URL with a user name or password in it.
        settings.setValue(urlKey, options.url.toString(QUrl::RemoveUserInfo));
        settings.setValue(baseDnKey, options.baseDn);
        settings.setValue(bindDnKey, options.bindDn);
        settings.setValue(filterKey, options.filter);
        settings.setValue(startTlsKey, options.startTls);
        settings.setValue(caFileKey, options.caFile);
        settings.endGroup();
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            Error error{tr("The directory source could not be written to %1.").arg(path), path};
            error.kind = Error::Kind::Io;
            done(error);
            return;
        }
        done({});
    });
}

void LdapSources::readPassword(Workspace& workspace, const QUuid& siteId, PasswordRead done) {
    CredentialVault& vault = workspace.vault();
    if (!vault.isAvailable()) {
        Error error{
            tr("No password is remembered: the OS keychain is not available (%1).").arg(vault.errorString()),
            QStringLiteral("bind_password")};
        error.kind = Error::Kind::Unavailable;
        done(error);
        return;
    }
    vault.read(passwordKey(workspace.id(), siteId),
               [done](CredentialVault::Outcome outcome, QByteArray secret) {
                   if (!outcome.ok()) {
                       Error error = keychainError(outcome);
                       if (error.is(Error::Kind::NotFound))
                           error.message = tr("No bind password is remembered for this site.");
                       done(error);
                       return;
                   }
                   done(std::move(secret));
               });
}

void LdapSources::forget(Workspace& workspace, const QUuid& siteId, Done done) {
    {
        QSettings settings(settingsPath(workspace), QSettings::IniFormat);
        settings.remove(group(siteId));
    }
    CredentialVault& vault = workspace.vault();
    if (!vault.isAvailable()) {
        done({}); // nothing can be in a keychain that is not there
        return;
    }
    vault.remove(passwordKey(workspace.id(), siteId), [done](CredentialVault::Outcome outcome) {
        if (!outcome.ok() && outcome.failure != CredentialVault::Failure::NoKeychainService) {
            done(keychainError(outcome));
            return;
        }
        done({});
    });
}

} // namespace sitekeeper
