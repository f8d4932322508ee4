// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflicts.h"
#include "EntityKind.h"
#include "Result.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sitekeeper {

class Workspace;

// The open sync conflicts for people: the record by its name, the field by its label, the values in
// words, a clash about a whole record (a delete met an edit, an invalid record from the backend)
// said in a sentence, and a merged value to start typing from. Resolving takes mine, theirs or a
// typed value (see SyncEngine::resolve). The Conflicts dialog and `sitekeeper-cli conflicts` show
// and resolve them through here.
class ConflictList {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ConflictList)

public:
    struct Item {
        Conflict conflict;
        EntityKind kind = EntityKind::Site;
        QString recordName;       // "Ada Lovelace"; the id when the record has no name here
        QString siteName;         // the record's site, empty for partner-wide records
        QString fieldLabel;       // "Mobile phone", or "The whole record (deleted on one side)"
        bool wholeRecord = false; // a delete against an edit, or an invalid record: mine or theirs only
        QString description;      // for a whole-record clash: what happened, in words
        QString mergedText;       // where a typed merged value starts: mine, or both lists joined

        // "Client profile Ada Lovelace (Contoso HQ)".
        QString recordTitle() const;
    };

    explicit ConflictList(Workspace& workspace);

    Result<QList<Item>> open() const;
    Result<Item> item(const QUuid& conflictId) const;

    // A value as a person reads it: text as it is, yes/no, a list one item per line, "(empty)".
    static QString shown(const QJsonValue& value);
    // A value as a person edits it: like shown() but with nothing for empty, lists one item a line.
    static QString editableText(const QJsonValue& value);
    // What `text` typed for the conflict's field means: of the type its values have (text, yes/no,
    // a number, a list one item per line; JSON for anything else).
    static Result<QJsonValue> parseTyped(const Conflict& conflict, const QString& text);

    // Resolves with mine or theirs, or (Take::Merged) with `mergedText` parsed by parseTyped().
    Result<void> resolve(const QUuid& conflictId, SyncEngine::Take take,
                         const QString& mergedText = QString());

private:
    Item describe(const Conflict& conflict) const;

    Workspace& m_workspace;
};

} // namespace sitekeeper
