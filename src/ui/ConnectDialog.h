// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace sitekeeper {

class Workspace;

// File > Connect to Backend…: the backend's URL, the member's sign-in token and an optional CA
// file. Test Connection says in words whether the server answers, trusts its certificate and knows
// the token; OK signs in (BackendConnection::signIn: the token goes to the keychain, who it belongs
// to to the workspace) and closes only when that worked. The token is never shown, logged or stored
// anywhere but the keychain.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // What Test Connection or OK found, as shown (tests read it).
    QString resultText() const;
    // Whether a test or a sign-in is waiting for the server or the keychain.
    bool isBusy() const { return m_busy; }

    void testConnection();
    void accept() override;

Q_SIGNALS:
    // A test or a sign-in has its answer in resultText().
    void answered(bool ok);

private:
    void chooseCaFile();
    void setBusy(bool busy, const QString& message);
    void showResult(bool ok, const QString& message);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    Workspace& m_workspace;
    bool m_busy = false;
};

} // namespace sitekeeper
