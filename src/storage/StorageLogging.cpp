#include "StorageLogging.h"

namespace sitekeeper {

Q_LOGGING_CATEGORY(lcStorage, "sitekeeper.storage")

} // namespace sitekeeper
