// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSource.h"

#include "Database.h"
#include "Enums.h"
#include "PhoneFactsCache.h"
#include "ProfileIdentity.h"
#include "SqliteStatement.h"
#include "StorageLogging.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <numeric>
#include <optional>

namespace sitekeeper {

namespace {

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

// Profiles are read with the facts of their two numbers, which go to PhoneNumber's cache.
QString profileSelect(const RepositoryBase& profiles) {
    return QStringLiteral("SELECT %1, fo.valid, fo.type, fm.valid, fm.type FROM client_profiles")
               .arg(profiles.selectColumns()) +
           PhoneFactsCache::join(QStringLiteral("fo"), QStringLiteral("client_profiles.office_phone")) +
           PhoneFactsCache::join(QStringLiteral("fm"), QStringLiteral("client_profiles.mobile_phone"));
}

int columnIndex(const EntityTable& table, const QString& name);

// Where each field of a profile is in a row that selected RepositoryBase::selectColumns().
struct ProfileColumns {
    int id, siteId, fullName, email, officePhone, officeExtension, mobilePhone, title, vip, status;

    explicit ProfileColumns(const EntityTable& t)
        : id(columnIndex(t, QStringLiteral("id")))
        , siteId(columnIndex(t, QStringLiteral("site_id")))
        , fullName(columnIndex(t, QStringLiteral("full_name")))
        , email(columnIndex(t, QStringLiteral("email")))
        , officePhone(columnIndex(t, QStringLiteral("office_phone")))
        , officeExtension(columnIndex(t, QStringLiteral("office_extension")))
        , mobilePhone(columnIndex(t, QStringLiteral("mobile_phone")))
        , title(columnIndex(t, QStringLiteral("title")))
        , vip(columnIndex(t, QStringLiteral("vip")))
        , status(columnIndex(t, QStringLiteral("status"))) {}
};

// A check reads every profile of the workspace. Decoding the row straight into the struct skips the
// JSON object Repository::fromRow builds (a fifth of a full check at 200,000 profiles);
// tst_Checker compares the two ways on every profile of its workspace.
ClientProfile profileFromRow(const Repository<ClientProfile>& profiles, const QSqlQuery& q,
                             QHash<QString, PhoneNumber::Facts>& facts, QSet<QString>& unknown) {
    static const ProfileColumns c(profiles.table());
    ClientProfile p;
    p.id = QUuid::fromString(q.value(c.id).toString());
    p.siteId = QUuid::fromString(q.value(c.siteId).toString());
    p.fullName = q.value(c.fullName).toString();
    p.email = q.value(c.email).toString();
    p.officePhone = q.value(c.officePhone).toString();
    p.officeExtension = q.value(c.officeExtension).toString();
    p.mobilePhone = q.value(c.mobilePhone).toString();
    p.title = q.value(c.title).toString();
    p.vip = q.value(c.vip).toInt() != 0;
    p.status = fromString<ProfileStatus>(q.value(c.status).toString()).value_or(ProfileStatus::Active);
    const int extra = profiles.selectedColumnCount();
    PhoneFactsCache::seed(p.officePhone, q.value(extra), q.value(extra + 1), facts, unknown);
    PhoneFactsCache::seed(p.mobilePhone, q.value(extra + 2), q.value(extra + 3), facts, unknown);
    return p;
}

// The same from a raw statement, for the full check: it reads every profile, and Qt SQL's QVariant
// for each value was a third of the reading. The facts of the numbers are in PhoneNumber's cache
// already (PhoneFactsCache::loadAllOnce); a number without any goes to `unknown`.
ClientProfile profileFromRow(const Repository<ClientProfile>& profiles, const SqliteStatement& q,
                             QSet<QString>& unknown) {
    static const ProfileColumns c(profiles.table());
    ClientProfile p;
    p.id = QUuid::fromString(q.text(c.id));
    p.siteId = QUuid::fromString(q.text(c.siteId));
    p.fullName = q.text(c.fullName);
    p.email = q.text(c.email);
    p.officePhone = q.text(c.officePhone);
    p.officeExtension = q.text(c.officeExtension);
    p.mobilePhone = q.text(c.mobilePhone);
    p.title = q.text(c.title);
    p.vip = q.integer(c.vip) != 0;
    p.status = fromString<ProfileStatus>(q.text(c.status)).value_or(ProfileStatus::Active);
    for (const QString* number : {&p.officePhone, &p.mobilePhone}) {
        if (!number->isEmpty() && !PhoneNumber::hasFacts(*number))
            unknown.insert(*number);
    }
    return p;
}

int columnIndex(const EntityTable& table, const QString& name) {
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].name == name)
            return i;
    }
    return 0;
}

