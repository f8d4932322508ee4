// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace sitekeeper {

// Which records a repository lists, in what order, and which page of them. Every part is bound as
// a parameter or checked against the entity's columns: nothing here is pasted into SQL.
struct ListQuery {
    // Only records of this site; a null QUuid inside means records of no site (partner-wide
    // references). Ignored by entities that do not belong to a site.
    std::optional<QUuid> siteId;
    // Only records with this status (`status`, or `activation_status` for sites). Empty: any.
    QString status;
    // Words to look for, as a user typed them: full text over profiles, references and sites
    // (every word must match, each as a prefix), the display key for other entities.
    QString search;
    // Only records whose column `rangeColumn` (a JSON key of the entity, such as an escalation's
    // "date") lies from `rangeFrom` to `rangeTo`, both included; a null bound leaves that side open.
    // A QDate bound compares as its ISO text, the way dates are stored.
    QString rangeColumn;
    QVariant rangeFrom;
    QVariant rangeTo;
    // A column (a JSON key of the entity) to sort by; empty: the display key. Ties are broken by id.
    QString orderBy;
    Qt::SortOrder order = Qt::AscendingOrder;
    // The page: `limit` records after skipping `offset`; a negative limit means all.
    int offset = 0;
    int limit = 100;
    // Keyset paging, faster than a large offset: only records after the one whose sort value and
    // id are given (the last record of the previous page). Use with a sort column that is never null.
    QVariant afterValue;
    QUuid afterId;
    // Tombstones too (sync needs them); lists for people never show them.
    bool includeDeleted = false;
};

} // namespace sitekeeper
