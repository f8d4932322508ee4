// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "EntityTypes.h"
#include "Transaction.h"

namespace sitekeeper {

namespace {

template <class T>
Result<void> upsertAll(Repository<T>& repository, const QList<T>& records) {
    for (const T& record : records) {
        if (auto written = repository.upsert(record); !written) {
            Error error = written.error();
            // Name the record: the caller's bundle may hold thousands.
            error.where = QStringLiteral("%1 %2").arg(entityName(T::entityKind),
                                                      record.id.toString(QUuid::WithoutBraces)) +
                          (error.where.isEmpty() ? QString() : QStringLiteral(".") + error.where);
            return error;
        }
    }
    return {};
}

} // namespace

RepositoryBase& Store::repository(EntityKind kind) {
    return visitEntityType(
        kind, [this]<class T>(std::type_identity<T>) -> RepositoryBase& { return repository<T>(); });
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const OpenOptions& options) {
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::make_unique<Store>(std::move(database).value());
}

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_sites(*m_database)
    , m_profiles(*m_database)
    , m_references(*m_database)
    , m_approvalTypes(*m_database)
    , m_approvers(*m_database)
    , m_notificationRules(*m_database)
    , m_partnerContacts(*m_database)
    , m_credentials(*m_database)
    , m_credentialFingerprints(*m_database)
    , m_credentialShares(*m_database)
    , m_escalations(*m_database)
    , m_partnerSettings(*m_database)
    , m_journal(*m_database)
    , m_audit(*m_database)
    , m_search(*m_database) {}

Store::~Store() = default;

Result<void> Store::upsert(const Bundle& bundle) {
    Transaction tx(*m_database);
    if (!tx.ok())
        return tx.error();
    Result<void> written = upsertAll(m_sites, bundle.sites);
    if (written)
        written = upsertAll(m_approvalTypes, bundle.approvalTypes);
    if (written)
        written = upsertAll(m_partnerContacts, bundle.contacts);
    if (written)
        written = upsertAll<ClientProfile>(m_profiles, bundle.profiles);
    if (written)
        written = upsertAll(m_references, bundle.references);
    if (written)
        written = upsertAll(m_approvers, bundle.approvers);
    if (written)
        written = upsertAll(m_notificationRules, bundle.rules);
    if (written)
        written = upsertAll(m_credentials, bundle.credentials);
    if (written)
        written = upsertAll(m_escalations, bundle.escalations);
    if (!written)
        return written;
    return tx.commit();
}

} // namespace sitekeeper
