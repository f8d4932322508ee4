// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartnerSettings.h"

#include <QSettings>
#include <QUuid>

#include <memory>
#include <optional>

namespace sitekeeper {

// The typed settings of one workspace on this machine (`settings.ini` in its folder). Every key, its
// default and the file's version live here and nowhere else. Never holds a secret. The partner's
// settings (what the rulebook reads, the help desk contact) are not here: they are a record that
// syncs (Workspace::partnerSettings); version 1 of this file held them, and the workspace moves them
// into the record once (legacyPartnerSettings).
class WorkspaceSettings {
public:
    // 2: the partner settings moved into the workspace's record.
    static constexpr int currentVersion = 2;

    explicit WorkspaceSettings(const QString& iniPath);

    int version() const;

    // The workspace's own id, made once; keychain keys are namespaced by it.
    QUuid workspaceId() const;
    void ensureWorkspaceId();

    // Region used to read phone numbers typed without a country code ("US", "GB", ...).
    QString defaultPhoneRegion() const;
    void setDefaultPhoneRegion(const QString& region);

    // The partner settings a version 1 file holds (over the defaults), or nullopt when it holds none
    // or is of version 2 already.
    std::optional<PartnerSettings> legacyPartnerSettings() const;
    // Removes those keys and marks the file as version 2, so that they are never read again. Called
    // once they are safely in the record.
    void forgetLegacyPartnerSettings();

    void sync();
    QSettings::Status status() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sitekeeper
