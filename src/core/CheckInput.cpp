// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckInput.h"

namespace sitekeeper {

const ClientProfile* SiteData::profile(const QUuid& id) const {
    if (m_profileIndex.size() != profiles.size()) {
        m_profileIndex.clear();
        m_profileIndex.reserve(profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i)
            m_profileIndex.insert(profiles[i].id, i);
    }
    auto it = m_profileIndex.constFind(id);
    return it == m_profileIndex.constEnd() ? nullptr : &profiles[it.value()];
}

} // namespace sitekeeper
