// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

namespace sitekeeper {

// One week of a site laid out on a single time line: the site's coverage hours, each notification
// rule's window, each escalation contact's availability, and the gaps between them (SK504).
//
// All computing is done on exact instants (UTC milliseconds) over the week that starts on Monday
// 00:00 in the site's time zone, so that windows in other zones and daylight saving changes come out
// right. Each window is expanded on its own zone's wall clock, starting one day before the week, so
// that an overnight window of the previous Sunday still covers this Monday morning.
//
// Product definitions made here:
// - Coverage `extended_hours` is the business hours plus Monday to Friday 06:00-22:00 on the site's
//   wall clock. Coverage `always` is the whole week. `business_hours` with no business hours set
//   covers nothing (notes() says so).
// - A rule window is reachable where its method is email or ticket, or where at least one of its
//   escalation contacts is available. A contact with no availability windows at all is taken as
//   always available: unknown availability is not a gap. A contact id the partner does not have is
//   never available (nobody can be called).
// - A window (business hours, rule, availability) without a time zone is read in the site's zone.
// - A site without a valid time zone is laid out in UTC, and notes() says so.
// - Every rule counts, also one limited to escalation categories.
// - Gaps shorter than one minute are dropped.
//
// Display: the axis is always 7 x 24 wall-clock hours (10080 minutes) of the site's zone; an instant
// is drawn at its site-local wall-clock time. A week with a daylight saving change really lasts 167
// or 169 hours: in spring the skipped hour holds no instant, so nothing is drawn in it (an interval
// running through it is drawn across it, as the wall clock jumps); in autumn the repeated hour's two
// passes fall on the same stretch of the axis, drawn on top of each other. transitions() tells where
// that happens so a view can mark it, and exactText() gives the exact times with their UTC offset.
class CoverageTimeline {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CoverageTimeline)

public:
    static constexpr int minutesPerDay = 24 * 60;
    static constexpr int displayMinutes = 7 * minutesPerDay; // the display axis: Monday 00:00 .. Sunday 24:00
    static constexpr qint64 minimumGapMs = 60 * 1000;

    // [startMs, endMs) in UTC milliseconds since the epoch.
    struct Interval {
        qint64 startMs = 0;
        qint64 endMs = 0;

        qint64 durationMs() const { return endMs - startMs; }
        bool operator==(const Interval&) const = default;
    };
    // Sorted, disjoint, not touching: what every function here returns.
    using Intervals = QList<Interval>;

    // [startMinute, endMinute) on the display axis, 0 .. displayMinutes.
    struct Span {
        int startMinute = 0;
        int endMinute = 0;

        bool operator==(const Span&) const = default;
    };

    enum class GapKind {
        NoRule,              // covered time in no rule window
        ContactsUnavailable, // covered time only in rule windows none of whose contacts is available
    };
    struct Gap {
        GapKind kind = GapKind::NoRule;
        Interval interval;

        bool operator==(const Gap&) const = default;
    };

    struct RuleLane {
        QUuid ruleId;
        QString name;
        RuleMethod method = RuleMethod::Phone;
        QList<QUuid> contacts; // escalation contacts, in order
        Intervals window;      // when the rule applies
        Intervals reachable;   // the part of `window` where someone can be reached
    };

    struct ContactLane {
        QUuid contactId;
        QString name;                 // empty when the partner has no such contact
        bool known = true;            // false: the id names no contact of the partner
        bool alwaysAvailable = false; // no availability windows at all
        Intervals available;
    };

    // A daylight saving change of the site's zone inside the week.
    struct Transition {
        qint64 atMs = 0;
        int displayMinute = 0; // where the wall clock was just before the change
        int shiftMinutes = 0;  // +60: clocks go forward (spring), -60: back (autumn)
    };

    CoverageTimeline() = default;

    // The week (Monday to Sunday on the site's wall clock) that contains `day`.
    static CoverageTimeline build(const SiteData& site, const PartnerData& partner, const QDate& day);

    QDate weekStart() const { return m_monday; } // the Monday
    QTimeZone timeZone() const { return m_zone; }
    Interval week() const { return m_week; }
    // The real length of the week: 10080 minutes, 10020 or 10140 in a daylight saving week.
    int weekMinutes() const { return int(m_week.durationMs() / 60000); }
    QList<Transition> transitions() const { return m_transitions; }

    Coverage coverage() const { return m_coverage; }
    Intervals coverageHours() const { return m_coverageHours; }
    QList<RuleLane> rules() const { return m_rules; }
    QList<ContactLane> contacts() const { return m_contacts; }

    // Sorted by start, NoRule before ContactsUnavailable at equal starts.
    QList<Gap> gaps() const { return m_gaps; }
    Intervals gaps(GapKind kind) const;
    bool hasGaps() const { return !m_gaps.isEmpty(); }

    // Things a person should know about how the week was laid out ("business hours are not set").
    QStringList notes() const { return m_notes; }

    // Site-local wall-clock minutes since Monday 00:00 of the instant `ms` (see the class comment).
    int displayMinute(qint64 ms) const;
    // Where `intervals` fall on the display axis, merged.
    QList<Span> toDisplay(const Intervals& intervals) const;
    // "Mon–Fri 18:00–19:00, Sat–Sun 00:00–24:00": site-local days and times, same times on
    // consecutive days merged. Empty for no intervals.
    QString summary(const Intervals& intervals) const;
    QString gapSummary(GapKind kind) const { return summary(gaps(kind)); }
    // "Sun 31 Mar 01:30 CET – 03:30 CEST (1 h)" on the site's clock: for tooltips.
    QString exactText(const Interval& interval) const;

    // "Mon" ... "Sun", translated; `day` 0 = Monday.
    static QString dayName(int day);
    // The Monday of the week containing `day`.
    static QDate mondayOf(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

    // Set operations on normalised lists.
    static Intervals normalized(Intervals intervals);
    static Intervals united(const Intervals& a, const Intervals& b);
    static Intervals intersected(const Intervals& a, const Intervals& b);
    static Intervals subtracted(const Intervals& a, const Intervals& b);
    // The occurrences of `window` inside `range`, on the wall clock of the window's zone
    // (`fallbackZone` when the window has none). Overnight windows run into the next day.
    static Intervals occurrences(const TimeWindow& window, const Interval& range,
                                 const QTimeZone& fallbackZone);

private:
    qint64 localMs(qint64 ms) const;

    QDate m_monday;
    QTimeZone m_zone;
    Interval m_week;
    qint64 m_mondayWallMs = 0; // Monday 00:00 wall clock, read as if it were UTC
    QList<Transition> m_transitions;
    Coverage m_coverage = Coverage::None;
    Intervals m_coverageHours;
    QList<RuleLane> m_rules;
    QList<ContactLane> m_contacts;
    QList<Gap> m_gaps;
    QStringList m_notes;
};

QString displayName(CoverageTimeline::GapKind kind);

} // namespace sitekeeper
