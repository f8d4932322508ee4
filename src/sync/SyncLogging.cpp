// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLogging.h"

namespace sitekeeper {
Q_LOGGING_CATEGORY(lcSync, "sitekeeper.sync")
}
