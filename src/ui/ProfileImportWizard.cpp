// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileImportWizard.h"

#include "EditorSupport.h"
#include "ProfileImportPreviewModel.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_ProfileImportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTableWidget>

namespace sitekeeper {

namespace {

using Field = ProfileImport::Field;

// The fields a column can be matched to by hand, in the order the mapping table lists them.
const QList<Field>& mappableFields() {
    static const QList<Field> fields{Field::FullName,        Field::FirstName,   Field::LastName,
                                     Field::Email,           Field::OfficePhone, Field::MobilePhone,
                                     Field::Title,           Field::Vip,         Field::Status,
                                     Field::OfficeExtension, Field::Country};
    return fields;
}

// The format combo's entry for a hand-made mapping (the others hold a Preset).
constexpr int customFormat = -1;

} // namespace

ProfileImportWizard::ProfileImportWizard(Workspace& workspace, const QUuid& siteId, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ProfileImportWizard>())
    , m_workspace(workspace)
    , m_siteId(siteId)
    , m_model(new ProfileImportPreviewModel(this)) {
    m_ui->setupUi(this);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    const auto site = m_workspace.store().sites().get(m_siteId);
    m_ui->siteLabel->setText(QStringLiteral("<b>%1</b>").arg(site ? site->name.toHtmlEscaped() : QString()));
    m_ui->fileError->hide();
    m_ui->filePage->setCompleteCheck([this] { return !m_ui->fileEdit->text().trimmed().isEmpty(); });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, m_ui->filePage, &ProfileImportPage::recheck);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ProfileImportWizard::browse);

    for (ProfileImport::Preset preset : ProfileImport::allPresets())
        m_ui->formatCombo->addItem(presetTitle(preset), int(preset));
    m_ui->formatCombo->addItem(tr("Other: match the columns by hand"), customFormat);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ProfileImportWizard::formatChanged);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Profile field"), tr("Column of the file")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->formatError->hide();

    m_ui->previewTable->setModel(m_model);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewPage->setCommitPage(true);
    // Import writes nothing while a row is invalid, unless the user leaves the invalid rows out on
    // purpose: the button says so by being disabled, the page why.
    m_ui->previewPage->setCompleteCheck(
        [this] { return !m_model->preview().hasErrors() || m_ui->skipInvalidCheck->isChecked(); });
    m_ui->invalidTable->setHorizontalHeaderLabels(
        {tr("Row"), tr("Column"), tr("Value"), tr("What is wrong")});
    m_ui->invalidTable->verticalHeader()->hide();
    m_ui->invalidTable->horizontalHeader()->setStretchLastSection(true);
    // Ticking it neither re-reads the file nor loses values typed into the list.
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, &ProfileImportWizard::showProblems);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ProfileImportWizard::fixSelectedCell);
    connect(m_ui->saveRejectsButton, &QPushButton::clicked, this, &ProfileImportWizard::saveRejectsAs);
}

ProfileImportWizard::~ProfileImportWizard() = default;

QString ProfileImportWizard::presetTitle(ProfileImport::Preset preset) {
    switch (preset) {
    case ProfileImport::Preset::M365:
        return tr("Microsoft 365 admin center export");
    case ProfileImport::Preset::Entra:
        return tr("Microsoft Entra ID users export");
    case ProfileImport::Preset::ConnectWise:
        return tr("ConnectWise Manage contacts export");
    case ProfileImport::Preset::Autotask:
        return tr("Autotask contacts export");
    case ProfileImport::Preset::Ldap:
        return tr("Active Directory / LDAP attributes");
    case ProfileImport::Preset::Generic:
        return tr("Sitekeeper profile export");
    }
    return QString();
}

