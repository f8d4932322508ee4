// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSet>
#include <QUuid>

namespace sitekeeper {

class Database;

// Sync only: a tombstone site (server revision 0, no audit or journal row) for each of `ids` not
// stored at all, so that a pulled record may name its site (or a site its parent) before the site's
// own change arrives: the change feed orders records by their newest change, and a site edited after
// the records under it comes after them. The site's own change, when its page comes, replaces the
// tombstone (RepositoryBase::applyRemote updates the row and clears `deleted`).
Result<void> addSitePlaceholders(Database& database, const QSet<QUuid>& ids);

} // namespace sitekeeper
