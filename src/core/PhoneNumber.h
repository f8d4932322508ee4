// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace sitekeeper {

// A telephone number checked with libphonenumber (kept out of this header). Parse once, then read
// the formats; the value is plain data and cheap to copy.
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PhoneNumber)

public:
    enum class Type {
        Mobile,
        FixedLine,
        // The numbering plan cannot tell (libphonenumber's FIXED_LINE_OR_MOBILE, all of North
        // America): the field the number was entered in decides, see isMobileFor().
        Unknown,
        // Neither mobile nor fixed: toll free, premium rate, VoIP, pager, ... or not valid.
        Other
    };

    // What parse() does with an extension ("x204", "ext. 204", ";ext=204"): an office number keeps it
    // apart from the number (E.164 has no room for one); any other number refuses it.
    enum class Extension { Refuse, Keep };

    PhoneNumber() = default;

    // Parses `text` as typed by a person ("(415) 555-0123", "+44 7400 123456", "0151 2345 6789").
    // `defaultRegion` is an ISO 3166 code ("US", "GB") used when `text` has no "+country code";
    // empty or "ZZ" means the text must start with "+".
    static PhoneNumber parse(const QString& text, const QString& defaultRegion = QString(),
                             Extension extension = Extension::Refuse);

    // True when the number is a valid number of its region. An invalid result says why in
    // errorString().
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    // What was given to parse().
    QString input() const { return m_input; }
    // "+14155550123"; empty when the text could not be parsed at all.
    QString e164() const { return m_e164; }
    // "(415) 555-0123" as dialled inside the country.
    QString national() const { return m_national; }
    // "+1 415-555-0123".
    QString international() const { return m_international; }
    // "US", "GB", ... ; "ZZ" when unknown.
    QString regionCode() const { return m_region; }
    // The extension's digits ("204"), kept by Extension::Keep; empty when there is none.
    QString extension() const { return m_extension; }

    // "+49 30 1234567 ext. 204" for people: `e164` in its international form, then the extension.
    static QString displayText(const QString& e164, const QString& extension = QString());
    // Whether `text` can be stored as an extension: 1 to 15 digits.
    static bool isValidExtension(const QString& text);
    Type type() const { return m_type; }

    bool operator==(const PhoneNumber&) const = default;

    // Whether the number `e164` gets text messages (approval links, SMS authentication). Where the
    // numbering plan cannot tell (Type::Unknown), `enteredAsMobile` (it was entered in a mobile
    // field) decides. False for numbers that are not valid.
    static bool isMobileFor(const QString& e164, bool enteredAsMobile);

    // What the checks need to know about a stored (E.164) number, without the formats. libphonenumber
    // takes some 40 us per number here (ICU regular expressions), so results are kept in a process-wide
    // cache that the workspace seeds from, and saves to, its database (see PhoneFactsCache).
    struct Facts {
        bool valid = false;
        Type type = Type::Other;
        bool operator==(const Facts&) const = default;
    };
    static Facts factsOf(const QString& e164);
    // The same, computed without the cache.
    static Facts computeFacts(const QString& e164);
    // Whether the process-wide cache already holds the facts of `e164`.
    static bool hasFacts(const QString& e164);
    // Adds known facts to the cache (from the database).
    static void seedFacts(const QHash<QString, Facts>& known);
    // True when `text` is exactly the E.164 form parse() gave a valid number in this process: checking
    // it again (a stored number validated once more on save) would give the same answer, so callers
    // may skip the parse. False says nothing: parse it.
    static bool isKnownValidE164(const QString& text);
    // True when `text` is exactly the E.164 form of a valid number: parse(text) would be valid with
    // e164() == text. The same test as parse() without the formats it makes (half its cost), and its
    // facts are remembered like parse()'s; a stored number checked again (a pulled record, a save)
    // needs no more. False: parse() it for the reason.
    static bool isValidE164(const QString& text);
    // Whether `e164` gets text messages, from its facts (see isMobileFor()).
    static bool isMobile(const Facts& facts, bool enteredAsMobile) {
        return facts.valid &&
               (facts.type == Type::Mobile || (facts.type == Type::Unknown && enteredAsMobile));
    }

private:
    QString m_input;
    QString m_e164;
    QString m_national;
    QString m_international;
    QString m_region = QStringLiteral("ZZ");
    QString m_extension;
    QString m_error;
    Type m_type = Type::Other;
    bool m_valid = false;
};

} // namespace sitekeeper
