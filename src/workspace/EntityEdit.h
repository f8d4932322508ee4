// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldClashText.h"
#include "Store.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace sitekeeper {

// One saved edit of one record, undoable. An edit of an existing record is the set of fields it
// changed, each with its value before and after (a FieldPatch made against the record as the editor
// saw it); writing it, undoing and redoing it touch those fields only, so a field someone else
// changed in the meantime (a pull) is kept. A field of the edit that moved since is never
// overwritten: the undo or redo refuses, says why through `notify`, and the command becomes obsolete
// (the undo stack drops it). `before` absent means the edit created the record (undo tombstones it,
// unless it was changed since); `after` absent means it deleted it (undo restores it, unless it
// exists again). The first redo() is skipped: Workspace::edit has written the edit with write().
template <class T>
class EntityEdit final : public QUndoCommand {
public:
    using Notify = std::function<void(EntityKind entity, const QUuid& id, const Error* error)>;

    // `parent`: the step this edit is part of (a use case that writes several edits as one step
    // builds its own parent command); null for a step of its own.
    EntityEdit(Store& store, std::optional<T> before, std::optional<T> after, const QString& text,
               Notify notify, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_notify(std::move(notify)) {
        if (m_before && m_after)
            m_patch = repository().diff(m_before->toJson(), m_after->toJson());
    }

    QUuid recordId() const { return m_after ? m_after->id : m_before->id; }
    // An edit of an existing record that changes no field: nothing to write or undo.
    bool changesNothing() const { return m_before && m_after && m_patch.isEmpty(); }
    // The fields the edit changes, with their values before and after (empty for a create or delete).
    const FieldPatch& patch() const { return m_patch; }

    // The edit itself, written once before the command goes on the stack. An update writes its
    // fields against `before` (a field changed since is a clash: nothing is written, `clashes` says
    // which); a create writes the whole record, a delete tombstones it.
    Result<void> write(QList<FieldClash>* clashes = nullptr) {
        if (m_before && m_after)
            return repository().patch(m_patch, nullptr, clashes);
        if (m_after)
            return repository().upsert(*m_after);
        return repository().remove(m_before->id);
    }

    void redo() override {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        run(false);
    }

    void undo() override { run(true); }

private:
    Repository<T>& repository() const { return m_store.repository<T>(); }
    // The audit log's spelling of the kind, which FieldClashText looks the last change up by.
    QString entity() const { return entityName(T::entityKind); }

    void run(bool undo) {
        // A refused step inside a macro stays in it (the stack drops only whole commands): it does
        // nothing any more.
        if (isObsolete())
            return;
        const Result<void> result = apply(undo);
        if (!result)
            setObsolete(true);
        if (m_notify)
            m_notify(T::entityKind, recordId(), result.ok() ? nullptr : &result.error());
    }

    Result<void> apply(bool undo) {
        const QString record = (m_after ? *m_after : *m_before).displayKey();
        if (m_before && m_after) {
            QList<FieldClash> clashes;
            const Result<void> written =
                repository().patch(undo ? m_patch.inverted() : m_patch, nullptr, &clashes);
            if (!written && !clashes.isEmpty())
                return Error{
                    FieldClashText::refusal(m_store, entity(), recordId(), record, text(), undo, clashes),
                    {}};
            return written;
        }
        // Undoing a delete or redoing a create brings the record (back) as it was; undoing a create
        // or redoing a delete takes it away, but only as the edit left it.
        const bool bringsBack = undo == !m_after;
        const T& whole = m_after ? *m_after : *m_before;
        if (bringsBack) {
            if (auto state = repository().state(recordId()); state && !state->deleted)
                return Error{FieldClashText::recordRefusal(entity(), record, text(), undo, true), {}};
            return repository().upsert(whole);
        }
        auto stored = repository().json(recordId());
        if (!stored)
            return stored.error();
        if (!repository().diff(whole.toJson(), stored.value()).isEmpty())
            return Error{FieldClashText::recordRefusal(entity(), record, text(), undo, false), {}};
        return repository().remove(recordId());
    }

    Store& m_store;
    std::optional<T> m_before;
    std::optional<T> m_after;
    FieldPatch m_patch;
    Notify m_notify;
    bool m_alreadyApplied = true;
};

} // namespace sitekeeper
