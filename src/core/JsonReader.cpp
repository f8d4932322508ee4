// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include "TimeWindow.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace sitekeeper {

JsonReader::JsonReader(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
    : m_json(json)
    , m_errors(errors)
    , m_prefix(prefix) {}

QString JsonReader::field(const char* key) const {
    return m_prefix + QLatin1String(key);
}

void JsonReader::addError(const QString& field, const QString& message) const {
    if (m_errors)
        m_errors->append(FieldError{field, message});
}

void JsonReader::addWrongType(const char* key, const QString& expected) const {
    addError(field(key), expected);
}

void JsonReader::addUnknownValue(const char* key, const QString& text, const QStringList& expected) const {
    addError(field(key),
             tr("unknown value \"%1\"; use one of: %2").arg(text, expected.join(QStringLiteral(", "))));
}

QString JsonReader::string(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        addWrongType(key, tr("expected a string (use \"\" for none)"));
        return QString();
    }
    return value.toString();
}

bool JsonReader::boolean(const char* key, bool defaultValue) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool()) {
        addWrongType(key, tr("expected true or false"));
        return defaultValue;
    }
    return value.toBool();
}

int JsonReader::integer(const char* key, int defaultValue) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return defaultValue;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        addWrongType(key, tr("expected a whole number"));
        return defaultValue;
    }
    return static_cast<int>(number);
}

std::optional<QUuid> JsonReader::parseUuid(const QString& text) {
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id;
}

std::optional<QDate> JsonReader::parseDate(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> JsonReader::parseTime(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}:\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QUuid JsonReader::uuid(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QUuid();
    const std::optional<QUuid> id = value.isString() ? parseUuid(value.toString()) : std::nullopt;
    if (!id) {
        addWrongType(key, tr("expected an id such as \"123e4567-e89b-12d3-a456-426614174000\", or null"));
        return QUuid();
    }
    return *id;
}

QDate JsonReader::date(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QDate();
    const std::optional<QDate> date = value.isString() ? parseDate(value.toString()) : std::nullopt;
    if (!date) {
        addWrongType(key, tr("expected a date written YYYY-MM-DD, or null"));
        return QDate();
    }
    return *date;
}

QTime JsonReader::time(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    // "" is how toJson() writes a time not yet entered; validate() reports it where it matters.
    if (value.isUndefined() || value == QJsonValue(QString()))
        return QTime();
    const std::optional<QTime> time = value.isString() ? parseTime(value.toString()) : std::nullopt;
    if (!time) {
        addWrongType(key, tr("expected a time written HH:MM (00:00 to 23:59)"));
        return QTime();
    }
    return *time;
}

QStringList JsonReader::stringList(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        addWrongType(key, tr("expected a list of strings (use [] for none)"));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(field(key) + QStringLiteral("[%1]").arg(i), tr("expected a string"));
            continue;
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QList<QUuid> JsonReader::uuidList(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        addWrongType(key, tr("expected a list of ids (use [] for none)"));
        return {};
    }
    QList<QUuid> result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<QUuid> id =
            array.at(i).isString() ? parseUuid(array.at(i).toString()) : std::nullopt;
        if (!id) {
            addError(field(key) + QStringLiteral("[%1]").arg(i),
                     tr("expected an id such as \"123e4567-e89b-12d3-a456-426614174000\""));
            continue;
        }
        result.append(*id);
    }
    return result;
}

QJsonObject JsonReader::object(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        addWrongType(key, tr("expected an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        addWrongType(key, tr("expected a list (use [] for none)"));
        return {};
    }
    return value.toArray();
}

TimeWindow JsonReader::timeWindow(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return TimeWindow();
    if (!value.isObject()) {
        addWrongType(key, tr("expected a time window object {days, start, end, time_zone}"));
        return TimeWindow();
    }
    FieldErrors windowErrors;
    TimeWindow window = TimeWindow::fromJson(value.toObject(), &windowErrors);
    for (const FieldError& error : windowErrors)
        addError(field(key) + QLatin1Char('.') + error.field, error.message);
    return window;
}

QList<TimeWindow> JsonReader::timeWindows(const char* key) const {
    QList<TimeWindow> result;
    const QJsonArray windows = array(key);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QString item = field(key) + QStringLiteral("[%1]").arg(i);
        if (!windows.at(i).isObject()) {
            addError(item, tr("expected a time window object {days, start, end, time_zone}"));
            continue;
        }
        FieldErrors windowErrors;
        result.append(TimeWindow::fromJson(windows.at(i).toObject(), &windowErrors));
        for (const FieldError& error : windowErrors)
            addError(item + QLatin1Char('.') + error.field, error.message);
    }
    return result;
}

std::optional<QString> JsonReader::enumText(const char* key) const {
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        addWrongType(key, tr("expected a string"));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace sitekeeper
