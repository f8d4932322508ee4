// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "BackendSettings.h"
#include "CredentialService.h"
#include "Database.h"
#include "FieldLabels.h"
#include "KeychainVault.h"
#include "PhoneFactsCache.h"
#include "Store.h"
#include "Transaction.h"
#include "WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>

namespace sitekeeper {

namespace {

QString currentUser() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

// Parents before children: the store refers to a parent that must already be there.
QList<Site> parentsFirst(const QList<Site>& sites) {
    QHash<QUuid, QList<const Site*>> children;
    QSet<QUuid> ids;
    for (const Site& site : sites)
        ids.insert(site.id);
    QList<const Site*> roots;
    for (const Site& site : sites) {
        if (site.parentId.isNull() || !ids.contains(site.parentId))
            roots << &site;
        else
            children[site.parentId] << &site;
    }
    QList<Site> ordered;
    ordered.reserve(sites.size());
    QList<const Site*> queue = roots;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        ordered << *queue[i];
        queue << children.value(queue[i]->id);
    }
    return ordered;
}

template <typename T>
Result<QList<T>> everything(const Repository<T>& repository, std::optional<QUuid> siteId = std::nullopt) {
    ListQuery query;
    query.siteId = siteId;
    query.limit = -1;
    return repository.list(query);
}

// Appends every record of `repository` (of one site, when given) to `target`; the error when the
// table cannot be read, so that an export is never silently incomplete.
template <typename T>
std::optional<Error> appendAll(QList<T>& target, const Repository<T>& repository,
                               std::optional<QUuid> siteId = std::nullopt) {
    auto records = everything(repository, siteId);
    if (!records)
        return records.error();
    target << std::move(records).value();
    return std::nullopt;
}

} // namespace

Workspace::Workspace(QString folder)
    : m_folder(std::move(folder)) {}

Workspace::~Workspace() = default;

QString Workspace::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/default");
}

QString Workspace::resolvePath(const QString& fromCommandLine) {
    if (!fromCommandLine.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromCommandLine));
    const QString fromEnvironment = qEnvironmentVariable("SITEKEEPER_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return defaultPath();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder, OpenMode mode) {
    const QFileInfo info(folder);
    const QString databasePath = QDir(folder).filePath(databaseFileName());
    if (info.exists() && !info.isDir())
        return Error{tr("This is a file, not a workspace folder. Choose a folder."), folder};
    if (mode == OpenMode::MustExist && !QFileInfo::exists(databasePath))
        return Error{tr("There is no workspace here. Create one with: sitekeeper-cli --workspace \"%1\" init")
                         .arg(folder),
                     folder, Error::Kind::NotFound};
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the workspace folder. Check that the parent folder exists and is "
                        "writable."),
                     folder, Error::Kind::Io};

    std::unique_ptr<Workspace> workspace(new Workspace(QDir(folder).absolutePath()));
    OpenOptions options;
    options.actor = currentUser();
    auto store = Store::open(databasePath, options);
    if (!store)
        return store.error();
    workspace->m_store = std::move(store).value();
    workspace->m_settings =
        std::make_unique<WorkspaceSettings>(QDir(folder).filePath(QStringLiteral("settings.ini")));
    workspace->m_settings->ensureWorkspaceId();
    if (workspace->m_settings->status() != QSettings::NoError)
        return Error{tr("Cannot write the workspace settings. Check the folder's permissions."),
                     QDir(folder).filePath(QStringLiteral("settings.ini")), Error::Kind::Io};
    if (auto moved = workspace->moveLegacyPartnerSettings(); !moved)
        return moved.error();
    workspace->m_identity = BackendSettings(workspace->m_folder).identity();
    Workspace* self = workspace.get();
    self->m_partnerSeen = self->partnerSettings();
    connect(self, &Workspace::pulled, self, &Workspace::notePulledPartnerSettings);
    connect(self, &Workspace::recordChanged, self, [self](EntityKind entity) {
        if (entity == EntityKind::PartnerSettings)
            self->m_partnerSeen = self->partnerSettings();
    });
    return workspace;
}

PartnerSettings Workspace::partnerSettings() const {
    // None yet (or reset by an undo): the defaults. A failed read was logged by the store.
    return m_store->partnerSettings().get(PartnerSettings::recordId()).valueOr(PartnerSettings::defaults());
}