// A query of one site-bound table ordered by site, read alongside the sites in id order.
template <class T>
class SiteCursor {
public:
    SiteCursor(Database& db, const Repository<T>& repository, const QString& table, const QString& first,
               const QString& last)
        : m_repository(repository)
        , m_query(db.connection()) {
        m_query.setForwardOnly(true);
        m_query.prepare(QStringLiteral("SELECT %1 FROM \"%2\" WHERE deleted = 0 AND site_id BETWEEN ? AND ? "
                                       "ORDER BY site_id")
                            .arg(repository.selectColumns(), table));
        m_query.addBindValue(first);
        m_query.addBindValue(last);
        m_ok = m_query.exec();
        m_siteColumn = columnIndex(repository.table(), repository.table().siteColumn);
        advance();
    }
    bool ok() const { return m_ok; }
    QSqlError lastError() const { return m_query.lastError(); }

    // The rows of site `id` (skipping rows of sites before it: deleted ones).
    QList<T> take(const QString& id) {
        QList<T> rows;
        while (m_valid && m_site < id)
            advance();
        while (m_valid && m_site == id) {
            rows.append(m_repository.fromRow(m_query));
            advance();
        }
        return rows;
    }

private:
    void advance() {
        m_valid = m_ok && m_query.next();
        m_site = m_valid ? m_query.value(m_siteColumn).toString() : QString();
    }

    const Repository<T>& m_repository;
    QSqlQuery m_query;
    int m_siteColumn = 0;
    bool m_ok = false;
    bool m_valid = false;
    QString m_site;
};

} // namespace

CheckSource::CheckSource(Store& store)
    : m_store(store) {}

QSet<QString> CheckSource::takeUnknownNumbers() {
    return std::exchange(m_unknownNumbers, {});
}

Result<PartnerData> CheckSource::partner(const QDate& today, const CheckSettings& settings) const {
    PartnerData partner;
    partner.today = today;
    partner.settings = settings;
    ListQuery all;
    all.limit = -1;
    auto contacts = m_store.partnerContacts().list(all);
    if (!contacts)
        return contacts.error();
    for (const PartnerContact& contact : std::as_const(contacts.value()))
        partner.contacts.insert(contact.id, contact);
    auto types = m_store.approvalTypes().list(all);
    if (!types)
        return types.error();
    partner.approvalTypes = std::move(types).value();
    ListQuery partnerWide = all;
    partnerWide.siteId = QUuid();
    auto references = m_store.references().list(partnerWide);
    if (!references)
        return references.error();
    partner.references = std::move(references).value();

    auto weak = m_store.credentialFingerprints().weak();
    if (!weak)
        return weak.error();
    partner.credentialFacts.weak = weak.value();
    auto groups = m_store.credentialFingerprints().reusedGroups();
    if (!groups)
        return groups.error();
    for (const QList<QUuid>& group : groups.value()) {
        for (const QUuid& id : group) {
            QList<QUuid> others = group;
            others.removeAll(id);
            partner.credentialFacts.reuse.insert(id, others);
        }
    }
    // Members who left, as the last key exchange with the backend listed them (CredentialSharing).
    if (auto leavers = m_store.database().meta(QString::fromLatin1(CredentialShares::revokedMembersKey));
        leavers && !leavers->isEmpty()) {
        const QJsonObject json = QJsonDocument::fromJson(leavers->toUtf8()).object();
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QUuid id = QUuid::fromString(it.key());
            if (!id.isNull())
                partner.credentialFacts.leavers.insert(id, it.value().toString().left(200));
        }
    }
    return partner;
}

