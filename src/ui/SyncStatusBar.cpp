// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusBar.h"

#include "BackendConnection.h"
#include "LiveSync.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace sitekeeper {

SyncStatusBar::SyncStatusBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(new SyncSession(workspace, this))
    , m_identity(new QLabel(this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_problems(new QToolButton(this))
    , m_autoSync(new QTimer(this))
    , m_delay(new QTimer(this))
    , m_live(new LiveSync(workspace, *m_session, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_identity);
    layout->addWidget(m_label);
    layout->addWidget(m_problems);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setAccessibleName(tr("Signed in as"));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_label->setAccessibleName(tr("Sync status"));
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        // Cancel means "not now": following the backend pauses too, until the next Sync Now.
        m_live->stop();
        m_session->cancel();
    });
    m_problems->setAutoRaise(true);
    m_problems->setObjectName(QStringLiteral("syncProblemsButton"));
    m_problems->setToolTip(tr("Show the edits the backend refused (Ctrl+Shift+P)"));
    m_problems->hide();
    connect(m_problems, &QToolButton::clicked, this, &SyncStatusBar::problemsRequested);
    connect(m_session, &SyncSession::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::clamp<qint64>(total, 1, INT_MAX)));
        m_progress->setValue(int(std::clamp<qint64>(done, 0, INT_MAX)));
        m_label->setText(
            tr("Sending edits: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    // A first sync reads the whole tenant: the bar counts the changes of the total the backend
    // names, or runs without an end (and the label counts) when it names none.
    connect(m_session, &SyncSession::pullProgress, this, [this](qint64 read, qint64 total) {
        if (!m_cancel->isEnabled())
            return; // cancelling: the label says so
        // A long pull (a first sync) shows its progress with Cancel, whoever started it.
        constexpr qint64 longPull = 1000;
        if (!m_progress->isVisible() && (read >= longPull || total > longPull)) {
            m_progress->show();
            m_cancel->show();
        }
        if (total >= 0) {
            m_progress->setRange(0, int(std::clamp<qint64>(total, 1, INT_MAX)));
            m_progress->setValue(int(std::clamp<qint64>(read, 0, INT_MAX)));
            m_label->setText(
                tr("Receiving changes: %1 of %2").arg(QLocale().toString(read), QLocale().toString(total)));
        } else {
            m_progress->setRange(0, 0);
            m_label->setText(tr("Receiving changes: %1").arg(QLocale().toString(read)));
        }
    });
    connect(m_session, &SyncSession::finished, this, [this](bool ok) {
        // Sync Now asked while another run was under way: that run began before the edits the user
        // wants sent, so one more follows, and only its end counts as synced.
        if (m_syncAgain && !m_session->wasCancelled()) {
            const bool quiet = m_againQuiet;
            m_syncAgain = false;
            QTimer::singleShot(0, this, [this, quiet] { syncNow(quiet); });
            return;
        }
        m_syncAgain = false;
        m_progress->hide();
        m_cancel->hide();
        m_cancel->setEnabled(true);
        showStatus();
        const bool quiet = m_quiet;
        m_quiet = true;
        // A cancelled sync is no failure to report: what was stored stays, the next one goes on.
        if (!ok && !quiet && !m_session->wasCancelled())
            QMessageBox::warning(window(), tr("Sync failed"), m_session->failure());
        // A sealed copy that did not open is said even after a live sync: it may be an attack.
        if (const QStringList problems = m_session->sharingProblems(); !problems.isEmpty()) {
            m_label->setText(m_label->text() + QStringLiteral(" — ") +
                             tr("%n shared credential problem(s)", nullptr, int(problems.size())));
            m_label->setToolTip(problems.join(QLatin1Char('\n')));
            if (!quiet)
                QMessageBox::warning(window(), tr("Shared credentials"),
                                     problems.join(QStringLiteral("\n\n")));
        }
        if (ok)
            refreshIdentity(); // a role the admin changed shows after the next sync
        Q_EMIT synced();
    });
    connect(&m_workspace, &Workspace::identityChanged, this, [this] {
        m_identityProblem.clear();
        m_identityRefused = false;
        refresh();
    });

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &SyncStatusBar::showStatus);
    m_autoSync->setInterval(5 * 60 * 1000);
    connect(m_autoSync, &QTimer::timeout, this, [this] { syncNow(true); });
    if (m_session->isConfigured()) {
        m_autoSync->start();
        m_live->start();
        refreshIdentity();
    }
    showIdentity();
    showStatus();
}

