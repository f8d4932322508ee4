// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationsView.h"

#include "EditorSupport.h"
#include "EscalationImport.h"
#include "EscalationReviewModel.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_EscalationsView.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QValueAxis>

namespace sitekeeper {

namespace {

template <class T>
QList<T> everything(const Repository<T>& repository, const QUuid& siteId) {
    ListQuery query;
    query.siteId = siteId;
    query.limit = -1;
    // A list that cannot be read was logged by the store; the review counts what it has.
    return repository.list(query).valueOr({});
}

} // namespace

EscalationsView::EscalationsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EscalationsView>())
    , m_workspace(workspace)
    , m_model(new EscalationReviewModel(this))
    , m_today(QDate::currentDate()) {
    m_ui->setupUi(this);

    makeHeading(m_ui->titleLabel);
    makeQuiet(m_ui->hintLabel);

    m_ui->periodCombo->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_ui->periodCombo->addItem(tr("Last week"), int(Period::LastWeek));
    m_ui->periodCombo->addItem(tr("Last 4 weeks"), int(Period::Last4Weeks));
    m_ui->periodCombo->addItem(tr("First 3 months after go-live"), int(Period::FirstThreeMonths));
    m_ui->periodCombo->addItem(tr("Custom"), int(Period::Custom));

    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(EscalationReviewModel::ReferenceColumn,
                                                          QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* writeAction = new QAction(tr("&Write a reference…"), m_ui->table);
    m_ui->table->addAction(writeAction);
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(writeAction, &QAction::triggered, this, &EscalationsView::writeReference);
    connect(m_ui->writeReferenceButton, &QPushButton::clicked, this, &EscalationsView::writeReference);
    connect(m_ui->table, &QTableView::doubleClicked, this, &EscalationsView::writeReference);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EscalationsView::chooseFile);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EscalationsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EscalationsView::updateActions);

    connect(m_ui->periodCombo, &QComboBox::activated, this,
            [this](int index) { setPeriod(Period(m_ui->periodCombo->itemData(index).toInt())); });
    const auto rangeEdited = [this] {
        if (m_applyingPeriod)
            return;
        m_period = Period::Custom;
        m_ui->periodCombo->setCurrentIndex(m_ui->periodCombo->findData(int(Period::Custom)));
        refresh();
    };
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, rangeEdited);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, rangeEdited);

    // The weekly chart: few bars, no legend, no animation, so it reads at a glance.
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundBrush(palette().base());
    m_chart->setPlotAreaBackgroundVisible(true);
    auto* chartView = new QChartView(m_chart, m_ui->chartBox);
    chartView->setStyleSheet(QStringLiteral("background: transparent"));
    chartView->setFrameShape(QFrame::NoFrame);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(150);
    chartView->setMaximumHeight(180);
    chartView->setAccessibleName(tr("Escalations per week"));
    m_ui->chartLayout->addWidget(chartView);

    connect(&m_workspace, &Workspace::recordChanged, this, [this](EntityKind entity) {
        if (entity == EntityKind::Escalation || entity == EntityKind::Reference || entity == EntityKind::Site)
            refresh();
    });

    applyPeriod();
}

EscalationsView::~EscalationsView() = default;

QTableView* EscalationsView::table() const {
    return m_ui->table;
}

QDate EscalationsView::from() const {
    return m_ui->fromEdit->date();
}

QDate EscalationsView::to() const {
    return m_ui->toEdit->date();
}

void EscalationsView::setSite(const QUuid& siteId) {
    m_siteId = siteId;
    m_goLive = QDate();
    if (!siteId.isNull()) {
        if (const auto site = m_workspace.store().sites().get(siteId))
            m_goLive = site->goLiveDate;
    }
    // The first months after go-live are when the weekly review matters most.
    auto* items = qobject_cast<QStandardItemModel*>(m_ui->periodCombo->model());
    if (items)
        items->item(m_ui->periodCombo->findData(int(Period::FirstThreeMonths)))
            ->setEnabled(m_goLive.isValid());
    if (m_period == Period::FirstThreeMonths && !m_goLive.isValid())
        m_period = Period::Last7Days;
    applyPeriod();
}

void EscalationsView::setToday(const QDate& today) {
    m_today = today;
    applyPeriod();
}

void EscalationsView::setPeriod(Period period) {
    m_period = period;
    applyPeriod();
}

void EscalationsView::setRange(const QDate& from, const QDate& to) {
    m_applyingPeriod = true;
    m_period = Period::Custom;
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
    m_applyingPeriod = false;
    applyPeriod();
}

void EscalationsView::applyPeriod() {
    QDate from = m_ui->fromEdit->date();
    QDate to = m_ui->toEdit->date();
    switch (m_period) {
    case Period::Last7Days:
        from = m_today.addDays(-6);
        to = m_today;
        break;
    case Period::LastWeek: {
        const QDate monday = m_today.addDays(1 - m_today.dayOfWeek()).addDays(-7);
        from = monday;
        to = monday.addDays(6);
        break;
    }
    case Period::Last4Weeks:
        from = m_today.addDays(-27);
        to = m_today;
        break;
    case Period::FirstThreeMonths:
        from = m_goLive;
        to = m_goLive.addMonths(3).addDays(-1);
        break;
    case Period::Custom:
        break;
    }
    m_applyingPeriod = true;
    m_ui->periodCombo->setCurrentIndex(m_ui->periodCombo->findData(int(m_period)));
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
    m_applyingPeriod = false;
    refresh();
}

