// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSettings.h"

#include <algorithm>

namespace sitekeeper {

namespace {
const QString kVersion = QStringLiteral("format/version");
const QString kWorkspaceId = QStringLiteral("workspace/id");
const QString kPhoneRegion = QStringLiteral("phone/default_region");
// Version 1 only: the partner settings, now a record (see legacyPartnerSettings).
const QString kForbiddenTerms = QStringLiteral("checks/forbidden_terms");
const QString kRequiredTopics = QStringLiteral("checks/required_topics");
const QString kRequiredApprovalTypes = QStringLiteral("checks/required_approval_types");
const QString kDueSoonDays = QStringLiteral("checks/reference_due_soon_days");
const QString kApproverReviewDays = QStringLiteral("checks/approver_review_days");
const QString kPartnerName = QStringLiteral("partner/name");
const QString kHelpDeskPhone = QStringLiteral("help_desk/phone");
const QString kHelpDeskEmail = QStringLiteral("help_desk/email");
const QString kHelpDeskChat = QStringLiteral("help_desk/chat_url");

const QStringList& legacyKeys() {
    static const QStringList keys{kForbiddenTerms, kRequiredTopics,     kRequiredApprovalTypes,
                                  kDueSoonDays,    kApproverReviewDays, kPartnerName,
                                  kHelpDeskPhone,  kHelpDeskEmail,      kHelpDeskChat};
    return keys;
}
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

std::optional<PartnerSettings> WorkspaceSettings::legacyPartnerSettings() const {
    // A file without a version predates version 2's marker.
    if (m_settings->value(kVersion, 1).toInt() >= 2)
        return std::nullopt;
    const bool any = std::any_of(legacyKeys().cbegin(), legacyKeys().cend(),
                                 [this](const QString& key) { return m_settings->contains(key); });
    if (!any)
        return std::nullopt;
    // Read as version 1 read them: a key missing means its default.
    PartnerSettings result = PartnerSettings::defaults();
    CheckSettings& check = result.check;
    check.partnerName = m_settings->value(kPartnerName).toString();
    check.forbiddenTerms = m_settings->value(kForbiddenTerms, check.forbiddenTerms).toStringList();
    if (m_settings->contains(kRequiredTopics)) {
        check.requiredTopics.clear();
        for (const QString& key : m_settings->value(kRequiredTopics).toStringList()) {
            if (auto topic = fromString<ReferenceTopic>(key))
                check.requiredTopics.append(*topic);
        }
    }
    check.requiredApprovalTypes = m_settings->value(kRequiredApprovalTypes).toStringList();
    check.referenceDueSoonDays =
        std::clamp(m_settings->value(kDueSoonDays, check.referenceDueSoonDays).toInt(), 0, 365);
    check.approverReviewDays =
        std::clamp(m_settings->value(kApproverReviewDays, check.approverReviewDays).toInt(), 1, 3650);
    result.helpDesk = {m_settings->value(kHelpDeskPhone).toString(),
                       m_settings->value(kHelpDeskEmail).toString(),
                       m_settings->value(kHelpDeskChat).toString()};
    return result;
}

void WorkspaceSettings::forgetLegacyPartnerSettings() {
    for (const QString& key : legacyKeys())
        m_settings->remove(key);
    m_settings->setValue(kVersion, currentVersion);
    m_settings->sync();
}

void WorkspaceSettings::sync() {
    m_settings->sync();
}

QSettings::Status WorkspaceSettings::status() const {
    return m_settings->status();
}

} // namespace sitekeeper