Result<SiteData> CheckSource::site(const QUuid& siteId) const {
    auto site = m_store.sites().get(siteId);
    if (!site)
        return site.error();
    SiteData data;
    data.site = site.value();
    QSet<QUuid> seen{siteId};
    for (QUuid parent = data.site.parentId; !parent.isNull() && !seen.contains(parent);) {
        seen.insert(parent);
        auto ancestor = m_store.sites().get(parent);
        if (!ancestor)
            break;
        data.ancestors.append(ancestor.value());
        parent = ancestor->parentId;
    }

    Database& db = m_store.database();
    const QString id = idText(siteId);
    QHash<QString, PhoneNumber::Facts> facts;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(profileSelect(m_store.profiles()) +
                  QStringLiteral(" WHERE client_profiles.site_id = ? AND client_profiles.deleted = 0"));
        q.addBindValue(id);
        if (!q.exec())
            return db.sqlError(q.lastError(), tr("Reading the site's client profiles"));
        while (q.next())
            data.profiles.append(profileFromRow(m_store.profiles(), q, facts, m_unknownNumbers));
    }
    PhoneNumber::seedFacts(facts);

    ListQuery ofSite;
    ofSite.siteId = siteId;
    ofSite.limit = -1;
    const auto fill = [&ofSite](const auto& repository, auto& target) -> std::optional<Error> {
        auto records = repository.list(ofSite);
        if (!records)
            return records.error();
        target = std::move(records).value();
        return std::nullopt;
    };
    if (auto failed = fill(m_store.references(), data.references))
        return *failed;
    if (auto failed = fill(m_store.approvers(), data.approvers))
        return *failed;
    if (auto failed = fill(m_store.notificationRules(), data.rules))
        return *failed;
    if (auto failed = fill(m_store.credentials(), data.credentials))
        return *failed;

    // Profiles anywhere sharing a key with an active profile of this site, each lookup on an index.
    const QString same =
        QStringLiteral("SELECT DISTINCT o.id FROM client_profiles s JOIN client_profiles o ON %1 "
                       "WHERE s.site_id = ? AND s.deleted = 0 AND s.status = 'active' AND o.deleted = 0 "
                       "AND o.status = 'active' AND o.id <> s.id");
    const QStringList joins{
        QStringLiteral("o.email_key = s.email_key AND s.email_key <> ''"),
        QStringLiteral("o.mobile_phone = s.mobile_phone AND coalesce(s.mobile_phone, '') <> ''"),
        QStringLiteral("o.office_phone = s.office_phone AND s.office_phone <> ''"),
        QStringLiteral("o.office_phone = s.mobile_phone AND s.mobile_phone <> ''"),
        QStringLiteral("o.mobile_phone = s.office_phone AND s.office_phone <> ''"),
    };
    QStringList parts;
    for (const QString& join : joins)
        parts.append(same.arg(join));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM client_profiles WHERE id IN (%2)")
                  .arg(m_store.profiles().selectColumns(), parts.join(QStringLiteral(" UNION "))));
    for (int i = 0; i < joins.size(); ++i)
        q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("Looking for duplicate profiles"));
    while (q.next())
        data.duplicateCandidates.append(m_store.profiles().fromRow(q));
    return data;
}

