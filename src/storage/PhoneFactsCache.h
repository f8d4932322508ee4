// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhoneNumber.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sitekeeper {

class Database;

// The facts of phone numbers (valid, mobile or fixed) kept in the workspace, so that a check does
// not ask libphonenumber again for a number it has seen (about 40 us each). Derived data: safe to
// drop, rebuilt as numbers are met.
class PhoneFactsCache {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PhoneFactsCache)

public:
    explicit PhoneFactsCache(Database& database);

    // Saves the facts of `numbers` (from PhoneNumber's cache, computed where missing); joins the
    // caller's transaction, if one is open.
    Result<void> saveFor(const QSet<QString>& numbers);

    // Puts every fact the workspace holds into PhoneNumber's process-wide cache, once per workspace
    // file and process: a full check then reads the profiles without joining their numbers' facts.
    Result<void> loadAllOnce();

    // SQL joining a number column to its facts: "LEFT JOIN phone_facts <alias> ON <alias>.e164 = <column>".
    static QString join(const QString& alias, const QString& column);
    // Reads the two columns (valid, type) a join adds into `into`; a number without facts in the
    // workspace goes to `unknown` (to be saved after the check).
    static void seed(const QString& number, const QVariant& valid, const QVariant& type,
                     QHash<QString, PhoneNumber::Facts>& into, QSet<QString>& unknown);

private:
    Database& m_db;
};

} // namespace sitekeeper
