// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include "Country.h"

#include <QLocale>
#include <QReadWriteLock>
#include <QSet>

#include <algorithm>
#include <optional>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace sitekeeper {

namespace {

namespace lib = i18n::phonenumbers;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

PhoneNumber::Type typeOf(lib::PhoneNumberUtil::PhoneNumberType type) {
    switch (type) {
    case lib::PhoneNumberUtil::MOBILE:
        return PhoneNumber::Type::Mobile;
    case lib::PhoneNumberUtil::FIXED_LINE:
        return PhoneNumber::Type::FixedLine;
    case lib::PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::Unknown;
    default:
        return PhoneNumber::Type::Other;
    }
}

} // namespace

namespace {

// An E.164 text ("+" and at most 15 digits) as one number: the digits, and their count above them
// so that leading zeros are not lost. A million numbers then take some 30 MB in the cache instead of
// the 190 MB of a QString each.
std::optional<quint64> keyOf(QStringView e164) {
    constexpr quint64 lengthUnit = 1'000'000'000'000'000ULL; // 10^15
    if (e164.size() < 2 || e164.size() > 16 || e164.front() != QLatin1Char('+'))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : e164.mid(1)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    return value + quint64(e164.size() - 1) * lengthUnit;
}

quint8 packed(const PhoneNumber::Facts& facts) {
    return quint8((facts.valid ? 0x10 : 0) | quint8(facts.type));
}

PhoneNumber::Facts unpacked(quint8 bits) {
    return PhoneNumber::Facts{(bits & 0x10) != 0, PhoneNumber::Type(bits & 0x0f)};
}

struct FactsCache {
    QReadWriteLock lock;
    QHash<quint64, quint8> known;
    // The E.164 texts parse() produced for valid numbers: exactly what a valid stored number is.
    QSet<quint64> canonical;
};

FactsCache& factsCache() {
    static FactsCache cache;
    return cache;
}

// Beyond this many entries the cache starts over rather than grow without bound.
constexpr qsizetype maxCachedFacts = 8 * 1024 * 1024;

} // namespace

// Numbers parsed for validation (editors, imports) feed the cache the checks read.
static void rememberFacts(const QString& e164, const PhoneNumber::Facts& facts) {
    const auto key = keyOf(e164);
    if (!key)
        return;
    FactsCache& cache = factsCache();
    QWriteLocker locker(&cache.lock);
    if (cache.canonical.size() >= maxCachedFacts)
        cache.canonical.clear();
    cache.canonical.insert(*key);
    if (cache.known.size() >= maxCachedFacts)
        cache.known.clear();
    cache.known.insert(*key, packed(facts));
}

bool PhoneNumber::isKnownValidE164(const QString& text) {
    const auto key = keyOf(text);
    if (!key)
        return false;
    FactsCache& cache = factsCache();
    QReadLocker locker(&cache.lock);
    return cache.canonical.contains(*key);
}

PhoneNumber PhoneNumber::parse(const QString& text, const QString& defaultRegion, Extension extension) {
    const lib::PhoneNumberUtil* util = lib::PhoneNumberUtil::GetInstance();
    PhoneNumber result;
    result.m_input = text;

    QString region = defaultRegion.trimmed().toUpper();
    if (region.isEmpty())
        region = QStringLiteral("ZZ");
    if (region != QLatin1String("ZZ") && util->GetCountryCodeForRegion(region.toStdString()) == 0) {
        result.m_error = tr("\"%1\" is not a region libphonenumber knows; use a two-letter country code such "
                            "as US or GB.")
                             .arg(defaultRegion);
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.m_error = tr("No number was entered.");
        return result;
    }

    lib::PhoneNumber number;
    switch (util->Parse(text.toStdString(), region.toStdString(), &number)) {
    case lib::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case lib::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (text.trimmed().startsWith(QLatin1Char('+')) || text.trimmed().startsWith(QLatin1String("00")))
            result.m_error = tr("The country code after + or 00 is not one in use; check it.");
        else
            result.m_error = tr("The number has no country code; start it with + and the country code, for "
                                "example +1 for the US or +44 for the UK.");
        return result;
    case lib::PhoneNumberUtil::NOT_A_NUMBER:
        result.m_error = tr("This is not a phone number; enter digits, optionally with spaces, dashes, "
                            "brackets and a leading +.");
        return result;
    case lib::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case lib::PhoneNumberUtil::TOO_SHORT_NSN:
        result.m_error = tr("The number is too short; check that no digits are missing.");
        return result;
    case lib::PhoneNumberUtil::TOO_LONG_NSN:
        result.m_error = tr("The number is too long; check for extra digits.");
        return result;
    }

    std::string formatted;
    util->Format(number, lib::PhoneNumberUtil::E164, &formatted);
    result.m_e164 = fromStd(formatted);
    util->Format(number, lib::PhoneNumberUtil::NATIONAL, &formatted);
    result.m_national = fromStd(formatted);
    util->Format(number, lib::PhoneNumberUtil::INTERNATIONAL, &formatted);
    result.m_international = fromStd(formatted);

    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    if (numberRegion.empty() || numberRegion == "ZZ")
        util->GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
    result.m_region = numberRegion.empty() ? QStringLiteral("ZZ") : fromStd(numberRegion);

    if (number.has_extension()) {
        // E.164 has no room for an extension: an office number keeps it beside the number, a mobile
        // or an approver's number (dialled or texted by the service as is) cannot have one.
        const QString digits = fromStd(number.extension());
        if (extension == Extension::Refuse) {
            result.m_error = tr("Only an office number can have an extension; remove \"%1\" and enter the "
                                "direct number.")
                                 .arg(digits);
            return result;
        }
        if (!isValidExtension(digits)) {
            result.m_error =
                tr("The extension \"%1\" is too long; an extension has at most 15 digits.").arg(digits);
            return result;
        }
        result.m_extension = digits;
    }

    if (!util->IsValidNumber(number)) {
        const QString where = Country::label(result.m_region);
        switch (util->IsPossibleNumberWithReason(number)) {
        case lib::PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.m_error = tr("+%1 is not a country code in use; check it.").arg(number.country_code());
            break;
        case lib::PhoneNumberUtil::TOO_SHORT:
            result.m_error =
                tr("The number is too short for %1; check that no digits are missing.").arg(where);
            break;
        case lib::PhoneNumberUtil::TOO_LONG:
            result.m_error = tr("The number is too long for %1; check for extra digits.").arg(where);
            break;
        case lib::PhoneNumberUtil::INVALID_LENGTH:
            result.m_error = tr("The number has the wrong number of digits for %1; check it.").arg(where);
            break;
        case lib::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            result.m_error = tr("This is a local number; add the area code.");
            break;
        case lib::PhoneNumberUtil::IS_POSSIBLE:
            result.m_error = tr("The number is not valid for %1 (no such area code or prefix); check it, "
                                "and check the country.")
                                 .arg(where);
            break;
        }
        return result;
    }

    result.m_valid = true;
    result.m_type = typeOf(util->GetNumberType(number));
    rememberFacts(result.m_e164, Facts{true, result.m_type});
    return result;
}

