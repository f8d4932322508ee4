// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "Checker.h"
#include "EditorSupport.h"
#include "Rule.h"
#include "Rulebook.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_DashboardView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sitekeeper {

namespace {

// Colours that mean the same on every chart and read on light and dark palettes alike.
const QColor errorColor(0xd6, 0x45, 0x45);
const QColor warningColor(0xe8, 0xa3, 0x17);
const QColor infoColor(0x3d, 0x7c, 0xc9);
const QColor goodColor(0x2e, 0x9e, 0x5b);
const QColor bandColors[DashboardView::BandCount] = {errorColor, QColor(0xef, 0x8a, 0x3c),
                                                     QColor(0xc9, 0xb8, 0x2a), goodColor};

QBarSet* barSet(const QString& label, const QColor& color) {
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(Qt::white);
    return set;
}

// Whole-number ticks with a little headroom above the largest value.
void countAxis(QValueAxis* axis, int most) {
    int step = 1;
    for (const int candidate :
         {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000}) {
        step = candidate;
        if (most / candidate < 5)
            break;
    }
    axis->setRange(0, (most / step + 1) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
}

} // namespace

DashboardView::DashboardView(Workspace& workspace, Checker& checker, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
    , m_workspace(workspace)
    , m_checker(checker)
    , m_refreshTimer(new QTimer(this)) {
    m_ui->setupUi(this);

    makeHeading(m_ui->titleLabel);
    makeQuiet(m_ui->asOfLabel);

    // Cards and panels stand on the base colour, like a list, so that the charts read as content.
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.1);
    valueFont.setBold(true);
    for (QFrame* card : {m_ui->sitesCard, m_ui->readyCard, m_ui->errorsCard, m_ui->warningsCard,
                         m_ui->overdueCard, m_ui->leaversCard, m_ui->readinessPanel, m_ui->severityPanel,
                         m_ui->reviewsPanel, m_ui->rulesPanel, m_ui->escalationsPanel}) {
        card->setBackgroundRole(QPalette::Base);
        card->setAutoFillBackground(true);
    }
    for (QLabel* value : {m_ui->sitesValue, m_ui->readyValue, m_ui->errorsValue, m_ui->warningsValue,
                          m_ui->overdueValue, m_ui->leaversValue})
        value->setFont(valueFont);
    for (QLabel* caption : {m_ui->sitesCaption, m_ui->readyCaption, m_ui->errorsCaption,
                            m_ui->warningsCaption, m_ui->overdueCaption, m_ui->leaversCaption})
        makeQuiet(caption);
    QFont panelFont = font();
    panelFont.setBold(true);
    for (QLabel* title : {m_ui->readinessTitle, m_ui->severityTitle, m_ui->reviewsTitle, m_ui->rulesTitle,
                          m_ui->escalationsTitle})
        title->setFont(panelFont);

    m_readiness = addChart(m_ui->readinessPanel, tr("Sites by readiness score"), 200);
    m_severity = addChart(m_ui->severityPanel, tr("Findings by severity"), 200);
    m_reviews = addChart(m_ui->reviewsPanel, tr("Review status of references and approvers"), 200);
    m_rules = addChart(m_ui->rulesPanel, tr("Findings by rule"), 260);
    m_escalations = addChart(m_ui->escalationsPanel, tr("Escalations per week"), 260);

    m_donutText = new QGraphicsTextItem(m_severity);
    m_donutText->setDefaultTextColor(palette().color(QPalette::Text));
    connect(m_severity, &QChart::plotAreaChanged, this, &DashboardView::centreDonutText);

    // Findings change after a check and records after each edit: one redraw for a burst of them.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(&m_checker, &Checker::findingsChanged, this, &DashboardView::scheduleRefresh);
    connect(&m_workspace, &Workspace::recordChanged, this, &DashboardView::scheduleRefresh);
    connect(&m_workspace, &Workspace::pulled, this, &DashboardView::scheduleRefresh);

    refresh();
}

DashboardView::~DashboardView() = default;

DashboardView::Band DashboardView::bandOf(int score) {
    if (score >= 100)
        return ReadyBand;
    if (score >= 80)
        return HighBand;
    if (score >= 50)
        return MiddleBand;
    return LowBand;
}

QString DashboardView::bandName(Band band) {
    switch (band) {
    case LowBand:
        return tr("0–49");
    case MiddleBand:
        return tr("50–79");
    case HighBand:
        return tr("80–99");
    case ReadyBand:
        return tr("100 (ready)");
    case BandCount:
        break;
    }
    return {};
}

QChart* DashboardView::addChart(QFrame* panel, const QString& accessibleName, int minimumHeight) {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    auto* chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 4, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->legend()->setFont(font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, panel);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    view->setFrameShape(QFrame::NoFrame);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setAccessibleName(accessibleName);
    panel->layout()->addWidget(view);
    return chart;
}

void DashboardView::clear(QChart* chart) const {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}

void DashboardView::addAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                            Qt::Alignment categoryAlignment, int most) const {
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, categoryAlignment);
    series->attachAxis(categoryAxis);
    auto* counts = new QValueAxis;
    countAxis(counts, most);
    chart->addAxis(counts, categoryAlignment == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(counts);
    styleAxes(chart);
}

