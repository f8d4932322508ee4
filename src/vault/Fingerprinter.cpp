// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fingerprinter.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sitekeeper {

Fingerprinter::Fingerprinter(CredentialVault& vault, QUuid workspaceId, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_workspaceId(workspaceId) {}

QString Fingerprinter::keyName(QUuid workspaceId) {
    return QStringLiteral("sitekeeper/%1/fingerprint-key").arg(workspaceId.toString(QUuid::WithoutBraces));
}

QString Fingerprinter::compute(const QByteArray& key, const QByteArray& secret) {
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(secret, key, QCryptographicHash::Sha256).toHex());
}

void Fingerprinter::fingerprint(const QByteArray& secret, Done done) {
    withKey([this, secret, done](CredentialVault::Outcome outcome) {
        done(outcome, outcome.ok() ? compute(m_key, secret) : QString());
    });
}

void Fingerprinter::withKey(std::function<void(CredentialVault::Outcome)> then) {
    if (!m_key.isEmpty()) {
        then({});
        return;
    }
    // Callers that arrive while the key is being read wait for the same answer: two first uses
    // must not make two different keys.
    m_waiting.append(std::move(then));
    if (m_loading)
        return;
    m_loading = true;
    m_vault.read(keyName(m_workspaceId), [this](CredentialVault::Outcome outcome, QByteArray key) {
        if (outcome.ok() && key.size() == keySize) {
            m_key = key;
            finishLoading(outcome);
            return;
        }
        if (outcome.ok() || outcome.failure == CredentialVault::Failure::NotFound) {
            // First use (or a damaged key): a new key. Old fingerprints no longer match; the
            // caller recomputes them as secrets are stored again.
            QByteArray fresh(keySize, Qt::Uninitialized);
            QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
            m_vault.store(keyName(m_workspaceId), fresh, [this, fresh](CredentialVault::Outcome stored) {
                if (stored.ok())
                    m_key = fresh;
                finishLoading(stored);
            });
            return;
        }
        finishLoading(outcome);
    });
}

void Fingerprinter::finishLoading(const CredentialVault::Outcome& outcome) {
    m_loading = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& then : waiting)
        then(outcome);
}

} // namespace sitekeeper
