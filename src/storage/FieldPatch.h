// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// One edit of one record as the fields it changes, by bundle key: each field's value in the record
// the edit was made on (its base) and the value the edit gives it. Fields the edit did not change
// are not in it, so writing it never touches them. RepositoryBase::diff() makes one.
struct FieldPatch {
    QUuid id;
    QJsonObject before; // the changed fields as the base held them
    QJsonObject after;  // the same fields with their new values

    bool isEmpty() const { return after.isEmpty(); }
    QStringList fields() const { return after.keys(); }
    // The edit that takes the fields back (an undo).
    FieldPatch inverted() const { return FieldPatch{id, after, before}; }
    // `json` with the patch's new values in place of its own.
    QJsonObject appliedTo(QJsonObject json) const {
        for (auto it = after.begin(); it != after.end(); ++it)
            json.insert(it.key(), it.value());
        return json;
    }
};

// A field an edit changes that was changed meanwhile (by a pull, another window, an undo): the store
// holds neither the value the edit started from nor the one it writes. Never overwritten silently.
struct FieldClash {
    QString field;
    QJsonValue base;   // what the edit started from
    QJsonValue mine;   // what the edit writes
    QJsonValue stored; // what the store holds now
};

} // namespace sitekeeper
