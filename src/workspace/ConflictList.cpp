// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictList.h"

#include "FieldLabels.h"
#include "RecordLookup.h"
#include "Store.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace sitekeeper {

namespace {

bool isTextList(const QJsonValue& value) {
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

// Mine's items, then theirs' that mine lacks.
QJsonArray joined(const QJsonArray& mine, const QJsonArray& theirs) {
    QJsonArray all = mine;
    for (const QJsonValue& item : theirs) {
        if (!all.contains(item))
            all.append(item);
    }
    return all;
}

} // namespace

ConflictList::ConflictList(Workspace& workspace)
    : m_workspace(workspace) {}

QString ConflictList::Item::recordTitle() const {
    const QString text = ConflictList::tr("%1 %2").arg(displayName(kind), recordName);
    return siteName.isEmpty() || kind == EntityKind::Site ? text
                                                          : ConflictList::tr("%1 (%2)").arg(text, siteName);
}

QString ConflictList::shown(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("(unknown)");
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Array:
        if (value.toArray().isEmpty())
            return tr("(empty)");
        if (isTextList(value))
            return editableText(value);
        break;
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString ConflictList::editableText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QString();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        if (isTextList(value)) {
            QStringList lines;
            for (const QJsonValue& item : value.toArray())
                lines << item.toString();
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

Result<QJsonValue> ConflictList::parseTyped(const Conflict& conflict, const QString& text) {
    // The type the field's values have: mine's, else theirs', else the base's.
    QJsonValue sample = conflict.mine;
    if (sample.isNull() || sample.isUndefined())
        sample = conflict.theirs;
    if (sample.isNull() || sample.isUndefined())
        sample = conflict.base;
    QString typed = text;
    while (typed.endsWith(QLatin1Char('\n')) || typed.endsWith(QLatin1Char('\r')))
        typed.chop(1);
    const auto invalid = [&](const QString& what) {
        return Error{tr("“%1” is not %2.").arg(typed, what), conflict.field, Error::Kind::Invalid};
    };
    switch (sample.type()) {
    case QJsonValue::Bool: {
        const QString word = typed.trimmed().toLower();
        if (word == QLatin1String("yes") || word == QLatin1String("true") || word == tr("yes"))
            return QJsonValue(true);
        if (word == QLatin1String("no") || word == QLatin1String("false") || word == tr("no"))
            return QJsonValue(false);
        return invalid(tr("yes or no"));
    }
    case QJsonValue::Double: {
        bool ok = false;
        const double number = typed.trimmed().toDouble(&ok);
        if (!ok)
            return invalid(tr("a number"));
        // Whole numbers stay integers, as the records store them.
        if (number == std::floor(number) && std::abs(number) < 9.0e15)
            return QJsonValue(qint64(number));
        return QJsonValue(number);
    }
    case QJsonValue::Array:
        if (isTextList(sample) || sample.toArray().isEmpty()) {
            QJsonArray items;
            for (const QString& line : typed.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    items.append(line.trimmed());
            }
            return QJsonValue(items);
        }
        break;
    case QJsonValue::Object:
        break;
    case QJsonValue::String:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QJsonValue(typed);
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + typed.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return invalid(tr("a JSON value (%1)").arg(error.errorString()));
    return document.array().at(0);
}

ConflictList::Item ConflictList::describe(const Conflict& conflict) const {
    Item item;
    item.conflict = conflict;
    item.kind = entityKindFromName(conflict.entity).value_or(EntityKind::Site);
    RecordLookup lookup(m_workspace);
    item.recordName = lookup.nameOf(item.kind, conflict.entityId);
    if (item.recordName.isEmpty())
        item.recordName = conflict.entityId.toString(QUuid::WithoutBraces);
    const QUuid siteId = m_workspace.store().repository(item.kind).siteOfRecord(conflict.entityId);
    if (!siteId.isNull() && item.kind != EntityKind::Site)
        item.siteName = lookup.nameOf(EntityKind::Site, siteId);
    item.fieldLabel = FieldLabels::label(conflict.entity, conflict.field);
    const QString thing = displayName(item.kind).toLower();
    if (conflict.field == QLatin1String(SyncEngine::deletedRecordField)) {
        item.wholeRecord = true;
        item.description =
            conflict.mine.toBool()
                ? tr("You deleted this %1 here, and it was changed on the backend meanwhile. Keep yours to "
                     "delete it there too, or take the backend's to keep it.")
                      .arg(thing)
                : tr("This %1 was deleted on the backend, and you changed it here meanwhile. Keep yours to "
                     "send your version back, or take the backend's to delete it here too.")
                      .arg(thing);
    } else if (conflict.field == QLatin1String(SyncEngine::invalidRecordField)) {
        item.wholeRecord = true;
        item.description = tr("The backend sent a version of this %1 that is not valid (%2), so it was not "
                              "stored. Keep yours to send this desktop's version over it.")
                               .arg(thing, conflict.base.toString());
    } else if (isTextList(conflict.mine) && isTextList(conflict.theirs)) {
        item.mergedText = editableText(joined(conflict.mine.toArray(), conflict.theirs.toArray()));
    } else {
        item.mergedText = editableText(conflict.mine);
    }
    return item;
}

Result<QList<ConflictList::Item>> ConflictList::open() const {
    QList<Item> items;
    for (const Conflict& conflict : Conflicts(m_workspace.database()).open())
        items.append(describe(conflict));
    return items;
}

Result<ConflictList::Item> ConflictList::item(const QUuid& conflictId) const {
    auto conflict = Conflicts(m_workspace.database()).get(conflictId);
    if (!conflict)
        return conflict.error();
    return describe(conflict.value());
}

Result<void> ConflictList::resolve(const QUuid& conflictId, SyncEngine::Take take,
                                   const QString& mergedText) {
    auto conflict = Conflicts(m_workspace.database()).get(conflictId);
    if (!conflict)
        return conflict.error();
    QJsonValue merged(QJsonValue::Undefined);
    if (take == SyncEngine::Take::Merged) {
        auto parsed = parseTyped(conflict.value(), mergedText);
        if (!parsed)
            return parsed.error();
        merged = parsed.value();
    }
    if (auto resolved = SyncEngine::resolve(m_workspace.store(), conflictId, take, merged); !resolved)
        return resolved;
    if (const auto kind = entityKindFromName(conflict->entity))
        Q_EMIT m_workspace.recordChanged(*kind, conflict->entityId);
    return {};
}

} // namespace sitekeeper
