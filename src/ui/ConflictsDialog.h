// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictList.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictsDialog;
}

namespace sitekeeper {

class Workspace;

// The same-field clashes between this desktop and the backend: each record by its name and each
// field by its label, base / yours / the backend's side by side, and a merged value to type; a
// delete against an edit is said in words. Resolved through ConflictList.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

    void reload();
    int openCount() const;

private:
    void showCurrent();
    QList<QUuid> selectedIds() const;
    void resolveSelected(SyncEngine::Take take);

    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    Workspace& m_workspace;
    QList<ConflictList::Item> m_items;
};

} // namespace sitekeeper
