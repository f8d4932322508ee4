#include "WorkspaceSettings.h"

namespace sitekeeper {

namespace {
const QString kVersion = QStringLiteral("format/version");
const QString kWorkspaceId = QStringLiteral("workspace/id");
const QString kPhoneRegion = QStringLiteral("phone/default_region");
const QString kForbiddenTerms = QStringLiteral("checks/forbidden_terms");
} // namespace

WorkspaceSettings::WorkspaceSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

int WorkspaceSettings::version() const {
    return m_settings->value(kVersion, currentVersion).toInt();
}

QUuid WorkspaceSettings::workspaceId() const {
    return QUuid::fromString(m_settings->value(kWorkspaceId).toString());
}

void WorkspaceSettings::ensureWorkspaceId() {
    if (!workspaceId().isNull())
        return;
    m_settings->setValue(kVersion, currentVersion);
    m_settings->setValue(kWorkspaceId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_settings->sync();
}

QString WorkspaceSettings::defaultPhoneRegion() const {
    return m_settings->value(kPhoneRegion, QStringLiteral("US")).toString();
}

void WorkspaceSettings::setDefaultPhoneRegion(const QString& region) {
    m_settings->setValue(kPhoneRegion, region);
}

QStringList WorkspaceSettings::forbiddenTerms() const {
    // The service vendor's names: technicians paste reference titles into case notes.
    return m_settings
        ->value(kForbiddenTerms, QStringList{QStringLiteral("ConnectWise"), QStringLiteral("Continuum")})
        .toStringList();
}

void WorkspaceSettings::setForbiddenTerms(const QStringList& terms) {
    m_settings->setValue(kForbiddenTerms, terms);
}

void WorkspaceSettings::sync() {
    m_settings->sync();
}

QSettings::Status WorkspaceSettings::status() const {
    return m_settings->status();
}

} // namespace sitekeeper
