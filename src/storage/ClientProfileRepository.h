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

    // The live profiles, of any site, that may be the same person as someone with one of these
    // emails, mobile numbers or full names (ProfileIdentity decides): matched on the email key
    // (lower(trim(email))), the mobile number and the name without regard to case, one indexed
    // lookup per list. Each profile comes once. An import asks this for a batch of rows at a time.
    Result<QList<ClientProfile>> identityCandidates(const QStringList& emails, const QStringList& mobiles,
                                                    const QStringList& names) const;
};

} // namespace sitekeeper
