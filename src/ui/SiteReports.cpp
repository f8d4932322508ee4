// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteReports.h"

#include "ApprovalWhatIfDialog.h"
#include "Checker.h"
#include "ReportExport.h"
#include "Store.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace sitekeeper {

SiteReports::SiteReports(Workspace& workspace, Checker& checker, QMainWindow* window,
                         std::function<void()> preferences)
    : QObject(window)
    , m_workspace(workspace)
    , m_checker(checker)
    , m_window(window)
    , m_preferences(std::move(preferences)) {}

void SiteReports::activationSummary(const QUuid& siteId) {
    const auto site = m_workspace.store().sites().get(siteId);
    if (siteId.isNull() || !site)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Activation Summary"),
        QDir::home().filePath(site->name + tr(" - activation summary") + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = ReportExport::activationSummary(m_checker, siteId, path); !written)
        return (void)QMessageBox::warning(m_window, tr("Cannot export the activation summary"),
                                          written.error().toString());
    m_window->statusBar()->showMessage(
        tr("Activation summary written to %1").arg(QDir::toNativeSeparators(path)), 10'000);
}

void SiteReports::clientHandout(const QUuid& siteId) {
    const auto site = m_workspace.store().sites().get(siteId);
    if (siteId.isNull() || !site)
        return;
    if (!ReportExport::reachable(m_workspace.partnerSettings().helpDesk)) {
        QMessageBox::information(
            m_window, tr("Client Handout"),
            tr("The handout tells end users how to reach the help desk. Enter the help desk "
               "phone number and email address in Preferences first."));
        m_preferences();
        if (!ReportExport::reachable(m_workspace.partnerSettings().helpDesk))
            return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Client Handout"),
        QDir::home().filePath(site->name + tr(" - help desk handout") + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<void> written = ReportExport::clientHandout(
        m_workspace, siteId, m_workspace.partnerSettings().helpDesk, m_checker.today(), path);
    if (!written)
        return (void)QMessageBox::warning(m_window, tr("Cannot write the handout"),
                                          written.error().toString());
    m_window->statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(path)),
                                       10'000);
}

void SiteReports::approvalWhatIf(const QUuid& siteId) {
    if (siteId.isNull())
        return;
    const auto site = m_checker.siteData(siteId);
    const auto partner = m_checker.partnerData();
    if (!site || !partner) {
        QMessageBox::warning(m_window, tr("Cannot show the what-if"),
                             (site ? partner.error() : site.error()).toString());
        return;
    }
    ApprovalWhatIfDialog(*site, *partner, m_window).exec();
}

} // namespace sitekeeper
