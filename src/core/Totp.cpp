// SPDX-License-Identifier: GPL-3.0-or-later
#include "Totp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <cstring>

namespace sitekeeper {

namespace {

const char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QCryptographicHash::Algorithm hashOf(Totp::Algorithm algorithm) {
    switch (algorithm) {
    case Totp::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Totp::Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    case Totp::Algorithm::Sha1:
        break;
    }
    return QCryptographicHash::Sha1;
}

} // namespace

QString Totp::algorithmName(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    case Algorithm::Sha1:
        break;
    }
    return QStringLiteral("SHA1");
}

QString Totp::hotp(const QByteArray& key, quint64 counter, int digits, Algorithm algorithm) {
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, hashOf(algorithm));
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (quint32(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(static_cast<quint8>(mac.at(offset + 1))) << 16) |
                           (quint32(static_cast<quint8>(mac.at(offset + 2))) << 8) |
                           quint32(static_cast<quint8>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString Totp::code(const Parameters& parameters, qint64 unixSeconds) {
    const auto step = static_cast<quint64>(unixSeconds < 0 ? 0 : unixSeconds / parameters.period);
    return hotp(parameters.key, step, parameters.digits, parameters.algorithm);
}

QString Totp::code(const Parameters& parameters, const Clock& clock) {
    return code(parameters, clock ? clock() : QDateTime::currentSecsSinceEpoch());
}

int Totp::secondsRemaining(const Parameters& parameters, qint64 unixSeconds) {
    return parameters.period - static_cast<int>(unixSeconds % parameters.period);
}

Result<QByteArray> Totp::decodeBase32(const QString& text) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    int count = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('='))
            continue;
        const char upper = c.toUpper().toLatin1();
        const char* at = upper ? std::strchr(base32Alphabet, upper) : nullptr;
        if (!at)
            return Error{tr("\"%1\" is not a base32 character (A-Z, 2-7).").arg(c), QString()};
        buffer = (buffer << 5) | quint32(at - base32Alphabet);
        bits += 5;
        ++count;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if (count == 0)
        return Error{tr("The secret is empty."), QString()};
    return out;
}

QString Totp::encodeBase32(const QByteArray& data) {
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(base32Alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

Result<Totp::Parameters> Totp::parseUri(const QString& uri) {
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("otpauth"), Qt::CaseInsensitive) != 0)
        return Error{tr("Not an otpauth:// URI."), QString()};
    if (url.host().compare(QLatin1String("totp"), Qt::CaseInsensitive) != 0)
        return Error{
            tr("Only time-based codes (otpauth://totp/...) are supported, not \"%1\".").arg(url.host()),
            QString()};

    Parameters parameters;
    const QString label = url.path(QUrl::FullyDecoded).mid(1);
    const qsizetype colon = label.indexOf(QLatin1Char(':'));
    parameters.account = (colon >= 0 ? label.mid(colon + 1) : label).trimmed();
    if (colon >= 0)
        parameters.issuer = label.left(colon).trimmed();

    const QUrlQuery query(url);
    const QString secret = query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
    if (secret.isEmpty())
        return Error{tr("The URI has no secret= parameter."), QStringLiteral("secret")};
    auto key = decodeBase32(secret);
    if (!key)
        return Error{key.error().message, QStringLiteral("secret")};
    parameters.key = key.value();

    if (query.hasQueryItem(QStringLiteral("issuer")))
        parameters.issuer = query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("algorithm"))) {
        const QString name = query.queryItemValue(QStringLiteral("algorithm")).toUpper();
        if (name == QLatin1String("SHA1"))
            parameters.algorithm = Algorithm::Sha1;
        else if (name == QLatin1String("SHA256"))
            parameters.algorithm = Algorithm::Sha256;
        else if (name == QLatin1String("SHA512"))
            parameters.algorithm = Algorithm::Sha512;
        else
            return Error{tr("Unknown algorithm \"%1\"; use SHA1, SHA256 or SHA512.").arg(name),
                         QStringLiteral("algorithm")};
    }
    if (query.hasQueryItem(QStringLiteral("digits"))) {
        bool ok = false;
        parameters.digits = query.queryItemValue(QStringLiteral("digits")).toInt(&ok);
        if (!ok || (parameters.digits != 6 && parameters.digits != 8))
            return Error{tr("Codes have 6 or 8 digits."), QStringLiteral("digits")};
    }
    if (query.hasQueryItem(QStringLiteral("period"))) {
        bool ok = false;
        parameters.period = query.queryItemValue(QStringLiteral("period")).toInt(&ok);
        if (!ok || parameters.period < 1 || parameters.period > 3600)
            return Error{tr("The period must be a number of seconds between 1 and 3600."),
                         QStringLiteral("period")};
    }
    return parameters;
}

QString Totp::toUri(const Parameters& parameters) {
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    const QString label =
        parameters.issuer.isEmpty() ? parameters.account : parameters.issuer + u':' + parameters.account;
    url.setPath(u'/' + label);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), encodeBase32(parameters.key));
    if (!parameters.issuer.isEmpty())
        query.addQueryItem(QStringLiteral("issuer"), parameters.issuer);
    query.addQueryItem(QStringLiteral("algorithm"), algorithmName(parameters.algorithm));
    query.addQueryItem(QStringLiteral("digits"), QString::number(parameters.digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(parameters.period));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<Totp::Parameters> Totp::parse(const QString& uriOrSecret) {
    if (uriOrSecret.trimmed().startsWith(QLatin1String("otpauth:"), Qt::CaseInsensitive))
        return parseUri(uriOrSecret);
    auto key = decodeBase32(uriOrSecret);
    if (!key)
        return key.error();
    Parameters parameters;
    parameters.key = key.value();
    return parameters;
}

} // namespace sitekeeper
