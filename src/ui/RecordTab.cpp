// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTab.h"

#include "EditorSupport.h"
#include "EntityListModel.h"
#include "ui_RecordTab.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace sitekeeper {

RecordTab::RecordTab(EntityListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordTab>())
    , m_model(model) {
    m_ui->setupUi(this);
    m_model->setParent(this);
    m_ui->view->setModel(model);
    m_ui->view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_ui->view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->view->horizontalHeader()->setDefaultSectionSize(170);

    // Typing waits a moment before querying, so a fast typist costs one query, not one per key.
    auto* delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(120);
    connect(m_ui->filter, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { m_model->setFilter(m_ui->filter->text().trimmed()); });

    connect(m_ui->newButton, &QPushButton::clicked, this, &RecordTab::newRequested);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT editRequested(ids.constFirst());
    });
    connect(m_ui->view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT editRequested(m_model->idAt(index.row())); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT removeRequested(ids);
    });
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTab::updateButtons);
    updateButtons();
    updateCount();
}

RecordTab::~RecordTab() = default;

QTableView* RecordTab::view() const {
    return m_ui->view;
}

QLineEdit* RecordTab::filterEdit() const {
    return m_ui->filter;
}

QList<QUuid> RecordTab::selectedIds() const {
    QList<QUuid> ids;
    const QModelIndexList rows = m_ui->view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && m_ui->view->currentIndex().isValid())
        ids << m_model->idAt(m_ui->view->currentIndex().row());
    return ids;
}

void RecordTab::setRemoveText(const QString& text) {
    m_ui->removeButton->setText(text);
}

void RecordTab::addBulkAction(const QString& text, const QString& name,
                              std::function<void(QList<QUuid>)> run) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    m_ui->bulkLayout->addWidget(button);
    m_bulkButtons.append(button);
    connect(button, &QPushButton::clicked, this, [this, run = std::move(run)] {
        const QList<QUuid> ids = selectedIds();
        if (!ids.isEmpty())
            run(ids);
    });
}

void RecordTab::select(const QUuid& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->view->selectRow(row);
}

void RecordTab::refresh() {
    QTableView* view = m_ui->view;
    QList<QUuid> selected;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        selected.append(m_model->idAt(index.row()));
    const QModelIndex current = view->currentIndex();
    const QUuid currentId = current.isValid() ? m_model->idAt(current.row()) : QUuid();
    const int currentColumn = current.isValid() ? current.column() : 0;
    const int loaded = m_model->rowCount();
    const int scroll = view->verticalScrollBar()->value();
    const int across = view->horizontalScrollBar()->value();

    m_model->reload();
    // As many rows as were loaded, so that the rows scrolled to are there again.
    while (m_model->rowCount() < loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});

    QItemSelection selection;
    for (const QUuid& id : std::as_const(selected)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selectionModel = view->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = currentId.isNull() ? -1 : m_model->rowOf(currentId); row >= 0)
        selectionModel->setCurrentIndex(m_model->index(row, currentColumn), QItemSelectionModel::NoUpdate);
    view->doItemsLayout(); // the scroll bars learn the new row count now, not at the next paint
    view->verticalScrollBar()->setValue(scroll);
    view->horizontalScrollBar()->setValue(across);
    updateButtons();
}

void RecordTab::updateCount() {
    m_ui->countLabel->setText(tr("%n record(s)", nullptr, int(m_model->totalCount())));
}

void RecordTab::setForbidden(const QString& add, const QString& remove, const QHash<QString, QString>& bulk) {
    m_forbiddenToAdd = add;
    m_forbiddenToRemove = remove;
    m_forbiddenBulk = bulk;
    updateButtons();
}

void RecordTab::updateButtons() {
    const bool any = m_ui->view->selectionModel()->hasSelection();
    m_ui->editButton->setEnabled(any);
    setAllowed(m_ui->newButton, true, m_forbiddenToAdd);
    setAllowed(m_ui->removeButton, any, m_forbiddenToRemove);
    for (QPushButton* button : std::as_const(m_bulkButtons))
        setAllowed(button, true, m_forbiddenBulk.value(button->objectName()));
}

} // namespace sitekeeper
