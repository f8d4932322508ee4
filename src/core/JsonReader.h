// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>

#include <optional>

namespace sitekeeper {

struct TimeWindow;

// Reads the keys of one JSON object for an entity's fromJson(): a missing key (or null, where the
// contract allows it) gives the default, a value of the wrong type adds a FieldError named after
// the key and gives the default too.
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::JsonReader)

public:
    // `errors` may be null. `prefix` is put before every field name ("window." -> "window.start").
    JsonReader(const QJsonObject& json, FieldErrors* errors, const QString& prefix = QString());

    QString string(const char* key) const;
    bool boolean(const char* key, bool defaultValue = false) const;
    int integer(const char* key, int defaultValue = 0) const;
    // Null or missing: a null QUuid.
    QUuid uuid(const char* key) const;
    // "YYYY-MM-DD"; null or missing: a null QDate.
    QDate date(const char* key) const;
    // "HH:MM"; missing or "": a null QTime.
    QTime time(const char* key) const;
    QStringList stringList(const char* key) const;
    QList<QUuid> uuidList(const char* key) const;
    QJsonObject object(const char* key) const;
    QJsonArray array(const char* key) const;
    TimeWindow timeWindow(const char* key) const;
    QList<TimeWindow> timeWindows(const char* key) const;

    template <class E>
    E enumValue(const char* key, E defaultValue) const {
        const std::optional<QString> text = enumText(key);
        if (!text)
            return defaultValue;
        if (const std::optional<E> value = fromString<E>(*text))
            return *value;
        addUnknownValue(key, *text, allStrings<E>());
        return defaultValue;
    }

    // The field name `key` has in errors (with the prefix).
    QString field(const char* key) const;
    void addError(const QString& field, const QString& message) const;

    // Parses the contract's scalar formats; nullopt when `text` is not one.
    static std::optional<QUuid> parseUuid(const QString& text);
    static std::optional<QDate> parseDate(const QString& text);
    static std::optional<QTime> parseTime(const QString& text);

private:
    std::optional<QString> enumText(const char* key) const;
    void addUnknownValue(const char* key, const QString& text, const QStringList& expected) const;
    void addWrongType(const char* key, const QString& expected) const;

    QJsonObject m_json;
    FieldErrors* m_errors;
    QString m_prefix;
};

} // namespace sitekeeper
