// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"

#include "Conflicts.h"
#include "Store.h"
#include "SyncEngine.h"
#include "Workspace.h"
#include "ui_ConflictsDialog.h"

#include <QJsonDocument>
#include <QMessageBox>

namespace sitekeeper {

namespace {
QString shown(const QJsonValue& value) {
    if (value.isUndefined())
        return ConflictsDialog::tr("(unknown)");
    if (value.isNull())
        return ConflictsDialog::tr("(empty)");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? ConflictsDialog::tr("yes") : ConflictsDialog::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

ConflictsDialog::ConflictsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictsDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->takeMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_ui->takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

int ConflictsDialog::openCount() const {
    return m_ui->table->rowCount();
}

void ConflictsDialog::reload() {
    const QList<Conflict> open = Conflicts(m_workspace.database()).open();
    m_ui->table->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const Conflict& c = open.at(row);
        const QStringList cells{c.entity + QLatin1Char(' ') +
                                    c.entityId.toString(QUuid::WithoutBraces).left(8),
                                c.field, shown(c.base), shown(c.mine), shown(c.theirs)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            m_ui->table->setItem(row, column, item);
        }
    }
    m_ui->table->resizeColumnsToContents();
    const bool any = !open.isEmpty();
    m_ui->takeMine->setEnabled(any);
    m_ui->takeTheirs->setEnabled(any);
}

void ConflictsDialog::resolveSelected(bool mine) {
    QList<QUuid> ids;
    for (const QModelIndex& index : m_ui->table->selectionModel()->selectedRows())
        ids << m_ui->table->item(index.row(), 0)->data(Qt::UserRole).toUuid();
    for (const QUuid& id : std::as_const(ids)) {
        const auto resolved = SyncEngine::resolve(m_workspace.store(), id,
                                                  mine ? SyncEngine::Take::Mine : SyncEngine::Take::Theirs);
        if (!resolved) {
            QMessageBox::warning(this, tr("Not resolved"), resolved.error().toString());
            break;
        }
    }
    reload();
}

} // namespace sitekeeper
