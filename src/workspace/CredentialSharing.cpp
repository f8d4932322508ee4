// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialSharing.h"

#include "BackendClient.h"
#include "CredentialService.h"
#include "Database.h"
#include "JsonValues.h"
#include "Roles.h"
#include "Store.h"
#include "SyncLogging.h"

#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace sitekeeper {

namespace sealing = protocol::sealing;

namespace {

// Members who may edit are "the team" a credential is shared with by default.
bool inTeam(const protocol::MemberKey& member) {
    return !member.revoked && protocol::allows(member.role, protocol::Role::Editor);
}

// The state of a box this desk sealed from a secret typed here, not one it received.
const QString ownPrefix = QStringLiteral("own:");

// Bookkeeping that may fail without harm to what the user did (the next session repeats it): logged.
void note(const Result<void>& written, const char* what) {
    if (!written)
        qCWarning(lcSync) << "sharing:" << what << "not written:" << written.error().message;
}

} // namespace

CredentialSharing::CredentialSharing(Store& store, CredentialVault& vault, CredentialService& credentials,
                                     QUuid workspaceId, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_credentials(credentials)
    , m_workspaceId(workspaceId) {}

QString CredentialSharing::memberKeyName(QUuid workspaceId) {
    return QStringLiteral("sitekeeper/%1/member-key").arg(json::uuidText(workspaceId));
}

void CredentialSharing::setMember(const QUuid& memberId) {
    m_memberId = memberId;
    note(m_store.database().setMeta(QString::fromLatin1(memberKey), json::uuidText(memberId)), "member id");
}

QUuid CredentialSharing::memberId() const {
    if (m_memberId.isNull()) {
        if (const auto text = m_store.database().meta(QString::fromLatin1(memberKey)))
            m_memberId = QUuid::fromString(*text);
    }
    return m_memberId;
}

QString CredentialSharing::secretKey(const QUuid& credentialId) const {
    return CredentialRecord::keychainRefFor(m_workspaceId, credentialId);
}

protocol::KeyDirectory CredentialSharing::directory() const {
    if (!m_directory) {
        const auto text = m_store.database().meta(QString::fromLatin1(directoryKey));
        auto directory =
            text && !text->isEmpty()
                ? protocol::KeyDirectory::fromJson(QJsonDocument::fromJson(text->toUtf8()).object())
                : Result<protocol::KeyDirectory>(protocol::KeyDirectory{});
        m_directory = directory ? directory.value() : protocol::KeyDirectory{};
    }
    return *m_directory;
}

Result<void> CredentialSharing::setDirectory(const protocol::KeyDirectory& directory) {
    m_directory = directory;
    Database& db = m_store.database();
    if (auto saved =
            db.setMeta(QString::fromLatin1(directoryKey),
                       QString::fromUtf8(QJsonDocument(directory.toJson()).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    // The rulebook reads leavers from here (SK606): storage and core know nothing of the protocol.
    QJsonObject revoked;
    for (const protocol::MemberKey& member : directory.members) {
        if (member.revoked)
            revoked.insert(json::uuidText(member.memberId),
                           member.name.isEmpty() ? member.email : member.name);
    }
    return db.setMeta(QString::fromLatin1(CredentialShares::revokedMembersKey),
                      QString::fromUtf8(QJsonDocument(revoked).toJson(QJsonDocument::Compact)));
}

QByteArray CredentialSharing::myPublicKey() const {
    const auto text = m_store.database().meta(QString::fromLatin1(myKeyKey));
    return text ? sealing::decodeKey(*text) : QByteArray();
}

QString CredentialSharing::myFingerprint() const {
    return sealing::fingerprint(myPublicKey());
}

void CredentialSharing::keys(KeysDone done) {
    if (!sealing::available()) {
        done(Error{tr("The encryption library could not start, so nothing can be shared or received."), {}});
        return;
    }
    QPointer<CredentialSharing> self(this);
    m_vault.read(memberKeyName(m_workspaceId), [self, done](CredentialVault::Outcome outcome,
                                                            QByteArray stored) {
        if (!self)
            return;
        if (outcome.ok() && stored.size() == sealing::keySize) {
            const sealing::KeyPair keys = sealing::fromSecretKey(stored);
            sealing::wipe(stored);
            note(self->m_store.database().setMeta(QString::fromLatin1(myKeyKey),
                                                  sealing::encodeKey(keys.publicKey)),
                 "public key");
            done(keys);
            return;
        }
        if (!outcome.ok() && outcome.failure != CredentialVault::Failure::NotFound) {
            done(Error{
                tr("Your member key is in the keychain, which did not answer: %1").arg(outcome.message), {}});
            return;
        }
        // First sign-in on this desk: a new key pair, the private half only in the keychain.
        const sealing::KeyPair fresh = sealing::generate();
        self->m_vault.store(
            memberKeyName(self->m_workspaceId), fresh.secretKey,
            [self, fresh, done](CredentialVault::Outcome stored) {
                if (!self)
                    return;
                if (!stored.ok()) {
                    done(Error{
                        tr("Your member key could not be kept in the keychain: %1").arg(stored.message), {}});
                    return;
                }
                qCInfo(lcSync) << "made a member key" << sealing::fingerprint(fresh.publicKey);
                note(self->m_store.database().setMeta(QString::fromLatin1(myKeyKey),
                                                      sealing::encodeKey(fresh.publicKey)),
                     "public key");
                done(fresh);
            });
    });
}

CredentialSharing::Recipients CredentialSharing::recipientsOf(const QStringList& sharedWith) const {
    const protocol::KeyDirectory keys = directory();
    Recipients recipients;
    auto add = [&](const Recipient& recipient) {
        for (const Recipient& known : recipients.list) {
            if (known.id == recipient.id)
                return;
        }
        recipients.list.append(recipient);
    };
    auto addMember = [&](const protocol::MemberKey& member) {
        add(Recipient{json::uuidText(member.memberId), member.name.isEmpty() ? member.email : member.name,
                      member.memberId, member.publicKey});
    };
    for (const QString& share : sharedWith) {
        if (share == QLatin1String(CredentialRecord::team)) {
            for (const protocol::MemberKey& member : keys.members) {
                if (inTeam(member) && !member.publicKey.isEmpty())
                    addMember(member);
            }
        } else if (share == QLatin1String(CredentialRecord::service)) {
            if (keys.servicePublicKey.isEmpty())
                recipients.unresolved.append(
                    tr("The backend publishes no service key, so the service cannot be "
                       "given this secret yet."));
            else
                add(Recipient{QString::fromLatin1(CredentialRecord::service),
                              tr("Service"),
                              {},
                              keys.servicePublicKey});
        } else {
            const protocol::MemberKey* member = keys.memberByEmail(share);
            if (!member)
                recipients.unresolved.append(tr("%1 is not a member of the team.").arg(share));
            else if (member->revoked)
                recipients.unresolved.append(tr("%1 has left the team.").arg(share));
            else if (member->publicKey.isEmpty())
                recipients.unresolved.append(
                    tr("%1 has not signed in yet; the secret is sealed for them once they have.").arg(share));
            else
                addMember(*member);
        }
    }
    std::sort(recipients.list.begin(), recipients.list.end(),
              [](const Recipient& a, const Recipient& b) { return a.id < b.id; });
    return recipients;
}

void CredentialSharing::sealInto(CredentialRecord& record, const QByteArray& secret, bool rotation) const {
    const Recipients recipients = recipientsOf(record.sharedWith);
    record.sealed.clear();
    QList<QUuid> readers = rotation ? QList<QUuid>() : record.readers;
    for (const Recipient& recipient : recipients.list) {
        record.sealed.insert(recipient.id, sealing::seal(record.id, secret, recipient.publicKey));
        if (!recipient.memberId.isNull() && !readers.contains(recipient.memberId))
            readers.append(recipient.memberId);
    }
    std::sort(readers.begin(), readers.end());
    record.readers = readers;
}

bool CredentialSharing::isCurrent(const CredentialRecord& record) const {
    const Recipients recipients = recipientsOf(record.sharedWith);
    if (recipients.list.size() != record.sealed.size())
        return false;
    for (const Recipient& recipient : recipients.list) {
        const auto box = record.sealed.constFind(recipient.id);
        if (box == record.sealed.constEnd() || sealing::keyIdOf(*box) != sealing::keyId(recipient.publicKey))
            return false;
    }
    return true;
}

Result<void> CredentialSharing::noteOwnBox(const CredentialRecord& record) {
    if (memberId().isNull())
        return {};
    const auto box = record.sealed.constFind(json::uuidText(memberId()));
    if (box == record.sealed.constEnd())
        return {};
    // Marked as this desk's own: it is not a received copy to delete when the sharing changes.
    return m_store.credentialShares().setOpened(record.id, ownPrefix + CredentialShares::hashOf(*box));
}

void CredentialSharing::prepare(BackendClient& client, Done done) {
    QPointer<CredentialSharing> self(this);
    QPointer<BackendClient> backend(&client);
    keys([self, backend, done](Result<sealing::KeyPair> keys) {
        if (!self || !backend)
            return;
        if (!keys) {
            done(keys.error());
            return;
        }
        backend->fetchMe([self, backend, keys, done](Result<protocol::Me> me) {
            if (!self || !backend)
                return;
            if (!me) {
                done(me.error());
                return;
            }
            self->setMember(me->member.id);
            backend->fetchKeys([self, backend, keys, done](Result<protocol::KeyDirectory> directory) {
                if (!self || !backend)
                    return;
                if (!directory) {
                    done(directory.error());
                    return;
                }
                protocol::KeyDirectory known = directory.value();
                const protocol::MemberKey* mine = known.member(self->memberId());
                const QByteArray myKey = keys->publicKey;
                self->m_keyProblem.clear();
                if (mine && !mine->publicKey.isEmpty() && mine->publicKey != myKey) {
                    // Another desk of this member registered first. Replacing its key would lock it
                    // out of what was sealed for it, so this desk says so and leaves the key alone.
                    self->m_keyProblem =
                        tr("Your member key on the backend (%1) is another desk's; this desk's is %2. What "
                           "is "
                           "shared with you is sealed for that desk and can be read there only; this desk "
                           "does not replace its key, which would lock the other desk out.")
                            .arg(sealing::fingerprint(mine->publicKey), sealing::fingerprint(myKey));
                    qCWarning(lcSync) << "member key differs from the backend's";
                    done(self->setDirectory(known));
                    return;
                }
                if (mine && mine->publicKey == myKey) {
                    done(self->setDirectory(known));
                    return;
                }
                backend->putMyKey(myKey, [self, known, myKey, done](Result<void> put) mutable {
                    if (!self)
                        return;
                    if (!put) {
                        done(put.error());
                        return;
                    }
                    for (protocol::MemberKey& member : known.members) {
                        if (member.memberId == self->memberId())
                            member.publicKey = myKey;
                    }
                    done(self->setDirectory(known));
                });
            });
        });
    });
}

void CredentialSharing::reseal(Done done) {
    // A member who may not edit credentials would only make edits the backend refuses.
    if (const protocol::MemberKey* me = directory().member(memberId());
        !me || !protocol::allows(me->role, protocol::neededRoleToEdit(QStringLiteral("credential")))) {
        done({});
        return;
    }
    ListQuery query;
    query.limit = -1;
    auto all = m_store.credentials().list(query);
    if (!all) {
        done(all.error());
        return;
    }
    QList<CredentialRecord> stale;
    for (const CredentialRecord& record : all.value()) {
        if (!record.sharedWith.isEmpty() && !isCurrent(record))
            stale.append(record);
    }
    resealNext(std::move(stale), std::move(done));
}

void CredentialSharing::resealNext(QList<CredentialRecord> queue, Done done) {
    if (queue.isEmpty()) {
        done({});
        return;
    }
    CredentialRecord record = queue.takeFirst();
    QPointer<CredentialSharing> self(this);
    m_vault.read(secretKey(record.id), [self, record, queue = std::move(queue),
                                        done](CredentialVault::Outcome outcome, QByteArray secret) mutable {
        if (!self)
            return;
        if (outcome.ok()) {
            CredentialRecord sealed = record;
            self->sealInto(sealed, secret, false);
            sealing::wipe(secret);
            if (auto written = self->m_store.credentials().update(sealed); !written) {
                qCWarning(lcSync) << "could not seal a credential again:" << written.error().message;
            } else {
                note(self->noteOwnBox(sealed), "own box");
                Q_EMIT self->m_credentials.credentialChanged(sealed.id);
            }
        } else if (outcome.failure != CredentialVault::Failure::NotFound) {
            // The keychain is locked or gone: the others wait for the next session.
            done(Error{outcome.message, {}});
            return;
        }
        // A desk without the secret leaves it to one that has it.
        self->resealNext(std::move(queue), done);
    });
}

void CredentialSharing::receive(const PulledChanges& changes, ReceivedDone done) {
    if (memberId().isNull() || !changes.touches(QStringLiteral("credential"))) {
        done({});
        return;
    }
    QList<CredentialRecord> queue;
    if (changes.everything) {
        ListQuery query;
        query.limit = -1;
        if (auto all = m_store.credentials().list(query))
            queue = all.value();
    } else {
        for (const PulledChanges::Record& pulled : changes.records) {
            if (pulled.entity != QLatin1String("credential"))
                continue;
            if (auto record = m_store.credentials().get(pulled.id))
                queue.append(record.value());
        }
    }
    QPointer<CredentialSharing> self(this);
    keys([self, queue = std::move(queue), done](Result<sealing::KeyPair> keys) mutable {
        if (!self)
            return;
        if (!keys) {
            Received failed;
            failed.problems.append(keys.error().message);
            done(failed);
            return;
        }
        self->receiveNext(std::move(queue), keys.value(), {}, std::move(done));
    });
}

void CredentialSharing::receiveNext(QList<CredentialRecord> queue, sealing::KeyPair keys, Received so,
                                    ReceivedDone done) {
    QPointer<CredentialSharing> self(this);
    while (!queue.isEmpty()) {
        const CredentialRecord record = queue.takeFirst();
        CredentialShares& shares = m_store.credentialShares();
        const auto state = shares.get(record.id);
        const auto box = record.sealed.constFind(json::uuidText(memberId()));
        if (box == record.sealed.constEnd()) {
            // No longer shared with this member: a copy received earlier goes (one stored here by
            // hand stays, it is this desk's own).
            if (!state || !state.value() || state.value()->openedBox.isEmpty() ||
                state.value()->openedBox.startsWith(ownPrefix))
                continue;
            const QUuid id = record.id;
            m_vault.remove(secretKey(id), [self, id, queue = std::move(queue), keys, so,
                                           done](CredentialVault::Outcome removed) mutable {
                if (!self)
                    return;
                if (removed.ok()) {
                    note(self->m_store.credentialShares().remove(id), "share state");
                    note(self->m_store.credentialFingerprints().remove(id), "fingerprint");
                    ++so.removed;
                    Q_EMIT self->m_credentials.credentialChanged(id);
                } else {
                    so.problems.append(removed.message);
                }
                self->receiveNext(std::move(queue), keys, so, done);
            });
            return;
        }
        const QString hash = CredentialShares::hashOf(*box);
        if (state && state.value() && state.value()->problem.isEmpty() &&
            (state.value()->openedBox == hash || state.value()->openedBox == ownPrefix + hash))
            continue;
        sealing::Opened opened = sealing::open(*box, record.id, keys);
        if (!opened.ok()) {
            QString problem;
            switch (opened.failure) {
            case sealing::Failure::OtherKey:
                problem = tr("The secret of \"%1\" was sealed for another key of yours (another desk's); it "
                             "cannot be opened here.")
                              .arg(record.label);
                break;
            case sealing::Failure::OtherCredential:
                problem =
                    tr("The sealed secret of \"%1\" belongs to another credential: the backend moved it. "
                       "Your stored copy was kept; ask the member who shared it to share it again.")
                        .arg(record.label);
                break;
            default:
                problem =
                    tr("The sealed secret of \"%1\" failed its authenticity check: it was changed after "
                       "it was sealed. Your stored copy was kept; ask the member who shared it to share "
                       "it again.")
                        .arg(record.label);
                break;
            }
            qCWarning(lcSync) << "a sealed copy did not open:" << json::uuidText(record.id);
            note(shares.setProblem(record.id, problem), "problem");
            so.problems.append(problem);
            continue;
        }
        const QUuid id = record.id;
        m_credentials.keepReceived(
            record, opened.secret,
            [self, id, hash, queue = std::move(queue), keys, so, done](Result<void> kept) mutable {
                if (!self)
                    return;
                if (kept) {
                    note(self->m_store.credentialShares().setOpened(id, hash), "opened box");
                    ++so.opened;
                } else {
                    so.problems.append(kept.error().message);
                }
                self->receiveNext(std::move(queue), keys, so, done);
            });
        sealing::wipe(opened.secret);
        return;
    }
    Q_EMIT received(so);
    done(so);
}

QString CredentialSharing::whyUnreadable(const CredentialRecord& record) const {
    if (auto state = m_store.credentialShares().get(record.id);
        state && state.value() && !state.value()->problem.isEmpty())
        return state.value()->problem;
    if (!m_keyProblem.isEmpty())
        return m_keyProblem;
    if (!memberId().isNull() && !record.sealed.contains(json::uuidText(memberId())))
        return tr("\"%1\" is not shared with you. Ask a member who can read it to share it with you or the "
                  "team.")
            .arg(record.label);
    return {};
}

QString CredentialSharing::describe(const QStringList& sharedWith) {
    // The team first, then the service, then people by name, as people read a list of readers.
    QStringList words;
    if (sharedWith.contains(QLatin1String(CredentialRecord::team)))
        words.append(tr("Team"));
    if (sharedWith.contains(QLatin1String(CredentialRecord::service)))
        words.append(tr("Service"));
    for (const QString& share : sharedWith) {
        if (share != QLatin1String(CredentialRecord::team) &&
            share != QLatin1String(CredentialRecord::service))
            words.append(share);
    }
    return words.isEmpty() ? tr("Only this desk") : words.join(QStringLiteral(", "));
}

} // namespace sitekeeper
