// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSettings.h"

#include <algorithm>

namespace sitekeeper {

namespace {
const QString kVersion = QStringLiteral("format/version");
const QString kWorkspaceId = QStringLiteral("workspace/id");
const QString kPhoneRegion = QStringLiteral("phone/default_region");
const QString kForbiddenTerms = QStringLiteral("checks/forbidden_terms");
const QString kRequiredTopics = QStringLiteral("checks/required_topics");
const QString kRequiredApprovalTypes = QStringLiteral("checks/required_approval_types");
const QString kDueSoonDays = QStringLiteral("checks/reference_due_soon_days");
const QString kApproverReviewDays = QStringLiteral("checks/approver_review_days");
const QString kPartnerName = QStringLiteral("partner/name");
const QString kHelpDeskPhone = QStringLiteral("help_desk/phone");
const QString kHelpDeskEmail = QStringLiteral("help_desk/email");
const QString kHelpDeskChat = QStringLiteral("help_desk/chat_url");
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

QString WorkspaceSettings::partnerName() const {
    return m_settings->value(kPartnerName).toString();
}

void WorkspaceSettings::setPartnerName(const QString& name) {
    m_settings->setValue(kPartnerName, name);
}

WorkspaceSettings::HelpDeskContact WorkspaceSettings::helpDeskContact() const {
    return {m_settings->value(kHelpDeskPhone).toString(), m_settings->value(kHelpDeskEmail).toString(),
            m_settings->value(kHelpDeskChat).toString()};
}

void WorkspaceSettings::setHelpDeskContact(const HelpDeskContact& contact) {
    m_settings->setValue(kHelpDeskPhone, contact.phone);
    m_settings->setValue(kHelpDeskEmail, contact.email);
    m_settings->setValue(kHelpDeskChat, contact.chatUrl);
}

CheckSettings WorkspaceSettings::checkSettings() const {
    CheckSettings result;
    result.partnerName = partnerName();
    result.forbiddenTerms = forbiddenTerms();
    if (m_settings->contains(kRequiredTopics)) {
        result.requiredTopics.clear();
        for (const QString& key : m_settings->value(kRequiredTopics).toStringList()) {
            if (auto topic = fromString<ReferenceTopic>(key))
                result.requiredTopics.append(*topic);
        }
    }
    result.requiredApprovalTypes = m_settings->value(kRequiredApprovalTypes).toStringList();
    result.referenceDueSoonDays =
        std::clamp(m_settings->value(kDueSoonDays, result.referenceDueSoonDays).toInt(), 0, 365);
    result.approverReviewDays =
        std::clamp(m_settings->value(kApproverReviewDays, result.approverReviewDays).toInt(), 1, 3650);
    return result;
}

void WorkspaceSettings::setCheckSettings(const CheckSettings& settings) {
    setPartnerName(settings.partnerName);
    setForbiddenTerms(settings.forbiddenTerms);
    QStringList topics;
    for (ReferenceTopic topic : settings.requiredTopics)
        topics.append(toString(topic));
    m_settings->setValue(kRequiredTopics, topics);
    m_settings->setValue(kRequiredApprovalTypes, settings.requiredApprovalTypes);
    m_settings->setValue(kDueSoonDays, settings.referenceDueSoonDays);
    m_settings->setValue(kApproverReviewDays, settings.approverReviewDays);
}

void WorkspaceSettings::sync() {
    m_settings->sync();
}

QSettings::Status WorkspaceSettings::status() const {
    return m_settings->status();
}

} // namespace sitekeeper
