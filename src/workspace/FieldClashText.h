// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldPatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sitekeeper {

class Store;

// What people read about a clash (a field changed meanwhile, see FieldClash): who or what changed
// the field and when, from the audit log, and the values in words. The undo stack's refusals and the
// editors' questions both say it the same way.
class FieldClashText {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::FieldClashText)

public:
    // The last change of one field of a record, as the audit log has it.
    struct Origin {
        bool known = false;
        bool fromBackend = false; // a pull (or a resolved conflict) wrote it
        QString actor;
        QDateTime at;
    };
    static Origin lastChange(Store& store, const QString& entity, const QUuid& id, const QString& field);

    // A JSON value for people: a string in quotes, "(empty)", yes/no, a list joined by commas.
    static QString value(const QJsonValue& value);

    // "on the backend (pulled 20:14)" or "here by dana at 20:14", to follow "was changed".
    static QString origin(const Origin& origin);

    // Why an undo (`undo` true) or redo of the step `step` on `record` (its display key) was refused.
    static QString refusal(Store& store, const QString& entity, const QUuid& id, const QString& record,
                           const QString& step, bool undo, const QList<FieldClash>& clashes);
    // Why an undo or redo that would create or delete the record was refused: it exists again, or was
    // changed since.
    static QString recordRefusal(const QString& entity, const QString& record, const QString& step, bool undo,
                                 bool existsAgain);
};

} // namespace sitekeeper
