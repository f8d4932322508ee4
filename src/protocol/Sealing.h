// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace sitekeeper::protocol {

// Sealed copies of credential secrets (libsodium): each member and the service has an X25519 key
// pair; a secret travels as one sealed box per recipient (crypto_box_seal: an ephemeral key, then
// XSalsa20-Poly1305), which only the holder of the recipient's private key can open and which fails
// to open once a byte of it was changed. What is sealed names its credential, so that a box moved
// from one credential to another is refused too. The server keeps and relays boxes; it reads none
// but the ones sealed for the service.
namespace sealing {

constexpr qsizetype keySize = 32; // crypto_box_PUBLICKEYBYTES and crypto_box_SECRETKEYBYTES

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 32 bytes; lives only in a keychain (or the service's key file)
    bool isValid() const { return publicKey.size() == keySize && secretKey.size() == keySize; }
};

// False when libsodium could not be initialised (no entropy source); nothing is sealed then.
bool available();
KeyPair generate();
// The key pair of a stored private key; invalid when `secretKey` is not 32 bytes.
KeyPair fromSecretKey(const QByteArray& secretKey);
// A public key as people compare it: the first 20 bytes of its BLAKE2b hash, in ten groups of four
// hex digits ("3F2A 91C0 ...").
QString fingerprint(const QByteArray& publicKey);

// The box of `secret` of credential `credentialId` for `publicKey`, in base64 (the wire form): the
// key's id (8 bytes, see keyId), then the sealed box. Empty when the key is not a key.
QString seal(const QUuid& credentialId, const QByteArray& secret, const QByteArray& publicKey);
// The first 8 bytes of the key's BLAKE2b hash: which key a box was sealed for, so that a desk can
// tell a box for another of its member's keys from a changed one, and re-seal stale boxes.
QByteArray keyId(const QByteArray& publicKey);
// The key id a box names; empty when it is not a box.
QByteArray keyIdOf(const QString& box);

enum class Failure { None, Malformed, OtherKey, Tampered, OtherCredential };
struct Opened {
    Failure failure = Failure::None;
    QByteArray secret;
    bool ok() const { return failure == Failure::None; }
};
// Opens a box with `keys`: Malformed when it is not base64 of a plausible size, OtherKey when it
// names another key, Tampered when it does not authenticate (changed after it was sealed),
// OtherCredential when it was sealed for another credential.
Opened open(const QString& box, const QUuid& credentialId, const KeyPair& keys);

// Base64 of 32 bytes, and back (empty when it is not one).
QString encodeKey(const QByteArray& key);
QByteArray decodeKey(const QString& text);

// Overwrites `bytes` with zeros (sodium_memzero, which the compiler does not drop).
void wipe(QByteArray& bytes);

} // namespace sealing

} // namespace sitekeeper::protocol