void DashboardView::styleAxes(QChart* chart) const {
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(35);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineVisible(false);
        if (qobject_cast<QBarCategoryAxis*>(axis)) {
            axis->setGridLineVisible(false);
            axis->setLineVisible(false);
            // Qt Charts shortens labels by an estimate that is often too tight; rule titles are elided
            // beforehand to a width that fits.
            axis->setTruncateLabels(false);
        }
    }
}

void DashboardView::scheduleRefresh() {
    m_refreshTimer->start();
}

DashboardView::Figures DashboardView::collect() const {
    Figures figures;
    figures.today = m_checker.today();
    figures.findings = m_checker.summary();
    figures.sites = int(m_checker.sites().size());
    QHash<QString, RuleCount> byRule;
    const auto count = [&byRule, &figures](const Finding& finding) {
        if (finding.rule == QLatin1String("SK606"))
            ++figures.leaverSecrets;
        RuleCount& rule = byRule[finding.rule];
        rule.rule = finding.rule;
        switch (finding.severity) {
        case Severity::Error:
            ++rule.errors;
            break;
        case Severity::Warning:
            ++rule.warnings;
            break;
        case Severity::Info:
            ++rule.infos;
            break;
        }
    };
    for (const Finding& finding : m_checker.partnerFindings())
        count(finding);
    for (const Checker::SiteResult& site : m_checker.sites()) {
        ++figures.readinessBands[bandOf(site.readiness.score())];
        if (site.readiness.ready())
            ++figures.readySites;
        for (const Finding& finding : site.findings)
            count(finding);
    }
    figures.topRules = byRule.values();
    std::sort(figures.topRules.begin(), figures.topRules.end(), [](const RuleCount& a, const RuleCount& b) {
        return a.total() != b.total() ? a.total() > b.total() : a.rule < b.rule;
    });
    if (figures.topRules.size() > topRuleCount)
        figures.topRules.resize(topRuleCount);

    ReviewQueue queue(m_workspace);
    queue.setToday(figures.today);
    if (const auto counts = queue.counts())
        figures.reviews = counts.value();

    // The last weekCount ISO weeks, this one included, of every site.
    const QDate monday = figures.today.addDays(1 - figures.today.dayOfWeek());
    const QDate from = monday.addDays(-7 * (weekCount - 1));
    ListQuery query;
    query.rangeColumn = QStringLiteral("date");
    query.rangeFrom = from;
    query.rangeTo = figures.today;
    query.limit = -1;
    figures.weeks =
        // A list that cannot be read was logged by the store; the chart shows no escalations then.
        EscalationReview::review(m_workspace.store().escalations().list(query).valueOr({}), {}, from,
                                 figures.today)
            .weeks;
    return figures;
}

void DashboardView::refresh() {
    m_refreshTimer->stop();
    m_figures = collect();
    updateCards();
    updateReadiness();
    updateSeverity();
    updateRules();
    updateReviews();
    updateEscalations();
}

