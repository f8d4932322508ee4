// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendSettings.h"

#include <QDir>
#include <QSettings>

namespace sitekeeper {

namespace {

const QString urlKey = QStringLiteral("backend/url");
const QString caFileKey = QStringLiteral("backend/ca_file");
const QString timeoutKey = QStringLiteral("backend/timeout_seconds");

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

QString BackendSettings::tokenKey(const QString& workspaceId) {
    return QStringLiteral("sitekeeper/%1/backend-token").arg(workspaceId);
}

} // namespace sitekeeper
