// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEntry.h"

namespace sitekeeper {

QString JournalEntry::toString(Action action) {
    switch (action) {
    case Action::Upsert:
        return QStringLiteral("upsert");
    case Action::Patch:
        return QStringLiteral("patch");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString JournalEntry::toString(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::NeedsAttention:
        return QStringLiteral("needs_attention");
    }
    return {};
}

std::optional<JournalEntry::Action> JournalEntry::actionFromString(QStringView text) {
    for (Action action : {Action::Upsert, Action::Patch, Action::Delete}) {
        if (text == toString(action))
            return action;
    }
    return std::nullopt;
}

std::optional<JournalEntry::State> JournalEntry::stateFromString(QStringView text) {
    for (State state : {State::Pending, State::Sent, State::NeedsAttention}) {
        if (text == toString(state))
            return state;
    }
    return std::nullopt;
}

} // namespace sitekeeper
