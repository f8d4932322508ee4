// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace sitekeeper {

// What storage keeps about a record besides its fields.
struct RecordState {
    qint64 revision = 0;       // local edits so far (1 after create)
    qint64 serverRevision = 0; // the backend's revision the record is based on (0: never synced)
    bool deleted = false;      // a tombstone
    QDateTime updatedAt;       // the last local edit (UTC)
};

} // namespace sitekeeper
