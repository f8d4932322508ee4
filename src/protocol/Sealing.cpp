// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sealing.h"

#include "CredentialRecord.h"

#include <sodium.h>

namespace sitekeeper::protocol::sealing {

namespace {

// What is sealed: a version tag, the credential's id (16 bytes), then the secret.
constexpr char magic[] = {'S', 'K', 'S', '1'};
constexpr qsizetype headerSize = sizeof(magic) + 16;
constexpr qsizetype keyIdSize = 8;

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data) {
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

bool available() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

KeyPair generate() {
    KeyPair keys;
    if (!available())
        return keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

KeyPair fromSecretKey(const QByteArray& secretKey) {
    KeyPair keys;
    if (!available() || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return keys;
    keys.secretKey = secretKey;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

QString fingerprint(const QByteArray& publicKey) {
    if (!available() || publicKey.size() != keySize)
        return {};
    QByteArray hash(20, Qt::Uninitialized);
    crypto_generichash(bytes(hash), size_t(hash.size()), bytes(publicKey), size_t(publicKey.size()), nullptr,
                       0);
    const QString hex = QString::fromLatin1(hash.toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString seal(const QUuid& credentialId, const QByteArray& secret, const QByteArray& publicKey) {
    if (!available() || publicKey.size() != keySize)
        return {};
    QByteArray plain;
    plain.reserve(headerSize + secret.size());
    plain.append(magic, sizeof(magic));
    plain.append(credentialId.toRfc4122());
    plain.append(secret);
    QByteArray box = keyId(publicKey);
    box.resize(keyIdSize + plain.size() + qsizetype(crypto_box_SEALBYTES));
    crypto_box_seal(bytes(box) + keyIdSize, bytes(plain), quint64(plain.size()), bytes(publicKey));
    wipe(plain);
    return QString::fromLatin1(box.toBase64());
}

QByteArray keyId(const QByteArray& publicKey) {
    if (!available() || publicKey.size() != keySize)
        return {};
    QByteArray id(keyIdSize, Qt::Uninitialized);
    crypto_generichash(bytes(id), size_t(id.size()), bytes(publicKey), size_t(publicKey.size()), nullptr, 0);
    return id;
}

QByteArray keyIdOf(const QString& box) {
    if (box.size() > CredentialRecord::maxSealedBoxChars)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(box.left(16).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < keyIdSize)
        return {};
    return decoded.decoded.left(keyIdSize);
}

Opened open(const QString& box, const QUuid& credentialId, const KeyPair& keys) {
    if (!available() || !keys.isValid())
        return {Failure::Malformed, {}};
    if (box.size() > CredentialRecord::maxSealedBoxChars)
        return {Failure::Malformed, {}};
    const auto decoded =
        QByteArray::fromBase64Encoding(box.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype sealedSize = decoded.decoded.size() - keyIdSize;
    if (!decoded || sealedSize < qsizetype(crypto_box_SEALBYTES) + headerSize)
        return {Failure::Malformed, {}};
    if (decoded.decoded.left(keyIdSize) != keyId(keys.publicKey))
        return {Failure::OtherKey, {}};
    QByteArray plain(sealedSize - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(plain), bytes(decoded.decoded) + keyIdSize, quint64(sealedSize),
                             bytes(keys.publicKey), bytes(keys.secretKey)) != 0)
        return {Failure::Tampered, {}};
    if (!plain.startsWith(QByteArray::fromRawData(magic, sizeof(magic)))) {
        wipe(plain);
        return {Failure::Malformed, {}};
    }
    if (QUuid::fromRfc4122(QByteArrayView(plain).sliced(sizeof(magic), 16)) != credentialId) {
        wipe(plain);
        return {Failure::OtherCredential, {}};
    }
    Opened opened{Failure::None, plain.mid(headerSize)};
    wipe(plain);
    return opened;
}

QString encodeKey(const QByteArray& key) {
    return QString::fromLatin1(key.toBase64());
}

QByteArray decodeKey(const QString& text) {
    if (text.size() > 64)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != keySize)
        return {};
    return decoded.decoded;
}

void wipe(QByteArray& data) {
    // A copy shared with another QByteArray is not this one's to overwrite.
    if (!data.isEmpty() && data.isDetached())
        sodium_memzero(data.data(), size_t(data.size()));
    data.clear();
}

} // namespace sitekeeper::protocol::sealing
