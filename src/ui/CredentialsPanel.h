// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"
#include "Totp.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CredentialsPanel;
}

namespace sitekeeper {

class CredentialService;
class EntityListModel;
class RecordTab;
class Workspace;

// The credentials of a site: metadata in a list; the secret revealed on request (hidden again
// after 20 s), copied to the clipboard (cleared after 30 s), rotated, and the current TOTP code.
class CredentialsPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int revealSeconds = 20;
    static constexpr int clipboardSeconds = 30;

    explicit CredentialsPanel(Workspace& workspace, QWidget* parent = nullptr);
    ~CredentialsPanel() override;

    void setSite(const QUuid& siteId);
    // Reads the list again after a pull, keeping the selection and scroll position.
    void refresh();
    RecordTab* list() const { return m_list; }
    void reveal(const QUuid& id);
    void copy(const QUuid& id);

Q_SIGNALS:
    // A keychain answer arrived (tests wait for it; the panel has already shown it).
    void secretShown();
    void secretCopied();

private:
    void showSelected();
    void hideSecret();
    void tickTotp();
    void rotate(const QUuid& id);
    void share(const QUuid& id);
    // Whom the selected credential is shared with, whether this desk can read it, and (when it is
    // shared with the service) who there opened it, as the backend says.
    void showSharing(const CredentialRecord& credential);
    void remove(const QList<QUuid>& ids);
    void edit(std::optional<QUuid> id);
    void showError(const QString& message);

    std::unique_ptr<Ui::CredentialsPanel> m_ui;
    Workspace& m_workspace;
    CredentialService& m_service;
    RecordTab* m_list = nullptr;
    QUuid m_siteId;
    QUuid m_selected;
    QTimer m_hideTimer;
    QTimer m_totpTimer;
    std::optional<Totp::Parameters> m_totp;
};

} // namespace sitekeeper
