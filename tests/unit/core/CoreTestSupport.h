// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the core unit tests (not a test itself: no tst_ prefix).

#include "FieldError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <functional>

namespace sitekeeper::test {

inline QStringList fieldsOf(const FieldErrors& errors) {
    QStringList fields;
    for (const FieldError& error : errors)
        fields.append(error.field);
    return fields;
}

inline QString describe(const FieldErrors& errors) {
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(error.field + QStringLiteral(": ") + error.message);
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(QLatin1Char('\n'));
}

// A change to a valid record that makes one field wrong: the rows of the validation tables.
template <class T>
using Mutation = std::function<void(T&)>;

// The common checks of every entity: a valid record passes; a mutation fails on `field`, with a
// message to show.
template <class T>
void verifyValid(const T& record) {
    const FieldErrors errors = record.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

template <class T>
void verifyRejected(T record, const Mutation<T>& mutate, const QString& field) {
    mutate(record);
    const FieldErrors errors = record.validate();
    QVERIFY2(fieldsOf(errors).contains(field),
             qPrintable(QStringLiteral("expected an error on %1, got:\n%2").arg(field, describe(errors))));
    for (const FieldError& error : errors)
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.field));
}

template <class T>
void verifyAccepted(T record, const Mutation<T>& mutate) {
    mutate(record);
    verifyValid(record);
}

// toJson() writes exactly the contract's keys, and fromJson() reads them back unchanged.
template <class T>
void verifyJson(const T& record, QStringList contractKeys) {
    const QJsonObject json = record.toJson();
    QStringList keys = json.keys();
    keys.sort();
    contractKeys.sort();
    QCOMPARE(keys, contractKeys);
    FieldErrors errors;
    const T back = T::fromJson(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(back == record);
    // The default record survives too (nulls, empty strings and lists).
    const T empty;
    errors.clear();
    QVERIFY(T::fromJson(empty.toJson(), &errors) == empty);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    // Missing keys take the defaults.
    errors.clear();
    QVERIFY(T::fromJson(QJsonObject(), &errors) == empty);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

// Setting `key` to `value` makes fromJson() report an error on `field`.
template <class T>
void verifyJsonRejected(const T& record, const QString& key, const QJsonValue& value, const QString& field) {
    QJsonObject json = record.toJson();
    json.insert(key, value);
    FieldErrors errors;
    T::fromJson(json, &errors);
    QVERIFY2(fieldsOf(errors).contains(field),
             qPrintable(QStringLiteral("expected an error on %1, got:\n%2").arg(field, describe(errors))));
}

} // namespace sitekeeper::test
