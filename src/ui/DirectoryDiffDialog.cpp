// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDiffDialog.h"

#include "DirectoryDiffModel.h"
#include "EntraSourcePanel.h"
#include "ImportRows.h"
#include "LdapSourceWidget.h"
#include "ProfileImportWizard.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_DirectoryDiffDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>

namespace sitekeeper {

namespace {

// The format combo's entry that lets the file's header decide (the others hold a Preset).
constexpr int recognisedFormat = -1;

} // namespace

DirectoryDiffDialog::DirectoryDiffDialog(Workspace& workspace, const QUuid& siteId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DirectoryDiffDialog>())
    , m_workspace(workspace)
    , m_siteId(siteId)
    , m_leavers(new DirectoryDiffModel(DirectoryDiffModel::Kind::Leavers, this))
    , m_joiners(new DirectoryDiffModel(DirectoryDiffModel::Kind::Joiners, this))
    , m_numbers(new DirectoryDiffModel(DirectoryDiffModel::Kind::Numbers, this))
    , m_recompare(new QTimer(this)) {
    m_ui->setupUi(this);
    const auto site = m_workspace.store().sites().get(m_siteId);
    m_ui->siteLabel->setText(QStringLiteral("<b>%1</b>").arg(site ? site->name.toHtmlEscaped() : QString()));

    m_ui->sourceCombo->addItem(tr("CSV file"));
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, m_ui->sourceStack,
            &QStackedWidget::setCurrentIndex);
    m_ldap = new LdapSourceWidget(m_workspace, m_siteId, this);
    addSource(tr("LDAP / Active Directory"), m_ldap);
    connect(m_ldap, &LdapSourceWidget::tableRead, this, [this](const CsvTable& table) {
        compareTable(table, m_ldap->sourceName(), ProfileImport::Preset::Ldap);
    });
    connect(m_ldap, &LdapSourceWidget::failed, this, &DirectoryDiffDialog::showError);
    m_entra = new EntraSourcePanel(m_workspace, m_siteId, this);
    addSource(tr("Microsoft Entra ID"), m_entra);
    connect(m_entra, &EntraSourcePanel::usersRead, this,
            [this](const CsvTable& table, const QString& source) {
                compareTable(table, source, ProfileImport::Preset::Entra);
            });
    // A site with a remembered directory opens on it.
    if (m_ldap->options().url.isValid() && !m_ldap->options().url.isEmpty())
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceStack->indexOf(m_ldap));
    else if (!GraphDirectory::rememberedSource(m_workspace, m_siteId).valueOr({}).isEmpty())
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceStack->indexOf(m_entra));

    m_ui->formatCombo->addItem(tr("Recognise from the columns"), recognisedFormat);
    for (ProfileImport::Preset preset : ProfileImport::allPresets())
        m_ui->formatCombo->addItem(ProfileImportWizard::presetTitle(preset), int(preset));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_bytes.isEmpty() && !m_table)
            compare();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DirectoryDiffDialog::browse);
    // Enter compares the file typed; elsewhere in the dialog it presses nothing (no default button), so
    // that Enter in a list never re-reads the file and loses the ticks.
    connect(m_ui->compareButton, &QPushButton::clicked, this,
            [this] { compareFile(m_ui->fileEdit->text().trimmed()); });
    connect(m_ui->fileEdit, &QLineEdit::returnPressed, m_ui->compareButton, &QPushButton::click);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    setUpView(m_ui->leaversView, m_leavers);
    setUpView(m_ui->joinersView, m_joiners);
    setUpView(m_ui->numbersView, m_numbers);
    connect(m_ui->disableLeaversButton, &QPushButton::clicked, this,
            &DirectoryDiffDialog::disableSelectedLeavers);
    connect(m_ui->addJoinersButton, &QPushButton::clicked, this, &DirectoryDiffDialog::addSelectedJoiners);
    connect(m_ui->updateNumbersButton, &QPushButton::clicked, this,
            &DirectoryDiffDialog::updateSelectedNumbers);
    const auto shownModel = [this] {
        QWidget* tab = m_ui->resultTabs->currentWidget();
        return tab == m_ui->leaversTab ? m_leavers : tab == m_ui->joinersTab ? m_joiners : m_numbers;
    };
    connect(m_ui->selectAllButton, &QPushButton::clicked, this,
            [shownModel] { shownModel()->setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this,
            [shownModel] { shownModel()->setAllChecked(false); });

    // Undo works here as in the main window; whatever changes the profiles, the lists are compared again.
    QUndoStack& undo = m_workspace.undoStack();
    auto* undoAction = new QAction(this);
    undoAction->setShortcuts(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, &undo, &QUndoStack::undo);
    addAction(undoAction);
    connect(m_ui->undoButton, &QPushButton::clicked, &undo, &QUndoStack::undo);
    const auto updateUndo = [this, &undo] {
        m_ui->undoButton->setEnabled(undo.canUndo());
        m_ui->undoButton->setToolTip(undo.canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(undo.undoText())
                                                    : QString());
    };
    connect(&undo, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    m_recompare->setSingleShot(true);
    m_recompare->setInterval(0);
    connect(m_recompare, &QTimer::timeout, this, [this] {
        if (m_report)
            compare();
    });
    connect(&undo, &QUndoStack::indexChanged, m_recompare, qOverload<>(&QTimer::start));

    m_ui->detectedLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->setText(tr("Choose the file, or read the directory, to compare with."));
    showReport();
}

DirectoryDiffDialog::~DirectoryDiffDialog() = default;

void DirectoryDiffDialog::addSource(const QString& title, QWidget* page) {
    m_ui->sourceStack->addWidget(page);
    m_ui->sourceCombo->addItem(title);
}

void DirectoryDiffDialog::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

bool DirectoryDiffDialog::compareTable(const CsvTable& table, const QString& name,
                                       ProfileImport::Preset preset) {
    m_bytes.clear();
    m_table = table;
    m_tablePreset = preset;
    m_fileName = name;
    m_report.reset();
    m_ui->statusLabel->clear();
    m_ui->detectedLabel->setText(
        tr("Read %n entries from <b>%1</b>.", nullptr, int(table.rows.size())).arg(name.toHtmlEscaped()));
    m_ui->detectedLabel->show();
    return compare();
}

void DirectoryDiffDialog::setUpView(QTableView* view, DirectoryDiffModel* model) {
    view->setModel(model);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(model, &DirectoryDiffModel::checkedChanged, this, &DirectoryDiffDialog::updateButtons);
}

void DirectoryDiffDialog::browse() {
    const QString current = m_ui->fileEdit->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a directory export"), current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        compareFile(file);
}

bool DirectoryDiffDialog::compareFile(const QString& path) {
    m_ui->fileEdit->setText(path);
    m_bytes.clear();
    m_table.reset();
    m_report.reset();
    m_ui->statusLabel->clear();
    QStringList header;
    Result<QByteArray> read = path.isEmpty() ? Result<QByteArray>(Error{tr("Choose a file first."), {}})
                                             : ProfileImportWizard::readUserList(path, &header);
    if (!read) {
        m_ui->detectedLabel->hide();
        m_ui->errorLabel->setText(read.error().toString());
        m_ui->errorLabel->show();
        showReport();
        return false;
    }
    m_bytes = std::move(read).value();
    m_fileName = QFileInfo(path).fileName();
    const std::optional<ProfileImport::Preset> detected = ProfileImport::detectPreset(header);
    m_ui->detectedLabel->setText(
        detected
            ? tr("The columns are those of a <b>%1</b>.").arg(ProfileImportWizard::presetTitle(*detected))
            : tr("The columns fit no export Sitekeeper knows: choose the format the file comes from."));
    m_ui->detectedLabel->show();
    return compare();
}

bool DirectoryDiffDialog::compare() {
    m_recompare->stop();
    ProfileImport::Options options;
    if (m_table)
        options.preset = m_tablePreset;
    else if (const int format = m_ui->formatCombo->currentData().toInt(); format != recognisedFormat)
        options.preset = ProfileImport::Preset(format);
    Result<DirectoryDiff::Report> report =
        m_table ? DirectoryDiff(m_workspace).compare(*m_table, m_siteId, options)
                : DirectoryDiff(m_workspace).compare(m_bytes, m_siteId, options);
    if (!report) {
        m_report.reset();
        m_ui->errorLabel->setText(tr("%1 cannot be compared: %2").arg(m_fileName, report.error().toString()));
        m_ui->errorLabel->show();
        showReport();
        return false;
    }
    m_report = std::move(report).value();
    const auto& unreadable = m_report->unreadable;
    if (unreadable.isEmpty()) {
        m_ui->errorLabel->hide();
    } else {
        // A row that cannot be read matches no profile: its person would look like a leaver.
        m_ui->errorLabel->setText(
            (m_table ? tr("%n entry(ies) of the directory cannot be read.", nullptr, int(unreadable.size()))
                     : tr("%n row(s) of the file cannot be read.", nullptr, int(unreadable.size()))) +
            QLatin1Char(' ') +
            (m_table
                 ? tr("The people in them cannot be matched and may be listed as leavers by mistake, so "
                      "leavers cannot be disabled until the directory is corrected; then read it again.")
                 : tr("The people on them cannot be matched and may be listed as leavers by mistake, so "
                      "leavers cannot be disabled until the file is corrected; then choose Compare again.")) +
            QLatin1Char('\n') + ImportRows::errorText(unreadable, ProfileImport::Outcome::Invalid, 10));
        m_ui->errorLabel->show();
    }
    showReport();
    return true;
}

void DirectoryDiffDialog::showReport() {
    const DirectoryDiff::Report empty;
    const DirectoryDiff::Report& report = m_report ? *m_report : empty;
    for (DirectoryDiffModel* model : {m_leavers, m_joiners, m_numbers})
        model->setReport(report);
    for (QTableView* view : {m_ui->leaversView, m_ui->joinersView, m_ui->numbersView})
        view->resizeColumnsToContents();
    const auto stillUsed = std::count_if(report.leavers.cbegin(), report.leavers.cend(),
                                         [](const DirectoryDiff::Leaver& l) { return !l.usedAs.isEmpty(); });
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->leaversTab),
                                 tr("&Leavers (%1)").arg(report.leavers.size()));
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->joinersTab),
                                 tr("&Joiners (%1)").arg(report.joiners.size()));
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->numbersTab),
                                 tr("C&hanged Numbers (%1)").arg(report.changedNumbers.size()));
    if (m_report) {
        const qsizetype leaverCount = report.leavers.size();
        const qsizetype joinerCount = report.joiners.size();
        const qsizetype numberCount = report.changedNumbers.size();
        QString leavers = tr("<b>%n leaver(s)</b>", nullptr, int(leaverCount));
        if (stillUsed > 0)
            leavers += QLatin1Char(' ') + tr("(%n still used as approver)", nullptr, int(stillUsed));
        const QStringList parts{leavers, tr("<b>%n joiner(s)</b>", nullptr, int(joinerCount)),
                                tr("<b>%n changed number(s)</b>", nullptr, int(numberCount))};
        const bool agree =
            report.leavers.isEmpty() && report.joiners.isEmpty() && report.changedNumbers.isEmpty();
        m_ui->summaryLabel->setText(
            agree ? (m_table ? tr("The directory and the site's client profiles agree: "
                                  "nothing to do.")
                             : tr("The file and the site's client profiles agree: nothing "
                                  "to do."))
                  : parts.join(QStringLiteral(" · ")));
        // The list that needs attention first.
        if (!report.leavers.isEmpty())
            m_ui->resultTabs->setCurrentWidget(m_ui->leaversTab);
        else if (!report.joiners.isEmpty())
            m_ui->resultTabs->setCurrentWidget(m_ui->joinersTab);
        else if (!report.changedNumbers.isEmpty())
            m_ui->resultTabs->setCurrentWidget(m_ui->numbersTab);
    }
    updateButtons();
}

