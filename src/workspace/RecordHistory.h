// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace sitekeeper {

class BackendConnection;
class Workspace;

// Who changed one record and when, newest first: the backend's audit (`GET /v1/audit?entity=&id=`,
// the names the server took from each member's token) when a backend is set and answers, else
// this workspace's own audit (where a pulled change carries the member name the change feed gave).
class RecordHistory : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QDateTime at; // UTC
        QString who;
        QString action; // create, update, delete, restore, sync (local); upsert, patch, delete (backend)
        QStringList fields;
        qint64 revision = 0; // from the backend; 0 when unknown
    };

    // The most entries read (pages of the backend's audit are read to the newest).
    static constexpr int maxEntries = 500;

    RecordHistory(Workspace& workspace, EntityKind entity, const QUuid& id, QObject* parent = nullptr);
    ~RecordHistory() override;

    // Reads the history; loaded() follows (at once from the local audit without a backend).
    void load();
    // The workspace's own audit of the record, newest first.
    QList<Entry> local(int limit = 50) const;

    // "Dana Ortiz, 3 min ago: mobile phone, title". `label` names a field for people ("mobile phone").
    static QString describe(const Entry& entry, const QDateTime& now,
                            const std::function<QString(const QString&)>& label);
    // "just now", "3 min ago", "2 h ago", "yesterday", else the date.
    static QString relativeTime(const QDateTime& at, const QDateTime& now);
    // A field key as words: "mobile_phone" -> "mobile phone".
    static QString fieldWords(const QString& key);

Q_SIGNALS:
    // `fromBackend`: the server's audit; else the local one (no backend, or it failed: `problem`).
    void loaded(const QList<sitekeeper::RecordHistory::Entry>& entries, bool fromBackend,
                const QString& problem);

private:
    void readPage(const QString& since, QList<Entry> entries, quint64 generation);

    Workspace& m_workspace;
    EntityKind m_entity;
    QUuid m_id;
    std::unique_ptr<BackendConnection> m_connection;
    bool m_ready = false;
    quint64 m_generation = 0;
};

} // namespace sitekeeper
