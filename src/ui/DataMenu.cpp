// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataMenu.h"

#include "BundleFile.h"
#include "DemoPartner.h"
#include "DirectoryDiffDialog.h"
#include "PartnerDialog.h"
#include "ProfileImportWizard.h"
#include "Workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace sitekeeper {

DataMenu::DataMenu(Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window) {}

void DataMenu::importBundle() {
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import bundle"), QString(),
                                                      tr("Sitekeeper bundles (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QStringList problems;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = BundleFile::import(m_workspace, file, &problems);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox box(QMessageBox::Warning, tr("Bundle not imported"), summary.error().toString(),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    Q_EMIT bundleImported();
    Q_EMIT message(
        tr("Imported %1: %2 created, %3 updated").arg(file).arg(summary->created).arg(summary->updated));
}

void DataMenu::exportBundle() {
    const QString file =
        QFileDialog::getSaveFileName(m_window, tr("Export bundle"), QStringLiteral("sitekeeper-bundle.json"),
                                     tr("Sitekeeper bundles (*.json)"));
    if (file.isEmpty())
        return;
    if (const auto exported = BundleFile::exportTo(m_workspace, file); !exported)
        QMessageBox::warning(m_window, tr("Not exported"), exported.error().toString());
}

void DataMenu::openDemo() {
    const QString folder = DemoPartner::defaultFolder();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> prepared = DemoPartner::prepare(folder);
    QApplication::restoreOverrideCursor();
    if (!prepared)
        return (void)QMessageBox::warning(m_window, tr("Cannot open the demo"), prepared.error().toString());
    Q_EMIT openWorkspaceRequested(folder);
}

void DataMenu::importProfiles(const QUuid& siteId) {
    if (siteId.isNull())
        return;
    // The import emits recordChanged for client profiles: the Profiles tab and the overview reload.
    ProfileImportWizard wizard(m_workspace, siteId, m_window);
    if (wizard.exec() == QDialog::Accepted && wizard.summary())
        Q_EMIT message(tr("Profiles imported: %1 created, %2 updated")
                           .arg(wizard.summary()->created)
                           .arg(wizard.summary()->updated));
}

void DataMenu::compareWithDirectory(const QUuid& siteId) {
    if (siteId.isNull())
        return;
    // Its actions are edits on the workspace's undo stack: the tabs reload through recordChanged.
    DirectoryDiffDialog(m_workspace, siteId, m_window).exec();
}

void DataMenu::partnerContacts() {
    PartnerDialog(m_workspace, m_window).exec();
}

} // namespace sitekeeper
