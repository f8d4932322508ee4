// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QCoreApplication>

#include <functional>

namespace sitekeeper {

struct Site;

// The overview tab's summary of a site: its settings in a few lines, and how many records of each
// list it has.
class SiteSummary {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SiteSummary)

public:
    // Rich text; `count` says how many records of a kind the site has.
    static QString html(const Site& site, const std::function<qint64(EntityKind)>& count);
};

} // namespace sitekeeper
