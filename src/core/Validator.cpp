// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validator.h"

#include "PhoneNumber.h"
#include "SecretScanner.h"
#include "TimeWindow.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace sitekeeper {

Validator::Validator(const QString& prefix)
    : m_prefix(prefix) {}

void Validator::add(const QString& field, const QString& message) {
    m_errors.append(FieldError{m_prefix + field, message});
}

void Validator::addAll(const FieldErrors& errors, const QString& prefix) {
    for (const FieldError& error : errors)
        m_errors.append(FieldError{m_prefix + prefix + error.field, error.message});
}

void Validator::id(const QString& field, const QUuid& value, Presence presence) {
    if (presence == Presence::Required && value.isNull())
        add(field, tr("The id is missing; every record needs a UUID."));
}

qsizetype Validator::controlCharacterAt(const QString& value, const QString& allowed) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.category() == QChar::Other_Control && !allowed.contains(c))
            return i;
    }
    return -1;
}

void Validator::line(const QString& field, const QString& value, Presence presence, int maxLength) {
    if (value.trimmed().isEmpty()) {
        if (presence == Presence::Required)
            add(field, tr("This is required; enter a value."));
        return;
    }
    if (value.size() > maxLength) {
        add(field,
            tr("This is %1 characters long; shorten it to at most %2.").arg(value.size()).arg(maxLength));
        return;
    }
    if (const qsizetype at = controlCharacterAt(value); at >= 0) {
        add(field,
            tr("Contains a line break or another control character (U+%1 at position %2); keep it on one "
               "line and remove it.")
                .arg(value.at(at).unicode(), 4, 16, QLatin1Char('0'))
                .arg(at + 1));
    }
}

void Validator::text(const QString& field, const QString& value, Presence presence) {
    if (value.trimmed().isEmpty()) {
        if (presence == Presence::Required)
            add(field, tr("This is required; enter a text."));
        return;
    }
    // A UTF-16 unit becomes at most 3 UTF-8 bytes: only long texts need to be measured.
    if (value.size() > maxTextBytes / 3 && value.toUtf8().size() > maxTextBytes) {
        add(field, tr("The text is larger than 1 MiB; shorten it or link to a document instead."));
        return;
    }
    if (const qsizetype at = controlCharacterAt(value, QStringLiteral("\t\n\r")); at >= 0) {
        add(field, tr("Contains a control character (U+%1 at position %2); remove it.")
                       .arg(value.at(at).unicode(), 4, 16, QLatin1Char('0'))
                       .arg(at + 1));
    }
}

bool Validator::isValidDomain(const QString& domain) {
    if (domain.isEmpty() || domain.size() > 253 || domain.endsWith(QLatin1Char('.')))
        return false;
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray& part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch())
            return false;
    }
    // A top-level domain is never all digits; this rejects IPv4 addresses.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(QString::fromLatin1(labels.last())).hasMatch();
}

bool Validator::isValidEmail(const QString& address) {
    if (address.size() > maxEmailLength)
        return false;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64)
        return false;
    // Dot-atoms as RFC 5322 allows them, plus non-ASCII letters (RFC 6531); no quoted local parts.
    static const QRegularExpression local(
        QStringLiteral("^[\\w!#$%&'*+/=?^`{|}~-]+(?:\\.[\\w!#$%&'*+/=?^`{|}~-]+)*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return local.match(address.left(at)).hasMatch() && isValidDomain(address.mid(at + 1));
}

void Validator::email(const QString& field, const QString& value, Presence presence) {
    if (value.isEmpty()) {
        if (presence == Presence::Required)
            add(field, tr("Enter an email address."));
        return;
    }
    if (!isValidEmail(value))
        add(field, tr("\"%1\" is not a valid email address; write it as name@example.com.").arg(value));
}

void Validator::emails(const QString& field, const QStringList& values) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString item = field + QStringLiteral("[%1]").arg(i);
        email(item, values.at(i), Presence::Required);
        if (seen.contains(values.at(i).toLower()))
            add(item, tr("\"%1\" is listed twice; list each address once.").arg(values.at(i)));
        seen.insert(values.at(i).toLower());
    }
}

