// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsPanel.h"

#include "FindingFix.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "Rulebook.h"
#include "ui_FindingsPanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

namespace sitekeeper {

FindingsPanel::FindingsPanel(const Checker& checker, Store& store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>()) {
    m_ui->setupUi(this);
    m_model = new FindingsModel(checker, store, this);
    m_filter = new FindingsFilterModel(this);
    // The filter (and its sort) follows the model only while the panel is on screen: re-sorting tens of
    // thousands of findings after every edit cost 120 ms per edit at 2,000 sites with the panel closed.
    m_ui->view->setModel(m_filter);
    m_ui->view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_ui->view->setIconSize(QSize(16, 16));
    QHeaderView* header = m_ui->view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(48);
    const QFontMetrics metrics = m_ui->view->fontMetrics();
    auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 32;
    };
    header->resizeSection(FindingsModel::SeverityColumn, width(tr("Warning")) + 20);
    header->resizeSection(FindingsModel::RuleColumn, width(QStringLiteral("SK000")));
    header->resizeSection(FindingsModel::SiteColumn, width(QStringLiteral("Harbor Manufacturing 23 Plant")));
    header->resizeSection(FindingsModel::RecordColumn,
                          width(QStringLiteral("Client profile: Amelia Whitfield")));
    header->resizeSection(FindingsModel::MessageColumn, width(QString(40, QLatin1Char('m'))));
    m_ui->view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);

    m_ui->severityFilter->addItem(tr("All severities"));
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        m_ui->severityFilter->addItem(FindingsModel::severityIcon(severity), displayName(severity),
                                      int(severity));
    m_ui->ruleFilter->addItem(tr("All rules"));
    for (const auto& rule : Rulebook::instance().rules()) {
        m_ui->ruleFilter->addItem(tr("%1 — %2").arg(rule->id(), rule->title()), rule->id());
        m_ui->ruleFilter->setItemData(m_ui->ruleFilter->count() - 1, rule->title(), Qt::ToolTipRole);
    }
    m_ui->siteFilter->addItem(tr("All sites"), false);
    m_ui->siteFilter->addItem(tr("Selected site"), true);

    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_ui->severityFilter->currentData();
        m_filter->setSeverity(data.isValid() ? std::optional(Severity(data.toInt())) : std::nullopt);
        updateActions();
    });
    connect(m_ui->ruleFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRule(m_ui->ruleFilter->currentData().toString());
        updateActions();
    });
    connect(m_ui->siteFilter, &QComboBox::currentIndexChanged, this, &FindingsPanel::updateSiteFilter);
    connect(m_ui->textFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateActions();
    });

    // The buttons and the context menu (and their shortcuts) trigger the same actions.
    m_ui->view->addActions({m_ui->actionOpen, m_ui->actionApplyFix, m_ui->actionExplain});
    addActions({m_ui->actionApplyFix});
    // F1 is Help > User Guide everywhere in the window; on a selected finding it explains the finding.
    // An action shortcut here would make F1 ambiguous, so the view takes the key itself (eventFilter) and
    // the menu only shows it.
    m_ui->actionExplain->setText(m_ui->actionExplain->text() + QLatin1Char('\t') +
                                 QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText));
    m_ui->view->installEventFilter(this);
    connect(m_ui->openButton, &QPushButton::clicked, m_ui->actionOpen, &QAction::trigger);
    connect(m_ui->applyFixButton, &QPushButton::clicked, m_ui->actionApplyFix, &QAction::trigger);
    connect(m_ui->explainButton, &QPushButton::clicked, m_ui->actionExplain, &QAction::trigger);
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        if (const auto finding = currentFinding())
            Q_EMIT openRequested(*finding);
    });
    connect(m_ui->actionApplyFix, &QAction::triggered, this, [this] {
        const auto finding = currentFinding();
        if (finding && FindingsModel::hasOneClickFix(*finding))
            Q_EMIT fixRequested(*finding);
        else if (finding && finding->action == FixAction::MoveSecretToVault)
            Q_EMIT openRequested(*finding); // the editor offers the move when saving
    });
    connect(m_ui->actionExplain, &QAction::triggered, this, [this] {
        if (const auto finding = currentFinding())
            explainFinding(*finding);
        else if (!m_filter->rule().isEmpty())
            explainRule(m_filter->rule());
    });
    connect(m_ui->view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openRequested(m_model->finding(m_filter->mapToSource(index).row()));
    });
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateActions);
    updateActions();
}

FindingsPanel::~FindingsPanel() = default;

QTableView* FindingsPanel::view() const {
    return m_ui->view;
}

void FindingsPanel::setCurrentSite(const QUuid& siteId) {
    m_currentSite = siteId;
    updateSiteFilter();
}

void FindingsPanel::setSeverityFilter(std::optional<Severity> severity) {
    const int index = severity ? m_ui->severityFilter->findData(int(*severity)) : 0;
    m_ui->severityFilter->setCurrentIndex(std::max(index, 0));
}

void FindingsPanel::setRuleFilter(const QString& ruleId) {
    const int index = ruleId.isEmpty() ? 0 : m_ui->ruleFilter->findData(ruleId);
    m_ui->ruleFilter->setCurrentIndex(std::max(index, 0));
}

