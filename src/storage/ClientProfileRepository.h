// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientProfile.h"
#include "Repository.h"

namespace sitekeeper {

// How ClientProfileRepository::remove treats a profile.
enum class ProfileRemoval {
    Disable, // set its status to disabled: it stays in lists and history (the default)
    Delete,  // leave a tombstone: only when the user insists
};

// Profiles are disabled, not deleted, unless the user insists.
class ClientProfileRepository : public Repository<ClientProfile> {
public:
    using Repository<ClientProfile>::Repository;

    // Sets the profile's status to disabled (an edit with audit and journal rows; nothing when it is
    // disabled already).
    Result<void> disable(const QUuid& id);
    Result<void> remove(const QUuid& id, ProfileRemoval how = ProfileRemoval::Disable);
};

} // namespace sitekeeper
