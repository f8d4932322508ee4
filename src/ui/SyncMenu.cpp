// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncMenu.h"

#include "BackendConnection.h"
#include "BackendSettings.h"
#include "ConflictsDialog.h"
#include "ConnectDialog.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncProblemsDialog.h"
#include "SyncStatusBar.h"
#include "Workspace.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace sitekeeper {

SyncMenu::SyncMenu(Workspace& workspace, SyncStatusBar& status, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_status(status)
    , m_window(window) {}

void SyncMenu::wire(const Actions& actions) {
    connect(actions.syncNow, &QAction::triggered, this, [this] { m_status.syncNow(false); });
    connect(&m_status, &SyncStatusBar::connectRequested, this, [this] {
        if (connectToBackend())
            m_status.syncNow(false);
    });
    connect(actions.connect, &QAction::triggered, this, [this] { connectToBackend(); });
    connect(actions.signOut, &QAction::triggered, this, &SyncMenu::signOut);
    connect(actions.conflicts, &QAction::triggered, this, &SyncMenu::showConflicts);
    connect(&m_status, &SyncStatusBar::conflictsChanged, actions.conflicts, &QAction::setEnabled);
    connect(actions.syncProblems, &QAction::triggered, this, &SyncMenu::showSyncProblems);
    connect(&m_status, &SyncStatusBar::problemsRequested, this, &SyncMenu::showSyncProblems);
}

bool SyncMenu::connectToBackend() {
    ConnectDialog dialog(m_workspace, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_status.refresh();
    Q_EMIT message(dialog.resultText());
    return true;
}

void SyncMenu::signOut() {
    const BackendSettings settings(m_workspace.folder());
    if (!settings.isConfigured())
        return;
    const int pending = SyncEngine::status(m_workspace.store()).pending;
    QString question = tr("Sign out of %1? The sign-in token is removed from this computer's keychain.")
                           .arg(settings.url().toString());
    if (pending > 0)
        question += u' ' + tr("%n edit(s) not yet synced stay in the outbox and are pushed after you sign in "
                              "again.",
                              nullptr, pending);
    if (QMessageBox::question(m_window, tr("Sign Out"), question) != QMessageBox::Yes)
        return;
    BackendConnection::logout(m_workspace, [guard = QPointer<SyncMenu>(this)](Result<void> done) {
        if (!guard)
            return;
        if (!done) {
            QMessageBox::warning(guard->m_window, tr("Not signed out"), done.error().message);
            return;
        }
        guard->m_status.refresh();
        Q_EMIT guard->signedOut();
        Q_EMIT guard->message(tr("Signed out."));
    });
}

void SyncMenu::showConflicts() {
    ConflictsDialog dialog(m_workspace, m_window);
    dialog.exec();
    m_status.refresh();
    Q_EMIT conflictsResolved();
}

SyncProblemsDialog* SyncMenu::showSyncProblems() {
    if (!m_problems) {
        m_problems = new SyncProblemsDialog(m_workspace, m_window);
        connect(m_problems, &SyncProblemsDialog::changed, this, [this] { m_status.refresh(); });
        connect(m_problems, &SyncProblemsDialog::openRequested, this, &SyncMenu::openRecordRequested);
        connect(&m_status, &SyncStatusBar::synced, m_problems, &SyncProblemsDialog::reload);
        connect(&m_workspace, &Workspace::recordChanged, m_problems, [this] {
            if (!m_problems->isBusy())
                m_problems->reload();
        });
    }
    m_problems->reload();
    m_problems->show();
    m_problems->raise();
    m_problems->activateWindow();
    return m_problems;
}

} // namespace sitekeeper
