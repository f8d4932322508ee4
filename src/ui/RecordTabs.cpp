// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTabs.h"

#include "BulkEdits.h"
#include "EntityColumns.h"
#include "EntityEditors.h"
#include "EntityListModel.h"
#include "MemberRights.h"
#include "ProfileMergeDialog.h"
#include "RecordTab.h"
#include "ReviewActions.h"
#include "ReviewQueue.h"
#include "Workspace.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>

namespace sitekeeper {

RecordTabs::RecordTabs(Workspace& workspace, QTabWidget* tabs, QWidget* credentialsTab, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_tabWidget(tabs)
    , m_window(window) {
    RecordTab* profiles = addList(EntityKind::ClientProfile, tr("Client &Profiles"), 1);
    profiles->setRemoveText(tr("&Disable"));
    disconnect(profiles, &RecordTab::removeRequested, this, nullptr);
    connect(profiles, &RecordTab::removeRequested, this, &RecordTabs::disable);
    profiles->addBulkAction(tr("&Merge…"), QStringLiteral("Merge"),
                            [this](const QList<QUuid>& ids) { merge(ids); });

    RecordTab* references = addList(EntityKind::Reference, tr("&References"), 2);
    references->addBulkAction(tr("Set &owner…"), QStringLiteral("Set owner"),
                              [this](const QList<QUuid>& ids) { setOwner(ids); });
    references->addBulkAction(tr("Mark re&viewed"), QStringLiteral("Mark reviewed"),
                              [this](const QList<QUuid>& ids) { markReviewed(ids); });

    addList(EntityKind::Approver, tr("&Approvers"), 3);
    addList(EntityKind::NotificationRule, tr("Notification R&ules"), 4);
    m_tabs.insert(EntityKind::Credential, credentialsTab);
    connect(&workspace, &Workspace::identityChanged, this, &RecordTabs::updateRights);
    updateRights();
}

void RecordTabs::updateRights() {
    const MemberRights rights(m_workspace);
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        const EntityKind kind = it.key();
        // Client profiles are disabled (a patch of `status`), the others removed.
        const QString remove = kind == EntityKind::ClientProfile
                                   ? rights.toPatch(kind, {QStringLiteral("status")})
                                   : rights.toRemove(kind);
        QHash<QString, QString> bulk;
        if (kind == EntityKind::ClientProfile)
            bulk.insert(QStringLiteral("Merge"), rights.toEdit(kind));
        if (kind == EntityKind::Reference) {
            bulk.insert(QStringLiteral("Set owner"), rights.toPatch(kind, {QStringLiteral("owner")}));
            bulk.insert(QStringLiteral("Mark reviewed"),
                        rights.toPatch(kind, {QStringLiteral("last_reviewed")}));
        }
        it.value()->setForbidden(rights.toEdit(kind), remove, bulk);
    }
}

RecordTab* RecordTabs::addList(EntityKind kind, const QString& title, int position) {
    auto* tab = new RecordTab(EntityColumns::createModel(kind, m_workspace, this), m_tabWidget);
    tab->setObjectName(title);
    m_tabWidget->insertTab(position, tab, title);
    m_lists.insert(kind, tab);
    m_tabs.insert(kind, tab);
    connect(tab, &RecordTab::newRequested, this,
            [this, kind] { EntityEditors::create(m_workspace, kind, m_siteId, m_window); });
    connect(tab, &RecordTab::editRequested, this, [this, kind](const QUuid& id) {
        EntityEditors::open(m_workspace, kind, m_siteId, id, m_window);
    });
    connect(tab, &RecordTab::removeRequested, this,
            [this, kind](const QList<QUuid>& ids) { remove(kind, ids); });
    return tab;
}

qint64 RecordTabs::count(EntityKind kind) const {
    const RecordTab* tab = list(kind);
    return tab ? tab->model()->totalCount() : 0;
}

void RecordTabs::setSite(const QUuid& siteId) {
    m_siteId = siteId;
    for (RecordTab* tab : std::as_const(m_lists))
        tab->model()->setSite(siteId);
}

void RecordTabs::recordChanged(EntityKind kind, const QUuid& id) {
    if (RecordTab* tab = list(kind)) {
        tab->model()->reload();
        tab->select(id);
    }
}

void RecordTabs::refresh(const QList<EntityKind>& kinds) {
    for (EntityKind kind : kinds) {
        if (RecordTab* tab = list(kind))
            tab->refresh();
    }
}

void RecordTabs::merge(const QList<QUuid>& ids) {
    if (ids.size() != 2) {
        QMessageBox::information(m_window, tr("Merge Profiles"),
                                 tr("Select the two profiles of one person to merge them (%n selected).",
                                    nullptr, int(ids.size())));
        return;
    }
    ProfileMergeDialog::ask(m_workspace, ids.at(0), ids.at(1), m_window);
}

void RecordTabs::remove(EntityKind kind, const QList<QUuid>& ids) {
    const QString step = BulkEdits::removeText(kind, int(ids.size()));
    const auto answer =
        QMessageBox::question(m_window, tr("Remove"), tr("%1? You can undo this with Ctrl+Z.").arg(step));
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = BulkEdits(m_workspace).remove(kind, ids);
    if (!removed)
        report(tr("Not removed"), removed.error().toString());
}

void RecordTabs::setOwner(const QList<QUuid>& ids) {
    bool ok = false;
    const QString owner =
        QInputDialog::getText(m_window, tr("Set owner"),
                              tr("Owner of the %n selected reference(s):", nullptr, int(ids.size())),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    const auto saved = BulkEdits(m_workspace).setReferenceOwner(ids, owner);
    if (!saved)
        report(tr("Not saved"), saved.error().toString());
}

void RecordTabs::markReviewed(const QList<QUuid>& ids) {
    // The one rule of "reviewed, unchanged" (ReviewPolicy), as the review queue and the CLI apply it.
    QList<ReviewActions::Target> targets;
    for (const QUuid& id : ids)
        targets.append({EntityKind::Reference, id, QString()});
    const Result<void> saved = ReviewActions(m_workspace).attest(targets);
    if (!saved)
        report(tr("Not saved"), saved.error().toString());
}

void RecordTabs::disable(const QList<QUuid>& ids) {
    const auto saved = BulkEdits(m_workspace).disableProfiles(ids);
    if (!saved)
        report(tr("Not saved"), saved.error().toString());
}

void RecordTabs::report(const QString& title, const QString& error) {
    QMessageBox::warning(m_window, title, error);
}

} // namespace sitekeeper
