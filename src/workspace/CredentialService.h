// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"
#include "CredentialVault.h"
#include "Result.h"
#include "Totp.h"

#include <QByteArray>
#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>

namespace sitekeeper {

class CredentialSharing;
class Fingerprinter;
class Store;

// Credentials as people use them: the record (metadata) in the workspace database, the secret and
// any TOTP secret only in the vault, and a keyed fingerprint of the secret for reuse checks.
//
// Everything that touches a secret is asynchronous, because the vault is: the callback runs later
// on the caller's thread. Writes go vault first, database second, so that a keychain that is
// missing, locked or refusing leaves the database untouched.
class CredentialService : public QObject {
    Q_OBJECT

public:
    using RecordDone = std::function<void(Result<CredentialRecord>)>;
    using SecretDone = std::function<void(Result<QByteArray>)>;
    using TotpDone = std::function<void(Result<Totp::Parameters>)>;
    using Done = std::function<void(Result<void>)>;

    CredentialService(Store& store, CredentialVault& vault, QUuid workspaceId, QObject* parent = nullptr);
    ~CredentialService() override;

    // Creates the record (a null id gets a new one) or updates it, and stores `secret` in the vault.
    // A new secret on an existing record counts as a rotation (last rotated: today).
    void save(CredentialRecord record, const QByteArray& secret, RecordDone done);
    // Changes the metadata only; the secret stays as it is.
    Result<CredentialRecord> updateMetadata(const CredentialRecord& record);
    // Changes only the metadata fields that differ between `base` (the record as an editor read it)
    // and `record`; a field changed in the store since `base` was read is not overwritten: nothing
    // is written and the error says which field moved.
    Result<CredentialRecord> updateMetadata(const CredentialRecord& base, const CredentialRecord& record);
    // A new secret for an existing credential; last rotated becomes today.
    void rotate(const QUuid& id, const QByteArray& secret, RecordDone done);
    void readSecret(const QUuid& id, SecretDone done);
    // Deletes the record (a tombstone, for sync), its keychain entries and its fingerprint.
    void remove(const QUuid& id, Done done);

    // Shares the secret with `sharedWith` ("team", "service", members' emails) instead of whom it
    // was shared with: sealed again for every recipient from the secret in this desk's keychain, in
    // one edit with the new list. Removing recipients needs no secret; adding them does.
    void setSharing(const QUuid& id, QStringList sharedWith, RecordDone done);
    // A secret opened from a box sealed for this member: kept in the keychain with its fingerprint
    // and verdict, as if stored here.
    void keepReceived(const CredentialRecord& record, const QByteArray& secret, Done done);
    CredentialSharing& sharing() { return *m_sharing; }

    // A TOTP secret: an otpauth:// URI or a bare base32 secret, kept in the vault as a URI.
    void setTotp(const QUuid& id, const QString& uriOrSecret, RecordDone done);
    void readTotp(const QUuid& id, TotpDone done);
    void clearTotp(const QUuid& id, RecordDone done);

    // Whether secrets can be kept at all (the vault answers).
    void checkAvailable(Done done);

    // SK602: groups of live credentials whose secrets are the same.
    Result<QList<QList<QUuid>>> reusedGroups() const;

    // The keychain entries of a credential, computed from this workspace's and the credential's ids:
    // a record's `keychain_ref` (which may have come from the backend) never chooses the entry.
    QString secretKey(const QUuid& credentialId) const;
    QString totpKey(const QUuid& credentialId) const;

    // Shares as records keep them: lower case, sorted, each once.
    static QStringList normalisedShares(const QStringList& sharedWith);
    // Whom a new credential is shared with unless the user says otherwise (the console's editor and
    // `credential set` alike): the team.
    static QStringList defaultSharing() { return {QString::fromLatin1(CredentialRecord::team)}; }

Q_SIGNALS:
    void credentialChanged(const QUuid& id);

private:
    static Error vaultError(const CredentialVault::Outcome& outcome);
    QDate today() const;
    // What follows storing or removing the TOTP secret: the record says whether there is one.
    CredentialVault::Done afterTotpChange(CredentialRecord record, bool hasTotp, RecordDone done);
    void storeSecret(CredentialRecord record, bool exists, const QByteArray& secret, bool rotation,
                     RecordDone done);

    Store& m_store;
    CredentialVault& m_vault;
    QUuid m_workspaceId;
    std::unique_ptr<Fingerprinter> m_fingerprinter;
    std::unique_ptr<CredentialSharing> m_sharing;
};

} // namespace sitekeeper
