// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordHistory.h"

#include "AuditLog.h"
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "Store.h"
#include "Workspace.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace sitekeeper {

RecordHistory::RecordHistory(Workspace& workspace, EntityKind entity, const QUuid& id, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_id(id) {}

RecordHistory::~RecordHistory() {
    // Ending the connection below aborts a request in flight, whose callback would still see this
    // object alive (a QPointer clears only in ~QObject): a new generation makes it say nothing.
    ++m_generation;
}

QList<RecordHistory::Entry> RecordHistory::local(int limit) const {
    QList<Entry> entries;
    for (const AuditEntry& row : m_workspace.store().audit().forEntity(entityName(m_entity), m_id, 0, limit))
        entries.append({row.at.toUTC(), row.actor, row.action, row.fields, 0});
    return entries;
}

void RecordHistory::load() {
    const quint64 generation = ++m_generation;
    if (!BackendSettings(m_workspace.folder()).isConfigured()) {
        Q_EMIT loaded(local(), false, QString());
        return;
    }
    if (m_ready) {
        readPage(QString(), {}, generation);
        return;
    }
    if (!m_connection)
        m_connection = std::make_unique<BackendConnection>(m_workspace);
    QPointer<RecordHistory> self(this);
    m_connection->open([self, generation](Result<void> opened) {
        if (!self || generation != self->m_generation)
            return;
        if (!opened) {
            Q_EMIT self->loaded(self->local(), false, opened.error().toString());
            return;
        }
        self->m_ready = true;
        self->readPage(QString(), {}, generation);
    });
}

void RecordHistory::readPage(const QString& since, QList<Entry> entries, quint64 generation) {
    BackendClient::AuditQuery query;
    query.entity = entityName(m_entity);
    query.id = m_id;
    query.since = since;
    query.limit = 100;
    QPointer<RecordHistory> self(this);
    m_connection->client().fetchAudit(query, [self, since, entries = std::move(entries),
                                              generation](Result<protocol::AuditPage> page) mutable {
        if (!self || generation != self->m_generation)
            return;
        if (!page) {
            // Offline, or the role may not read the audit: this desktop's own history instead.
            Q_EMIT self->loaded(self->local(), false, page.error().toString());
            return;
        }
        for (const protocol::AuditEntry& row : page->entries) {
            if (row.entity != entityName(self->m_entity) || row.id != self->m_id)
                continue; // the server answers what was asked; anything else is not shown
            entries.append({QDateTime::fromString(row.at, Qt::ISODateWithMs).toUTC(), row.memberName,
                            row.action, row.fields, row.revision});
        }
        // Oldest first, a page at a time: read on to the newest (bounded), then turn it round.
        if (page->more && !page->next.isEmpty() && page->next != since && entries.size() < maxEntries) {
            self->readPage(page->next, std::move(entries), generation);
            return;
        }
        std::reverse(entries.begin(), entries.end());
        Q_EMIT self->loaded(entries, true, QString());
    });
}

QString RecordHistory::fieldWords(const QString& key) {
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString RecordHistory::relativeTime(const QDateTime& at, const QDateTime& now) {
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = at.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 1)
        return tr("yesterday");
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString RecordHistory::describe(const Entry& entry, const QDateTime& now,
                                const std::function<QString(const QString&)>& label) {
    QString what;
    if (entry.action == QLatin1String("delete")) {
        what = tr("deleted");
    } else if (entry.action == QLatin1String("create") ||
               (entry.action == QLatin1String("upsert") && entry.revision == 1)) {
        what = tr("created");
    } else if (entry.action == QLatin1String("restore")) {
        what = tr("restored");
    } else {
        QStringList names;
        for (const QString& field : entry.fields) {
            if (field != QLatin1String("id"))
                names.append(label ? label(field) : fieldWords(field));
        }
        what = names.isEmpty() ? tr("changed") : names.join(QStringLiteral(", "));
    }
    const QString who = entry.who.isEmpty() ? tr("Someone") : entry.who;
    return tr("%1, %2: %3").arg(who, relativeTime(entry.at, now), what);
}

} // namespace sitekeeper
