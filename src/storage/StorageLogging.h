// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace sitekeeper {

// The one logging category of the storage layer.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace sitekeeper
