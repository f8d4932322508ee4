// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialVault.h"

namespace sitekeeper {

// The OS keychain through QtKeychain (Secret Service, Keychain, Credential Manager), with the
// insecure plain-text fallback always off.
//
// Errors are mapped to what a person can do about them. A locked Secret Service keyring is the
// awkward case: writes fail with "access denied" while reads just find nothing. So a read that
// finds nothing asks once more with a throw-away write (`lockProbeKey`): if that is refused, the
// answer is "locked", not "not found".
class KeychainVault final : public CredentialVault {
    Q_OBJECT

public:
    explicit KeychainVault(QObject* parent = nullptr);

    bool isAvailable() const override;
    QString errorString() const override;
    void store(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, Read done) override;
    void remove(const QString& key, Done done) override;
    void checkAvailable(Done done) override;

    // The largest secret one keychain entry of this platform holds (the one place that decides
    // whether a secret would need splitting).
    static qsizetype maxEntrySize();
    static QString lockProbeKey();

private:
    enum class Operation { Read, Write, Remove };

    void noteOutcome(const Outcome& outcome);
    void rawRead(const QString& key, Read done);
    void rawWrite(const QString& key, const QByteArray& secret, Done done);
    void rawRemove(const QString& key, Done done);
    // After a read found nothing: is the keychain locked?
    void probeLock(Done done);

    // QtKeychain cannot tell up front whether a service runs; the first job that finds none says so.
    bool m_available = true;
    QString m_lastFailure;
};

} // namespace sitekeeper
