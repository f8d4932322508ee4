// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sitekeeper {

// One-time codes: HOTP (RFC 4226) and TOTP (RFC 6238) with SHA-1, SHA-256 or SHA-512, 6 or 8
// digits, and the `otpauth://totp/...` URIs that authenticator apps exchange. Time is passed in
// (Unix seconds) or comes from an injected clock, so tests never read the wall clock.
class Totp {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Totp)

public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    struct Parameters {
        QByteArray key; // the shared secret, decoded
        Algorithm algorithm = Algorithm::Sha1;
        int digits = 6;
        int period = 30; // seconds
        QString issuer;
        QString account;

        bool operator==(const Parameters&) const = default;
    };

    using Clock = std::function<qint64()>; // Unix seconds

    // RFC 4226: the code for `counter`. `digits` is 6 or 8.
    static QString hotp(const QByteArray& key, quint64 counter, int digits, Algorithm algorithm);
    // RFC 6238: the code at `unixSeconds` (time step T0 = 0).
    static QString code(const Parameters& parameters, qint64 unixSeconds);
    // The code now, by `clock` (default: the system clock).
    static QString code(const Parameters& parameters, const Clock& clock = {});
    // Seconds until the code at `unixSeconds` changes (1 ... period).
    static int secondsRemaining(const Parameters& parameters, qint64 unixSeconds);

    // RFC 4648 base32, as the URIs carry secrets: case, spaces and padding are forgiven.
    static Result<QByteArray> decodeBase32(const QString& text);
    static QString encodeBase32(const QByteArray& data);

    // `otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA256&digits=8&period=30`.
    static Result<Parameters> parseUri(const QString& uri);
    static QString toUri(const Parameters& parameters);
    // A URI, or a bare base32 secret (the defaults then apply).
    static Result<Parameters> parse(const QString& uriOrSecret);

    static QString algorithmName(Algorithm algorithm);
};

} // namespace sitekeeper
