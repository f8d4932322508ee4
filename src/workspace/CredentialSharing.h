// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"
#include "CredentialVault.h"
#include "PulledChanges.h"
#include "Result.h"
#include "Sealing.h"
#include "Team.h"

#include <QCoreApplication>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace sitekeeper {

class BackendClient;
class CredentialService;
class Store;

// Credentials shared end to end with the team, named members and the service. Each member has an
// X25519 key pair made at sign-in on their desk: the private key only in the OS keychain
// (`sitekeeper/<workspace-id>/member-key`), the public key registered with the backend. A secret
// travels as one sealed box per recipient inside the credential record, so the metadata edit and
// the sealed copies are one op; the backend stores and relays ciphertext only.
//
// The desk that receives a box opens it and keeps the secret in its own keychain, under the key it
// computes from its workspace's and the credential's ids (never a name pulled data chose). A box
// that does not authenticate is reported in words and the stored secret is left as it was.
class CredentialSharing : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;
    using KeysDone = std::function<void(Result<protocol::sealing::KeyPair>)>;

    // What receive() did.
    struct Received {
        int opened = 0;       // secrets stored from a new box
        int removed = 0;      // copies deleted because they are no longer shared with this member
        QStringList problems; // one sentence per box that could not be opened
    };
    using ReceivedDone = std::function<void(Received)>;

    // One recipient of a credential's secret.
    struct Recipient {
        QString id;   // a member's id, or "service"
        QString name; // for people
        QUuid memberId;
        QByteArray publicKey;
    };
    struct Recipients {
        QList<Recipient> list;
        QStringList unresolved; // sentences: shares that name nobody with a key
    };

    // `credentials` keeps what is received (the secret in the vault, its fingerprint and verdict).
    CredentialSharing(Store& store, CredentialVault& vault, CredentialService& credentials, QUuid workspaceId,
                      QObject* parent = nullptr);

    static QString memberKeyName(QUuid workspaceId);
    // The meta key of the key directory as last fetched (the revoked members the rulebook reads are
    // under CredentialShares::revokedMembersKey).
    static constexpr const char* directoryKey = "sharing.directory";
    static constexpr const char* myKeyKey = "sharing.my_key";
    static constexpr const char* memberKey = "sharing.member";

    // The member this desk signs in as (from the last `GET /v1/me`, kept in the workspace's meta);
    // null when not known.
    void setMember(const QUuid& memberId);
    QUuid memberId() const;

    // The key directory as last fetched (empty when never).
    protocol::KeyDirectory directory() const;
    Result<void> setDirectory(const protocol::KeyDirectory& directory);
    // This desk's public key as registered (base64 in meta), and its fingerprint; empty before the
    // first sign-in.
    QByteArray myPublicKey() const;
    QString myFingerprint() const;
    // Why this desk cannot open what is shared with its member (its key is not the one the backend
    // has); empty when it can.
    QString keyProblem() const { return m_keyProblem; }

    // This desk's key pair, made and kept in the keychain on first use.
    void keys(KeysDone done);

    // Whom `sharedWith` names under the current directory.
    Recipients recipientsOf(const QStringList& sharedWith) const;
    // Seals `secret` for every recipient of `record.sharedWith`, replacing `record.sealed`; the
    // members among them join `record.readers` (which a rotation starts again).
    void sealInto(CredentialRecord& record, const QByteArray& secret, bool rotation) const;
    // Whether the record's sealed copies are exactly for its recipients' current keys.
    bool isCurrent(const CredentialRecord& record) const;
    // Marks the box this desk sealed for its own member as opened, so that the pull bringing it
    // back writes nothing.
    Result<void> noteOwnBox(const CredentialRecord& record);

    // The session's first step: this desk's key pair, who it is (`GET /v1/me`), the key directory,
    // and this member's key registered when the backend has none.
    void prepare(BackendClient& client, Done done);
    // Seals again every credential whose sealed copies are not current (a member joined, left,
    // changed role or key), where this desk holds the secret; one edit per credential.
    void reseal(Done done);
    // After a pull: opens the boxes sealed for this member in the credentials it wrote (every
    // credential when `changes` says everything) and keeps their secrets in the keychain; deletes
    // the copies it received earlier of credentials no longer shared with this member.
    void receive(const PulledChanges& changes, ReceivedDone done);

    // Why this member cannot read the secret of `record` here, in words; empty when it may.
    QString whyUnreadable(const CredentialRecord& record) const;
    // Who `record` is shared with, for people: "Team, Service, ana@example.com".
    static QString describe(const QStringList& sharedWith);

    QString secretKey(const QUuid& credentialId) const;

Q_SIGNALS:
    void received(const sitekeeper::CredentialSharing::Received& what);

private:
    void receiveNext(QList<CredentialRecord> queue, protocol::sealing::KeyPair keys, Received so,
                     ReceivedDone done);
    void resealNext(QList<CredentialRecord> queue, Done done);

    Store& m_store;
    CredentialVault& m_vault;
    CredentialService& m_credentials;
    QUuid m_workspaceId;
    mutable QUuid m_memberId;
    mutable std::optional<protocol::KeyDirectory> m_directory; // read from meta on first use
    QString m_keyProblem;
};

} // namespace sitekeeper