void DashboardView::updateCards() {
    const QLocale locale;
    const Figures& f = m_figures;
    m_ui->asOfLabel->setText(m_checker.hasResults()
                                 ? tr("Checked as of %1").arg(locale.toString(f.today, QLocale::LongFormat))
                                 : tr("Not checked yet"));
    m_ui->sitesValue->setText(locale.toString(f.sites));
    m_ui->readyValue->setText(locale.toString(f.readySites));
    m_ui->readyCaption->setText(
        f.sites == 0 ? tr("Ready for go-live")
                     : tr("Ready for go-live (%1%)").arg(std::lround(100.0 * f.readySites / f.sites)));
    m_ui->errorsValue->setText(locale.toString(f.findings.errors));
    m_ui->warningsValue->setText(locale.toString(f.findings.warnings));
    m_ui->overdueValue->setText(locale.toString(f.overdueReviews()));
    m_ui->leaversValue->setText(locale.toString(f.leaverSecrets));

    const auto tint = [this](QLabel* label, bool alarm, const QColor& color) {
        // Labels on the cards take the Text role: their background is Base.
        QPalette p = palette();
        p.setColor(QPalette::Text, alarm ? color : palette().color(QPalette::Text));
        label->setPalette(p);
    };
    tint(m_ui->readyValue, f.sites > 0, goodColor);
    tint(m_ui->errorsValue, f.findings.errors > 0, errorColor);
    tint(m_ui->warningsValue, f.findings.warnings > 0, warningColor);
    tint(m_ui->overdueValue, f.overdueReviews() > 0, errorColor);
    tint(m_ui->leaversValue, f.leaverSecrets > 0, errorColor);
}

void DashboardView::updateReadiness() {
    clear(m_readiness);
    // One set per band, each with its value in its own column only: a colour per band, full-width bars.
    auto* series = new QStackedBarSeries;
    QStringList categories;
    int most = 0;
    for (int band = 0; band < BandCount; ++band) {
        auto* set = barSet(bandName(Band(band)), bandColors[band]);
        for (int column = 0; column < BandCount; ++column)
            *set << (column == band ? m_figures.readinessBands[band] : 0);
        series->append(set);
        categories << bandName(Band(band));
        most = std::max(most, m_figures.readinessBands[band]);
    }
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_readiness->addSeries(series);
    m_readiness->legend()->hide();
    addAxes(m_readiness, series, categories, Qt::AlignBottom, most);
}

void DashboardView::updateSeverity() {
    clear(m_severity);
    const FindingSummary& s = m_figures.findings;
    auto* series = new QPieSeries;
    series->setHoleSize(0.58);
    series->setPieSize(0.9);
    const QLocale locale;
    const struct {
        QString label;
        int count;
        QColor color;
    } slices[] = {
        {tr("Errors"), s.errors, errorColor},
        {tr("Warnings"), s.warnings, warningColor},
        {tr("Info"), s.infos, infoColor},
    };
    for (const auto& [label, count, color] : slices) {
        QPieSlice* slice = series->append(QStringLiteral("%1  %2").arg(label, locale.toString(count)), count);
        slice->setColor(color);
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(2);
    }
    m_severity->addSeries(series);
    m_severity->legend()->setAlignment(Qt::AlignRight);
    m_severity->legend()->show();
    m_donutText->setHtml(
        QStringLiteral("<div align=\"center\"><span style=\"font-size:x-large; font-weight:bold\">"
                       "%1</span><br/>%2</div>")
            .arg(locale.toString(s.total()), tr("findings")));
    centreDonutText();
}

