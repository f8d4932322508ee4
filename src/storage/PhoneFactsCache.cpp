// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneFactsCache.h"

#include "Database.h"
#include "Transaction.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace sitekeeper {

PhoneFactsCache::PhoneFactsCache(Database& database)
    : m_db(database) {}

Result<void> PhoneFactsCache::saveFor(const QSet<QString>& numbers) {
    if (numbers.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO phone_facts (e164, valid, type) VALUES (?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery* insert = prepared.value();
    for (const QString& number : numbers) {
        if (number.isEmpty())
            continue;
        const PhoneNumber::Facts facts = PhoneNumber::factsOf(number);
        insert->bindValue(0, number);
        insert->bindValue(1, facts.valid ? 1 : 0);
        insert->bindValue(2, int(facts.type));
        if (!insert->exec())
            return m_db.sqlError(insert->lastError(), tr("Saving phone number facts"));
    }
    return tx.commit();
}

Result<void> PhoneFactsCache::loadAllOnce() {
    static QMutex mutex;
    static QSet<QString> loaded;
    QMutexLocker locker(&mutex);
    if (loaded.contains(m_db.path()))
        return {};
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT e164, valid, type FROM phone_facts")))
        return m_db.sqlError(query.lastError(), tr("Reading phone number facts"));
    QHash<QString, PhoneNumber::Facts> facts;
    QSet<QString> unknown;
    // In batches: a million facts held as QStrings at once would be 190 MB.
    while (query.next()) {
        seed(query.value(0).toString(), query.value(1), query.value(2), facts, unknown);
        if (facts.size() >= 10'000) {
            PhoneNumber::seedFacts(facts);
            facts.clear();
        }
    }
    PhoneNumber::seedFacts(facts);
    loaded.insert(m_db.path());
    return {};
}

QString PhoneFactsCache::join(const QString& alias, const QString& column) {
    return QStringLiteral(" LEFT JOIN phone_facts %1 ON %1.e164 = %2").arg(alias, column);
}

void PhoneFactsCache::seed(const QString& number, const QVariant& valid, const QVariant& type,
                           QHash<QString, PhoneNumber::Facts>& into, QSet<QString>& unknown) {
    if (number.isEmpty())
        return;
    if (valid.isNull()) {
        unknown.insert(number);
        return;
    }
    const int kind = type.toInt();
    if (kind < int(PhoneNumber::Type::Mobile) || kind > int(PhoneNumber::Type::Other))
        return;
    into.insert(number, PhoneNumber::Facts{valid.toInt() != 0, PhoneNumber::Type(kind)});
}

} // namespace sitekeeper
