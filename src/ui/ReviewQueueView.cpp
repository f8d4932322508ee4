// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueueView.h"

#include "EditorSupport.h"
#include "MemberRights.h"
#include "ReviewQueueModel.h"
#include "Workspace.h"
#include "ui_ReviewQueueView.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace sitekeeper {

ReviewQueueView::ReviewQueueView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewQueueView>())
    , m_workspace(workspace)
    , m_queue(workspace)
    , m_model(new ReviewQueueModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refreshTimer(new QTimer(this)) {
    m_ui->setupUi(this);

    makeHeading(m_ui->titleLabel);
    makeQuiet(m_ui->hintLabel);

    m_ui->kindCombo->addItem(tr("References and approvers"), int(ReviewQueue::Kind::All));
    m_ui->kindCombo->addItem(tr("References"), int(ReviewQueue::Kind::References));
    m_ui->kindCombo->addItem(tr("Approvers"), int(ReviewQueue::Kind::Approvers));
    // The partner's "due soon" setting is where the queue starts.
    m_ui->withinSpin->setValue(m_workspace.partnerSettings().check.referenceDueSoonDays);

    // The text filter works on what is shown, at once; the dates and the kind are read from SQL.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewQueueModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(-1, Qt::AscendingOrder); // the queue's own order until a header is clicked
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewQueueModel::TitleColumn, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const auto makeAction = [this](const QString& text, const QKeySequence& shortcut,
                                   void (ReviewQueueView::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Only while the queue has the focus: the main window has shortcuts of its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_ui->table->addAction(action);
        return action;
    };
    m_attestAction = makeAction(tr("&Reviewed, unchanged"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                &ReviewQueueView::attestSelected);
    m_openAction = makeAction(tr("&Open…"), QKeySequence(Qt::Key_Return), &ReviewQueueView::openSelected);
    m_retireAction =
        makeAction(tr("Re&tire…"), QKeySequence(Qt::Key_Delete), &ReviewQueueView::retireSelected);
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_ui->attestButton, &QPushButton::clicked, this, &ReviewQueueView::attestSelected);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &ReviewQueueView::retireSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ReviewQueueView::openSelected);
    connect(m_ui->table, &QTableView::doubleClicked, this, &ReviewQueueView::openSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueueView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewQueueView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReviewQueueView::updateActions);

    connect(m_ui->withinSpin, &QSpinBox::valueChanged, this, &ReviewQueueView::scheduleRefresh);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ReviewQueueView::refresh);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
        updateActions();
    });

    // An edit, an undo or a redo of anything the queue shows; a bulk attest changes many records at
    // once, so the queue is read once after them.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewQueueView::refresh);
    connect(&m_workspace, &Workspace::identityChanged, this, &ReviewQueueView::updateActions);
    connect(&m_workspace, &Workspace::recordChanged, this, [this](EntityKind entity) {
        if (entity != EntityKind::NotificationRule && entity != EntityKind::Credential &&
            entity != EntityKind::Escalation)
            scheduleRefresh();
    });
    connect(&m_workspace, &Workspace::pulled, this, [this](const PulledChanges& changes) {
        if (changes.touches(entityName(EntityKind::Reference)) ||
            changes.touches(entityName(EntityKind::Approver)) ||
            changes.touches(entityName(EntityKind::Site)) ||
            changes.touches(QStringLiteral("partner_settings")))
            scheduleRefresh();
    });

    refresh();
}

ReviewQueueView::~ReviewQueueView() = default;

QTableView* ReviewQueueView::table() const {
    return m_ui->table;
}

void ReviewQueueView::setToday(const QDate& today) {
    m_queue.setToday(today);
    refresh();
}

void ReviewQueueView::setWithinDays(int days) {
    m_ui->withinSpin->setValue(days);
    refresh();
}

int ReviewQueueView::withinDays() const {
    return m_ui->withinSpin->value();
}

void ReviewQueueView::setKind(ReviewQueue::Kind kind) {
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

ReviewQueue::Kind ReviewQueueView::kind() const {
    return ReviewQueue::Kind(m_ui->kindCombo->currentData().toInt());
}

void ReviewQueueView::setFilterText(const QString& text) {
    m_ui->filterEdit->setText(text);
}

void ReviewQueueView::scheduleRefresh() {
    m_refreshTimer->start();
}

void ReviewQueueView::refresh() {
    m_refreshTimer->stop();
    const auto items = m_queue.items(withinDays(), kind());
    if (!items) {
        showError(tr("The review queue cannot be read"), items.error());
        return;
    }

    // Keep the selection on the items still due; when the selected items left the queue (attested,
    // retired), select the row that took the place of the first one, so that the reviewer can go on.
    QList<QUuid> selected;
    for (const ReviewQueue::Item& item : selectedItems())
        selected.append(item.id);
    const int currentRow = m_ui->table->currentIndex().row();

    m_model->setItems(items.value());
    m_summary = ReviewQueue::summarize(items.value());

    QItemSelection selection;
    for (const QUuid& id : std::as_const(selected)) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ReviewQueueModel::ColumnCount - 1));
    }
    QItemSelectionModel* selectionModel = m_ui->table->selectionModel();
    if (!selection.isEmpty()) {
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selectionModel->setCurrentIndex(selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
    } else if (currentRow >= 0 && m_proxy->rowCount() > 0) {
        m_ui->table->selectRow(std::min(currentRow, m_proxy->rowCount() - 1));
    }
    updateSummary();
    updateActions();
}

