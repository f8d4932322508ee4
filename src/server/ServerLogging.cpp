#include "ServerLogging.h"

namespace sitekeeper::server {
Q_LOGGING_CATEGORY(lcServer, "sitekeeper.server")
}