QString ProfileImportWizard::fieldTitle(ProfileImport::Field field) {
    switch (field) {
    case Field::FullName:
        return tr("Full name");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("Email");
    case Field::OfficePhone:
        return tr("Office phone");
    case Field::OfficeExtension:
        return tr("Office extension");
    case Field::MobilePhone:
        return tr("Mobile phone");
    case Field::Title:
        return tr("Job title");
    case Field::Vip:
        return tr("VIP");
    case Field::Status:
        return tr("Status (active / disabled)");
    case Field::Enabled:
        return tr("Enabled (true / false)");
    case Field::Inactive:
        return tr("Inactive (true / false)");
    case Field::Country:
        return tr("Country (code or name)");
    case Field::AccountControl:
        return tr("userAccountControl (AD flags)");
    }
    return QString();
}

void ProfileImportWizard::browse() {
    const QString start =
        m_ui->fileEdit->text().isEmpty() ? QString() : QFileInfo(m_ui->fileEdit->text()).path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a user list"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_ui->fileEdit->setText(file);
}

bool ProfileImportWizard::validateCurrentPage() {
    switch (currentId()) {
    case FilePage:
        return readFile();
    case FormatPage:
        return makePreview();
    case PreviewPage:
        return runImport();
    default:
        return QWizard::validateCurrentPage();
    }
}

void ProfileImportWizard::initializePage(int id) {
    if (id == PreviewPage)
        showPreview();
    QWizard::initializePage(id);
}

Result<QByteArray> ProfileImportWizard::readUserList(const QString& path, QStringList* header) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2. Choose another file.").arg(path, file.errorString()), {}};
    QByteArray bytes = file.readAll();
    const CsvReader::Outcome read = CsvReader().read(bytes);
    if (!read)
        return Error{tr("%1 is not a CSV file Sitekeeper can read: %2")
                         .arg(QFileInfo(path).fileName(), read.error().toError().toString()),
                     {}};
    *header = read.table().header;
    return bytes;
}

bool ProfileImportWizard::readFile() {
    Result<QByteArray> read = readUserList(m_ui->fileEdit->text().trimmed(), &m_header);
    if (!read) {
        m_ui->fileError->setText(read.error().toString());
        m_ui->fileError->show();
        return false;
    }
    m_table = CsvReader().read(read.value()).table(); // readUserList() read it once already
    m_ui->fileError->hide();
    m_detected = ProfileImport::detectPreset(m_header);
    m_ui->detectedLabel->setText(
        m_detected ? tr("The columns are those of a <b>%1</b>.").arg(presetTitle(*m_detected))
                   : tr("The columns fit no export Sitekeeper knows. Match them to the profile fields "
                        "below."));
    fillMapping();
    const int index = m_ui->formatCombo->findData(m_detected ? int(*m_detected) : customFormat);
    m_ui->formatCombo->setCurrentIndex(index);
    formatChanged();
    return true;
}

void ProfileImportWizard::fillMapping() {
    // A column named like the field (either way of writing it) is proposed; the user can change it.
    const ProfileImport::Mapping guess =
        ProfileImport::presetMapping(ProfileImport::Preset::Generic, m_header);
    QTableWidget* table = m_ui->mappingTable;
    table->setRowCount(int(mappableFields().size()));
    for (int row = 0; row < mappableFields().size(); ++row) {
        const Field field = mappableFields().at(row);
        auto* name = new QTableWidgetItem(fieldTitle(field));
        name->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 0, name);
        auto* combo = new QComboBox(table);
        combo->setAccessibleName(fieldTitle(field));
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString& column : m_header)
            combo->addItem(column, column);
        const QString proposed = guess.value(field);
        const QString byTitle = m_header.filter(fieldTitle(field), Qt::CaseInsensitive).value(0);
        combo->setCurrentIndex(std::max(0, combo->findData(proposed.isEmpty() ? byTitle : proposed)));
        table->setCellWidget(row, 1, combo);
    }
}

