// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

namespace sitekeeper {

class Store;

// Which sites forEachSite() reads: part `part` of `parts` equal runs of the sites in id order (so
// that several threads, each with its own connection, can share a full check), with the
// duplicate candidates computed once for all of them.
struct CheckSlice {
    int part = 0;
    int parts = 1;
    const QHash<QUuid, QList<ClientProfile>>* duplicates = nullptr; // null: computed here
};

// Reads what the rulebook checks (CheckInput.h) from a Store: the partner-wide records once, then one
// site at a time. A full check streams every site in one pass per table (ordered by site), so that
// memory stays at one site's records however large the workspace; the numbers' facts come with the
// rows (see PhoneFactsCache).
class CheckSource {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CheckSource)

public:
    explicit CheckSource(Store& store);

    Result<PartnerData> partner(const QDate& today, const CheckSettings& settings) const;

    // One site with its ancestors and the profiles elsewhere that may be its duplicates.
    Result<SiteData> site(const QUuid& siteId) const;

    // Every site (not deleted) of the slice, in id order. `visit` returns false to stop; `progress`
    // (done, total of the slice) returns false to cancel, which gives an error saying so.
    Result<void> forEachSite(const std::function<bool(SiteData&)>& visit,
                             const std::function<bool(qint64, qint64)>& progress = {},
                             const CheckSlice& slice = {}) const;

    // Every active profile that shares a duplicate key (email, mobile, name and phone) with another
    // active profile, grouped by the sites they are at: a site's duplicate candidates are the
    // profiles of the groups its own profiles are in.
    Result<QHash<QUuid, QList<ClientProfile>>> duplicateCandidatesBySite() const;

    // The profile numbers met while reading that had no facts in the workspace yet: the caller saves
    // them (PhoneFactsCache::saveFor) once the rules have looked at them.
    QSet<QString> takeUnknownNumbers();

private:
    Store& m_store;
    mutable QSet<QString> m_unknownNumbers;
};

} // namespace sitekeeper
