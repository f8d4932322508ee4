// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageTimelineView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace sitekeeper {

namespace {

// Fixed hues, blended into the palette's base colour where a fill should be light, so that dark and
// light themes both get a tint rather than a glaring block.
const QColor coverageHue(0x4c, 0x78, 0xb8);
const QColor ruleHue(0x23, 0x9b, 0x6e);
const QColor contactHue(0x7d, 0x5b, 0xc4);
const QColor noRuleHue(0xd6, 0x28, 0x28);
const QColor unavailableHue(0xe0, 0x6c, 0x00);
const QColor clockChangeHue(0xb5, 0x89, 0x00);

QColor mix(const QColor& base, const QColor& hue, double amount) {
    return QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * amount),
                            float(base.greenF() + (hue.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (hue.blueF() - base.blueF()) * amount));
}

QString methodName(RuleMethod method) {
    switch (method) {
    case RuleMethod::Phone:
        return CoverageTimelineView::tr("phone");
    case RuleMethod::Email:
        return CoverageTimelineView::tr("email");
    case RuleMethod::Ticket:
        return CoverageTimelineView::tr("ticket");
    }
    return {};
}

} // namespace

// The painted part: a header with days and hours, one lane per row, a legend.
class CoverageTimelineCanvas : public QWidget {
public:
    enum class LaneKind { Coverage, Rule, Contact, Gaps };
    struct Lane {
        LaneKind kind = LaneKind::Coverage;
        QString title;
        QString subtitle;
        CoverageTimeline::Intervals primary;   // coverage, reachable, available, no-rule gaps
        CoverageTimeline::Intervals secondary; // rule window nobody is reachable in, contact-unavailable gaps
        QString emptyText;                     // said in the lane when it has nothing to draw
    };

    explicit CoverageTimelineCanvas(QWidget* parent)
        : QWidget(parent) {
        setAttribute(Qt::WA_OpaquePaintEvent, false);
        setMouseTracking(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setTimeline(const CoverageTimeline* timeline) {
        m_timeline = timeline;
        m_lanes.clear();
        if (!m_timeline) {
            updateGeometry();
            update();
            return;
        }
        const CoverageTimeline& t = *m_timeline;
        Lane coverage{LaneKind::Coverage,
                      CoverageTimelineView::tr("Coverage"),
                      displayName(t.coverage()),
                      t.coverageHours(),
                      {},
                      CoverageTimelineView::tr("No coverage hours this week")};
        m_lanes.append(coverage);
        for (const CoverageTimeline::RuleLane& rule : t.rules()) {
            m_lanes.append({LaneKind::Rule, rule.name,
                            CoverageTimelineView::tr("Rule · %1").arg(methodName(rule.method)),
                            rule.reachable, CoverageTimeline::subtracted(rule.window, rule.reachable),
                            CoverageTimelineView::tr("Not in this week")});
        }
        for (const CoverageTimeline::ContactLane& contact : t.contacts()) {
            Lane lane{LaneKind::Contact,
                      contact.known ? contact.name : CoverageTimelineView::tr("Unknown contact"),
                      CoverageTimelineView::tr("Escalation contact"),
                      contact.available,
                      {},
                      contact.known
                          ? CoverageTimelineView::tr("Not available this week")
                          : CoverageTimelineView::tr("Not one of the partner's contacts: never reached")};
            if (contact.alwaysAvailable)
                lane.subtitle = CoverageTimelineView::tr("No hours set: always available");
            m_lanes.append(lane);
        }
        m_lanes.append({LaneKind::Gaps, CoverageTimelineView::tr("Gaps"), CoverageTimelineView::tr("SK504"),
                        t.gaps(CoverageTimeline::GapKind::NoRule),
                        t.gaps(CoverageTimeline::GapKind::ContactsUnavailable),
                        CoverageTimelineView::tr("No gaps")});
        updateGeometry();
        update();
    }

    QSize sizeHint() const override { return {labelWidth() + 7 * 150 + 16, contentHeight()}; }
    QSize minimumSizeHint() const override { return {labelWidth() + 7 * 60 + 16, contentHeight()}; }

protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            for (const auto& [rect, text] : std::as_const(m_tips)) {
                if (rect.contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), text, this, rect.toAlignedRect());
                    return true;
                }
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        return QWidget::event(event);
    }

    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QColor base = pal.color(QPalette::Base);
        const QColor text = pal.color(QPalette::Text);
        const QColor subtle = mix(base, text, 0.55);
        const QColor grid = mix(base, text, 0.12);
        const QColor strongGrid = mix(base, text, 0.30);
        m_tips.clear();