Result<void> Workspace::moveLegacyPartnerSettings() {
    const std::optional<PartnerSettings> legacy = m_settings->legacyPartnerSettings();
    if (legacy) {
        Repository<PartnerSettings>& repository = m_store->partnerSettings();
        const auto state = repository.state(PartnerSettings::recordId());
        // Written like an edit (audited, in the outbox), so that the team's backend gets them; values
        // that are the defaults anyway need no record. A record that exists already (pulled) wins:
        // this machine's old copy is the older one.
        if (!state && !(*legacy == PartnerSettings::defaults())) {
            if (auto written = repository.upsert(*legacy); !written) {
                Error error = written.error();
                error.message = tr("The partner settings of settings.ini could not be moved into the "
                                   "workspace (%1); they stay in settings.ini until they can.")
                                    .arg(error.message);
                return error;
            }
        }
    }
    if (legacy || m_settings->version() < WorkspaceSettings::currentVersion)
        m_settings->forgetLegacyPartnerSettings();
    return {};
}

void Workspace::notePulledPartnerSettings() {
    const PartnerSettings now = partnerSettings();
    if (now == m_partnerSeen)
        return;
    m_partnerSeen = now;
    Q_EMIT recordChanged(EntityKind::PartnerSettings, PartnerSettings::recordId());
}

void Workspace::setIdentity(const std::optional<protocol::Me>& identity) {
    if (identity == m_identity)
        return;
    BackendSettings(m_folder).setIdentity(identity);
    m_identity = identity;
    Q_EMIT identityChanged();
}

protocol::Role Workspace::memberRole() const {
    return m_identity ? m_identity->member.role : protocol::Role::Admin;
}

QString Workspace::whyNot(protocol::Role needed) const {
    const protocol::Role have = memberRole();
    return protocol::allows(have, needed) ? QString() : protocol::forbiddenMessage(needed, have);
}

QUuid Workspace::id() const {
    return m_settings->workspaceId();
}

CredentialVault& Workspace::vault() {
    // Made on first use: commands that never touch a secret never talk to the keychain.
    if (!m_vault)
        m_vault = std::make_unique<KeychainVault>();
    return *m_vault;
}

CredentialService& Workspace::credentials() {
    if (!m_credentials)
        m_credentials = std::make_unique<CredentialService>(*m_store, vault(), id());
    return *m_credentials;
}

const OpenReport& Workspace::openReport() const {
    return m_store->database().report();
}

Database& Workspace::database() {
    return m_store->database();
}

Result<Workspace::Counts> Workspace::counts() const {
    Store& r = *m_store;
    Counts c;
    const std::pair<qint64*, const RepositoryBase*> tables[] = {
        {&c.sites, &r.sites()},
        {&c.clientProfiles, &r.profiles()},
        {&c.references, &r.references()},
        {&c.approvers, &r.approvers()},
        {&c.notificationRules, &r.notificationRules()},
        {&c.partnerContacts, &r.partnerContacts()},
        {&c.credentials, &r.credentials()},
        {&c.approvalTypes, &r.approvalTypes()},
        {&c.escalations, &r.escalations()},
    };
    for (const auto& [target, repository] : tables) {
        auto counted = repository->count();
        if (!counted)
            return counted.error();
        *target = counted.value();
    }
    c.pendingChanges = r.journal().count();
    return c;
}

Result<Workspace::ImportSummary> Workspace::importBundle(const Bundle& bundle, const Progress& progress) {
    return importChunks([&bundle](const std::function<bool(const Bundle&)>& write) { return write(bundle); },
                        progress);
}

