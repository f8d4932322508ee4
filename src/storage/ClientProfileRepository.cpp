// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientProfileRepository.h"

namespace sitekeeper {

Result<void> ClientProfileRepository::disable(const QUuid& id) {
    auto profile = get(id);
    if (!profile)
        return profile.error();
    ClientProfile disabled = profile.value();
    disabled.status = ProfileStatus::Disabled;
    return update(disabled);
}

Result<void> ClientProfileRepository::remove(const QUuid& id, ProfileRemoval how) {
    if (how == ProfileRemoval::Delete)
        return Repository<ClientProfile>::remove(id);
    return disable(id);
}

} // namespace sitekeeper