void DashboardView::centreDonutText() {
    // The hole of the donut is the middle of the plot area (the legend is beside it).
    const QRectF area = m_severity->plotArea();
    m_donutText->setTextWidth(-1);
    const QRectF box = m_donutText->boundingRect();
    m_donutText->setTextWidth(box.width());
    m_donutText->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

void DashboardView::updateRules() {
    clear(m_rules);
    auto* errors = barSet(tr("Errors"), errorColor);
    auto* warnings = barSet(tr("Warnings"), warningColor);
    auto* infos = barSet(tr("Info"), infoColor);
    QStringList categories;
    int most = 0;
    const QFontMetrics metrics(font());
    // A horizontal bar chart draws its first category at the bottom: the most frequent rule goes last.
    for (auto rule = m_figures.topRules.crbegin(); rule != m_figures.topRules.crend(); ++rule) {
        *errors << rule->errors;
        *warnings << rule->warnings;
        *infos << rule->infos;
        const Rule* known = Rulebook::instance().rule(rule->rule);
        const QString label = known ? rule->rule + QStringLiteral("  ") + known->title() : rule->rule;
        categories << metrics.elidedText(label, Qt::ElideRight, 300);
        most = std::max(most, rule->total());
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({errors, warnings, infos});
    series->setBarWidth(0.7);
    m_rules->addSeries(series);
    m_rules->legend()->setAlignment(Qt::AlignBottom);
    m_rules->legend()->setVisible(!m_figures.topRules.isEmpty());
    addAxes(m_rules, series, categories, Qt::AlignLeft, most);

    // The whole rule and its counts on hover: the axis shows a shortened title.
    const QList<RuleCount> rules(m_figures.topRules.crbegin(), m_figures.topRules.crend());
    connect(series, &QAbstractBarSeries::hovered, this, [rules](bool inside, int index) {
        if (!inside || index < 0 || index >= rules.size()) {
            QToolTip::hideText();
            return;
        }
        const RuleCount& rule = rules.at(index);
        const Rule* known = Rulebook::instance().rule(rule.rule);
        QToolTip::showText(QCursor::pos(), tr("%1 %2\n%3, %4, %5")
                                               .arg(rule.rule, known ? known->title() : QString(),
                                                    tr("%n error(s)", nullptr, rule.errors),
                                                    tr("%n warning(s)", nullptr, rule.warnings),
                                                    tr("%n info", nullptr, rule.infos)));
    });
}

void DashboardView::updateReviews() {
    clear(m_reviews);
    const ReviewQueue::Counts& c = m_figures.reviews;
    const QLocale locale;
    const int most = std::max(c.references.total(), c.approvers.total());
    auto* series = new QHorizontalStackedBarSeries;
    const struct {
        QString label;
        int approvers;
        int references;
        QColor color;
    } states[] = {
        {tr("Current"), c.approvers.current, c.references.current, goodColor},
        {tr("Due"), c.approvers.due, c.references.due, warningColor},
        {tr("Overdue"), c.approvers.overdue, c.references.overdue, errorColor},
    };
    for (const auto& [label, approvers, references, color] : states) {
        // The legend carries the totals; a segment shows its number only when it is wide enough to hold it.
        auto* set =
            barSet(QStringLiteral("%1 %2").arg(label, locale.toString(approvers + references)), color);
        // Approvers first: a horizontal chart draws its first category at the bottom.
        *set << approvers << references;
        const int narrowest = std::min(approvers > 0 ? approvers : most, references > 0 ? references : most);
        if (most > 0 && narrowest * 12 < most)
            set->setLabelColor(Qt::transparent);
        series->append(set);
    }
    series->setBarWidth(0.55);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_reviews->addSeries(series);
    m_reviews->legend()->setAlignment(Qt::AlignBottom);
    m_reviews->legend()->show();
    addAxes(m_reviews, series, {tr("Approvers"), tr("References")}, Qt::AlignLeft, most);
}

void DashboardView::updateEscalations() {
    clear(m_escalations);
    auto* set = barSet(tr("Escalations"), infoColor);
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList weeks;
    int most = 0;
    for (const EscalationReview::Week& week : m_figures.weeks) {
        *set << week.count;
        weeks << tr("W%1").arg(week.week);
        most = std::max(most, week.count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_escalations->addSeries(series);
    m_escalations->legend()->hide();
    addAxes(m_escalations, series, weeks, Qt::AlignBottom, most);
}

} // namespace sitekeeper
