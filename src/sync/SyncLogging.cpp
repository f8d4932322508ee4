#include "SyncLogging.h"

namespace sitekeeper {
Q_LOGGING_CATEGORY(lcSync, "sitekeeper.sync")
}
