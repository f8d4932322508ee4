// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalType.h"
#include "Approver.h"
#include "AuditLog.h"
#include "Bundle.h"
#include "ClientProfileRepository.h"
#include "CredentialFingerprints.h"
#include "CredentialRecord.h"
#include "CredentialShares.h"
#include "Database.h"
#include "Escalation.h"
#include "Journal.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "PartnerSettings.h"
#include "Reference.h"
#include "Repository.h"
#include "Search.h"
#include "Site.h"

#include <memory>
#include <type_traits>

namespace sitekeeper {

// The storage of one workspace: the Database and one repository per entity over it, with the
// journal, the audit log and search. The workspace layer holds one Store.
class Store {
public:
    // Opens (see Database::open) and wraps the database; Database::report() says what opening did.
    static Result<std::unique_ptr<Store>> open(const QString& path, const OpenOptions& options = {});

    explicit Store(std::unique_ptr<Database> database);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& database() { return *m_database; }

    Repository<Site>& sites() { return m_sites; }
    ClientProfileRepository& profiles() { return m_profiles; }
    Repository<Reference>& references() { return m_references; }
    Repository<ApprovalType>& approvalTypes() { return m_approvalTypes; }
    Repository<Approver>& approvers() { return m_approvers; }
    Repository<NotificationRule>& notificationRules() { return m_notificationRules; }
    Repository<PartnerContact>& partnerContacts() { return m_partnerContacts; }
    Repository<CredentialRecord>& credentials() { return m_credentials; }
    CredentialFingerprints& credentialFingerprints() { return m_credentialFingerprints; }
    CredentialShares& credentialShares() { return m_credentialShares; }
    Repository<Escalation>& escalations() { return m_escalations; }
    // One record at most, under PartnerSettings::recordId().
    Repository<PartnerSettings>& partnerSettings() { return m_partnerSettings; }
    Journal& journal() { return m_journal; }
    AuditLog& audit() { return m_audit; }
    Search& search() { return m_search; }

    // The repository of entity type T, for code written once for every entity. Through it, remove()
    // of a profile deletes it (see ClientProfileRepository for the disabling one).
    template <class T>
    Repository<T>& repository();
    // The repository of a kind, for code that needs no more than the generic part (the record's site,
    // its JSON ...).
    RepositoryBase& repository(EntityKind kind);

    // Creates or updates every record of `bundle` in one transaction (joining the caller's, if one is
    // open): all are written or, at the first problem, none. Sites come first, so that checks run
    // against them; the caller validates references between records beforehand (BundleCodec).
    Result<void> upsert(const Bundle& bundle);

private:
    std::unique_ptr<Database> m_database; // first: destroyed after everything using it
    Repository<Site> m_sites;
    ClientProfileRepository m_profiles;
    Repository<Reference> m_references;
    Repository<ApprovalType> m_approvalTypes;
    Repository<Approver> m_approvers;
    Repository<NotificationRule> m_notificationRules;
    Repository<PartnerContact> m_partnerContacts;
    Repository<CredentialRecord> m_credentials;
    CredentialFingerprints m_credentialFingerprints;
    CredentialShares m_credentialShares;
    Repository<Escalation> m_escalations;
    Repository<PartnerSettings> m_partnerSettings;
    Journal m_journal;
    AuditLog m_audit;
    Search m_search;
};

template <class T>
Repository<T>& Store::repository() {
    if constexpr (std::is_same_v<T, Site>)
        return m_sites;
    else if constexpr (std::is_same_v<T, ClientProfile>)
        return m_profiles;
    else if constexpr (std::is_same_v<T, Reference>)
        return m_references;
    else if constexpr (std::is_same_v<T, ApprovalType>)
        return m_approvalTypes;
    else if constexpr (std::is_same_v<T, Approver>)
        return m_approvers;
    else if constexpr (std::is_same_v<T, NotificationRule>)
        return m_notificationRules;
    else if constexpr (std::is_same_v<T, PartnerContact>)
        return m_partnerContacts;
    else if constexpr (std::is_same_v<T, CredentialRecord>)
        return m_credentials;
    else if constexpr (std::is_same_v<T, Escalation>)
        return m_escalations;
    else
        return m_partnerSettings;
}

} // namespace sitekeeper