void ReviewQueueView::updateSummary() {
    const int within = withinDays();
    QStringList parts;
    if (m_summary.overdue > 0)
        parts.append(QStringLiteral("<b style=\"color:#c82333\">%1</b>")
                         .arg(tr("%n overdue", nullptr, m_summary.overdue)));
    if (m_summary.due > 0)
        parts.append(tr("%n due within %1", nullptr, m_summary.due).arg(tr("%n day(s)", nullptr, within)));
    QString text = parts.isEmpty() ? tr("Nothing is overdue or due within %n day(s).", nullptr, within)
                                   : parts.join(QStringLiteral(" · "));
    if (m_proxy->rowCount() != m_model->rowCount())
        text +=
            QStringLiteral(" · ") + tr("showing %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_ui->summaryLabel->setText(text);
}

void ReviewQueueView::updateActions() {
    const bool any = m_ui->table->selectionModel()->hasSelection();
    const bool one = m_ui->table->selectionModel()->selectedRows().size() == 1;
    // Attesting and retiring need the reviewer role; a viewer sees the queue and why not.
    const QString forbidden = MemberRights(m_workspace).toReview();
    setAllowed(m_attestAction, any, forbidden);
    setAllowed(m_retireAction, any, forbidden);
    m_openAction->setEnabled(one);
    setAllowed(m_ui->attestButton, any, forbidden);
    setAllowed(m_ui->retireButton, any, forbidden);
    m_ui->openButton->setEnabled(one);
}

QList<ReviewQueue::Item> ReviewQueueView::selectedItems() const {
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<ReviewQueue::Item> items;
    for (const QModelIndex& index : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            items.append(m_model->item(source.row()));
    }
    return items;
}

void ReviewQueueView::attestSelected() {
    const QList<ReviewQueue::Item> items = selectedItems();
    if (items.isEmpty())
        return;
    const auto attested = m_queue.attest(items);
    refresh();
    if (!attested)
        showError(tr("Not every item could be marked reviewed"), attested.error());
}

void ReviewQueueView::retireSelected() {
    const QList<ReviewQueue::Item> items = selectedItems();
    if (items.isEmpty())
        return;
    const auto references = std::count_if(items.begin(), items.end(),
                                          [](const ReviewQueue::Item& item) { return item.isReference(); });
    const int approvers = int(items.size() - references);
    QString question;
    if (items.size() == 1)
        question = references == 1 ? tr("Retire the reference “%1”?").arg(items.constFirst().title)
                                   : tr("Remove the approver “%1”?").arg(items.constFirst().title);
    else
        question = tr("Retire %n item(s)?", nullptr, int(items.size()));
    QStringList details;
    if (references > 0)
        details.append(
            tr("A retired reference stays in the workspace but technicians no longer use it, and it "
               "leaves the review queue."));
    if (approvers > 0)
        details.append(tr("Approvers have no retired state: %n approver record(s) will be removed. The "
                          "approval type then needs another approver.",
                          nullptr, approvers));
    details.append(tr("Edit > Undo brings everything back."));

    QMessageBox box(QMessageBox::Question, tr("Retire"), question, QMessageBox::NoButton, this);
    box.setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton* retire = box.addButton(approvers > 0 && references == 0 ? tr("&Remove") : tr("&Retire"),
                                        QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != retire)
        return;
    const auto retired = m_queue.retire(items);
    refresh();
    if (!retired)
        showError(tr("Not every item could be retired"), retired.error());
}

void ReviewQueueView::openSelected() {
    const QList<ReviewQueue::Item> items = selectedItems();
    if (items.size() != 1)
        return;
    Q_EMIT openRequested(items.constFirst().entity, items.constFirst().id);
}

void ReviewQueueView::showError(const QString& doing, const Error& error) {
    QMessageBox::warning(this, tr("Review queue"), doing + QStringLiteral(": ") + error.toString());
}

} // namespace sitekeeper
