#pragma once

#include <QLoggingCategory>

namespace sitekeeper::server {
Q_DECLARE_LOGGING_CATEGORY(lcServer)
}