        p.fillRect(rect(), base);
        if (!m_timeline)
            return;
        const CoverageTimeline& t = *m_timeline;
        const QFontMetrics fm(font());
        const int header = headerHeight();
        const int lane = laneHeight();
        const QRectF plot(labelWidth(), header, width() - labelWidth() - 12, lane * m_lanes.size());
        const auto xOf = [&](int minute) {
            return plot.left() + plot.width() * minute / CoverageTimeline::displayMinutes;
        };
        const double dayWidth = plot.width() / 7;

        // Weekend background, lane stripes.
        p.fillRect(QRectF(xOf(5 * CoverageTimeline::minutesPerDay), plot.top(), 2 * dayWidth, plot.height()),
                   mix(base, text, 0.035));
        for (int i = 0; i < m_lanes.size(); ++i) {
            if (i % 2 == 1)
                p.fillRect(QRectF(0, plot.top() + i * lane, width(), lane), mix(base, text, 0.025));
        }

        // Each gap as a faint column through every lane, so that what causes it lines up with it.
        for (const CoverageTimeline::Gap& gap : t.gaps()) {
            const QColor hue = gap.kind == CoverageTimeline::GapKind::NoRule ? noRuleHue : unavailableHue;
            for (const CoverageTimeline::Span& span : t.toDisplay({gap.interval}))
                p.fillRect(QRectF(xOf(span.startMinute), plot.top(),
                                  xOf(span.endMinute) - xOf(span.startMinute), plot.height()),
                           mix(base, hue, 0.08));
        }

