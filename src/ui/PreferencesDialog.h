// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartnerSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sitekeeper {

class Workspace;

// The settings a person changes: the language of the window (an application setting), this machine's
// phone region (a workspace setting), and the partner settings the whole team shares (the partner and
// help desk details the handouts print, and what the rulebook reads: forbidden terms, required topics
// and approval types, review intervals). Those are one synced record, saved through
// PartnerSettingsEdits (undoable); a member who is not an admin sees them read-only, with the reason.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

    // Whether accepting changed what the rules read (the Checker re-checks on the edit by itself).
    bool checksChanged() const { return m_checksChanged; }
    // Whether the partner settings can be changed here (false: the member's role does not allow it).
    bool partnerSettingsEditable() const { return m_editable; }

private:
    void showError(const QString& message, QWidget* field);
    void setPartnerFieldsReadOnly();
    PartnerSettings partnerSettingsShown() const;

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Workspace& m_workspace;
    PartnerSettings m_base; // as read when the dialog opened: the edit's base
    bool m_editable = true;
    bool m_checksChanged = false;
};

} // namespace sitekeeper
