// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sitekeeper {

// What Database::open had to do besides opening, so that the user can be told about it.
struct OpenReport {
    // The file did not exist (or was empty) and a new workspace database was made.
    bool created = false;
    // The file was not a database or failed its integrity check, and was renamed to `movedTo`
    // (with its -wal and -shm files); a new, empty database took its place.
    bool movedAside = false;
    QString movedTo;
    // The schema version the file had before it was migrated; 0 when nothing was migrated.
    int migratedFrom = 0;
    // The copy made before migrating (VACUUM INTO); empty when nothing was migrated.
    QString backupPath;
};

} // namespace sitekeeper