        // Header: day names and dates, hour ticks.
        QFont bold = font();
        bold.setBold(true);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const QFontMetrics smallFm(small);
        const QLocale locale;
        for (int day = 0; day < 7; ++day) {
            const QRectF cell(xOf(day * CoverageTimeline::minutesPerDay), 4, dayWidth, fm.height());
            p.setFont(bold);
            p.setPen(text);
            const QString date = locale.toString(t.weekStart().addDays(day), QStringLiteral("d MMM"));
            p.drawText(cell, Qt::AlignCenter, CoverageTimeline::dayName(day) + QLatin1Char(' ') + date);
            p.setFont(small);
            p.setPen(subtle);
            const int step = dayWidth > 130 ? 6 : 12;
            for (int hour = step; hour < 24; hour += step) {
                const double x = xOf(day * CoverageTimeline::minutesPerDay + hour * 60);
                p.drawText(QRectF(x - 20, header - smallFm.height() - 3, 40, smallFm.height()),
                           Qt::AlignCenter, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
            }
        }
        for (int hour = 0; hour <= 7 * 24; ++hour) {
            const double x = xOf(hour * 60);
            const bool dayLine = hour % 24 == 0;
            const bool sixHours = hour % 6 == 0;
            p.setPen(QPen(dayLine ? strongGrid : grid, 1));
            if (dayLine || sixHours)
                p.drawLine(QPointF(x, dayLine ? 2 : header - 4), QPointF(x, plot.bottom()));
            else
                p.drawLine(QPointF(x, header - 3), QPointF(x, header));
        }
        p.setPen(QPen(strongGrid, 1));
        p.drawLine(QPointF(0, header), QPointF(width(), header));

        // Lanes.
        for (int i = 0; i < m_lanes.size(); ++i) {
            const Lane& l = m_lanes.at(i);
            const QRectF row(0, plot.top() + i * lane, width(), lane);
            const bool nothing = l.primary.isEmpty() && l.secondary.isEmpty();
            if (i > 0 && l.kind != m_lanes.at(i - 1).kind) {
                p.setPen(QPen(strongGrid, 1));
                p.drawLine(row.topLeft(), row.topRight());
            }
            // Label: name over kind.
            const QRectF label(10, row.top() + 3, labelWidth() - 18, lane - 6);
            p.setFont(bold);
            p.setPen(l.kind == LaneKind::Gaps && !nothing ? noRuleHue : text);
            p.drawText(QRectF(label.left(), label.top(), label.width(), label.height() / 2),
                       Qt::AlignLeft | Qt::AlignBottom,
                       fm.elidedText(l.title, Qt::ElideRight, int(label.width())));
            p.setFont(small);
            p.setPen(subtle);
            p.drawText(QRectF(label.left(), label.center().y(), label.width(), label.height() / 2),
                       Qt::AlignLeft | Qt::AlignTop,
                       smallFm.elidedText(l.subtitle, Qt::ElideRight, int(label.width())));

            const QRectF band(plot.left(), row.top() + lane * 0.22, plot.width(), lane * 0.56);
            const auto spanRect = [&](const CoverageTimeline::Span& span) {
                return QRectF(xOf(span.startMinute), band.top(), xOf(span.endMinute) - xOf(span.startMinute),
                              band.height());
            };
            const auto bars = [&](const CoverageTimeline::Intervals& intervals, const QBrush& fill,
                                  const QPen& outline, const QString& what) {
                for (const CoverageTimeline::Interval& interval : intervals) {
                    const QString tip = QStringLiteral("<b>%1</b><br>%2")
                                            .arg(what.toHtmlEscaped(), t.exactText(interval).toHtmlEscaped());
                    for (const CoverageTimeline::Span& span : t.toDisplay({interval})) {
                        const QRectF r = spanRect(span);
                        QPainterPath path;
                        path.addRoundedRect(r, 3, 3);
                        p.fillPath(path, fill);
                        p.setPen(outline);
                        p.drawPath(path);
                        m_tips.append({r, tip});
                    }
                }
            };
            switch (l.kind) {
            case LaneKind::Coverage:
                bars(l.primary, mix(base, coverageHue, 0.55), QPen(coverageHue, 1),
                     CoverageTimelineView::tr("Coverage hours"));
                break;
            case LaneKind::Rule: {
                QBrush window(mix(base, unavailableHue, 0.14));
                bars(l.secondary, window, QPen(unavailableHue, 1, Qt::DashLine),
                     CoverageTimelineView::tr("%1: rule window, nobody reachable").arg(l.title));
                bars(l.primary, mix(base, ruleHue, 0.7), QPen(ruleHue, 1),
                     CoverageTimelineView::tr("%1: reachable").arg(l.title));
                break;
            }
            case LaneKind::Contact:
                bars(l.primary, mix(base, contactHue, 0.5), QPen(contactHue, 1),
                     CoverageTimelineView::tr("%1: available").arg(l.title));
                break;
            case LaneKind::Gaps: {
                const auto gapBars = [&](const CoverageTimeline::Intervals& intervals, const QColor& hue,
                                         const QString& what) {
                    QBrush hatch(hue, Qt::BDiagPattern);
                    for (const CoverageTimeline::Interval& interval : intervals) {
                        const QString tip =
                            QStringLiteral("<b>%1</b><br>%2")
                                .arg(what.toHtmlEscaped(), t.exactText(interval).toHtmlEscaped());
                        for (const CoverageTimeline::Span& span : t.toDisplay({interval})) {
                            QRectF r = spanRect(span).adjusted(0, -lane * 0.08, 0, lane * 0.08);
                            // Keep short gaps visible.
                            if (r.width() < 3)
                                r.adjust(-(3 - r.width()) / 2, 0, (3 - r.width()) / 2, 0);
                            p.fillRect(r, mix(base, hue, 0.25));
                            p.fillRect(r, hatch);
                            p.setPen(QPen(hue, 1.5));
                            p.drawRect(r);
                            m_tips.append({r, tip});
                        }
                    }
                };
                gapBars(l.primary, noRuleHue, displayName(CoverageTimeline::GapKind::NoRule));
                gapBars(l.secondary, unavailableHue,
                        displayName(CoverageTimeline::GapKind::ContactsUnavailable));
                break;
            }
            }
            if (nothing && !l.emptyText.isEmpty()) {
                p.setFont(small);
                p.setPen(subtle);
                p.drawText(band.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, l.emptyText);
            }
        }

        // Daylight saving changes: a dashed line where the clock jumps, the skipped or repeated hour marked.
        for (const CoverageTimeline::Transition& change : t.transitions()) {
            const int from =
                change.shiftMinutes > 0 ? change.displayMinute : change.displayMinute + change.shiftMinutes;
            const int to =
                change.shiftMinutes > 0 ? change.displayMinute + change.shiftMinutes : change.displayMinute;
            const QRectF hour(xOf(from), plot.top(), std::max(2.0, xOf(to) - xOf(from)), plot.height());
            QColor shade = clockChangeHue;
            shade.setAlpha(40);
            p.fillRect(hour, shade);
            p.setPen(QPen(clockChangeHue, 1.5, Qt::DashLine));
            p.drawLine(QPointF(xOf(change.displayMinute), header - 6),
                       QPointF(xOf(change.displayMinute), plot.bottom()));
            const QString tip =
                change.shiftMinutes > 0
                    ? CoverageTimelineView::tr(
                          "Clocks go forward %1 min: this hour does not exist; the week lasts %2 h.")
                          .arg(change.shiftMinutes)
                          .arg(t.weekMinutes() / 60)
                    : CoverageTimelineView::tr(
                          "Clocks go back %1 min: this hour happens twice, drawn once; the week "
                          "lasts %2 h.")
                          .arg(-change.shiftMinutes)
                          .arg(t.weekMinutes() / 60);
            m_tips.prepend({hour.adjusted(-3, -header, 3, 0), tip});
        }

        paintLegend(p, QRectF(10, plot.bottom() + 10, width() - 20, legendHeight() - 12), text, base);
    }

private:
    void paintLegend(QPainter& p, const QRectF& area, const QColor& text, const QColor& base) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        p.setFont(small);
        const QFontMetrics fm(small);
        struct Item {
            QString name;
            QBrush fill;
            QPen outline;
            bool hatch;
        };
        const QList<Item> items{
            {CoverageTimelineView::tr("Coverage hours"), mix(base, coverageHue, 0.55), QPen(coverageHue),
             false},
            {CoverageTimelineView::tr("Rule: someone reachable"), mix(base, ruleHue, 0.7), QPen(ruleHue),
             false},
            {CoverageTimelineView::tr("Rule: nobody reachable"), mix(base, unavailableHue, 0.14),
             QPen(unavailableHue, 1, Qt::DashLine), false},
            {CoverageTimelineView::tr("Contact available"), mix(base, contactHue, 0.5), QPen(contactHue),
             false},
            {displayName(CoverageTimeline::GapKind::NoRule), QBrush(noRuleHue, Qt::BDiagPattern),
             QPen(noRuleHue, 1.5), true},
            {displayName(CoverageTimeline::GapKind::ContactsUnavailable),
             QBrush(unavailableHue, Qt::BDiagPattern), QPen(unavailableHue, 1.5), true},
            {CoverageTimelineView::tr("Clock change"),
             QColor(clockChangeHue.red(), clockChangeHue.green(), clockChangeHue.blue(), 60),
             QPen(clockChangeHue, 1.5, Qt::DashLine), false},
        };
        double x = area.left();
        double y = area.top();
        const double swatch = fm.height() * 1.6;
        for (const Item& item : items) {
            const double w = swatch + 6 + fm.horizontalAdvance(item.name) + 18;
            if (x + w > area.right() && x > area.left()) {
                x = area.left();
                y += fm.height() + 8;
            }
            const QRectF box(x, y + fm.height() * 0.15, swatch, fm.height() * 0.8);
            if (item.hatch)
                p.fillRect(box, mix(base, item.outline.color(), 0.25));
            p.fillRect(box, item.fill);
            p.setPen(item.outline);
            p.drawRect(box);
            p.setPen(text);
            p.drawText(QPointF(x + swatch + 6, y + fm.ascent()), item.name);
            x += w;
        }
    }

    int labelWidth() const {
        const QFontMetrics fm(font());
        int widest = fm.horizontalAdvance(CoverageTimelineView::tr("No hours set: always available"));
        for (const Lane& lane : m_lanes)
            widest = std::max(widest, fm.horizontalAdvance(lane.title) + 4);
        return std::clamp(widest + 24, 150, 260);
    }
    int headerHeight() const { return QFontMetrics(font()).height() * 2 + 12; }
    int laneHeight() const { return QFontMetrics(font()).height() * 2 + 14; }
    int legendHeight() const { return QFontMetrics(font()).height() * 2 + 26; }
    int contentHeight() const { return headerHeight() + laneHeight() * int(m_lanes.size()) + legendHeight(); }

    const CoverageTimeline* m_timeline = nullptr;
    QList<Lane> m_lanes;
    QList<std::pair<QRectF, QString>> m_tips; // hover areas, built while painting
};

