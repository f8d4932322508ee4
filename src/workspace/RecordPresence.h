// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <memory>

namespace sitekeeper {

class BackendConnection;
class Workspace;

// "I have this record open in an editor", told to the backend while an editor is open
// (`PUT /v1/presence` every heartbeat(), `DELETE` on close), and who else has it open
// (`GET /v1/presence`, asked every poll()). Without a backend it does nothing; a failed request is
// only logged: presence is a courtesy, never a reason to stop editing.
class RecordPresence : public QObject {
    Q_OBJECT

public:
    using Ms = std::chrono::milliseconds;

    RecordPresence(Workspace& workspace, EntityKind entity, const QUuid& id, QObject* parent = nullptr);
    // Without finish() the backend forgets the presence 45 s after the last heartbeat.
    ~RecordPresence() override;

    void setHeartbeat(Ms interval) { m_heartbeat.setInterval(interval); }
    void setPoll(Ms interval) { m_poll.setInterval(interval); }

    // Starts the heartbeat and the polling; false without a backend.
    bool start();
    // Says the editor closed (DELETE) and deletes this object once that is answered (or failed).
    void finish();

    // The names of the other members with the record open, as the backend last said.
    const QStringList& others() const { return m_others; }
    // "Dana Ortiz is also editing this record." (empty when nobody is).
    static QString note(const QStringList& names);

Q_SIGNALS:
    void othersChanged(const QStringList& names);

private:
    void beat();
    void ask();

    Workspace& m_workspace;
    QString m_entity;
    QUuid m_id;
    std::unique_ptr<BackendConnection> m_connection;
    bool m_ready = false;
    bool m_said = false; // a PUT was sent: a DELETE is owed
    QStringList m_others;
    QTimer m_heartbeat;
    QTimer m_poll;
};

} // namespace sitekeeper