void Validator::emailDomains(const QString& field, const QStringList& values) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString item = field + QStringLiteral("[%1]").arg(i);
        const QString& domain = values.at(i);
        if (domain.startsWith(QLatin1Char('@')))
            add(item, tr("Write the domain without \"@\": %1.").arg(domain.mid(1)));
        else if (domain.contains(QLatin1Char('@')))
            add(item, tr("\"%1\" is an email address; enter only the part after \"@\".").arg(domain));
        else if (!isValidDomain(domain))
            add(item, tr("\"%1\" is not a valid domain; write it as example.com.").arg(domain));
        if (seen.contains(domain.toLower()))
            add(item, tr("\"%1\" is listed twice; list each domain once.").arg(domain));
        seen.insert(domain.toLower());
    }
}

QString Validator::phoneProblem(const QString& value) {
    if (!value.startsWith(QLatin1Char('+')))
        return tr("\"%1\" is not in international form; start it with + and the country code, for example "
                  "+14155550123.")
            .arg(value);
    // A stored number (an import's E.164 forms, a pulled record) is checked without the formats
    // parse() makes, and not at all when parse() gave it in this process (some 40 us per number).
    if (PhoneNumber::isValidE164(value))
        return QString();
    const PhoneNumber number = PhoneNumber::parse(value);
    if (!number.isValid())
        return tr("\"%1\" is not a valid phone number: %2").arg(value, number.errorString());
    if (number.e164() != value)
        return tr("Write the number without spaces or punctuation: %1.").arg(number.e164());
    return QString();
}

void Validator::phone(const QString& field, const QString& value, Presence presence) {
    if (value.isEmpty()) {
        if (presence == Presence::Required)
            add(field, tr("Enter a phone number."));
        return;
    }
    if (const QString problem = phoneProblem(value); !problem.isEmpty())
        add(field, problem);
}

void Validator::phones(const QString& field, const QStringList& values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        phone(field + QStringLiteral("[%1]").arg(i), values.at(i), Presence::Required);
}

void Validator::notNegative(const QString& field, int value) {
    if (value < 0)
        add(field, tr("This cannot be negative (it is %1); enter 0 or more.").arg(value));
}

void Validator::timeZone(const QString& field, const QString& value, Presence presence) {
    if (value.isEmpty()) {
        if (presence == Presence::Required)
            add(field, tr("Choose a time zone, such as America/New_York."));
        return;
    }
    if (!TimeWindow::isValidTimeZone(value))
        add(field, tr("\"%1\" is not a known time zone; use an IANA id such as Europe/London.").arg(value));
}

void Validator::windows(const QString& field, const QList<TimeWindow>& values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        addAll(values.at(i).validate(), field + QStringLiteral("[%1].").arg(i));
}

void Validator::noSecret(const QString& field, const QString& value) {
    if (value.isEmpty())
        return;
    // Job titles and summaries repeat ("Clerk" on thousands of rows of an import): texts found clean
    // are remembered, per thread, up to a bound.
    thread_local QSet<QString> clean;
    if (clean.contains(value))
        return;
    const QList<SecretScanner::Hit> hits = SecretScanner::scan(value);
    if (hits.isEmpty()) {
        if (clean.size() >= 4096)
            clean.clear();
        if (value.size() <= 200)
            clean.insert(value);
        return;
    }
    const SecretScanner::Hit& hit = hits.constFirst();
    add(field, tr("This looks like %1 (line %2, column %3). Credentials belong in the keychain: remove it "
                  "here and store it as a credential.")
                   .arg(SecretScanner::kindDescription(hit.kind))
                   .arg(hit.line)
                   .arg(hit.column));
}

} // namespace sitekeeper
