#pragma once

#include <QLoggingCategory>

namespace sitekeeper {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
