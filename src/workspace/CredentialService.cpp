// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialService.h"

#include "CredentialSharing.h"
#include "FieldClashText.h"
#include "Fingerprinter.h"
#include "PasswordStrength.h"
#include "Sealing.h"
#include "Store.h"
#include "SyncLogging.h"
#include "Transaction.h"

#include <QPointer>

#include <algorithm>

namespace sitekeeper {

CredentialService::CredentialService(Store& store, CredentialVault& vault, QUuid workspaceId, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_workspaceId(workspaceId)
    , m_fingerprinter(std::make_unique<Fingerprinter>(vault, workspaceId))
    , m_sharing(std::make_unique<CredentialSharing>(store, vault, *this, workspaceId)) {}

CredentialService::~CredentialService() = default;

QString CredentialService::secretKey(const QUuid& credentialId) const {
    return CredentialRecord::keychainRefFor(m_workspaceId, credentialId);
}

QString CredentialService::totpKey(const QUuid& credentialId) const {
    return secretKey(credentialId) + QStringLiteral("/totp");
}

Error CredentialService::vaultError(const CredentialVault::Outcome& outcome) {
    return Error{outcome.message, QString()};
}

QDate CredentialService::today() const {
    return m_store.database().now().date();
}

void CredentialService::checkAvailable(Done done) {
    m_vault.checkAvailable([done](CredentialVault::Outcome outcome) {
        done(outcome.ok() ? Result<void>() : Result<void>(vaultError(outcome)));
    });
}

void CredentialService::save(CredentialRecord record, const QByteArray& secret, RecordDone done) {
    if (record.id.isNull())
        record.id = QUuid::createUuid();
    const bool exists = m_store.credentials().get(record.id).ok();
    if (secret.isEmpty()) {
        done(Error{tr("The secret is empty."), QStringLiteral("secret")});
        return;
    }
    storeSecret(std::move(record), exists, secret, exists, std::move(done));
}

void CredentialService::rotate(const QUuid& id, const QByteArray& secret, RecordDone done) {
    auto record = m_store.credentials().get(id);
    if (!record) {
        done(record.error());
        return;
    }
    if (secret.isEmpty()) {
        done(Error{tr("The secret is empty."), QStringLiteral("secret")});
        return;
    }
    storeSecret(std::move(record).value(), true, secret, true, std::move(done));
}

void CredentialService::storeSecret(CredentialRecord record, bool exists, const QByteArray& secret,
                                    bool rotation, RecordDone done) {
    record.keychainRef = secretKey(record.id);
    if (!exists && record.lastRotated.isNull())
        record.lastRotated = today();
    // The sealed copies go in the same edit as the metadata: one op, never apart. A new secret
    // starts the readers again.
    record.sharedWith = normalisedShares(record.sharedWith);
    const QList<QUuid> readersBefore = record.readers;
    m_sharing->sealInto(record, secret, rotation || !exists);
    // Checked before anything is written anywhere, the keychain included.
    const FieldErrors problems = record.validate();
    if (!problems.isEmpty()) {
        done(Error{problems.constFirst().message, problems.constFirst().field});
        return;
    }
    // Only the verdict is kept (SK601); the user's own words count against the password.
    const bool weak =
        PasswordStrength::evaluate(QString::fromUtf8(secret), {record.username, record.label, record.system})
            .isWeak();
    QPointer<CredentialService> self(this);
    m_fingerprinter->fingerprint(
        secret, [self, record, exists, secret, rotation, weak, readersBefore,
                 done](CredentialVault::Outcome fingerprinted, QString fingerprint) mutable {
            if (!self)
                return;
            if (!fingerprinted.ok()) {
                done(vaultError(fingerprinted));
                return;
            }
            self->m_vault.store(
                record.keychainRef, secret,
                [self, record, exists, rotation, fingerprint, weak, readersBefore,
                 done](CredentialVault::Outcome stored) mutable {
                    if (!self)
                        return;
                    if (!stored.ok()) {
                        done(vaultError(stored));
                        return;
                    }
                    Store& store = self->m_store;
                    if (rotation) {
                        // Storing the same secret again is not a rotation: whoever could read it
                        // before still can, so they stay among its readers (SK606).
                        const auto previous = store.credentialFingerprints().get(record.id);
                        if (!previous.ok() || previous.value() != std::optional<QString>(fingerprint)) {
                            record.lastRotated = self->today();
                        } else {
                            for (const QUuid& reader : readersBefore) {
                                if (!record.readers.contains(reader))
                                    record.readers.append(reader);
                            }
                            std::sort(record.readers.begin(), record.readers.end());
                        }
                    }
                    Transaction tx(store.database());
                    Result<void> written = tx.ok() ? Result<void>() : Result<void>(tx.error());
                    if (written)
                        written =
                            exists ? store.credentials().update(record) : store.credentials().create(record);
                    if (written)
                        written = store.credentialFingerprints().set(record.id, fingerprint, weak);
                    if (written)
                        written = self->m_sharing->noteOwnBox(record);
                    if (written)
                        written = tx.commit();
                    if (!written) {
                        tx.rollback();
                        // A new record that could not be saved must not leave its secret behind.
                        if (!exists)
                            self->m_vault.remove(record.keychainRef, [](CredentialVault::Outcome) {});
                        done(written.error());
                        return;
                    }
                    Q_EMIT self->credentialChanged(record.id);
                    done(record);
                });
        });
}

Result<CredentialRecord> CredentialService::updateMetadata(const CredentialRecord& record) {
    auto stored = m_store.credentials().get(record.id);
    if (!stored)
        return stored.error();
    CredentialRecord updated = record;
    // What the vault holds, and whom it is sealed for, is not the caller's to change here.
    updated.keychainRef = stored->keychainRef;
    updated.hasTotp = stored->hasTotp;
    updated.sharedWith = stored->sharedWith;
    updated.sealed = stored->sealed;
    updated.readers = stored->readers;
    FieldErrors problems;
    if (auto written = m_store.credentials().update(updated, &problems); !written)
        return written.error();
    Q_EMIT credentialChanged(updated.id);
    return updated;
}

Result<CredentialRecord> CredentialService::updateMetadata(const CredentialRecord& base,
                                                           const CredentialRecord& record) {
    Repository<CredentialRecord>& repository = m_store.credentials();
    FieldPatch patch = repository.diff(base.toJson(), record.toJson());
    // What the vault holds, and whom it is sealed for, is not the caller's to change here.
    for (const QString& field :
         {QStringLiteral("keychain_ref"), QStringLiteral("has_totp"), QStringLiteral("shared_with"),
          QStringLiteral("sealed"), QStringLiteral("readers")}) {
        patch.before.remove(field);
        patch.after.remove(field);
    }
    if (!patch.isEmpty()) {
        QList<FieldClash> clashes;
        if (auto written = repository.patch(patch, nullptr, &clashes); !written) {
            if (clashes.isEmpty())
                return written.error();
            const FieldClash& clash = clashes.constFirst();
            return Error{
                tr("Not saved: the %1 of \"%2\" was changed %3 since you opened it (now %4). Close the "
                   "editor, open the credential again and repeat your change.")
                    .arg(clash.field, base.label,
                         FieldClashText::origin(FieldClashText::lastChange(
                             m_store, entityName(CredentialRecord::entityKind), base.id, clash.field)),
                         FieldClashText::value(clash.stored)),
                clash.field};
        }
    }
    auto stored = repository.get(record.id);
    if (!stored)
        return stored.error();
    Q_EMIT credentialChanged(record.id);
    return stored.value();
}

void CredentialService::readSecret(const QUuid& id, SecretDone done) {
    const auto record = m_store.credentials().get(id);
    if (!record) {
        done(record.error());
        return;
    }
    // The entry is computed here, never taken from the record: pulled data does not choose it.
    QPointer<CredentialService> self(this);
    m_vault.read(secretKey(id), [self, record = record.value(), done](CredentialVault::Outcome outcome,
                                                                      QByteArray secret) {
        if (outcome.ok()) {
            done(secret);
            return;
        }
        if (outcome.failure == CredentialVault::Failure::NotFound && self) {
            const QString why = self->m_sharing->whyUnreadable(record);
            if (!why.isEmpty()) {
                done(Error{why, QString()});
                return;
            }
            done(Error{tr("No secret is stored on this desk for \"%1\". Set one first.").arg(record.label),
                       QString()});
            return;
        }
        done(vaultError(outcome));
    });
}

void CredentialService::remove(const QUuid& id, Done done) {
    const auto record = m_store.credentials().get(id);
    if (!record) {
        done(record.error());
        return;
    }
    // The entry is computed here, never taken from the record: pulled data does not choose it.
    const QString key = secretKey(id);
    QPointer<CredentialService> self(this);
    // The keychain first: while it cannot be reached the record stays, so the delete can be retried
    // and no secret is left behind without a record pointing at it.
    m_vault.remove(key, [self, id, done](CredentialVault::Outcome removed) {
        if (!self)
            return;
        if (!removed.ok()) {
            done(vaultError(removed));
            return;
        }
        self->m_vault.remove(self->totpKey(id), [self, id, done](CredentialVault::Outcome totpRemoved) {
            if (!self)
                return;
            if (!totpRemoved.ok()) {
                done(vaultError(totpRemoved));
                return;
            }
            Store& store = self->m_store;
            Transaction tx(store.database());
            Result<void> written = tx.ok() ? Result<void>() : Result<void>(tx.error());
            if (written)
                written = store.credentialFingerprints().remove(id);
            if (written)
                written = store.credentialShares().remove(id);
            if (written)
                written = store.credentials().remove(id);
            if (written)
                written = tx.commit();
            if (!written) {
                done(written.error());
                return;
            }
            Q_EMIT self->credentialChanged(id);
            done({});
        });
    });
}

void CredentialService::setTotp(const QUuid& id, const QString& uriOrSecret, RecordDone done) {
    auto record = m_store.credentials().get(id);
    if (!record) {
        done(record.error());
        return;
    }
    const auto parameters = Totp::parse(uriOrSecret);
    if (!parameters) {
        done(parameters.error());
        return;
    }
    m_vault.store(totpKey(id), Totp::toUri(parameters.value()).toUtf8(),
                  afterTotpChange(std::move(record).value(), true, std::move(done)));
}

void CredentialService::readTotp(const QUuid& id, TotpDone done) {
    m_vault.read(totpKey(id), [done](CredentialVault::Outcome outcome, QByteArray uri) {
        if (!outcome.ok()) {
            done(vaultError(outcome));
            return;
        }
        done(Totp::parseUri(QString::fromUtf8(uri)));
    });
}

void CredentialService::clearTotp(const QUuid& id, RecordDone done) {
    auto record = m_store.credentials().get(id);
    if (!record) {
        done(record.error());
        return;
    }
    m_vault.remove(totpKey(id), afterTotpChange(std::move(record).value(), false, std::move(done)));
}

CredentialVault::Done CredentialService::afterTotpChange(CredentialRecord record, bool hasTotp,
                                                         RecordDone done) {
    QPointer<CredentialService> self(this);
    return [self, record = std::move(record), hasTotp, done](CredentialVault::Outcome outcome) mutable {
        if (!self)
            return;
        if (!outcome.ok()) {
            done(vaultError(outcome));
            return;
        }
        record.hasTotp = hasTotp;
        if (auto written = self->m_store.credentials().update(record); !written) {
            done(written.error());
            return;
        }
        Q_EMIT self->credentialChanged(record.id);
        done(record);
    };
}

Result<QList<QList<QUuid>>> CredentialService::reusedGroups() const {
    return m_store.credentialFingerprints().reusedGroups();
}

QStringList CredentialService::normalisedShares(const QStringList& sharedWith) {
    QStringList shares;
    for (const QString& share : sharedWith) {
        const QString word = CredentialRecord::normalisedShare(share);
        if (!word.isEmpty() && !shares.contains(word))
            shares.append(word);
    }
    std::sort(shares.begin(), shares.end());
    return shares;
}

void CredentialService::setSharing(const QUuid& id, QStringList sharedWith, RecordDone done) {
    auto stored = m_store.credentials().get(id);
    if (!stored) {
        done(stored.error());
        return;
    }
    sharedWith = normalisedShares(sharedWith);
    CredentialRecord record = stored.value();
    if (record.sharedWith == sharedWith && m_sharing->isCurrent(record)) {
        done(record);
        return;
    }
    CredentialRecord shared = record;
    shared.sharedWith = sharedWith;
    // Only fewer recipients than before: their boxes go, nothing new is sealed.
    const auto recipients = m_sharing->recipientsOf(sharedWith);
    bool onlyFewer = true;
    for (const CredentialSharing::Recipient& recipient : recipients.list) {
        if (!record.sealed.contains(recipient.id))
            onlyFewer = false;
    }
    auto write = [this, done](CredentialRecord updated) {
        CredentialRecord probe = updated;
        if (const FieldErrors problems = probe.validate(); !problems.isEmpty()) {
            done(Error{problems.constFirst().message, problems.constFirst().field});
            return;
        }
        if (auto written = m_store.credentials().update(updated); !written) {
            done(written.error());
            return;
        }
        if (auto noted = m_sharing->noteOwnBox(updated); !noted)
            qCWarning(lcSync) << "sharing: own box not noted:" << noted.error().message;
        Q_EMIT credentialChanged(updated.id);
        done(updated);
    };
    if (onlyFewer) {
        QMap<QString, QString> kept;
        for (const CredentialSharing::Recipient& recipient : recipients.list)
            kept.insert(recipient.id, record.sealed.value(recipient.id));
        shared.sealed = kept;
        write(shared);
        return;
    }
    QPointer<CredentialService> self(this);
    m_vault.read(secretKey(id), [self, shared, write, done](CredentialVault::Outcome outcome,
                                                            QByteArray secret) mutable {
        if (!self)
            return;
        if (!outcome.ok()) {
            if (outcome.failure == CredentialVault::Failure::NotFound) {
                done(Error{
                    tr("This desk does not hold the secret of \"%1\", so it cannot seal it for anyone new. "
                       "Share it from a desk that can read it.")
                        .arg(shared.label),
                    QString()});
                return;
            }
            done(vaultError(outcome));
            return;
        }
        self->m_sharing->sealInto(shared, secret, false);
        protocol::sealing::wipe(secret);
        write(shared);
    });
}

void CredentialService::keepReceived(const CredentialRecord& record, const QByteArray& secret, Done done) {
    const bool weak =
        PasswordStrength::evaluate(QString::fromUtf8(secret), {record.username, record.label, record.system})
            .isWeak();
    QPointer<CredentialService> self(this);
    const QUuid id = record.id;
    m_fingerprinter->fingerprint(
        secret, [self, id, secret, weak, done](CredentialVault::Outcome fingerprinted, QString fingerprint) {
            if (!self)
                return;
            if (!fingerprinted.ok()) {
                done(vaultError(fingerprinted));
                return;
            }
            self->m_vault.store(self->secretKey(id), secret,
                                [self, id, fingerprint, weak, done](CredentialVault::Outcome stored) {
                                    if (!self)
                                        return;
                                    if (!stored.ok()) {
                                        done(vaultError(stored));
                                        return;
                                    }
                                    if (auto written =
                                            self->m_store.credentialFingerprints().set(id, fingerprint, weak);
                                        !written) {
                                        done(written.error());
                                        return;
                                    }
                                    Q_EMIT self->credentialChanged(id);
                                    done({});
                                });
        });
}

} // namespace sitekeeper