void ProfileImportWizard::formatChanged() {
    const bool custom = m_ui->formatCombo->currentData().toInt() == customFormat;
    m_ui->mappingHint->setVisible(custom);
    m_ui->mappingTable->setVisible(custom);
    m_ui->formatError->hide();
}

ProfileImport::Options ProfileImportWizard::options() const {
    ProfileImport::Options options;
    const int format = m_ui->formatCombo->currentData().toInt();
    if (format != customFormat) {
        options.preset = ProfileImport::Preset(format);
        return options;
    }
    for (int row = 0; row < mappableFields().size(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, 1));
        const QString column = combo ? combo->currentData().toString() : QString();
        if (!column.isEmpty())
            options.mapping.insert(mappableFields().at(row), column);
    }
    return options;
}

bool ProfileImportWizard::makePreview() {
    const ProfileImport::Options chosen = options();
    const auto fail = [this](const QString& message) {
        m_ui->formatError->setText(message);
        m_ui->formatError->show();
        return false;
    };
    if (!chosen.preset && !chosen.mapping.contains(Field::FullName) &&
        !(chosen.mapping.contains(Field::FirstName) && chosen.mapping.contains(Field::LastName)))
        return fail(tr("Choose the column of the full name, or those of the first and the last name."));
    const Result<ProfileImport::Preview> preview =
        ProfileImport(m_workspace).preview(m_table, m_siteId, chosen);
    if (!preview)
        return fail(tr("The file cannot be read this way: %1. Choose another format, or match the columns "
                       "by hand.")
                        .arg(preview.error().toString()));
    m_ui->formatError->hide();
    m_model->setPreview(preview.value());
    return true;
}

void ProfileImportWizard::showPreview() {
    const ProfileImport::Preview& preview = m_model->preview();
    m_ui->countsLabel->setText(
        QStringLiteral("<b>%1</b>").arg(ProfileImportPreviewModel::countsText(preview)));
    m_ui->previewTable->resizeColumnsToContents();
    const int invalid = preview.count(ProfileImport::Outcome::Invalid);
    m_ui->invalidBox->setVisible(invalid > 0);
    m_ui->skipInvalidCheck->setText(
        tr("&Leave the %n invalid row(s) out and import the others", nullptr, invalid));
    if (invalid == 0)
        m_ui->skipInvalidCheck->setChecked(false);
    fillInvalidRows();
    showProblems();
}

void ProfileImportWizard::showProblems() {
    const ProfileImport::Preview& preview = m_model->preview();
    QStringList problems;
    const int invalid = preview.count(ProfileImport::Outcome::Invalid);
    if (invalid > 0 && !m_ui->skipInvalidCheck->isChecked())
        problems << tr("Import waits: %n row(s) cannot be read.", nullptr, invalid) + QLatin1Char(' ') +
                        tr("Correct a value below and choose Check Again, or leave the invalid rows out; "
                           "nothing has been written.");
    problems << preview.notes;
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
    m_ui->previewPage->recheck();
}

bool ProfileImportWizard::runImport() {
    QProgressDialog progress(tr("Importing client profiles…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Import Client Profiles"));
    const auto imported =
        ProfileImport(m_workspace)
            .import(m_model->preview(), percentProgress(progress),
                    m_ui->skipInvalidCheck->isChecked() ? ProfileImport::InvalidRows::Skip
                                                        : ProfileImport::InvalidRows::Refuse);
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (cancelled || !imported) {
        // The engine writes in one transaction: a cancelled or failed import leaves the workspace as it was.
        m_ui->problemLabel->setText(
            cancelled ? tr("Import cancelled: nothing was written. Choose Import to start again.")
                      : tr("Nothing was imported: %1. The workspace is as it was; correct the cause and "
                           "choose Import again.")
                            .arg(imported.error().toString()));
        m_ui->problemLabel->show();
        return false;
    }
    m_summary = imported.value();
    const ProfileImport::Preview& preview = m_model->preview();
    const int duplicates = preview.count(ProfileImport::Outcome::DuplicateInFile) +
                           preview.count(ProfileImport::Outcome::DuplicateOf);
    QString text = tr("<p><b>%1 created, %2 updated, %3 unchanged.</b></p>")
                       .arg(m_summary->created)
                       .arg(m_summary->updated)
                       .arg(m_summary->unchanged);
    if (duplicates > 0)
        text += tr("<p>%n row(s) marked as a duplicate were not imported.</p>", nullptr, duplicates);
    if (m_summary->skipped > 0)
        text += tr("<p>%n invalid row(s) were left out, as chosen.</p>", nullptr, int(m_summary->skipped));
    m_ui->summaryLabel->setText(text);
    return true;
}

