// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sitekeeper {

class Workspace;

// The settings a person changes: the language of the window (an application setting), and the
// workspace's phone region, the partner and help desk details the handouts print, and the partner
// settings of the rulebook (forbidden terms, required topics and approval types, review intervals).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

    // Whether accepting changed what the rules read (the findings need a full check).
    bool checksChanged() const { return m_checksChanged; }

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Workspace& m_workspace;
    bool m_checksChanged = false;
};

} // namespace sitekeeper
