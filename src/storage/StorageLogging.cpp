// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageLogging.h"

namespace sitekeeper {

Q_LOGGING_CATEGORY(lcStorage, "sitekeeper.storage")

} // namespace sitekeeper
