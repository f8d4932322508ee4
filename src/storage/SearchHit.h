// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace sitekeeper {

// One record that matched a full-text search.
struct SearchHit {
    QString entity; // "client_profile", "reference" or "site"
    QUuid id;
    QUuid siteId;    // the record's site (a site's own id); null for partner-wide references
    QString title;   // full name, title or site name
    QString snippet; // the best matching passage, matches between Search::highlightStart and highlightEnd
    double rank = 0; // lower is better (FTS5 bm25)
};

} // namespace sitekeeper