bool PhoneNumber::isValidExtension(const QString& text) {
    if (text.isEmpty() || text.size() > 15)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString PhoneNumber::displayText(const QString& e164, const QString& extension) {
    QString text = e164;
    if (!e164.isEmpty()) {
        const PhoneNumber number = parse(e164);
        if (number.isValid())
            text = number.international();
    }
    if (!extension.isEmpty())
        text = tr("%1 ext. %2").arg(text, extension);
    return text;
}

bool PhoneNumber::isMobileFor(const QString& e164, bool enteredAsMobile) {
    return isMobile(factsOf(e164), enteredAsMobile);
}

namespace {

// What parse() decides about `text` given with no default region ("ZZ"): valid when it parses, has
// no extension and is a valid number of its region; with its type. `e164`, when given, gets the
// E.164 form of a number that parsed.
PhoneNumber::Facts factsOfText(const QString& text, std::string* e164) {
    const lib::PhoneNumberUtil* util = lib::PhoneNumberUtil::GetInstance();
    lib::PhoneNumber number;
    PhoneNumber::Facts facts;
    if (util->Parse(text.toStdString(), "ZZ", &number) != lib::PhoneNumberUtil::NO_PARSING_ERROR ||
        number.has_extension())
        return facts;
    // IsValidNumber() is GetNumberType() != UNKNOWN for the number's own region: asking both would
    // match the region's patterns twice (tested against parse() on 1.4 million numbers, none apart).
    const lib::PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
    facts.valid = type != lib::PhoneNumberUtil::UNKNOWN;
    if (facts.valid)
        facts.type = typeOf(type);
    if (e164)
        util->Format(number, lib::PhoneNumberUtil::E164, e164);
    return facts;
}

} // namespace

PhoneNumber::Facts PhoneNumber::computeFacts(const QString& e164) {
    return factsOfText(e164, nullptr);
}

bool PhoneNumber::isValidE164(const QString& text) {
    if (isKnownValidE164(text))
        return true;
    if (!keyOf(text))
        return false; // not "+" and digits: no E.164 form
    std::string formatted;
    const Facts facts = factsOfText(text, &formatted);
    if (!facts.valid || QLatin1String(formatted.data(), qsizetype(formatted.size())) != text)
        return false;
    rememberFacts(text, facts);
    return true;
}

PhoneNumber::Facts PhoneNumber::factsOf(const QString& e164) {
    const auto key = keyOf(e164);
    if (!key)
        return computeFacts(e164); // not a stored form: nothing to remember it by
    FactsCache& cache = factsCache();
    {
        QReadLocker locker(&cache.lock);
        auto it = cache.known.constFind(*key);
        if (it != cache.known.constEnd())
            return unpacked(it.value());
    }
    const Facts facts = computeFacts(e164);
    QWriteLocker locker(&cache.lock);
    if (cache.known.size() >= maxCachedFacts)
        cache.known.clear();
    cache.known.insert(*key, packed(facts));
    return facts;
}

bool PhoneNumber::hasFacts(const QString& e164) {
    const auto key = keyOf(e164);
    if (!key)
        return false;
    FactsCache& cache = factsCache();
    QReadLocker locker(&cache.lock);
    return cache.known.contains(*key);
}

void PhoneNumber::seedFacts(const QHash<QString, Facts>& known) {
    FactsCache& cache = factsCache();
    QWriteLocker locker(&cache.lock);
    if (cache.known.size() + known.size() >= maxCachedFacts)
        cache.known.clear();
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (const auto key = keyOf(it.key()))
            cache.known.insert(*key, packed(it.value()));
    }
}

} // namespace sitekeeper
