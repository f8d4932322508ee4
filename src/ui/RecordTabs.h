// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QHash>
#include <QObject>
#include <QUuid>

class QTabWidget;
class QWidget;

namespace sitekeeper {

class RecordTab;
class Workspace;

// The selected site's record lists in the console's tabs, one RecordTab per kind (client profiles,
// references, approvers, notification rules; credentials have a panel of their own), wired to the
// editors (EntityEditors) and the bulk edits (BulkEdits). It is also the console's one table of
// which tab shows each kind.
class RecordTabs : public QObject {
    Q_OBJECT

public:
    // Inserts the tabs into `tabs` after its first (the overview); `credentialsTab` is the tab that
    // shows the credentials. Dialogs open over `window`.
    RecordTabs(Workspace& workspace, QTabWidget* tabs, QWidget* credentialsTab, QWidget* window);

    // The list of `kind`, or null.
    RecordTab* list(EntityKind kind) const { return m_lists.value(kind); }
    // The tab that shows `kind` (a list, or the credentials tab), or null.
    QWidget* tab(EntityKind kind) const { return m_tabs.value(kind); }
    // How many records of `kind` the selected site has (0 without a list).
    qint64 count(EntityKind kind) const;

    void setSite(const QUuid& siteId);
    // Reloads the list of `kind` and selects the record.
    void recordChanged(EntityKind kind, const QUuid& id);
    // Reads again the lists of `kinds` (a pull wrote such records), keeping selection and scroll.
    void refresh(const QList<EntityKind>& kinds);

private:
    RecordTab* addList(EntityKind kind, const QString& title, int position);
    void remove(EntityKind kind, const QList<QUuid>& ids);
    void setOwner(const QList<QUuid>& ids);
    void markReviewed(const QList<QUuid>& ids);
    void disable(const QList<QUuid>& ids);
    // Two selected profiles of one person: the merge dialog.
    void merge(const QList<QUuid>& ids);
    // Greys out what the signed-in member's role cannot do (MemberRights), with the reason.
    void updateRights();
    // Says why a bulk edit stopped, when it did.
    void report(const QString& title, const QString& error);

    Workspace& m_workspace;
    QTabWidget* m_tabWidget;
    QWidget* m_window;
    QUuid m_siteId;
    QHash<EntityKind, RecordTab*> m_lists;
    QHash<EntityKind, QWidget*> m_tabs;
};

} // namespace sitekeeper