void ProfileImportWizard::fillInvalidRows() {
    QTableWidget* table = m_ui->invalidTable;
    table->setRowCount(0);
    for (const ProfileImport::Row& row : m_model->preview().rows) {
        if (row.outcome != ProfileImport::Outcome::Invalid)
            continue;
        const int at = table->rowCount();
        table->insertRow(at);
        const int columnIndex = int(m_header.indexOf(row.column));
        const auto fixed = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        QTableWidgetItem* number = fixed(QString::number(row.row));
        number->setData(Qt::UserRole, row.row);
        table->setItem(at, 0, number);
        table->setItem(at, 1, fixed(row.column));
        auto* value = new QTableWidgetItem(row.fields.value(columnIndex));
        value->setToolTip(tr("Type the corrected value, then choose Check Again."));
        table->setItem(at, 2, value);
        table->setItem(at, 3, fixed(row.message));
    }
    table->resizeColumnsToContents();
    m_ui->recheckButton->setEnabled(table->rowCount() > 0);
    m_ui->saveRejectsButton->setEnabled(table->rowCount() > 0);
}

std::optional<bool> ProfileImportWizard::writeCell(int row, const QString& column, const QString& value) {
    const qsizetype index = row - CsvTable::rowNumber(0);
    const qsizetype columnIndex = m_header.indexOf(column);
    if (index < 0 || index >= m_table.rows.size() || columnIndex < 0)
        return std::nullopt;
    QStringList& cells = m_table.rows[index];
    while (cells.size() <= columnIndex)
        cells << QString();
    if (cells.at(columnIndex) == value)
        return false;
    cells[columnIndex] = value;
    return true;
}

bool ProfileImportWizard::fixCell(int row, const QString& column, const QString& value) {
    if (!writeCell(row, column, value) || !makePreview())
        return false;
    showPreview();
    return true;
}

void ProfileImportWizard::fixSelectedCell() {
    // Every edited value of the list is taken, then the file is previewed once.
    QTableWidget* table = m_ui->invalidTable;
    bool changed = false;
    for (int at = 0; at < table->rowCount(); ++at) {
        const auto written = writeCell(table->item(at, 0)->data(Qt::UserRole).toInt(),
                                       table->item(at, 1)->text(), table->item(at, 2)->text());
        changed = changed || written.value_or(false);
    }
    if (changed && makePreview())
        showPreview();
}

void ProfileImportWizard::setSkipInvalid(bool skip) {
    m_ui->skipInvalidCheck->setChecked(skip);
}

Result<void> ProfileImportWizard::saveRejects(const QString& path) const {
    QSaveFile file(path);
    const QByteArray bytes = m_model->preview().rejectsCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()), {}};
    return {};
}

void ProfileImportWizard::saveRejectsAs() {
    const QString start = QFileInfo(m_ui->fileEdit->text()).completeBaseName() + tr("-to-fix.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the invalid rows"),
                                                      QFileInfo(m_ui->fileEdit->text()).dir().filePath(start),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto saved = saveRejects(path); !saved) {
        m_ui->problemLabel->setText(saved.error().toString());
        m_ui->problemLabel->show();
    }
}

} // namespace sitekeeper