void EscalationsView::refresh() {
    QList<Escalation> escalations;
    QList<Reference> references;
    QString siteName;
    if (!m_siteId.isNull()) {
        if (const auto site = m_workspace.store().sites().get(m_siteId))
            siteName = site->name;
        ListQuery query;
        query.siteId = m_siteId;
        query.rangeColumn = QStringLiteral("date");
        query.rangeFrom = from();
        query.rangeTo = to();
        query.limit = -1;
        escalations = m_workspace.store().escalations().list(query).valueOr({});
        references = everything(m_workspace.store().references(), m_siteId);
        references += everything(m_workspace.store().references(), QUuid());
    }
    m_summary = EscalationReview::review(escalations, references, from(), to());
    const QString selected =
        m_ui->table->currentIndex().data(EscalationReviewModel::CategoryKeyRole).toString();
    m_model->setCategories(m_summary.categories);

    m_ui->titleLabel->setText(siteName.isEmpty() ? tr("Escalation review")
                                                 : tr("Escalation review — %1").arg(siteName));
    if (m_siteId.isNull())
        m_ui->summaryLabel->setText(tr("Choose a site to review its escalations."));
    else if (m_summary.total == 0)
        m_ui->summaryLabel->setText(tr("No escalations in this period."));
    else
        m_ui->summaryLabel->setText(
            tr("%1 in %2; %3")
                .arg(tr("%n escalation(s)", nullptr, m_summary.total),
                     tr("%n category(ies)", nullptr, int(m_summary.categories.size())),
                     m_summary.uncovered() == 0
                         ? tr("every category has a reference.")
                         : tr("<b>%n without a reference</b>.", nullptr, m_summary.uncovered())));

    // Keep the selection on the same category; else start on the first one to write a reference for.
    int row = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const EscalationReview::Category& c = m_model->category(i);
        if (c.category == selected) {
            row = i;
            break;
        }
        if (row < 0 && !c.covering)
            row = i;
    }
    if (row >= 0)
        m_ui->table->selectRow(row);
    updateChart();
    updateActions();
}

void EscalationsView::updateChart() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* set = new QBarSet(tr("Escalations"));
    set->setColor(QColor(0x2f, 0x6f, 0xb5));
    set->setBorderColor(QColor(0x2f, 0x6f, 0xb5));
    QStringList weeks;
    int most = 0;
    for (const EscalationReview::Week& week : m_summary.weeks) {
        *set << week.count;
        weeks << tr("W%1").arg(week.week);
        most = std::max(most, week.count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    m_chart->addSeries(series);
    auto* weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    weekAxis->setGridLineVisible(false);
    m_chart->addAxis(weekAxis, Qt::AlignBottom);
    series->attachAxis(weekAxis);
    auto* countAxis = new QValueAxis;
    // Headroom above the tallest bar, and whole-number ticks.
    const int top = std::max(4, most + 1 + (most + 1) % 2);
    countAxis->setRange(0, top);
    countAxis->setTickCount(top % 4 == 0 ? 5 : 3);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
}

void EscalationsView::updateActions() {
    const bool selected = m_ui->table->selectionModel()->hasSelection() && !m_siteId.isNull();
    m_ui->writeReferenceButton->setEnabled(selected);
    for (QAction* action : m_ui->table->actions())
        action->setEnabled(selected);
    m_ui->importButton->setEnabled(true);
}

void EscalationsView::writeReference() {
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_siteId.isNull())
        return;
    const EscalationReview::Category& category = m_model->category(rows.constFirst().row());
    Q_EMIT writeReferenceRequested(m_siteId, category.suggestedTopic, category.suggestedTitle);
}

void EscalationsView::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import escalations"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool EscalationsView::importFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Import escalations"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    EscalationImport importer(m_workspace);
    const auto preview = importer.preview(file.readAll());
    if (!preview) {
        QMessageBox::warning(this, tr("Import escalations"),
                             tr("%1 cannot be imported: %2").arg(name, preview.error().toString()));
        return false;
    }
    using Outcome = EscalationImport::Outcome;
    const QString counts = tr("%1 new, %2 updated, %3 unchanged, %4 invalid.")
                               .arg(preview->count(Outcome::New))
                               .arg(preview->count(Outcome::Update))
                               .arg(preview->count(Outcome::Unchanged))
                               .arg(preview->count(Outcome::Invalid));
    const QString notes = preview->notes.join(QLatin1Char('\n'));
    if (preview->hasErrors()) {
        QMessageBox box(QMessageBox::Warning, tr("Import escalations"),
                        tr("%1 has invalid rows; nothing was imported. Correct them and import the file "
                           "again.")
                            .arg(name),
                        QMessageBox::Ok, this);
        box.setInformativeText(counts + QLatin1Char('\n') + notes);
        box.setDetailedText(preview->errorText(50));
        box.exec();
        return false;
    }
    if (preview->count(Outcome::New) + preview->count(Outcome::Update) == 0) {
        QMessageBox::information(this, tr("Import escalations"),
                                 tr("%1 holds nothing new: %2").arg(name, counts));
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Import escalations"), tr("Import %1?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(counts + (notes.isEmpty() ? QString() : QLatin1Char('\n') + notes));
    QPushButton* importButton = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(importButton);
    box.exec();
    if (box.clickedButton() != importButton)
        return false;
    const auto imported = importer.import(*preview);
    if (!imported) {
        QMessageBox::warning(
            this, tr("Import escalations"),
            tr("The import failed; nothing was imported: %1").arg(imported.error().toString()));
        return false;
    }
    refresh();
    return true;
}

} // namespace sitekeeper
