#include "KeychainVault.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sitekeeper {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sitekeeper::KeychainVault", text);
}

CredentialVault::Outcome outcomeOf(const QKeychain::Job& job, bool writing) {
    using F = CredentialVault::Failure;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {F::NotFound, tr("The keychain has no secret for this credential. Set it again.")};
    case QKeychain::NoBackendAvailable:
        return {F::NoKeychainService,
                tr("No keychain service is running. Start your desktop's keyring (for example "
                   "gnome-keyring or KWallet) and try again.")};
    case QKeychain::AccessDeniedByUser:
        return {F::AccessDenied,
                tr("Access to the keychain was denied. Allow Sitekeeper when the keychain asks.")};
    case QKeychain::AccessDenied:
        // A locked Secret Service keyring refuses writes this way.
        return {writing ? F::Locked : F::AccessDenied,
                writing ? tr("The keychain is locked. Unlock it (log in to your keyring) and try again.")
                        : tr("Access to the keychain was denied.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return {F::Other, tr("The keychain reported an error: %1").arg(job.errorString())};
}

template <typename JobT>
JobT* makeJob(const QString& key, QObject* parent) {
    auto* job = new JobT(CredentialVault::serviceName(), parent);
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

void KeychainVault::noteOutcome(const Outcome& outcome) {
    if (outcome.failure == Failure::NoKeychainService) {
        m_available = false;
        m_lastFailure = outcome.message;
    } else if (outcome.ok() || outcome.failure == Failure::NotFound) {
        m_available = true;
        m_lastFailure.clear();
    }
}

void KeychainVault::store(const QString& key, const QByteArray& secret, Done done) {
    if (secret.size() > maxSecretSize) {
        QTimer::singleShot(0, this, [done] {
            done({Failure::Other, tr("The secret is larger than 16 KiB; the keychain cannot hold it.")});
        });
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, true);
        noteOutcome(outcome);
        done(outcome);
    });
    job->start();
}

void KeychainVault::read(const QString& key, Read done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, false);
        noteOutcome(outcome);
        done(outcome,
             outcome.ok() ? static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData() : QByteArray());
    });
    job->start();
}

void KeychainVault::remove(const QString& key, Done done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        const auto outcome = outcomeOf(*j, true);
        noteOutcome(outcome);
        done(outcome);
    });
    job->start();
}

} // namespace sitekeeper
