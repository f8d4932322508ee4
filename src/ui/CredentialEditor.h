// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

namespace Ui {
class CredentialEditor;
}

namespace sitekeeper {

class CredentialService;
class Workspace;

// Adds or edits a credential. The metadata goes to the workspace; the secret and the TOTP seed go
// only to the OS keychain. Saving waits for the keychain without blocking the window.
class CredentialEditor : public QDialog {
    Q_OBJECT

public:
    CredentialEditor(Workspace& workspace, const QUuid& siteId, std::optional<CredentialRecord> existing,
                     QWidget* parent = nullptr, const QString& initialSecret = QString());
    ~CredentialEditor() override;

    CredentialRecord record() const;
    // Marks one field as the place to fix (a finding opened from the Findings panel).
    void markField(const QString& field, const QString& message);

Q_SIGNALS:
    // Emitted once the record and its secret are stored (or storing failed with `error`).
    void finished(const QString& error);

private:
    void save();
    void fail(const QString& message);
    void updateStrength();

    std::unique_ptr<Ui::CredentialEditor> m_ui;
    Workspace& m_workspace;
    CredentialService& m_service;
    CredentialRecord m_original;
    bool m_isNew;
    QHash<QString, QWidget*> m_fields;
};

} // namespace sitekeeper
