// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"

#include "Workspace.h"
#include "ui_ConflictsDialog.h"

#include <QMessageBox>

namespace sitekeeper {

ConflictsDialog::ConflictsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictsDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->takeMine, &QPushButton::clicked, this, [this] { resolveSelected(SyncEngine::Take::Mine); });
    connect(m_ui->takeTheirs, &QPushButton::clicked, this,
            [this] { resolveSelected(SyncEngine::Take::Theirs); });
    connect(m_ui->useMerged, &QPushButton::clicked, this,
            [this] { resolveSelected(SyncEngine::Take::Merged); });
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showCurrent);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

int ConflictsDialog::openCount() const {
    return m_ui->table->rowCount();
}

void ConflictsDialog::reload() {
    auto open = ConflictList(m_workspace).open();
    if (!open)
        QMessageBox::warning(this, tr("Cannot read the conflicts"), open.error().toString());
    m_items = open.valueOr({});
    m_ui->table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ConflictList::Item& item = m_items.at(row);
        const Conflict& c = item.conflict;
        const QStringList cells =
            item.wholeRecord
                ? QStringList{item.recordTitle(), item.fieldLabel, QString(), item.description, QString()}
                : QStringList{item.recordTitle(), item.fieldLabel, ConflictList::shown(c.base),
                              ConflictList::shown(c.mine), ConflictList::shown(c.theirs)};
        for (int column = 0; column < cells.size(); ++column) {
            QString text = cells.at(column);
            auto* cell = new QTableWidgetItem(text.replace(QLatin1Char('\n'), QStringLiteral(", ")));
            cell->setData(Qt::UserRole, c.id);
            cell->setToolTip(cells.at(column));
            m_ui->table->setItem(row, column, cell);
        }
    }
    m_ui->table->resizeColumnsToContents();
    if (!m_items.isEmpty())
        m_ui->table->selectRow(0);
    showCurrent();
}

QList<QUuid> ConflictsDialog::selectedIds() const {
    QList<QUuid> ids;
    for (const QModelIndex& index : m_ui->table->selectionModel()->selectedRows())
        ids << m_ui->table->item(index.row(), 0)->data(Qt::UserRole).toUuid();
    return ids;
}

void ConflictsDialog::showCurrent() {
    const QList<QModelIndex> rows = m_ui->table->selectionModel()->selectedRows();
    const bool one = rows.size() == 1;
    const ConflictList::Item* item = one ? &m_items.at(rows.constFirst().row()) : nullptr;
    const bool field = item && !item->wholeRecord;
    m_ui->selectedTitle->setText(item             ? tr("%1 — %2").arg(item->recordTitle(), item->fieldLabel)
                                 : rows.isEmpty() ? QString()
                                                  : tr("%n conflict(s) selected", nullptr, int(rows.size())));
    m_ui->baseValue->setPlainText(field ? ConflictList::shown(item->conflict.base) : QString());
    m_ui->mineValue->setPlainText(field ? ConflictList::shown(item->conflict.mine) : QString());
    m_ui->theirsValue->setPlainText(field ? ConflictList::shown(item->conflict.theirs) : QString());
    m_ui->mergedValue->setPlainText(field ? item->mergedText : QString());
    m_ui->mergedValue->setEnabled(field);
    m_ui->wholeRecord->setText(item && item->wholeRecord ? item->description : QString());
    m_ui->wholeRecord->setVisible(item && item->wholeRecord);
    m_ui->takeMine->setEnabled(!rows.isEmpty());
    m_ui->takeTheirs->setEnabled(!rows.isEmpty());
    m_ui->useMerged->setEnabled(field);
}

void ConflictsDialog::resolveSelected(SyncEngine::Take take) {
    const QString merged = m_ui->mergedValue->toPlainText();
    ConflictList conflicts(m_workspace);
    for (const QUuid& id : selectedIds()) {
        const auto resolved = conflicts.resolve(id, take, merged);
        if (!resolved) {
            QMessageBox::warning(this, tr("Not resolved"), resolved.error().toString());
            break;
        }
    }
    reload();
}

} // namespace sitekeeper
