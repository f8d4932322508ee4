// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

struct TimeWindow;

// Collects the FieldErrors of one record: the checks every entity's validate() shares, so that the
// same kind of field is judged, and explained, the same way everywhere.
class Validator {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Validator)

public:
    static constexpr int maxNameLength = 200;
    static constexpr int maxLineLength = 2000;
    static constexpr int maxEmailLength = 254;
    static constexpr int maxTextBytes = 1024 * 1024;

    enum class Presence { Optional, Required };

    // `prefix` goes before every field name ("window." for a rule's time window).
    explicit Validator(const QString& prefix = QString());

    void add(const QString& field, const QString& message);
    // Appends `errors`, their fields prefixed with this validator's prefix and `prefix`.
    void addAll(const FieldErrors& errors, const QString& prefix = QString());

    // A record's own id, or a reference to another record when `presence` is Required.
    void id(const QString& field, const QUuid& value, Presence presence = Presence::Required);
    // One line of text: no control characters, at most `maxLength` characters.
    void line(const QString& field, const QString& value, Presence presence, int maxLength = maxNameLength);
    // Multi-line text (Markdown, notes): tabs and line breaks allowed, at most 1 MiB of UTF-8.
    void text(const QString& field, const QString& value, Presence presence = Presence::Optional);
    // Text technicians or end users read (a job title, a case summary) must not hold a credential:
    // SecretScanner's finding is an error naming the kind and where, never the secret.
    void noSecret(const QString& field, const QString& value);
    void email(const QString& field, const QString& value, Presence presence = Presence::Optional);
    void emails(const QString& field, const QStringList& values);
    void emailDomains(const QString& field, const QStringList& values);
    // An E.164 phone number ("+14155550123") that is valid for its region.
    void phone(const QString& field, const QString& value, Presence presence = Presence::Optional);
    void phones(const QString& field, const QStringList& values);
    void notNegative(const QString& field, int value);
    void timeZone(const QString& field, const QString& value, Presence presence);
    void windows(const QString& field, const QList<TimeWindow>& values);

    const FieldErrors& errors() const { return m_errors; }

    // The syntax checks behind the ones above, for parsers and editors.
    static bool isValidEmail(const QString& address);
    // A host name with at least two labels ("contoso.com"); internationalised names allowed.
    static bool isValidDomain(const QString& domain);
    // Why `value` cannot be stored as an E.164 phone number; empty when it can.
    static QString phoneProblem(const QString& value);
    // The first control character in `value` other than those `allowed`, or -1.
    static qsizetype controlCharacterAt(const QString& value, const QString& allowed = QString());

private:
    QString m_prefix;
    FieldErrors m_errors;
};

} // namespace sitekeeper
