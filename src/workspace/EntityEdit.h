// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace sitekeeper {

// One saved edit of one record, undoable. `before` absent means the edit created the record
// (undo tombstones it); `after` absent means it deleted it (undo restores it). The first redo()
// is skipped because the workspace has already written the edit when the command is pushed.
template <class T>
class EntityEdit final : public QUndoCommand {
public:
    using Notify = std::function<void(EntityKind entity, const QUuid& id, const Error* error)>;

    EntityEdit(Store& store, std::optional<T> before, std::optional<T> after, const QString& text,
               Notify notify)
        : QUndoCommand(text)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_notify(std::move(notify)) {}

    void redo() override {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        apply(m_after, m_before);
    }

    void undo() override { apply(m_before, m_after); }

    // Writes `target` (or removes the record when there is none) in one transaction.
    static Result<void> write(Store& store, const std::optional<T>& target, const std::optional<T>& other) {
        if (target)
            return store.repository<T>().upsert(*target);
        return store.repository<T>().remove(other->id);
    }

private:
    void apply(const std::optional<T>& target, const std::optional<T>& other) {
        const Result<void> result = write(m_store, target, other);
        const QUuid id = target ? target->id : other->id;
        if (m_notify)
            m_notify(T::entityKind, id, result.ok() ? nullptr : &result.error());
    }

    Store& m_store;
    std::optional<T> m_before;
    std::optional<T> m_after;
    Notify m_notify;
    bool m_alreadyApplied = true;
};

} // namespace sitekeeper
