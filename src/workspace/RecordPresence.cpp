// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordPresence.h"

#include "BackendConnection.h"
#include "BackendSettings.h"
#include "SyncLogging.h"
#include "Workspace.h"

#include <QPointer>

namespace sitekeeper {

RecordPresence::RecordPresence(Workspace& workspace, EntityKind entity, const QUuid& id, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_entity(entityName(entity))
    , m_id(id) {
    // The server forgets a presence 45 s after its last heartbeat.
    m_heartbeat.setInterval(20'000);
    m_poll.setInterval(5'000);
    connect(&m_heartbeat, &QTimer::timeout, this, &RecordPresence::beat);
    connect(&m_poll, &QTimer::timeout, this, &RecordPresence::ask);
}

RecordPresence::~RecordPresence() = default;

bool RecordPresence::start() {
    if (m_id.isNull() || !BackendSettings(m_workspace.folder()).isConfigured())
        return false;
    m_connection = std::make_unique<BackendConnection>(m_workspace);
    QPointer<RecordPresence> self(this);
    m_connection->open([self](Result<void> opened) {
        if (!self)
            return;
        if (!opened) {
            qCInfo(lcSync) << "presence not shown:" << opened.error().toString();
            return;
        }
        self->m_ready = true;
        self->beat();
        self->m_heartbeat.start();
        self->m_poll.start();
    });
    return true;
}

void RecordPresence::finish() {
    m_heartbeat.stop();
    m_poll.stop();
    if (!m_ready || !m_said) {
        deleteLater();
        return;
    }
    m_said = false;
    QPointer<RecordPresence> self(this);
    m_connection->client().deletePresence(m_entity, m_id, [self](Result<void> done) {
        if (!done)
            qCInfo(lcSync) << "presence not withdrawn:" << done.error().toString();
        if (self)
            self->deleteLater();
    });
}

void RecordPresence::beat() {
    if (!m_ready)
        return;
    m_said = true;
    QPointer<RecordPresence> self(this);
    m_connection->client().putPresence(m_entity, m_id, [self](Result<void> done) {
        if (!self)
            return;
        if (!done) {
            qCInfo(lcSync) << "presence not told:" << done.error().toString();
            return;
        }
        self->ask();
    });
}

void RecordPresence::ask() {
    if (!m_ready)
        return;
    QPointer<RecordPresence> self(this);
    m_connection->client().fetchPresence(m_entity, m_id, [self](Result<QList<protocol::Presence>> members) {
        if (!self || !members)
            return;
        QStringList names;
        for (const protocol::Presence& member : members.value()) {
            if (!member.name.isEmpty() && !names.contains(member.name))
                names.append(member.name);
        }
        if (names == self->m_others)
            return;
        self->m_others = names;
        Q_EMIT self->othersChanged(names);
    });
}

QString RecordPresence::note(const QStringList& names) {
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return tr("%1 is also editing this record.").arg(names.constFirst());
    return tr("%1 and %2 are also editing this record.")
        .arg(QStringList(names.begin(), names.end() - 1).join(QStringLiteral(", ")), names.constLast());
}

} // namespace sitekeeper
