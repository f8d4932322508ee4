#include "PhoneNumber.h"

#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace sitekeeper {

namespace {

namespace lib = i18n::phonenumbers;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// "Germany (DE)", or the bare code when Qt does not know it.
QString regionLabel(const QString& code) {
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
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

PhoneNumber PhoneNumber::parse(const QString& text, const QString& defaultRegion) {
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
        // E.164 has no room for an extension, and the service cannot dial one.
        result.m_error = tr("Extensions cannot be stored; remove \"%1\" and enter the direct number.")
                             .arg(fromStd(number.extension()));
        return result;
    }

    if (!util->IsValidNumber(number)) {
        const QString where = regionLabel(result.m_region);
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
    return result;
}

bool PhoneNumber::isMobileFor(const QString& e164, bool enteredAsMobile) {
    const PhoneNumber number = parse(e164);
    if (!number.isValid())
        return false;
    switch (number.type()) {
    case Type::Mobile:
        return true;
    case Type::Unknown:
        return enteredAsMobile;
    case Type::FixedLine:
    case Type::Other:
        return false;
    }
    return false;
}

} // namespace sitekeeper
