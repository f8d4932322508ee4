// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialRecord.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class ShareDialog;
}

namespace sitekeeper {

class CredentialSharing;

// Whom a credential's secret is shared with: the team, the service, named members (from the key
// directory the last sync brought, each with their key's fingerprint to compare). It only chooses;
// CredentialService::setSharing seals and saves.
class ShareDialog : public QDialog {
    Q_OBJECT

public:
    ShareDialog(const CredentialSharing& sharing, const CredentialRecord& record, QWidget* parent = nullptr);
    ~ShareDialog() override;

    QStringList sharedWith() const;

private:
    void updateNotes();

    std::unique_ptr<Ui::ShareDialog> m_ui;
    const CredentialSharing& m_sharing;
};

} // namespace sitekeeper