Result<QHash<QUuid, QList<ClientProfile>>> CheckSource::duplicateCandidatesBySite() const {
    Database& db = m_store.database();
    // The emails and numbers held by more than one profile, each found by scanning an index; the rule
    // then compares the candidates with full case folding (SQLite's lower() folds ASCII only) and
    // looks at names.
    const QString sql = QStringLiteral(
        "WITH dup_email AS (SELECT email_key AS k FROM client_profiles WHERE email_key <> '' "
        "GROUP BY email_key HAVING count(*) > 1), "
        "dup_phone AS (SELECT k FROM (SELECT office_phone AS k FROM client_profiles WHERE office_phone <> '' "
        "UNION ALL SELECT mobile_phone FROM client_profiles WHERE mobile_phone <> '') "
        "GROUP BY k HAVING count(*) > 1) "
        "SELECT %1 FROM client_profiles WHERE deleted = 0 AND status = 'active' AND id IN ("
        "SELECT p.id FROM dup_email d JOIN client_profiles p ON p.email_key = d.k "
        "UNION SELECT p.id FROM dup_phone d JOIN client_profiles p ON p.office_phone = d.k "
        "UNION SELECT p.id FROM dup_phone d JOIN client_profiles p ON p.mobile_phone = d.k)");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql.arg(m_store.profiles().selectColumns())))
        return db.sqlError(q.lastError(), tr("Looking for duplicate profiles"));
    QList<ClientProfile> candidates;
    while (q.next())
        candidates.append(m_store.profiles().fromRow(q));

    // Group the candidates by shared key, then give each site the groups its profiles are in.
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ClientProfile& p = candidates[i];
        const QString email = ProfileIdentity::emailKey(p.email);
        if (!email.isEmpty())
            groups[QStringLiteral("e:") + email].append(i);
        if (!p.mobilePhone.isEmpty())
            groups[QStringLiteral("m:") + p.mobilePhone].append(i);
        const QString name = ProfileIdentity::nameKey(p.fullName);
        for (const QString& phone : {p.officePhone, p.mobilePhone}) {
            if (!phone.isEmpty())
                groups[QStringLiteral("n:") + name + QLatin1Char('|') + phone].append(i);
        }
    }
    QHash<QUuid, QSet<qsizetype>> bySite;
    for (const QList<qsizetype>& group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        for (qsizetype member : group) {
            QSet<qsizetype>& set = bySite[candidates[member].siteId];
            for (qsizetype other : group)
                set.insert(other);
        }
    }
    QHash<QUuid, QList<ClientProfile>> result;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        QList<ClientProfile>& list = result[it.key()];
        for (qsizetype index : it.value())
            list.append(candidates[index]);
    }
    return result;
}