void DirectoryDiffDialog::updateButtons() {
    const bool readable = m_report && m_report->unreadable.isEmpty();
    m_ui->disableLeaversButton->setEnabled(readable && m_leavers->checkedCount() > 0);
    m_ui->disableLeaversButton->setToolTip(
        m_report && !readable
            ? tr("Correct the rows that cannot be read first: their people may not be leavers.")
            : tr("Disable the ticked profiles; they are kept, with their history"));
    m_ui->addJoinersButton->setEnabled(m_joiners->checkedCount() > 0);
    m_ui->updateNumbersButton->setEnabled(m_numbers->checkedCount() > 0);
    m_ui->selectAllButton->setEnabled(m_report.has_value());
    m_ui->selectNoneButton->setEnabled(m_report.has_value());
}

void DirectoryDiffDialog::apply(const DirectoryDiffModel* model,
                                Result<int> (DirectoryDiff::*action)(const DirectoryDiff::Report&),
                                const std::function<QString(int)>& doneText) {
    if (!m_report || model->checkedCount() == 0)
        return;
    DirectoryDiff diff(m_workspace);
    const Result<int> done = (diff.*action)(model->checked());
    compare(); // what is left to do
    if (!done) {
        m_ui->statusLabel->setText(tr("Nothing was changed: %1").arg(done.error().toString()));
        return;
    }
    m_ui->statusLabel->setText(*done == 0 ? tr("Nothing to change: the ticked rows were already up to date.")
                                          : doneText(*done));
}

void DirectoryDiffDialog::disableSelectedLeavers() {
    if (m_report && !m_report->unreadable.isEmpty())
        return;
    apply(m_leavers, &DirectoryDiff::disableLeavers, [](int n) {
        return tr("%n leaver(s) disabled. Undo (Ctrl+Z) makes them active again.", nullptr, n);
    });
}

void DirectoryDiffDialog::addSelectedJoiners() {
    apply(m_joiners, &DirectoryDiff::addJoiners, [](int n) {
        return tr("%n joiner(s) added as client profile(s). Undo (Ctrl+Z) removes them.", nullptr, n);
    });
}

void DirectoryDiffDialog::updateSelectedNumbers() {
    apply(m_numbers, &DirectoryDiff::updateNumbers, [](int n) {
        return tr("%n number(s) updated from the directory. Undo (Ctrl+Z) restores them.", nullptr, n);
    });
}

} // namespace sitekeeper
