// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "ClientHandout.h"

#include <QSettings>
#include <QUuid>

#include <memory>

namespace sitekeeper {

// The typed settings of one workspace (`settings.ini` in its folder). Every key, its default
// and the file's version live here and nowhere else. Never holds a secret.
class WorkspaceSettings {
public:
    static constexpr int currentVersion = 1;

    explicit WorkspaceSettings(const QString& iniPath);

    int version() const;

    // The workspace's own id, made once; keychain keys are namespaced by it.
    QUuid workspaceId() const;
    void ensureWorkspaceId();

    // Region used to read phone numbers typed without a country code ("US", "GB", ...).
    QString defaultPhoneRegion() const;
    void setDefaultPhoneRegion(const QString& region);

    // Words that must never appear in references (SK301). Partner setting.
    QStringList forbiddenTerms() const;
    void setForbiddenTerms(const QStringList& terms);

    // The partner's name, as "Answer As: partner name" says it and the handouts print it.
    QString partnerName() const;
    void setPartnerName(const QString& name);

    // How end users reach the help desk, printed on the client handout.
    using HelpDeskContact = sitekeeper::HelpDeskContact;
    HelpDeskContact helpDeskContact() const;
    void setHelpDeskContact(const HelpDeskContact& contact);

    // Everything the rulebook reads from the partner settings (forbidden terms, required topics,
    // required approval types, review intervals, partner name).
    CheckSettings checkSettings() const;
    void setCheckSettings(const CheckSettings& settings);

    void sync();
    QSettings::Status status() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sitekeeper
