// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

class QWidget;

namespace sitekeeper {

class Workspace;

// The console's entries that bring records in or take them out: File › Import Bundle…, Export
// Bundle…, Open the Demo, Import Profiles…, Compare With Directory… and Partner Contacts…. The work
// is in the workspace (BundleFile, DemoPartner, the import wizard's and directory dialog's use
// cases); this only shows the dialogs and tells the window. `window` is the dialogs' parent.
class DataMenu : public QObject {
    Q_OBJECT

public:
    DataMenu(Workspace& workspace, QWidget* window);

    void importBundle();
    void exportBundle();
    // The welcome page's "Open the demo": prepares the demo workspace, then asks for it.
    void openDemo();
    // The import wizard for a site; nothing without one.
    void importProfiles(const QUuid& siteId);
    // Leavers, joiners and changed numbers of a site against a directory export.
    void compareWithDirectory(const QUuid& siteId);
    void partnerContacts();

Q_SIGNALS:
    // A message for the window's status bar.
    void message(const QString& text);
    // A bundle was imported: the tree reads the sites again.
    void bundleImported();
    // The user asked for another workspace (the demo).
    void openWorkspaceRequested(const QString& folder);

private:
    Workspace& m_workspace;
    QWidget* m_window;
};

} // namespace sitekeeper
