// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"

#include "CheckSource.h"
#include "Database.h"
#include "PhoneFactsCache.h"
#include "Rulebook.h"
#include "StorageLogging.h"
#include "Store.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <atomic>

namespace sitekeeper {

Checker::Checker(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {
    connect(&workspace, &Workspace::recordChanged, this, &Checker::onRecordChanged);
    connect(&workspace, &Workspace::pulled, this, [this](const PulledChanges& changes) {
        if (m_checked)
            (void)recheckPulled(changes);
    });
}

Checker::~Checker() = default;

QDate Checker::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Result<void> Checker::loadPartner() {
    CheckSource source(m_workspace.store());
    auto partner = source.partner(today(), m_workspace.partnerSettings().check);
    if (!partner)
        return partner.error();
    m_partner = std::move(partner).value();
    m_partnerFindings = Rulebook::instance().checkPartner(m_partner);
    return {};
}

Checker::SiteResult Checker::evaluate(SiteData& data) const {
    SiteResult result;
    result.siteId = data.site.id;
    result.siteName = data.site.name;
    result.parentId = data.site.parentId;
    result.coverage = data.site.coverage;
    result.activationStatus = data.site.activationStatus;
    result.findings = Rulebook::instance().checkSite(data, m_partner);
    // Most texts of a finding repeat from site to site (a rule's fix, its field, most messages of the
    // common rules): sharing one copy of each keeps 240,000 findings (10^6 profiles) some 100 MB
    // smaller. The pool only links equal strings; they outlive it by their own reference counts.
    thread_local QSet<QString> pool;
    if (pool.size() > 100'000)
        pool.clear();
    const auto shared = [](QString& text) {
        if (!text.isEmpty())
            text = *pool.insert(text);
    };
    for (Finding& finding : result.findings) {
        shared(finding.rule);
        shared(finding.field);
        shared(finding.message);
        shared(finding.fix);
    }
    result.readiness = Readiness::of(data, result.findings);
    return result;
}

Result<void> Checker::checkAll(const std::function<bool(qint64, qint64)>& progress) {
    QElapsedTimer timer;
    timer.start();
    const Result<void> partner = loadPartner();
    if (!partner)
        return partner;
    const qint64 partnerMs = timer.elapsed();
    CheckSource source(m_workspace.store());
    auto duplicates = source.duplicateCandidatesBySite();
    if (!duplicates)
        return duplicates.error();
    const qint64 duplicatesMs = timer.elapsed();

    // A large workspace is split in two halves by site id, the second read on its own connection in a
    // worker thread: reading and decoding the rows is most of a full check.
    const auto counted = m_workspace.store().sites().count();
    if (!counted)
        return counted.error();
    const qint64 sites = counted.value();
    const int parts = sites >= m_parallelFrom && QThread::idealThreadCount() >= 2 ? 2 : 1;
    struct Part {
        QHash<QUuid, SiteResult> sites;
        QSet<QString> unknownNumbers;
        std::optional<Error> error;
    };
    std::vector<Part> results(static_cast<size_t>(parts));
    std::atomic_bool cancelled{false};
    auto run = [&](int part, CheckSource& from, const std::function<bool(qint64, qint64)>& report) {
        Part& out = results[size_t(part)];
        const Result<void> walked = from.forEachSite(
            [&](SiteData& data) {
                if (cancelled)
                    return false;
                out.sites.insert(data.site.id, evaluate(data));
                return true;
            },
            report, CheckSlice{part, parts, &duplicates.value()});
        if (!walked)
            out.error = walked.error();
        out.unknownNumbers = from.takeUnknownNumbers();
    };
    std::unique_ptr<QThread> worker;
    if (parts > 1) {
        const QString path = m_workspace.database().path();
        worker.reset(QThread::create([&, path]() {
            auto reader = Database::openReader(path);
            if (!reader) {
                results[1].error = reader.error();
                return;
            }
            Store store(std::move(reader).value());
            CheckSource from(store);
            run(1, from, {});
        }));
        worker->start();
    }
    run(0, source, [&](qint64 done, qint64) {
        // The calling thread reports for both halves: they take about as long.
        if (progress && !progress(std::min(done * parts, qint64(sites)), sites))
            cancelled = true;
        return !cancelled;
    });
    if (worker)
        worker->wait();
    if (cancelled)
        return Error{tr("The check was cancelled; the findings of the last complete check are kept."), {}};
    QHash<QUuid, SiteResult> merged;
    QSet<QString> unknown;
    for (Part& part : results) {
        if (part.error)
            return *part.error;
        merged.insert(part.sites);
        unknown.unite(part.unknownNumbers);
    }
    m_sites = std::move(merged);
    m_checked = true;
    // Numbers met for the first time are remembered for the next check (a failure costs only time).
    (void)PhoneFactsCache(m_workspace.database()).saveFor(unknown);
    m_lastFullMs = timer.elapsed();
    qCInfo(lcStorage) << "check: partner data" << partnerMs << "ms, duplicates" << duplicatesMs - partnerMs
                      << "ms, all sites" << m_lastFullMs << "ms in" << parts << "thread(s)";
    Q_EMIT findingsChanged(m_sites.keys());
    return {};
}

Result<void> Checker::checkSiteOnly(const QUuid& siteId) {
    const Result<void> partner = loadPartner();
    if (!partner)
        return partner;
    CheckSource source(m_workspace.store());
    auto data = source.site(siteId);
    if (!data)
        return data.error();
    m_sites.clear();
    m_sites.insert(siteId, evaluate(data.value()));
    m_checked = true;
    (void)PhoneFactsCache(m_workspace.database()).saveFor(source.takeUnknownNumbers());
    Q_EMIT findingsChanged({siteId});
    return {};
}

Result<void> Checker::recheckSite(const QUuid& siteId) {
    return recheckSites({siteId});
}

Result<void> Checker::recheckSites(QSet<QUuid> siteIds) {
    QElapsedTimer timer;
    timer.start();
    if (!m_checked)
        return checkAll();
    CheckSource source(m_workspace.store());
    // A duplicate pair spans two sites: the partner site of every SK202 finding before and after
    // is checked again too, once.
    QSet<QUuid> pending = siteIds;
    QSet<QUuid> done;
    QList<QUuid> changed;
    while (!pending.isEmpty()) {
        const QUuid id = *pending.cbegin();
        pending.erase(pending.cbegin());
        if (done.contains(id))
            continue;
        done.insert(id);
        const bool primary = siteIds.contains(id);
        auto related = [&](const Findings& findings) {
            for (const Finding& f : findings) {
                if (primary && !f.relatedSiteId.isNull() && f.relatedSiteId != id &&
                    f.rule == QLatin1String("SK202"))
                    pending.insert(f.relatedSiteId);
            }
        };
        if (auto it = m_sites.constFind(id); it != m_sites.constEnd())
            related(it->findings);
        auto data = source.site(id);
        if (!data) {
            // Deleted (or never there): its findings go.
            if (m_sites.remove(id))
                changed.append(id);
            continue;
        }
        SiteResult result = evaluate(data.value());
        related(result.findings);
        m_sites.insert(id, std::move(result));
        changed.append(id);
    }
    (void)PhoneFactsCache(m_workspace.database()).saveFor(source.takeUnknownNumbers());
    m_lastRecheckMs = timer.elapsed();
    if (!changed.isEmpty())
        Q_EMIT findingsChanged(changed);
    return {};
}

QSet<QUuid> Checker::descendantsOf(const QUuid& siteId) const {
    QSet<QUuid> result{siteId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const SiteResult& site : m_sites) {
            if (!site.parentId.isNull() && result.contains(site.parentId) && !result.contains(site.siteId)) {
                result.insert(site.siteId);
                grew = true;
            }
        }
    }
    return result;
}

Result<void> Checker::recheck(EntityKind entity, const QUuid& id) {
    if (!m_checked)
        return checkAll();
    Store& store = m_workspace.store();
    switch (entity) {
    case EntityKind::Site:
        return recheckSites(descendantsOf(id));
    case EntityKind::PartnerContact:
    case EntityKind::ApprovalType:
    case EntityKind::PartnerSettings: // what every rule reads: forbidden terms, intervals ...
        return fullCheck();
    case EntityKind::Escalation:
        return {}; // no rule reads escalations
    case EntityKind::Credential: {
        // A secret's verdicts pair credentials across sites (SK602): the partner facts change.
        QSet<QUuid> affected{store.credentials().siteOfRecord(id)};
        auto affectedByReuse = [&]() {
            for (auto it = m_partner.credentialFacts.reuse.cbegin();
                 it != m_partner.credentialFacts.reuse.cend(); ++it) {
                if (it.key() == id || it->contains(id)) {
                    affected.insert(store.credentials().siteOfRecord(it.key()));
                    for (const QUuid& other : it.value())
                        affected.insert(store.credentials().siteOfRecord(other));
                }
            }
        };
        affectedByReuse();
        const Result<void> partner = loadPartner();
        if (!partner)
            return partner;
        affectedByReuse();
        affected.remove(QUuid());
        return recheckSites(affected);
    }
    case EntityKind::ClientProfile:
    case EntityKind::Reference:
    case EntityKind::Approver:
    case EntityKind::NotificationRule:
        break;
    }
    const QUuid siteId = store.repository(entity).siteOfRecord(id);
    if (siteId.isNull()) {
        // A partner-wide reference counts for every site (SK303).
        return fullCheck();
    }
    return recheckSites({siteId});
}

Result<void> Checker::recheckPulled(const PulledChanges& changes) {
    if (!m_checked || changes.everything)
        return fullCheck();
    Store& store = m_workspace.store();
    QSet<QUuid> sites;
    bool credentials = false;
    for (const PulledChanges::Record& record : changes.records) {
        const auto kind = entityKindFromName(record.entity);
        if (!kind)
            return fullCheck(); // a kind newer than this desktop's rulebook
        switch (*kind) {
        case EntityKind::PartnerSettings: // what every rule reads
        case EntityKind::PartnerContact:
        case EntityKind::ApprovalType:
            return fullCheck();
        case EntityKind::Escalation:
            continue;
        case EntityKind::Site:
            sites.unite(descendantsOf(record.id));
            sites.insert(record.id); // a new site: not among the results yet
            continue;
        case EntityKind::Credential:
            credentials = true;
            break;
        case EntityKind::ClientProfile:
        case EntityKind::Reference:
        case EntityKind::Approver:
        case EntityKind::NotificationRule:
            break;
        }
        const QUuid siteId = store.repository(*kind).siteOfRecord(record.id);
        if (siteId.isNull() && *kind == EntityKind::Reference)
            return fullCheck(); // a partner-wide reference counts for every site (SK303)
        sites.insert(siteId);
        sites.insert(record.siteBefore);
    }
    if (credentials) {
        // A secret's verdicts pair credentials across sites (SK602): the sites of every pair the
        // partner facts name, before and after, are checked again.
        const auto pairedSites = [&] {
            for (auto it = m_partner.credentialFacts.reuse.cbegin();
                 it != m_partner.credentialFacts.reuse.cend(); ++it) {
                sites.insert(store.credentials().siteOfRecord(it.key()));
                for (const QUuid& other : it.value())
                    sites.insert(store.credentials().siteOfRecord(other));
            }
        };
        pairedSites();
        if (const Result<void> partner = loadPartner(); !partner)
            return partner;
        pairedSites();
    }
    sites.remove(QUuid());
    if (sites.isEmpty())
        return {};
    return recheckSites(sites);
}

Result<void> Checker::fullCheck() {
    if (m_fullCheckRunner) {
        m_fullCheckRunner();
        return {};
    }
    return checkAll();
}

void Checker::onRecordChanged(EntityKind entity, const QUuid& id) {
    if (!m_checked)
        return;
    (void)recheck(entity, id);
}

Findings Checker::findings() const {
    Findings all = m_partnerFindings;
    QList<QUuid> ids = m_sites.keys();
    std::sort(ids.begin(), ids.end(), [&](const QUuid& a, const QUuid& b) {
        const int byName = QString::compare(m_sites[a].siteName, m_sites[b].siteName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    for (const QUuid& id : std::as_const(ids))
        all.append(m_sites[id].findings);
    return all;
}

const Checker::SiteResult* Checker::site(const QUuid& siteId) const {
    auto it = m_sites.constFind(siteId);
    return it == m_sites.constEnd() ? nullptr : &it.value();
}

FindingSummary Checker::summary() const {
    FindingSummary summary;
    for (const Finding& f : m_partnerFindings)
        summary.add(f);
    for (const SiteResult& site : m_sites) {
        for (const Finding& f : site.findings)
            summary.add(f);
    }
    return summary;
}

Result<SiteData> Checker::siteData(const QUuid& siteId) const {
    return CheckSource(m_workspace.store()).site(siteId);
}

Result<PartnerData> Checker::partnerData() const {
    if (m_checked)
        return m_partner;
    return CheckSource(m_workspace.store()).partner(today(), m_workspace.partnerSettings().check);
}

} // namespace sitekeeper
