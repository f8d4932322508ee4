// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncProblems.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SyncProblemsDialog;
}

namespace sitekeeper {

class Workspace;

// File > Sync Problems (Ctrl+Shift+P, and the status bar's "Refused by the backend" count): the edits the
// backend rejected, each with the record's name, the fields and the backend's reason; Open Record (Enter),
// Retry and Discard Edit (undoable). Everything goes through SyncProblems.
class SyncProblemsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SyncProblemsDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~SyncProblemsDialog() override;

    void reload();
    int problemCount() const { return int(m_problems.size()); }
    // Whether a discard is waiting for the backend's answer.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Open Record: the console opens the record's editor.
    void openRequested(const sitekeeper::SyncProblems::Target& target);
    // The outbox changed (a retry or a discard).
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const SyncProblems::Problem* current() const;
    void updateButtons();
    void openCurrent();
    void retryCurrent();
    void discardCurrent();

    std::unique_ptr<Ui::SyncProblemsDialog> m_ui;
    Workspace& m_workspace;
    QList<SyncProblems::Problem> m_problems;
    bool m_busy = false;
};

} // namespace sitekeeper
