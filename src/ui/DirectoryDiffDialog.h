// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryDiff.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QTableView;
class QTimer;

namespace Ui {
class DirectoryDiffDialog;
}

namespace sitekeeper {

class DirectoryDiffModel;
class EntraSourcePanel;
class LdapSourceWidget;
class Workspace;

// Site > Compare With Directory…: a directory compared with the selected site's client profiles. The
// directory comes from a source, one page of the Source stack each: a CSV export (the user lists
// ProfileImport reads), an LDAP / Active Directory directory read live (LdapSourceWidget) or a Microsoft
// Entra ID tenant read through Graph (EntraSourcePanel); addSource() adds another. The comparison is shown in
// three lists with check boxes: the leavers (marked where they still approve something), the joiners, and the
// changed numbers. Each list's action works on the ticked rows as one undoable edit; after an action or an
// undo the file is compared again, so the lists always say what is left to do.
class DirectoryDiffDialog : public QDialog {
    Q_OBJECT

public:
    DirectoryDiffDialog(Workspace& workspace, const QUuid& siteId, QWidget* parent = nullptr);
    ~DirectoryDiffDialog() override;

    // Reads `path` and compares it with the site; false (the reason shown in the dialog) when it cannot.
    bool compareFile(const QString& path);
    // Compares a table a live source read (`name` for messages) with the site, read with `preset`.
    bool compareTable(const CsvTable& table, const QString& name, ProfileImport::Preset preset);
    // Adds a source: an entry of the Source combo and its page, which calls compareTable() and, when a
    // read fails, showError().
    void addSource(const QString& title, QWidget* page);
    void showError(const QString& message);
    LdapSourceWidget* ldapSource() const { return m_ldap; }
    EntraSourcePanel* entraSource() const { return m_entra; }
    const std::optional<DirectoryDiff::Report>& report() const { return m_report; }
    DirectoryDiffModel* leavers() const { return m_leavers; }
    DirectoryDiffModel* joiners() const { return m_joiners; }
    DirectoryDiffModel* numbers() const { return m_numbers; }

    // The actions on the ticked rows (the buttons call them).
    void disableSelectedLeavers();
    void addSelectedJoiners();
    void updateSelectedNumbers();

private:
    void browse();
    bool compare();
    void showReport();
    void updateButtons();
    void apply(const DirectoryDiffModel* model,
               Result<int> (DirectoryDiff::*action)(const DirectoryDiff::Report&),
               const std::function<QString(int)>& doneText);
    void setUpView(QTableView* view, DirectoryDiffModel* model);

    std::unique_ptr<Ui::DirectoryDiffDialog> m_ui;
    Workspace& m_workspace;
    QUuid m_siteId;
    QByteArray m_bytes;
    // What a live source read (compared instead of m_bytes), and the preset to read it with.
    std::optional<CsvTable> m_table;
    ProfileImport::Preset m_tablePreset = ProfileImport::Preset::Ldap;
    QString m_fileName;
    LdapSourceWidget* m_ldap = nullptr;
    EntraSourcePanel* m_entra = nullptr;
    std::optional<DirectoryDiff::Report> m_report;
    DirectoryDiffModel* m_leavers = nullptr;
    DirectoryDiffModel* m_joiners = nullptr;
    DirectoryDiffModel* m_numbers = nullptr;
    QTimer* m_recompare = nullptr;
};

} // namespace sitekeeper