void FindingsPanel::setSelectedSiteOnly(bool selectedOnly) {
    m_ui->siteFilter->setCurrentIndex(selectedOnly ? 1 : 0);
}

void FindingsPanel::setTextFilter(const QString& text) {
    m_ui->textFilter->setText(text);
}

void FindingsPanel::showSiteErrors(const QUuid& siteId) {
    m_currentSite = siteId;
    m_ui->textFilter->clear();
    setRuleFilter(QString());
    setSeverityFilter(Severity::Error);
    setSelectedSiteOnly(true);
    updateSiteFilter();
}

void FindingsPanel::updateSiteFilter() {
    const bool selectedOnly = m_ui->siteFilter->currentData().toBool();
    // With no site selected "Selected site" shows nothing rather than everything.
    m_filter->setSite(selectedOnly ? (m_currentSite.isNull() ? QUuid::createUuid() : m_currentSite)
                                   : QUuid());
    updateActions();
}

void FindingsPanel::showEvent(QShowEvent* event) {
    if (m_filter->sourceModel() != m_model) {
        m_filter->setSourceModel(m_model);
        updateActions();
    }
    QWidget::showEvent(event);
}

void FindingsPanel::hideEvent(QHideEvent* event) {
    m_filter->setSourceModel(nullptr);
    QWidget::hideEvent(event);
}

void FindingsPanel::reload() {
    const std::optional<Finding> current = currentFinding();
    m_model->reload();
    if (current)
        selectFinding(*current);
    updateActions();
}

std::optional<Finding> FindingsPanel::currentFinding() const {
    const QModelIndex index = m_ui->view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->finding(m_filter->mapToSource(index).row());
}

bool FindingsPanel::selectFinding(const Finding& finding) {
    const qsizetype row = m_model->findings().indexOf(finding);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(int(row), 0));
    if (!index.isValid())
        return false;
    m_ui->view->setCurrentIndex(index);
    m_ui->view->scrollTo(index);
    return true;
}

void FindingsPanel::explainRule(const QString& ruleId) {
    explain(ruleId, nullptr);
}

void FindingsPanel::explainFinding(const Finding& finding) {
    explain(finding.rule, &finding);
}

void FindingsPanel::explain(const QString& ruleId, const Finding* finding) {
    const Rule* rule = Rulebook::instance().rule(ruleId);
    if (!rule)
        return;
    const auto paragraph = [](const QString& caption, const QString& text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(caption, text.toHtmlEscaped());
    };
    QString details =
        paragraph(tr("Severity:"), displayName(finding ? finding->severity : rule->severity())) +
        paragraph(tr("Why it matters:"), rule->explanation());
    if (finding) {
        details += paragraph(tr("This finding:"), finding->message);
        if (!finding->fix.isEmpty())
            details += paragraph(tr("How to fix:"), finding->fix);
        if (finding->action == FixAction::MergeProfiles)
            details +=
                paragraph(tr("In the console:"),
                          tr("Merge… (Ctrl+Shift+Enter) shows both profiles: choose the one to keep and "
                             "the values it keeps. Ctrl+Z undoes the merge."));
        else if (FindingsModel::hasOneClickFix(*finding))
            details +=
                paragraph(tr("One click:"), tr("Apply Fix (Ctrl+Shift+Enter) does it: %1. Ctrl+Z undoes it.")
                                                .arg(FindingFix::describe(finding->action)));
    }
    QMessageBox box(QMessageBox::Information, tr("Rule %1").arg(rule->id()),
                    QStringLiteral("<b>%1 — %2</b>").arg(rule->id(), rule->title().toHtmlEscaped()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(details);
    QPushButton* guide = box.addButton(tr("Rule in the &User Guide"), QMessageBox::HelpRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (box.clickedButton() == guide)
        Q_EMIT guideRequested(rule->id());
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier &&
            m_ui->actionExplain->isEnabled()) {
            // Accepting the override keeps the window's F1 (the user guide) from taking the key.
            if (event->type() == QEvent::ShortcutOverride)
                event->accept();
            else
                m_ui->actionExplain->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::updateActions() {
    const auto finding = currentFinding();
    m_ui->actionOpen->setEnabled(finding.has_value());
    const bool fixable = finding && (FindingsModel::hasOneClickFix(*finding) ||
                                     finding->action == FixAction::MoveSecretToVault);
    m_ui->actionApplyFix->setEnabled(fixable);
    // SK202's pair of one site is merged in a dialog: the button says so.
    if (m_applyFixText.isEmpty())
        m_applyFixText = m_ui->applyFixButton->text();
    const bool merge = finding && finding->action == FixAction::MergeProfiles;
    m_ui->applyFixButton->setText(merge ? tr("&Merge…") : m_applyFixText);
    m_ui->actionApplyFix->setText(merge ? tr("&Merge…") : m_applyFixText);
    m_ui->actionExplain->setEnabled(finding.has_value());
    m_ui->openButton->setEnabled(finding.has_value());
    m_ui->applyFixButton->setEnabled(fixable);
    m_ui->explainButton->setEnabled(finding.has_value());
    m_ui->countLabel->setText(
        m_filter->rowCount() == m_model->rowCount()
            ? tr("%n finding(s)", nullptr, m_model->rowCount())
            : tr("%1 of %n finding(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

} // namespace sitekeeper
