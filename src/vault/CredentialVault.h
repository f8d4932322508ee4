// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QUuid>

#include <functional>

namespace sitekeeper {

// Where secrets live. The only implementation that stores anything is the OS keychain; when
// none is available the app keeps working on everything but secrets and never stores them
// elsewhere. Operations are asynchronous: the callback runs later on the caller's thread.
class CredentialVault : public QObject {
    Q_OBJECT

public:
    enum class Failure { None, NoKeychainService, Locked, AccessDenied, NotFound, TooLarge, Other };

    struct Outcome {
        Failure failure = Failure::None;
        QString message; // what failed and what the user can do; empty on success
        bool ok() const { return failure == Failure::None; }
    };

    using Done = std::function<void(Outcome)>;
    using Read = std::function<void(Outcome, QByteArray secret)>;

    // Secrets above this size are refused before they reach a platform keychain.
    static constexpr qsizetype maxSecretSize = 16 * 1024;

    explicit CredentialVault(QObject* parent = nullptr)
        : QObject(parent) {}

    virtual bool isAvailable() const = 0;
    virtual QString errorString() const = 0;

    virtual void store(const QString& key, const QByteArray& secret, Done done) = 0;
    virtual void read(const QString& key, Read done) = 0;
    // Removing an entry that is not there succeeds: the result is the same.
    virtual void remove(const QString& key, Done done) = 0;
    // Asks the keychain whether it answers at all, without storing anything: fails with
    // NoKeychainService when there is none.
    virtual void checkAvailable(Done done) = 0;

    // Keys carry their own namespace because Windows ignores the service name.
    static QString keyFor(QUuid workspaceId, QUuid credentialId);
    static QString serviceName();
    // The one-line text of a failure kind, for logs and tests ("locked", "not found" ...).
    static QString failureName(Failure failure);
};

// The vault of a machine without a keychain: every operation fails with the reason.
class UnavailableVault final : public CredentialVault {
    Q_OBJECT

public:
    explicit UnavailableVault(QString reason, QObject* parent = nullptr);

    bool isAvailable() const override { return false; }
    QString errorString() const override { return m_reason; }
    void store(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, Read done) override;
    void remove(const QString& key, Done done) override;
    void checkAvailable(Done done) override;

private:
    QString m_reason;
};

} // namespace sitekeeper
