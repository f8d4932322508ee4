// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "CoverageTimeline.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QToolButton;

namespace sitekeeper {

class CoverageTimelineCanvas;

// One week of a site drawn as lanes over Monday..Sunday on the site's clock: the coverage hours,
// each notification rule's window (and where someone can be reached in it), each escalation
// contact's availability, and the gaps (SK504) in red. Previous / next week buttons step through the
// weeks, so the daylight saving weeks can be looked at. The data comes from the caller; this widget
// reads no database.
class CoverageTimelineView : public QWidget {
    Q_OBJECT

public:
    explicit CoverageTimelineView(QWidget* parent = nullptr);
    ~CoverageTimelineView() override;

    // Shows the week of `partner.today` unless setWeekOf() chose another one.
    void setData(const SiteData& site, const PartnerData& partner);
    // Shows the week (Monday to Sunday on the site's clock) that contains `day`.
    void setWeekOf(const QDate& day);

    QDate weekStart() const { return m_timeline.weekStart(); }
    const CoverageTimeline& timeline() const { return m_timeline; }
    // The words under the chart: the gaps in site-local times, and the notes.
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void showPreviousWeek();
    void showNextWeek();
    void showCurrentWeek(); // the week of partner.today

Q_SIGNALS:
    void weekChanged(const QDate& monday);

private:
    void rebuild();

    SiteData m_site;
    PartnerData m_partner;
    QDate m_day;
    CoverageTimeline m_timeline;

    QToolButton* m_previous = nullptr;
    QToolButton* m_current = nullptr;
    QToolButton* m_next = nullptr;
    QLabel* m_weekLabel = nullptr;
    CoverageTimelineCanvas* m_canvas = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace sitekeeper
