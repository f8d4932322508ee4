// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace sitekeeper {

class Database;

// Keyed fingerprints of credential secrets (HMAC from the vault's Fingerprinter, never the secret),
// one per credential, to find a password used for two credentials (SK602).
class CredentialFingerprints {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CredentialFingerprints)

public:
    explicit CredentialFingerprints(Database& database);

    // `weak`: the secret scored below 3 with zxcvbn when it was stored (SK601); only the verdict is kept.
    Result<void> set(const QUuid& credentialId, const QString& fingerprint, bool weak = false);
    // The credentials whose stored secret was weak.
    Result<QSet<QUuid>> weak() const;
    // The stored fingerprint; nullopt when there is none.
    Result<std::optional<QString>> get(const QUuid& credentialId) const;
    Result<void> remove(const QUuid& credentialId);

    // Credentials that share a fingerprint, one group per shared value (each group sorted, groups
    // in a stable order). Deleted credentials are left out.
    Result<QList<QList<QUuid>>> reusedGroups() const;

private:
    Database& m_db;
};

} // namespace sitekeeper
