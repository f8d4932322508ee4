// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientProfileRepository.h"

#include "Database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace sitekeeper {

Result<void> ClientProfileRepository::disable(const QUuid& id) {
    auto profile = get(id);
    if (!profile)
        return profile.error();
    ClientProfile disabled = profile.value();
    disabled.status = ProfileStatus::Disabled;
    return update(disabled);
}

Result<void> ClientProfileRepository::remove(const QUuid& id, ProfileRemoval how) {
    if (how == ProfileRemoval::Delete)
        return Repository<ClientProfile>::remove(id);
    return disable(id);
}

Result<QList<ClientProfile>> ClientProfileRepository::identityCandidates(const QStringList& emails,
                                                                         const QStringList& mobiles,
                                                                         const QStringList& names) const {
    Database& db = database();
    const QString select =
        QStringLiteral("SELECT %1 FROM client_profiles WHERE deleted = 0 AND ").arg(selectColumns());
    QList<ClientProfile> found;
    QSet<QUuid> seen;
    const auto lookUp = [&](const QString& condition, const QString& placeholder,
                            const QStringList& values) -> std::optional<Error> {
        if (values.isEmpty())
            return std::nullopt;
        QStringList marks;
        marks.fill(placeholder, values.size());
        // The number of placeholders differs from batch to batch: not a statement worth keeping.
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(select + condition.arg(marks.join(QLatin1Char(','))));
        for (const QString& value : values)
            q.addBindValue(value);
        if (!q.exec())
            return db.sqlError(q.lastError(), RepositoryBase::tr("Looking for existing profiles"));
        while (q.next()) {
            ClientProfile p = fromRow(q);
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                found.append(std::move(p));
            }
        }
        if (q.lastError().isValid())
            return db.sqlError(q.lastError(), RepositoryBase::tr("Looking for existing profiles"));
        return std::nullopt;
    };
    // email_key is lower(trim(email)) as SQLite computes it: bind the same expression.
    if (auto e = lookUp(QStringLiteral("email_key IN (%1)"), QStringLiteral("lower(trim(?))"), emails))
        return *e;
    if (auto e = lookUp(QStringLiteral("mobile_phone IN (%1)"), QStringLiteral("?"), mobiles))
        return *e;
    if (auto e = lookUp(QStringLiteral("full_name COLLATE NOCASE IN (%1)"), QStringLiteral("?"), names))
        return *e;
    return found;
}

} // namespace sitekeeper
