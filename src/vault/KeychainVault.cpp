// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainVault.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sitekeeper {

namespace {

CredentialVault::Outcome noService() {
    return {CredentialVault::Failure::NoKeychainService,
            KeychainVault::tr(
                "No keychain service is running. Start your desktop's keyring (for example gnome-keyring or "
                "KWallet) and try again.")};
}

CredentialVault::Outcome locked() {
    return {CredentialVault::Failure::Locked,
            KeychainVault::tr("The keychain is locked. Unlock it (log in to your keyring) and try again.")};
}

// Secret Service errors that arrive as "other": the session bus or the service is missing.
bool meansNoService(const QString& message) {
    static const char* const patterns[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.FileNotFound",
        "org.freedesktop.DBus.Error.Spawn",
        "not provided by any .service files",
        "Could not connect",
        "Cannot autolaunch D-Bus",
        "Failed to connect to socket",
        "Unable to autolaunch",
        "Cannot spawn a message bus",
        "Could not open D-Bus session",
        "No such file or directory",
        "DBUS_SESSION_BUS_ADDRESS",
    };
    for (const char* pattern : patterns) {
        if (message.contains(QLatin1String(pattern), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template <typename Op>
CredentialVault::Outcome outcomeOf(const QKeychain::Job& job, Op operation) {
    using F = CredentialVault::Failure;
    const bool writing = operation != Op::Read;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (operation == Op::Remove)
            return {}; // gone either way
        return {F::NotFound,
                KeychainVault::tr("The keychain has no secret for this credential. Set it again.")};
    case QKeychain::NoBackendAvailable:
        return noService();
    case QKeychain::AccessDeniedByUser:
        return {F::AccessDenied, KeychainVault::tr("Access to the keychain was denied. Allow Sitekeeper when "
                                                   "the keychain asks, and try again.")};
    case QKeychain::AccessDenied:
        // A locked Secret Service keyring refuses writes this way.
        if (writing)
            return locked();
        return {F::AccessDenied,
                KeychainVault::tr("Access to the keychain was denied. Allow Sitekeeper and try again.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    if (meansNoService(job.errorString()))
        return noService();
    if (job.errorString().contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return locked();
    // The default keyring is missing and the service could not ask the user to create or unlock it
    // (no prompt on this display): for the user that is a locked keychain.
    if (job.errorString().contains(QLatin1String("/org/freedesktop/secrets/collection/")))
        return {F::Locked,
                KeychainVault::tr(
                    "The keychain has no unlocked default keyring. Log in to your keyring (or create "
                    "one) and try again.")};
    return {F::Other, KeychainVault::tr("The keychain reported an error: %1").arg(job.errorString())};
}

template <typename JobT>
JobT* makeJob(const QString& key) {
    // No parent: a job deleted while libsecret still works on it crashes in its callback, so every
    // job lives until it finishes (auto-delete). The vault's connection to it is dropped when the
    // vault goes first, so a late answer reaches nobody.
    auto* job = new JobT(CredentialVault::serviceName());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

KeychainVault::KeychainVault(QObject* parent)
    : CredentialVault(parent) {}

bool KeychainVault::isAvailable() const {
    return m_available;
}

QString KeychainVault::errorString() const {
    return m_available ? QString() : m_lastFailure;
}

qsizetype KeychainVault::maxEntrySize() {
    // Secret Service (Linux) and the macOS Keychain hold far more than 16 KiB in one item, so
    // secrets are stored whole there. Windows Credential Manager holds 2560 bytes per credential
    // (CRED_MAX_CREDENTIAL_BLOB_SIZE); larger secrets would need splitting over several entries,
    // which is not built yet: there they are refused with a clear message instead.
#ifdef Q_OS_WIN
    return 5 * 512;
#else
    return maxSecretSize;
#endif
}

QString KeychainVault::lockProbeKey() {
    return QStringLiteral("sitekeeper/lock-probe");
}

void KeychainVault::noteOutcome(const Outcome& outcome) {
    if (outcome.failure == Failure::NoKeychainService) {
        m_available = false;
        m_lastFailure = outcome.message;
    } else if (outcome.ok() || outcome.failure == Failure::NotFound || outcome.failure == Failure::Locked) {
        m_available = true;
        m_lastFailure.clear();
    }
}

void KeychainVault::rawWrite(const QString& key, const QByteArray& secret, Done done) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, Operation::Write);
        noteOutcome(outcome);
        done(outcome);
    });
    job->start();
}

void KeychainVault::rawRead(const QString& key, Read done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, Operation::Read);
        noteOutcome(outcome);
        done(outcome,
             outcome.ok() ? static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData() : QByteArray());
    });
    job->start();
}

void KeychainVault::rawRemove(const QString& key, Done done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, Operation::Remove);
        noteOutcome(outcome);
        done(outcome);
    });
    job->start();
}

void KeychainVault::probeLock(Done done) {
    rawWrite(lockProbeKey(), QByteArrayLiteral("probe"), [this, done](Outcome written) {
        if (!written.ok()) {
            done(written);
            return;
        }
        rawRemove(lockProbeKey(), [done](Outcome) { done({}); });
    });
}

void KeychainVault::store(const QString& key, const QByteArray& secret, Done done) {
    if (secret.size() > maxSecretSize || secret.size() > maxEntrySize()) {
        const qsizetype limit = std::min(maxSecretSize, maxEntrySize());
        QTimer::singleShot(0, this, [done, limit] {
            done({Failure::TooLarge, tr("The secret is larger than %1 KiB; the keychain cannot hold it. Keep "
                                        "files such as certificates in a document store and refer to them.")
                                         .arg(double(limit) / 1024.0, 0, 'g', 3)});
        });
        return;
    }
    rawWrite(key, secret, std::move(done));
}

void KeychainVault::read(const QString& key, Read done) {
    rawRead(key, [this, done](Outcome outcome, QByteArray secret) {
        if (outcome.failure != Failure::NotFound) {
            done(outcome, secret);
            return;
        }
        probeLock([done, outcome](Outcome probe) {
            if (probe.failure == Failure::Locked || probe.failure == Failure::NoKeychainService)
                done(probe, {});
            else
                done(outcome, {});
        });
    });
}

void KeychainVault::remove(const QString& key, Done done) {
    // A locked Secret Service keyring "removes" nothing without complaint; the probe tells.
    rawRemove(key, [this, done](Outcome outcome) {
        if (!outcome.ok()) {
            done(outcome);
            return;
        }
        probeLock(done);
    });
}

void KeychainVault::checkAvailable(Done done) {
    rawRead(lockProbeKey(), [done](Outcome outcome, QByteArray) {
        done(outcome.failure == Failure::NotFound ? Outcome{} : outcome);
    });
}

} // namespace sitekeeper
