// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphDirectory.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class EntraSourcePanel;
}

namespace sitekeeper {

class Workspace;

// The Microsoft Entra ID source of Compare With Directory: the tenant and the application (client) id
// (remembered for the site), Sign In (the code and the page to enter it at, the code copied, a
// progress bar while the identity platform is polled, Cancel), and Read Users (every page, a count as
// they come, Cancel). A read that needs a sign-in shows the code first. GraphDirectory does the work,
// asynchronously on this thread: a page of 999 users is parsed in a few milliseconds.
class EntraSourcePanel : public QWidget {
    Q_OBJECT

public:
    EntraSourcePanel(Workspace& workspace, const QUuid& siteId, QWidget* parent = nullptr);
    ~EntraSourcePanel() override;

    void signIn();
    void readUsers();
    void cancel();
    bool isBusy() const;
    // The last code shown, for tests and screenshots.
    const GraphDirectory::DeviceCode& deviceCode() const { return m_code; }

Q_SIGNALS:
    // The users were read; `source` names the tenant ("Microsoft Entra ID (contoso.onmicrosoft.com)").
    void usersRead(const sitekeeper::CsvTable& table, const QString& source);
    void busyChanged(bool busy);

private:
    // Makes the directory for the tenant and client id typed; false, with the reason shown, when they are
    // wrong.
    bool makeDirectory();
    void showCode(const GraphDirectory::DeviceCode& code);
    void setBusy(const QString& text);
    void setIdle(const QString& status, bool error);

    std::unique_ptr<Ui::EntraSourcePanel> m_ui;
    Workspace& m_workspace;
    QUuid m_siteId;
    std::unique_ptr<GraphDirectory> m_directory;
    GraphDirectory::DeviceCode m_code;
};

} // namespace sitekeeper
