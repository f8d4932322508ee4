// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldClashText.h"

#include "FieldLabels.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sitekeeper {

FieldClashText::Origin FieldClashText::lastChange(Store& store, const QString& entity, const QUuid& id,
                                                  const QString& field) {
    // The newest rows come first; a record edited more than a few dozen times since the field moved
    // is rare, and then the answer is only less precise.
    constexpr int rowsRead = 50;
    Origin origin;
    for (const AuditEntry& entry : store.audit().forEntity(entity, id, 0, rowsRead)) {
        if (!entry.fields.contains(field))
            continue;
        origin.known = true;
        origin.fromBackend = entry.action == QLatin1String("sync");
        origin.actor = entry.actor;
        origin.at = entry.at;
        break;
    }
    return origin;
}

QString FieldClashText::value(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : QStringLiteral("“%1”").arg(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(item.isObject() ? FieldClashText::value(item) : item.toVariant().toString());
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("(empty)");
}

QString FieldClashText::origin(const Origin& origin) {
    if (!origin.known)
        return tr("elsewhere");
    const QString at = QLocale().toString(origin.at.toLocalTime(), QLocale::ShortFormat);
    if (origin.fromBackend)
        return tr("on the backend (pulled %1)").arg(at);
    return tr("here by %1 at %2").arg(origin.actor, at);
}

QString FieldClashText::refusal(Store& store, const QString& entity, const QUuid& id, const QString& record,
                                const QString& step, bool undo, const QList<FieldClash>& clashes) {
    QStringList fields;
    for (const FieldClash& clash : clashes)
        fields.append(tr("“%1” was changed %2 since (now %3)")
                          .arg(FieldLabels::label(entity, clash.field),
                               origin(lastChange(store, entity, id, clash.field)), value(clash.stored)));
    const QString what = RepositoryBase::displayName(entity);
    return (undo
                ? tr("Cannot undo “%1” on the %2 “%3”: %4. Undoing it would overwrite that change, so the %2 "
                     "stays as it is; edit it yourself if it still needs changing.")
                : tr("Cannot redo “%1” on the %2 “%3”: %4. Redoing it would overwrite that change, so the %2 "
                     "stays as it is; edit it yourself if it still needs changing."))
        .arg(step, what, record, fields.join(QStringLiteral("; ")));
}

QString FieldClashText::recordRefusal(const QString& entity, const QString& record, const QString& step,
                                      bool undo, bool existsAgain) {
    const QString what = RepositoryBase::displayName(entity);
    const QString why =
        existsAgain ? tr("the %1 exists again (it came back from the backend or another edit)").arg(what)
                    : tr("the %1 was changed since (on the backend or by another edit)").arg(what);
    return (undo ? tr("Cannot undo “%1” on the %2 “%3”: %4, and undoing it would lose that. "
                      "The %2 stays as it is.")
                 : tr("Cannot redo “%1” on the %2 “%3”: %4, and redoing it would lose that. "
                      "The %2 stays as it is."))
        .arg(step, what, record, why);
}

} // namespace sitekeeper