CoverageTimelineView::CoverageTimelineView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous week"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_current = new QToolButton(this);
    m_current->setObjectName(QStringLiteral("currentWeek"));
    m_current->setText(tr("This week"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    m_weekLabel->setTextFormat(Qt::RichText);
    bar->addWidget(m_previous);
    bar->addWidget(m_current);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_weekLabel, 1);
    layout->addLayout(bar);

    m_canvas = new CoverageTimelineCanvas(this);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_canvas->setAccessibleName(tr("Coverage timeline"));
    layout->addWidget(m_canvas);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_previous, &QToolButton::clicked, this, &CoverageTimelineView::showPreviousWeek);
    connect(m_next, &QToolButton::clicked, this, &CoverageTimelineView::showNextWeek);
    connect(m_current, &QToolButton::clicked, this, &CoverageTimelineView::showCurrentWeek);
    rebuild();
}

CoverageTimelineView::~CoverageTimelineView() = default;

void CoverageTimelineView::setData(const SiteData& site, const PartnerData& partner) {
    m_site = site;
    m_partner = partner;
    if (!m_day.isValid())
        m_day = partner.today.isValid() ? partner.today : QDate::currentDate();
    rebuild();
}

void CoverageTimelineView::setWeekOf(const QDate& day) {
    if (!day.isValid())
        return;
    m_day = day;
    rebuild();
}

