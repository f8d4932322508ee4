// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialVault.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

namespace sitekeeper {

// Keyed fingerprints of secrets, so that reuse of a password across credentials (SK602) can be
// found without storing the password: HMAC-SHA256 under a random 32-byte key that itself lives in
// the keychain (`sitekeeper/<workspace-id>/fingerprint-key`), made on first use. Without the key
// a fingerprint in SQLite cannot be tested against guesses.
class Fingerprinter : public QObject {
    Q_OBJECT

public:
    // `fingerprint` is lowercase hex, 64 characters; empty on failure.
    using Done = std::function<void(CredentialVault::Outcome, QString fingerprint)>;

    static constexpr qsizetype keySize = 32;

    Fingerprinter(CredentialVault& vault, QUuid workspaceId, QObject* parent = nullptr);

    void fingerprint(const QByteArray& secret, Done done);

    static QString keyName(QUuid workspaceId);
    static QString compute(const QByteArray& key, const QByteArray& secret);

private:
    void withKey(std::function<void(CredentialVault::Outcome)> then);
    void finishLoading(const CredentialVault::Outcome& outcome);

    CredentialVault& m_vault;
    QUuid m_workspaceId;
    QByteArray m_key;
    bool m_loading = false;
    QList<std::function<void(CredentialVault::Outcome)>> m_waiting;
};

} // namespace sitekeeper
