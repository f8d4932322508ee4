// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictsDialog;
}

namespace sitekeeper {

class Workspace;

// The same-field clashes between this desktop and the backend, side by side (base, mine,
// theirs), resolved field by field.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

    void reload();
    int openCount() const;

private:
    void resolveSelected(bool mine);

    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    Workspace& m_workspace;
};

} // namespace sitekeeper
