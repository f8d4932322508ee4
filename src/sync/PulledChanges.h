// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

// Which records a pull wrote, so that screens and the checker can refresh only what moved. A pull
// of more than `maxListed` records (a first sync) lists none and says `everything`: reading all
// again is then cheaper than following each. A default-made value says `everything` too, so that
// whoever announces a pull without knowing what it brought gets every screen refreshed.
struct PulledChanges {
    struct Record {
        QString entity; // the wire name: "client_profile"
        QUuid id;
        QUuid siteBefore; // the record's site before the pull (a record may move); null when none
    };

    static constexpr int maxListed = 2'000;

    QList<Record> records;
    bool everything = true;

    static PulledChanges none() {
        PulledChanges changes;
        changes.everything = false;
        return changes;
    }
    // Whether records of `entity` (a wire name) may be among them.
    bool touches(const QString& entity) const {
        if (everything)
            return true;
        for (const Record& record : records) {
            if (record.entity == entity)
                return true;
        }
        return false;
    }
    // The kinds of record that may be among them, in allEntityKinds() order.
    QList<EntityKind> touchedKinds() const {
        QList<EntityKind> kinds;
        for (EntityKind kind : allEntityKinds()) {
            if (touches(entityName(kind)))
                kinds.append(kind);
        }
        return kinds;
    }
    void add(Record record) {
        if (everything)
            return;
        if (records.size() >= maxListed) {
            records.clear();
            everything = true;
            return;
        }
        records.append(std::move(record));
    }
};

} // namespace sitekeeper
