// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileImport.h"

#include <QUuid>
#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ProfileImportWizard;
}

namespace sitekeeper {

class ProfileImportPreviewModel;
class Workspace;

// A wizard page whose Next (or Import) button the wizard enables through a check it gives the page:
// the pages are laid out in Designer, the rules live in ProfileImportWizard.
class ProfileImportPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ProfileImportPage(QWidget* parent = nullptr)
        : QWizardPage(parent) {}

    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    void recheck() { Q_EMIT completeChanged(); }
    bool isComplete() const override { return m_check ? m_check() : QWizardPage::isComplete(); }

private:
    std::function<bool()> m_check;
};

// File > Import Profiles…: imports the client profiles of the selected site from a CSV user list in
// four steps: the file, its format (a recognised export, or columns matched to fields by hand), a
// preview of every row (nothing is written until Import), and the import itself with progress and
// Cancel, which leaves the workspace as it was. While a row is invalid, Import waits until the user
// fixes its cell in the preview or chooses, on purpose, to leave the invalid rows out; those can be
// saved as a CSV file to fix and import later.
class ProfileImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, PreviewPage, DonePage };

    ProfileImportWizard(Workspace& workspace, const QUuid& siteId, QWidget* parent = nullptr);
    ~ProfileImportWizard() override;

    // "Microsoft 365 admin center export"
    static QString presetTitle(ProfileImport::Preset preset);
    static QString fieldTitle(ProfileImport::Field field);
    // Reads a CSV user list: its bytes, and its header into `header`. The error names the file and says
    // what to do. (Compare With Directory reads its files the same way.)
    static Result<QByteArray> readUserList(const QString& path, QStringList* header);

    // The preset detected from the file's header; none when the columns fit no known export.
    std::optional<ProfileImport::Preset> detectedPreset() const { return m_detected; }
    ProfileImportPreviewModel* previewModel() const { return m_model; }
    // What Import wrote; empty before.
    std::optional<Workspace::ImportSummary> summary() const { return m_summary; }

    // Replaces the cell of the invalid row `row` (the file's row number) at `column` (a header of the
    // file) with `value` and previews the file again; false when there is no such row or column.
    bool fixCell(int row, const QString& column, const QString& value);
    // Whether the invalid rows are left out of the import (the preview's check box).
    void setSkipInvalid(bool skip);
    // Writes the invalid rows, with what to fix, as CSV to `path`.
    Result<void> saveRejects(const QString& path) const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void browse();
    bool readFile();
    void formatChanged();
    void fillMapping();
    ProfileImport::Options options() const;
    bool makePreview();
    void showPreview();
    // The page's message and whether Import may go on, from the preview and the check box.
    void showProblems();
    bool runImport();
    void fixSelectedCell();
    // Writes `value` into the file's cell; nullopt when there is no such row or column, else whether
    // the cell changed.
    std::optional<bool> writeCell(int row, const QString& column, const QString& value);
    void saveRejectsAs();
    void fillInvalidRows();

    std::unique_ptr<Ui::ProfileImportWizard> m_ui;
    Workspace& m_workspace;
    QUuid m_siteId;
    CsvTable m_table; // the file as read; fixed cells are written into it
    QStringList m_header;
    std::optional<ProfileImport::Preset> m_detected;
    ProfileImportPreviewModel* m_model = nullptr;
    std::optional<Workspace::ImportSummary> m_summary;
};

} // namespace sitekeeper
