// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace sitekeeper {

// How Database::open behaves. The defaults are what the application uses.
struct OpenOptions {
    // Who makes the edits, written to the audit log. Empty: the operating-system user name.
    QString actor;
    // Gives the current time in UTC for audit rows, journal rows, `updated_at` and the names of
    // backups. Empty: the system clock. Tests inject a fixed clock instead of sleeping.
    std::function<QDateTime()> clock;
};

} // namespace sitekeeper