Result<void> CheckSource::forEachSite(const std::function<bool(SiteData&)>& visit,
                                      const std::function<bool(qint64, qint64)>& progress,
                                      const CheckSlice& slice) const {
    Database& db = m_store.database();
    ListQuery all;
    all.limit = -1;
    auto listed = m_store.sites().list(all);
    if (!listed)
        return listed.error();
    const QList<Site> sites = std::move(listed).value();
    QHash<QUuid, qsizetype> siteIndex;
    for (qsizetype i = 0; i < sites.size(); ++i)
        siteIndex.insert(sites[i].id, i);
    QList<qsizetype> order(sites.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return idText(sites[a].id) < idText(sites[b].id); });
    const int parts = std::max(1, slice.parts);
    const qsizetype from = order.size() * slice.part / parts;
    const qsizetype to = order.size() * (slice.part + 1) / parts;
    order = order.mid(from, to - from);
    if (order.isEmpty())
        return {};
    const QString first = idText(sites[order.first()].id);
    const QString last = idText(sites[order.last()].id);

    QElapsedTimer timer;
    timer.start();
    QHash<QUuid, QList<ClientProfile>> ownDuplicates;
    if (!slice.duplicates) {
        auto duplicates = duplicateCandidatesBySite();
        if (!duplicates)
            return duplicates.error();
        ownDuplicates = std::move(duplicates).value();
        qCInfo(lcStorage) << "check: duplicate candidates in" << timer.restart() << "ms";
    }
    const QHash<QUuid, QList<ClientProfile>>& duplicates =
        slice.duplicates ? *slice.duplicates : ownDuplicates;

    if (auto facts = PhoneFactsCache(db).loadAllOnce(); !facts)
        return facts.error();
    SqliteStatement profiles(
        db.connection(),
        QStringLiteral("SELECT %1 FROM client_profiles WHERE deleted = 0 AND site_id BETWEEN ? "
                       "AND ? ORDER BY site_id")
            .arg(m_store.profiles().selectColumns()));
    if (!profiles.ok() || !profiles.bind(1, first) || !profiles.bind(2, last))
        return Error{tr("Reading client profiles failed: %1").arg(profiles.error()), db.path(),
                     Error::Kind::Io};
    const int profileSite = columnIndex(m_store.profiles().table(), QStringLiteral("site_id"));
    bool profileValid = profiles.next();

    SiteCursor<Reference> references(db, m_store.references(), QStringLiteral("references"), first, last);
    SiteCursor<Approver> approvers(db, m_store.approvers(), QStringLiteral("approvers"), first, last);
    SiteCursor<NotificationRule> rules(db, m_store.notificationRules(), QStringLiteral("notification_rules"),
                                       first, last);
    SiteCursor<CredentialRecord> credentials(db, m_store.credentials(), QStringLiteral("credentials"), first,
                                             last);
    if (!references.ok() || !approvers.ok() || !rules.ok() || !credentials.ok())
        return db.sqlError(references.ok()
                               ? (approvers.ok() ? (rules.ok() ? credentials.lastError() : rules.lastError())
                                                 : approvers.lastError())
                               : references.lastError(),
                           tr("Reading the sites' records"));

    qint64 done = 0;
    qint64 readNs = 0;
    qint64 visitNs = 0;
    QElapsedTimer visitTimer;
    visitTimer.start();
    for (qsizetype index : std::as_const(order)) {
        SiteData data;
        data.site = sites[index];
        const QString id = idText(data.site.id);
        QSet<QUuid> seen{data.site.id};
        for (QUuid parent = data.site.parentId; !parent.isNull() && !seen.contains(parent);) {
            seen.insert(parent);
            auto it = siteIndex.constFind(parent);
            if (it == siteIndex.constEnd())
                break;
            data.ancestors.append(sites[it.value()]);
            parent = sites[it.value()].parentId;
        }
        const QByteArray idUtf8 = id.toUtf8();
        while (profileValid && profiles.compare(profileSite, idUtf8) < 0)
            profileValid = profiles.next();
        while (profileValid && profiles.compare(profileSite, idUtf8) == 0) {
            data.profiles.append(profileFromRow(m_store.profiles(), profiles, m_unknownNumbers));
            profileValid = profiles.next();
        }
        data.references = references.take(id);
        data.approvers = approvers.take(id);
        data.rules = rules.take(id);
        data.credentials = credentials.take(id);
        data.duplicateCandidates = duplicates.value(data.site.id);
        readNs += visitTimer.nsecsElapsed();
        visitTimer.restart();
        if (!visit(data))
            return {};
        visitNs += visitTimer.nsecsElapsed();
        visitTimer.restart();
        ++done;
        if (progress && !progress(done, order.size()))
            return Error{tr("The check was cancelled."), {}, Error::Kind::Cancelled};
    }
    if (!profiles.error().isEmpty())
        return Error{tr("Reading client profiles failed: %1").arg(profiles.error()), db.path(),
                     Error::Kind::Io};
    qCInfo(lcStorage) << "check:" << done << "sites read in" << readNs / 1'000'000 << "ms, checked in"
                      << visitNs / 1'000'000 << "ms";
    return {};
}

} // namespace sitekeeper
