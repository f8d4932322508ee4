// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitekeeper {

// Countries as directories and people write them, reduced to the ISO 3166 alpha-2 code that
// libphonenumber takes as the region of a number written without "+country code".
class Country {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Country)

public:
    // "FR" for "FR", "fr", "France", "FRANCE", native names ("Deutschland",
    // "España", "Österreich") and common short forms ("UK", "USA"); empty when `text` names no
    // country. Directory exports write either the code (Entra usageLocation, AD `c`) or the English
    // name (Microsoft 365 Country/Region).
    static QString code(const QString& text);
    // The country of an IANA time zone ("Europe/Berlin" -> "DE") when the zone belongs to exactly one
    // country; empty for zones such as "UTC" or "Etc/GMT+2", and for unknown ids.
    static QString ofTimeZone(const QString& ianaId);
    // "Germany (DE)"; the bare code when it is not a country Qt knows.
    static QString label(const QString& code);
    // Whether `code` is an ISO 3166 alpha-2 code of a country.
    static bool isCode(const QString& code);
};

} // namespace sitekeeper
