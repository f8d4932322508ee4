// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncProblemsDialog.h"

#include "Workspace.h"
#include "ui_SyncProblemsDialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPointer>

namespace sitekeeper {

SyncProblemsDialog::SyncProblemsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncProblemsDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openRecord, &QPushButton::clicked, this, &SyncProblemsDialog::openCurrent);
    connect(m_ui->retry, &QPushButton::clicked, this, &SyncProblemsDialog::retryCurrent);
    connect(m_ui->discard, &QPushButton::clicked, this, &SyncProblemsDialog::discardCurrent);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &SyncProblemsDialog::updateButtons);
    connect(m_ui->table, &QTableWidget::cellDoubleClicked, this, &SyncProblemsDialog::openCurrent);
    m_ui->table->installEventFilter(this);
    reload();
}

SyncProblemsDialog::~SyncProblemsDialog() = default;

bool SyncProblemsDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SyncProblemsDialog::reload() {
    const QUuid selected = current() ? current()->opId : QUuid();
    auto listed = SyncProblems(m_workspace).list();
    m_ui->status->setText(listed ? QString() : listed.error().toString());
    m_problems = listed.valueOr({});
    m_ui->table->setRowCount(int(m_problems.size()));
    int selectRow = m_problems.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_problems.size(); ++row) {
        const SyncProblems::Problem& problem = m_problems.at(row);
        const QStringList cells{problem.title(), problem.fieldLabels.join(QStringLiteral(", ")),
                                QLocale().toString(problem.editedAt.toLocalTime(), QLocale::ShortFormat),
                                problem.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            m_ui->table->setItem(row, column, cell);
        }
        if (problem.opId == selected)
            selectRow = row;
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->table->resizeRowsToContents();
    if (selectRow >= 0)
        m_ui->table->selectRow(selectRow);
    if (m_problems.isEmpty() && m_ui->status->text().isEmpty())
        m_ui->status->setText(tr("No rejected edits: everything the backend refused has been dealt with."));
    updateButtons();
}

const SyncProblems::Problem* SyncProblemsDialog::current() const {
    const QList<QModelIndex> rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.constFirst().row() >= m_problems.size())
        return nullptr;
    return &m_problems.at(rows.constFirst().row());
}

void SyncProblemsDialog::updateButtons() {
    const bool any = current() != nullptr && !m_busy;
    m_ui->openRecord->setEnabled(any);
    m_ui->retry->setEnabled(any);
    m_ui->discard->setEnabled(any);
}

void SyncProblemsDialog::openCurrent() {
    if (const SyncProblems::Problem* problem = current())
        Q_EMIT openRequested(SyncProblems(m_workspace).target(*problem));
}

void SyncProblemsDialog::retryCurrent() {
    const SyncProblems::Problem* problem = current();
    if (!problem)
        return;
    const QString title = problem->title();
    const Result<void> retried = SyncProblems(m_workspace).retry(problem->opId);
    reload();
    m_ui->status->setText(retried ? tr("%1: back in the outbox; the next sync sends it again.").arg(title)
                                  : retried.error().toString());
    Q_EMIT changed();
}

void SyncProblemsDialog::discardCurrent() {
    const SyncProblems::Problem* problem = current();
    if (!problem)
        return;
    const QString title = problem->title();
    m_busy = true;
    updateButtons();
    m_ui->status->setText(tr("Asking the backend for its version of the record…"));
    QPointer<SyncProblemsDialog> self(this);
    SyncProblems(m_workspace).discard(problem->opId, [self, title](Result<void> discarded) {
        if (!self)
            return;
        self->m_busy = false;
        self->reload();
        self->m_ui->status->setText(
            discarded
                ? tr("%1: discarded; the record is as the backend has it. Edit › Undo brings the edit back.")
                      .arg(title)
                : discarded.error().toString());
        Q_EMIT self->changed();
    });
}

} // namespace sitekeeper