Result<Workspace::ImportSummary>
Workspace::importChunks(const std::function<bool(const std::function<bool(const Bundle&)>&)>& producer,
                        const Progress& progress) {
    // One outer transaction: any failure or a cancel leaves the workspace as it was, so the records
    // need no savepoint each.
    Database::BulkWrite bulk(m_store->database());
    Transaction transaction(m_store->database());
    if (!transaction.ok())
        return transaction.error();

    ImportSummary summary;
    std::optional<Error> failure;
    qint64 done = 0;
    bool cancelled = false;

    auto writeAll = [&](auto& repository, const auto& records) {
        for (const auto& record : records) {
            if (failure || cancelled)
                return;
            RepositoryBase::WriteOutcome outcome{};
            const auto written = repository.upsert(record, nullptr, &outcome);
            if (!written) {
                failure = written.error();
                return;
            }
            switch (outcome) {
            case RepositoryBase::WriteOutcome::Created:
                ++summary.created;
                break;
            case RepositoryBase::WriteOutcome::Updated:
                ++summary.updated;
                break;
            case RepositoryBase::WriteOutcome::Unchanged:
                ++summary.unchanged;
                break;
            }
            if (++done % 1000 == 0 && progress && !progress(done, -1))
                cancelled = true;
        }
    };

    QSet<QString> numbers;
    const bool completed = producer([&](const Bundle& chunk) {
        Store& r = *m_store;
        // Every number was parsed for validation just now: its facts are at hand for the checks.
        for (const ClientProfile& p : chunk.profiles) {
            numbers.insert(p.officePhone);
            numbers.insert(p.mobilePhone);
        }
        writeAll(r.approvalTypes(), chunk.approvalTypes);
        writeAll(r.partnerContacts(), chunk.contacts);
        writeAll(r.sites(), parentsFirst(chunk.sites));
        writeAll(r.profiles(), chunk.profiles);
        writeAll(r.references(), chunk.references);
        writeAll(r.approvers(), chunk.approvers);
        writeAll(r.notificationRules(), chunk.rules);
        writeAll(r.credentials(), chunk.credentials);
        writeAll(r.escalations(), chunk.escalations);
        return !failure && !cancelled;
    });

    if (failure)
        return *failure; // the transaction rolls back on destruction
    if (cancelled || !completed)
        return Error{tr("The import was cancelled; nothing was changed."), QString(), Error::Kind::Cancelled};
    // The numbers were parsed for validation: keep their facts for the checks.
    numbers.remove(QString());
    if (const auto facts = PhoneFactsCache(m_store->database()).saveFor(numbers); !facts)
        return facts.error();
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    if (progress)
        progress(done, done);
    return summary;
}

Result<Bundle> Workspace::exportBundle(std::optional<QUuid> siteId) const {
    Store& r = *m_store;
    Bundle bundle;
    if (auto failed = appendAll(bundle.approvalTypes, r.approvalTypes()))
        return *failed;
    if (auto failed = appendAll(bundle.contacts, r.partnerContacts()))
        return *failed;
    if (auto failed = appendAll(bundle.references, r.references(), QUuid())) // partner-wide
        return *failed;

    QList<Site> sites;
    if (!siteId) {
        if (auto failed = appendAll(sites, r.sites()))
            return *failed;
    } else {
        const auto root = r.sites().get(*siteId);
        if (!root)
            return root.error();
        // The site and everything nested under it, from one read of the site table.
        QList<Site> all;
        if (auto failed = appendAll(all, r.sites()))
            return *failed;
        sites << *root;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            for (const Site& child : all) {
                if (child.parentId == sites[i].id)
                    sites << child;
            }
        }
    }
    bundle.sites = sites;
    for (const Site& site : std::as_const(sites)) {
        for (const std::optional<Error>& failed : {appendAll(bundle.profiles, r.profiles(), site.id),
                                                   appendAll(bundle.references, r.references(), site.id),
                                                   appendAll(bundle.approvers, r.approvers(), site.id),
                                                   appendAll(bundle.rules, r.notificationRules(), site.id),
                                                   appendAll(bundle.credentials, r.credentials(), site.id),
                                                   appendAll(bundle.escalations, r.escalations(), site.id)}) {
            if (failed)
                return *failed;
        }
    }
    return bundle;
}

std::optional<QUuid> Workspace::findSiteByName(const QString& name) const {
    ListQuery query;
    query.limit = -1;
    // Full-text matching is by words; a name of punctuation alone is found by the second, full read.
    for (const QString& search : {name, QString()}) {
        query.search = search;
        // A failed read was logged by the store; the caller reports the site as not found.
        for (const Site& site : m_store->sites().list(query).valueOr({})) {
            if (site.name == name)
                return site.id;
        }
    }
    return std::nullopt;
}

} // namespace sitekeeper

namespace sitekeeper {

QString Workspace::clashMessage(EntityKind kind, const QUuid& id, const QList<FieldClash>& clashes) const {
    const QString entity = entityName(kind); // the audit log's spelling
    QStringList fields;
    for (const FieldClash& clash : clashes)
        fields.append(
            tr("%1 was changed %2 (now %3; this edit started from %4)")
                .arg(FieldLabels::label(entity, clash.field),
                     FieldClashText::origin(FieldClashText::lastChange(*m_store, entity, id, clash.field)),
                     FieldClashText::value(clash.stored), FieldClashText::value(clash.base)));
    return tr("Not saved: since this %1 was read, %2. Read it again and repeat the edit, so that it does not "
              "overwrite that change.")
        .arg(RepositoryBase::displayName(entity), fields.join(QStringLiteral("; ")));
}

} // namespace sitekeeper