void CoverageTimelineView::showPreviousWeek() {
    setWeekOf(m_timeline.weekStart().addDays(-7));
}

void CoverageTimelineView::showNextWeek() {
    setWeekOf(m_timeline.weekStart().addDays(7));
}

void CoverageTimelineView::showCurrentWeek() {
    setWeekOf(m_partner.today.isValid() ? m_partner.today : QDate::currentDate());
}

QString CoverageTimelineView::summaryText() const {
    return m_summary->text();
}

QSize CoverageTimelineView::sizeHint() const {
    const QMargins margins = contentsMargins();
    return {m_canvas->sizeHint().width() + margins.left() + margins.right(), QWidget::sizeHint().height()};
}

QSize CoverageTimelineView::minimumSizeHint() const {
    return QWidget::minimumSizeHint();
}

void CoverageTimelineView::rebuild() {
    const QDate day = m_day.isValid() ? m_day : QDate::currentDate();
    const QDate before = m_timeline.weekStart();
    m_timeline = CoverageTimeline::build(m_site, m_partner, day);
    m_canvas->setTimeline(&m_timeline);

    const QLocale locale;
    const QDate monday = m_timeline.weekStart();
    QString week = tr("<b>%1 – %2</b> &nbsp;·&nbsp; %3")
                       .arg(locale.toString(monday, QStringLiteral("d MMM")),
                            locale.toString(monday.addDays(6), QStringLiteral("d MMM yyyy")),
                            QString::fromUtf8(m_timeline.timeZone().id()).toHtmlEscaped());
    for (const CoverageTimeline::Transition& change : m_timeline.transitions()) {
        const int minute = change.displayMinute % CoverageTimeline::minutesPerDay;
        const QString at = CoverageTimeline::dayName(change.displayMinute / CoverageTimeline::minutesPerDay) +
                           QStringLiteral(" %1:%2")
                               .arg(minute / 60, 2, 10, QLatin1Char('0'))
                               .arg(minute % 60, 2, 10, QLatin1Char('0'));
        week += QStringLiteral(" &nbsp;·&nbsp; <span style=\"color:%1\">%2</span>")
                    .arg(clockChangeHue.name(),
                         (change.shiftMinutes > 0 ? tr("clocks go forward at %1: a %2-hour week")
                                                  : tr("clocks go back at %1: a %2-hour week"))
                             .arg(at)
                             .arg(m_timeline.weekMinutes() / 60));
    }
    m_weekLabel->setText(week);

    QStringList lines;
    const QString noRule = m_timeline.gapSummary(CoverageTimeline::GapKind::NoRule);
    const QString unavailable = m_timeline.gapSummary(CoverageTimeline::GapKind::ContactsUnavailable);
    if (noRule.isEmpty() && unavailable.isEmpty()) {
        lines.append(
            m_timeline.coverageHours().isEmpty()
                ? tr("No coverage hours in this week, so nothing to escalate.")
                : tr("<b>No gaps:</b> every covered hour of this week is in a rule window where someone "
                     "can be reached."));
    }
    if (!noRule.isEmpty())
        lines.append(tr("<b style=\"color:%1\">No notification rule:</b> %2 — add a rule or widen one.")
                         .arg(noRuleHue.name(), noRule.toHtmlEscaped()));
    if (!unavailable.isEmpty())
        lines.append(
            tr("<b style=\"color:%1\">No escalation contact available:</b> %2 — add a contact who is "
               "available then, or an email or ticket rule.")
                .arg(unavailableHue.name(), unavailable.toHtmlEscaped()));
    for (const QString& note : m_timeline.notes())
        lines.append(QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    if (m_timeline.weekStart() != before)
        Q_EMIT weekChanged(m_timeline.weekStart());
}

} // namespace sitekeeper
