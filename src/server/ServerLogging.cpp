// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogging.h"

namespace sitekeeper::server {
Q_LOGGING_CATEGORY(lcServer, "sitekeeper.server")
}
