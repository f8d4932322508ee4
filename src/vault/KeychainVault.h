#pragma once

#include "CredentialVault.h"

namespace sitekeeper {

// The OS keychain through QtKeychain (Secret Service, Keychain, Credential Manager), with the
// insecure plain-text fallback always off.
class KeychainVault final : public CredentialVault {
    Q_OBJECT

public:
    explicit KeychainVault(QObject* parent = nullptr);

    bool isAvailable() const override;
    QString errorString() const override;
    void store(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, Read done) override;
    void remove(const QString& key, Done done) override;

private:
    void noteOutcome(const Outcome& outcome);

    // QtKeychain cannot tell up front whether a service runs; the first job that finds none says so.
    bool m_available = true;
    QString m_lastFailure;
};

} // namespace sitekeeper
