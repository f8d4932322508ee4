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

} // namespace sitekeeper
