// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendSettings.h"

#include <QDir>
#include <QSettings>

namespace sitekeeper {

namespace {

const QString urlKey = QStringLiteral("backend/url");
const QString caFileKey = QStringLiteral("backend/ca_file");
const QString timeoutKey = QStringLiteral("backend/timeout_seconds");
const QString previousUrlKey = QStringLiteral("backend/previous_url");
const QString memberIdKey = QStringLiteral("backend/member_id");
const QString memberNameKey = QStringLiteral("backend/member_name");
const QString memberEmailKey = QStringLiteral("backend/member_email");
const QString memberRoleKey = QStringLiteral("backend/member_role");
const QString tenantKey = QStringLiteral("backend/tenant");

} // namespace

BackendSettings::BackendSettings(const QString& workspaceFolder)
    : m_iniPath(QDir(workspaceFolder).filePath(QStringLiteral("settings.ini"))) {}

QUrl BackendSettings::url() const {
    return QUrl(QSettings(m_iniPath, QSettings::IniFormat).value(urlKey).toString());
}

void BackendSettings::setUrl(const QUrl& url) {
    QSettings settings(m_iniPath, QSettings::IniFormat);
    // Never a password in settings.ini: BackendClient::checkUrl refuses such URLs before they get
    // here, and this drops them should a caller forget.
    settings.setValue(urlKey, url.toString(QUrl::RemoveUserInfo));
}

QString BackendSettings::caFile() const {
    return QSettings(m_iniPath, QSettings::IniFormat).value(caFileKey).toString();
}

void BackendSettings::setCaFile(const QString& path) {
    QSettings settings(m_iniPath, QSettings::IniFormat);
    if (path.isEmpty())
        settings.remove(caFileKey);
    else
        settings.setValue(caFileKey, path);
}

int BackendSettings::timeoutSeconds() const {
    return QSettings(m_iniPath, QSettings::IniFormat).value(timeoutKey, 30).toInt();
}

void BackendSettings::setTimeoutSeconds(int seconds) {
    QSettings settings(m_iniPath, QSettings::IniFormat);
    settings.setValue(timeoutKey, seconds);
}

void BackendSettings::forgetUrl() {
    QSettings settings(m_iniPath, QSettings::IniFormat);
    const QString url = settings.value(urlKey).toString();
    if (!url.isEmpty())
        settings.setValue(previousUrlKey, url);
    settings.remove(urlKey);
}

QUrl BackendSettings::previousUrl() const {
    return QUrl(QSettings(m_iniPath, QSettings::IniFormat).value(previousUrlKey).toString());
}

std::optional<protocol::Me> BackendSettings::identity() const {
    const QSettings settings(m_iniPath, QSettings::IniFormat);
    // A role this version does not know (a hand-edited file, a newer server) is no identity: the
    // console then leaves everything to the server rather than guess.
    const auto role = protocol::roleFromString(settings.value(memberRoleKey).toString());
    const QString name = settings.value(memberNameKey).toString();
    if (!role || name.isEmpty())
        return std::nullopt;
    protocol::Me me;
    me.member.id = QUuid::fromString(settings.value(memberIdKey).toString());
    me.member.name = name;
    me.member.email = settings.value(memberEmailKey).toString();
    me.member.role = *role;
    me.tenantName = settings.value(tenantKey).toString();
    return me;
}

void BackendSettings::setIdentity(const std::optional<protocol::Me>& identity) {
    QSettings settings(m_iniPath, QSettings::IniFormat);
    if (!identity) {
        for (const QString& key : {memberIdKey, memberNameKey, memberEmailKey, memberRoleKey, tenantKey})
            settings.remove(key);
        return;
    }
    settings.setValue(memberIdKey, identity->member.id.toString(QUuid::WithoutBraces));
    settings.setValue(memberNameKey, identity->member.name);
    settings.setValue(memberEmailKey, identity->member.email);
    settings.setValue(memberRoleKey, protocol::toString(identity->member.role));
    settings.setValue(tenantKey, identity->tenantName);
}

QString BackendSettings::tokenKey(const QString& workspaceId) {
    return QStringLiteral("sitekeeper/%1/backend-token").arg(workspaceId);
}

} // namespace sitekeeper
