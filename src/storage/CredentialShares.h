// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

namespace sitekeeper {

class Database;

// What this desk did with the sealed copies it received, one row per credential (local, never
// synced): the hash of the box it last opened into the keychain (so a pull that brings the same box
// again writes nothing), or why the last box could not be opened (changed after it was sealed,
// sealed for another key), which the console and `credential list` show until a good box comes.
class CredentialShares {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CredentialShares)

public:
    struct State {
        QString openedBox; // SHA-256 of the box last opened, hex; empty: none
        QString problem;   // in words; empty: none
        QString at;        // when the row was last written
        bool operator==(const State&) const = default;
    };

    // The workspace meta key of the members who left, as JSON {id: name}: written by the workspace's
    // key exchange, read by the check (SK606).
    static constexpr const char* revokedMembersKey = "sharing.revoked";

    explicit CredentialShares(Database& database);

    Result<std::optional<State>> get(const QUuid& credentialId) const;
    // Every row, for lists.
    Result<QHash<QUuid, State>> all() const;
    // The box was opened and its secret stored: the problem, if any, is gone.
    Result<void> setOpened(const QUuid& credentialId, const QString& boxHash);
    // The box could not be opened; what was opened before stays as it was.
    Result<void> setProblem(const QUuid& credentialId, const QString& problem);
    Result<void> remove(const QUuid& credentialId);

    static QString hashOf(const QString& box);

private:
    Database& m_db;
};

} // namespace sitekeeper