SyncStatusBar::~SyncStatusBar() {
    // A whoami in flight answers (cancelled) now, while the labels it updates are still there.
    delete m_connection;
}

void SyncStatusBar::refresh(bool later) {
    if (later) {
        m_delay->start();
        return;
    }
    // Signed in: sync every few minutes; signed out: not any more.
    if (!m_session->isConfigured())
        m_autoSync->stop();
    else if (!m_autoSync->isActive())
        m_autoSync->start();
    showIdentity();
    showStatus();
}

void SyncStatusBar::refreshIdentity() {
    if (!m_session->isConfigured())
        return;
    if (!m_connection)
        m_connection = new BackendConnection(m_workspace, this);
    m_connection->whoami([this](Result<protocol::Me> me) {
        m_identityProblem = me ? QString() : me.error().message;
        m_identityRefused = !me && me.error().is(Error::Kind::Forbidden);
        if (m_identityRefused)
            m_identityProblem += u' ' + tr("Then sign in again with File › Connect to Backend.");
        showIdentity();
    });
}

void SyncStatusBar::showIdentity() {
    const auto identity = m_workspace.identity();
    if (!m_session->isConfigured()) {
        m_identity->setText(tr("Not signed in"));
        m_identity->setToolTip(tr("This workspace has no backend: File › Connect to Backend signs in."));
    } else if (identity && m_identityProblem.isEmpty()) {
        // "Dana Ortiz · Editor"
        m_identity->setText(
            tr("%1 · %2").arg(identity->member.name, protocol::displayName(identity->member.role)));
        m_identity->setToolTip(tr("Signed in as %1 <%2>, %3 of %4")
                                   .arg(identity->member.name, identity->member.email,
                                        protocol::nameInSentence(identity->member.role),
                                        identity->tenantName));
    } else if (!m_identityProblem.isEmpty()) {
        m_identity->setText(
            m_identityRefused ? tr("Sign-in refused")
            : identity        ? tr("%1 · %2 (offline)")
                             .arg(identity->member.name, protocol::displayName(identity->member.role))
                       : tr("Offline"));
        m_identity->setToolTip(m_identityProblem);
    } else {
        m_identity->setText(tr("Signed in"));
        m_identity->setToolTip(tr("Who is signed in is asked of the backend at the next sync."));
    }
}

void SyncStatusBar::showStatus() {
    const SyncEngine::Status status = SyncEngine::status(m_workspace.store());
    QStringList parts;
    if (!m_session->isConfigured())
        parts << tr("No backend set");
    else if (status.lastSync.isValid())
        parts << tr("Synced %1").arg(QLocale().toString(status.lastSync.toLocalTime(), QLocale::ShortFormat));
    else
        parts << tr("Never synced");
    parts << tr("Edits waiting: %1").arg(status.pending);
    m_problems->setText(tr("Refused by the backend: %1").arg(status.needsAttention));
    m_problems->setAccessibleName(m_problems->text());
    m_problems->setVisible(status.needsAttention > 0);
    if (status.openConflicts > 0)
        parts << tr("Conflicts: %1").arg(status.openConflicts);
    // A long pull shows its own progress there ("Receiving changes: 12,000 of 270,000"); a refresh
    // between its pages (the screens reading what it pulled) leaves that until it ends.
    if (m_progress->isHidden())
        m_label->setText(parts.join(QStringLiteral(" · ")));
    m_label->setToolTip(status.lastError.isEmpty() ? QString()
                                                   : tr("Last sync failed: %1").arg(status.lastError));
    Q_EMIT conflictsChanged(status.openConflicts > 0);
}

void SyncStatusBar::syncNow(bool quiet) {
    if (m_session->isRunning()) {
        // Not dropped: one more run follows the one under way (see finished above).
        m_syncAgain = true;
        m_againQuiet = m_againQuiet && quiet;
        if (!quiet)
            m_quiet = false;
        return;
    }
    m_againQuiet = true;
    if (!m_session->isConfigured()) {
        if (!quiet)
            Q_EMIT connectRequested();
        return;
    }
    if (!m_live->isRunning())
        m_live->start(); // paused by a Cancel
    m_quiet = quiet;
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_label->setText(tr("Syncing…"));
    m_session->start();
}

} // namespace sitekeeper
