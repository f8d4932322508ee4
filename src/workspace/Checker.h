// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "Finding.h"
#include "PulledChanges.h"
#include "Readiness.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace sitekeeper {

class Workspace;

// The workspace's best-practice findings, kept current: a full check on demand, and after each
// edit a re-check of only the sites the edit can affect (the edited record's site, the sites of
// the records it is paired with, a site's descendants). Partner-wide edits (contacts, approval
// types, partner-wide references, settings) re-check everything. The console's Findings panel,
// readiness column and dashboard read from here; the CLI uses the same calls.
class Checker : public QObject {
    Q_OBJECT

public:
    struct SiteResult {
        QUuid siteId;
        QString siteName;
        QUuid parentId;
        Coverage coverage = Coverage::None;
        ActivationStatus activationStatus = ActivationStatus::Draft;
        Findings findings;
        Readiness readiness;
    };

    // Who runs the full check a partner-wide edit needs (the console: later, with a progress dialog);
    // unset, recheck() runs it at once.
    void setFullCheckRunner(std::function<void()> runner) { m_fullCheckRunner = std::move(runner); }

    // From this many sites on (200 unless set), a full check reads in two threads.
    void setParallelFrom(int sites) { m_parallelFrom = sites; }

    explicit Checker(Workspace& workspace, QObject* parent = nullptr);
    ~Checker() override;

    // "Today" for the review dates; the wall clock unless set (tests, the CLI's --as-of).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    // Checks every site. `progress` (sites done, total) may cancel, which keeps the previous results.
    Result<void> checkAll(const std::function<bool(qint64, qint64)>& progress = {});
    // Re-checks the sites an edit of `entity` `id` can affect (see the class comment).
    Result<void> recheck(EntityKind entity, const QUuid& id);
    // Checks one site alone, without the others (the CLI's --site): partner-wide findings too.
    Result<void> checkSiteOnly(const QUuid& siteId);
    // Re-checks one site (and keeps the results of the others).
    Result<void> recheckSite(const QUuid& siteId);
    // After a pull (Workspace::pulled, which the checker follows itself): re-checks once the sites the
    // pulled records are in and were in before, as recheck() would for each; a pull of partner-wide
    // records, of records it could not list, or of a kind it does not know runs the full check.
    Result<void> recheckPulled(const PulledChanges& changes);

    bool hasResults() const { return m_checked; }
    // Every finding: partner-wide first, then by site.
    Findings findings() const;
    const Findings& partnerFindings() const { return m_partnerFindings; }
    const SiteResult* site(const QUuid& siteId) const;
    const QHash<QUuid, SiteResult>& sites() const { return m_sites; }
    FindingSummary summary() const;

    // The data of one site as the rules read it (the timeline, the approval what-if), and the
    // partner-wide data of the last check.
    Result<SiteData> siteData(const QUuid& siteId) const;
    Result<PartnerData> partnerData() const;

    // How long the last checkAll() and the last recheck took (the status bar, benchmarks).
    qint64 lastFullCheckMs() const { return m_lastFullMs; }
    qint64 lastRecheckMs() const { return m_lastRecheckMs; }

Q_SIGNALS:
    // The findings of these sites changed (all of them after a full check).
    void findingsChanged(const QList<QUuid>& siteIds);

private:
    void onRecordChanged(EntityKind entity, const QUuid& id);
    SiteResult evaluate(SiteData& data) const;
    Result<void> recheckSites(QSet<QUuid> siteIds);
    Result<void> fullCheck();
    Result<void> loadPartner();
    QSet<QUuid> descendantsOf(const QUuid& siteId) const;

    Workspace& m_workspace;
    QDate m_today;
    PartnerData m_partner;
    Findings m_partnerFindings;
    QHash<QUuid, SiteResult> m_sites;
    bool m_checked = false;
    qint64 m_lastFullMs = 0;
    qint64 m_lastRecheckMs = 0;
    int m_parallelFrom = 200;
    std::function<void()> m_fullCheckRunner;
};

} // namespace sitekeeper
