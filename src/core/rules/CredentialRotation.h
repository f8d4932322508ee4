// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"

#include <QDate>

namespace sitekeeper {

// Whether `credential` is past its rotation interval on `today` (SK604): it has an interval and was
// either never rotated or last rotated more than the interval ago. The rule, the console's
// Credentials panel and the command line all ask this one function.
bool isRotationOverdue(const CredentialRecord& credential, const QDate& today);

} // namespace sitekeeper
