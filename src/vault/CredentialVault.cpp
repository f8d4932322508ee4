// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialVault.h"

#include <QTimer>

namespace sitekeeper {

QString CredentialVault::keyFor(QUuid workspaceId, QUuid credentialId) {
    return QStringLiteral("sitekeeper/%1/%2")
        .arg(workspaceId.toString(QUuid::WithoutBraces), credentialId.toString(QUuid::WithoutBraces));
}

QString CredentialVault::serviceName() {
    return QStringLiteral("sitekeeper");
}

QString CredentialVault::failureName(Failure failure) {
    switch (failure) {
    case Failure::None:
        return QStringLiteral("ok");
    case Failure::NoKeychainService:
        return QStringLiteral("no keychain service");
    case Failure::Locked:
        return QStringLiteral("locked");
    case Failure::AccessDenied:
        return QStringLiteral("access denied");
    case Failure::NotFound:
        return QStringLiteral("not found");
    case Failure::TooLarge:
        return QStringLiteral("too large");
    case Failure::Other:
        break;
    }
    return QStringLiteral("other");
}

UnavailableVault::UnavailableVault(QString reason, QObject* parent)
    : CredentialVault(parent)
    , m_reason(std::move(reason)) {}

// Answers are still delivered later, so callers see one behaviour whichever vault they hold.
void UnavailableVault::store(const QString&, const QByteArray&, Done done) {
    QTimer::singleShot(0, this, [this, done] { done({Failure::NoKeychainService, m_reason}); });
}

void UnavailableVault::read(const QString&, Read done) {
    QTimer::singleShot(0, this, [this, done] { done({Failure::NoKeychainService, m_reason}, {}); });
}

void UnavailableVault::remove(const QString&, Done done) {
    QTimer::singleShot(0, this, [this, done] { done({Failure::NoKeychainService, m_reason}); });
}

void UnavailableVault::checkAvailable(Done done) {
    QTimer::singleShot(0, this, [this, done] { done({Failure::NoKeychainService, m_reason}); });
}

} // namespace sitekeeper
