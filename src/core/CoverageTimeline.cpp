// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageTimeline.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sitekeeper {

namespace {

using Interval = CoverageTimeline::Interval;
using Intervals = CoverageTimeline::Intervals;

constexpr qint64 msPerMinute = 60 * 1000;

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The instant of wall-clock `date` `time` in `zone`. A wall-clock time that does not exist (the
// hour skipped in spring) is the first instant after the skip: where the clock resumes.
qint64 instantOf(const QDate& date, const QTime& time, const QTimeZone& zone) {
    const QDateTime moment(date, time, zone);
    if (!moment.isValid())
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (moment.time() != time || moment.date() != date) {
        const QTimeZone::OffsetData skip = zone.previousTransition(moment);
        if (skip.atUtc.isValid())
            return skip.atUtc.toMSecsSinceEpoch();
    }
    return moment.toMSecsSinceEpoch();
}

Intervals dropShort(const Intervals& intervals) {
    Intervals result;
    for (const Interval& interval : intervals) {
        if (interval.durationMs() >= CoverageTimeline::minimumGapMs)
            result.append(interval);
    }
    return result;
}

QString clock(int minuteOfDay) {
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString displayName(CoverageTimeline::GapKind kind) {
    switch (kind) {
    case CoverageTimeline::GapKind::NoRule:
        return CoverageTimeline::tr("No notification rule");
    case CoverageTimeline::GapKind::ContactsUnavailable:
        return CoverageTimeline::tr("No escalation contact available");
    }
    return {};
}

QString CoverageTimeline::dayName(int day) {
    switch (day) {
    case 0:
        return tr("Mon");
    case 1:
        return tr("Tue");
    case 2:
        return tr("Wed");
    case 3:
        return tr("Thu");
    case 4:
        return tr("Fri");
    case 5:
        return tr("Sat");
    case 6:
        return tr("Sun");
    }
    return {};
}

CoverageTimeline::Intervals CoverageTimeline::normalized(Intervals intervals) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.startMs < b.startMs; });
    Intervals result;
    for (const Interval& interval : intervals) {
        if (interval.endMs <= interval.startMs)
            continue;
        if (!result.isEmpty() && interval.startMs <= result.last().endMs)
            result.last().endMs = std::max(result.last().endMs, interval.endMs);
        else
            result.append(interval);
    }
    return result;
}

CoverageTimeline::Intervals CoverageTimeline::united(const Intervals& a, const Intervals& b) {
    return normalized(a + b);
}

CoverageTimeline::Intervals CoverageTimeline::intersected(const Intervals& a, const Intervals& b) {
    Intervals result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].startMs, b[j].startMs);
        const qint64 end = std::min(a[i].endMs, b[j].endMs);
        if (start < end)
            result.append({start, end});
        if (a[i].endMs < b[j].endMs)
            ++i;
        else
            ++j;
    }
    return result;
}

CoverageTimeline::Intervals CoverageTimeline::subtracted(const Intervals& a, const Intervals& b) {
    Intervals result;
    qsizetype j = 0;
    for (const Interval& interval : a) {
        qint64 start = interval.startMs;
        while (j < b.size() && b[j].endMs <= start)
            ++j;
        for (qsizetype k = j; k < b.size() && b[k].startMs < interval.endMs; ++k) {
            if (b[k].startMs > start)
                result.append({start, b[k].startMs});
            start = std::max(start, b[k].endMs);
        }
        if (start < interval.endMs)
            result.append({start, interval.endMs});
    }
    return result;
}

CoverageTimeline::Intervals CoverageTimeline::occurrences(const TimeWindow& window, const Interval& range,
                                                          const QTimeZone& fallbackZone) {
    if (window.days.empty() || !window.start.isValid() || !window.end.isValid() ||
        range.endMs <= range.startMs)
        return {};
    const QTimeZone zone = window.timeZone.isEmpty() ? fallbackZone : QTimeZone(window.timeZone.toUtf8());
    if (!zone.isValid())
        return {};
    // From the day before the range: the previous day's overnight occurrence reaches into it.
    const QDate first = QDateTime::fromMSecsSinceEpoch(range.startMs, zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(range.endMs - 1, zone).date();
    Intervals result;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (!window.days.contains(static_cast<Weekday>(date.dayOfWeek())))
            continue;
        const qint64 start = instantOf(date, window.start, zone);
        const qint64 end = instantOf(window.isOvernight() ? date.addDays(1) : date, window.end, zone);
        result.append({std::max(start, range.startMs), std::min(end, range.endMs)});
    }
    return normalized(result);
}

CoverageTimeline CoverageTimeline::build(const SiteData& site, const PartnerData& partner, const QDate& day) {
    CoverageTimeline t;
    t.m_coverage = site.site.coverage;
    t.m_zone = QTimeZone(site.site.timeZone.toUtf8());
    if (site.site.timeZone.isEmpty() || !t.m_zone.isValid()) {
        t.m_zone = QTimeZone::utc();
        t.m_notes.append(
            site.site.timeZone.isEmpty()
                ? tr("The site has no time zone; the week is shown in UTC. Set the site's time zone.")
                : tr("The site's time zone \"%1\" is not known; the week is shown in UTC.")
                      .arg(site.site.timeZone));
    }
    t.m_monday = mondayOf(day.isValid() ? day : QDate(2024, 1, 1));
    t.m_week = {instantOf(t.m_monday, QTime(0, 0), t.m_zone),
                instantOf(t.m_monday.addDays(7), QTime(0, 0), t.m_zone)};
    t.m_mondayWallMs = QDateTime(t.m_monday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

    const QDateTime weekStart = QDateTime::fromMSecsSinceEpoch(t.m_week.startMs, QTimeZone::utc());
    const QDateTime weekEnd = QDateTime::fromMSecsSinceEpoch(t.m_week.endMs, QTimeZone::utc());
    for (const QTimeZone::OffsetData& change : t.m_zone.transitions(weekStart, weekEnd)) {
        const qint64 at = change.atUtc.toMSecsSinceEpoch();
        if (at <= t.m_week.startMs || at >= t.m_week.endMs)
            continue;
        const qint64 before = t.localMs(at - 1) + 1;
        const int shift = int((t.localMs(at) - before) / msPerMinute);
        if (shift != 0)
            t.m_transitions.append({at, int(floorDiv(before - t.m_mondayWallMs, msPerMinute)), shift});
    }

    const Intervals week{t.m_week};
    switch (site.site.coverage) {
    case Coverage::None:
        t.m_notes.append(tr("The site has no help desk coverage."));
        break;
    case Coverage::Always:
        t.m_coverageHours = week;
        break;
    case Coverage::ExtendedHours:
    case Coverage::BusinessHours: {
        for (const TimeWindow& window : site.site.businessHours)
            t.m_coverageHours = united(t.m_coverageHours, occurrences(window, t.m_week, t.m_zone));
        if (site.site.businessHours.isEmpty()) {
            t.m_notes.append(site.site.coverage == Coverage::BusinessHours
                                 ? tr("The site's business hours are not set, so its business-hours coverage "
                                      "covers no time. Set the business hours.")
                                 : tr("The site's business hours are not set; its extended-hours coverage is "
                                      "Monday to Friday 06:00–22:00 only."));
        }
        if (site.site.coverage == Coverage::ExtendedHours) {
            // The product's definition of extended hours: business hours, plus every weekday from early
            // morning to late evening on the site's clock.
            const TimeWindow extended{
                {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday},
                QTime(6, 0),
                QTime(22, 0),
                QString()};
            t.m_coverageHours = united(t.m_coverageHours, occurrences(extended, t.m_week, t.m_zone));
        }
        break;
    }
    }
    if (site.site.activationStatus == ActivationStatus::Deactivated)
        t.m_notes.append(tr("The site is deactivated: the service does not answer for it."));

    Intervals inRule;
    Intervals reachable;
    for (const NotificationRule& rule : site.rules) {
        RuleLane lane;
        lane.ruleId = rule.id;
        lane.name = rule.name;
        lane.method = rule.method;
        lane.contacts = rule.escalationContacts;
        lane.window = occurrences(rule.window, t.m_week, t.m_zone);
        Intervals available;
        for (const QUuid& contactId : rule.escalationContacts) {
            auto known = std::find_if(t.m_contacts.cbegin(), t.m_contacts.cend(),
                                      [&](const ContactLane& c) { return c.contactId == contactId; });
            if (known == t.m_contacts.cend()) {
                ContactLane contactLane;
                contactLane.contactId = contactId;
                if (const PartnerContact* contact = partner.contact(contactId)) {
                    contactLane.name = contact->name;
                    contactLane.alwaysAvailable = contact->availability.isEmpty();
                    if (contactLane.alwaysAvailable)
                        contactLane.available = week;
                    for (const TimeWindow& window : contact->availability)
                        contactLane.available =
                            united(contactLane.available, occurrences(window, t.m_week, t.m_zone));
                } else {
                    contactLane.known = false;
                }
                t.m_contacts.append(contactLane);
                known = t.m_contacts.cend() - 1;
            }
            available = united(available, known->available);
        }
        lane.reachable = rule.method == RuleMethod::Phone ? intersected(lane.window, available) : lane.window;
        inRule = united(inRule, lane.window);
        reachable = united(reachable, lane.reachable);
        t.m_rules.append(lane);
    }

    for (const Interval& gap : dropShort(subtracted(t.m_coverageHours, inRule)))
        t.m_gaps.append({GapKind::NoRule, gap});
    for (const Interval& gap : dropShort(subtracted(intersected(t.m_coverageHours, inRule), reachable)))
        t.m_gaps.append({GapKind::ContactsUnavailable, gap});
    std::stable_sort(t.m_gaps.begin(), t.m_gaps.end(),
                     [](const Gap& a, const Gap& b) { return a.interval.startMs < b.interval.startMs; });
    return t;
}

CoverageTimeline::Intervals CoverageTimeline::gaps(GapKind kind) const {
    Intervals result;
    for (const Gap& gap : m_gaps) {
        if (gap.kind == kind)
            result.append(gap.interval);
    }
    return result;
}

qint64 CoverageTimeline::localMs(qint64 ms) const {
    return ms + qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) * 1000;
}

int CoverageTimeline::displayMinute(qint64 ms) const {
    return int(floorDiv(localMs(ms) - m_mondayWallMs, msPerMinute));
}

QList<CoverageTimeline::Span> CoverageTimeline::toDisplay(const Intervals& intervals) const {
    QList<Span> spans;
    for (const Interval& interval : intervals) {
        if (interval.endMs <= interval.startMs)
            continue;
        // Ends are exclusive: the end is drawn where the clock stands just after the last instant.
        const auto endMinute = [this](qint64 ms) {
            return -floorDiv(-(localMs(ms - 1) + 1 - m_mondayWallMs), msPerMinute);
        };
        qint64 start = displayMinute(interval.startMs);
        qint64 end = endMinute(interval.endMs);
        // Across a change the wall clock jumps; in autumn it runs back, so the span is what the clock
        // showed at any time in the interval.
        for (const Transition& change : m_transitions) {
            if (change.atMs <= interval.startMs || change.atMs >= interval.endMs)
                continue;
            start = std::min<qint64>(start, displayMinute(change.atMs));
            end = std::max<qint64>(end, endMinute(change.atMs));
        }
        start = std::clamp<qint64>(start, 0, displayMinutes);
        end = std::clamp<qint64>(end, 0, displayMinutes);
        if (start < end)
            spans.append({int(start), int(end)});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.startMinute < b.startMinute; });
    QList<Span> merged;
    for (const Span& span : spans) {
        if (!merged.isEmpty() && span.startMinute <= merged.last().endMinute)
            merged.last().endMinute = std::max(merged.last().endMinute, span.endMinute);
        else
            merged.append(span);
    }
    return merged;
}

QString CoverageTimeline::summary(const Intervals& intervals) const {
    // Split at midnight, then gather the same times on consecutive days.
    struct Run {
        int firstDay;
        int lastDay;
        int start;
        int end;
    };
    QList<Run> runs;
    for (const Span& span : toDisplay(intervals)) {
        for (int day = span.startMinute / minutesPerDay; day < 7 && day * minutesPerDay < span.endMinute;
             ++day) {
            const int start = std::max(span.startMinute - day * minutesPerDay, 0);
            const int end = std::min(span.endMinute - day * minutesPerDay, minutesPerDay);
            if (start >= end)
                continue;
            auto run = std::find_if(runs.begin(), runs.end(), [&](const Run& r) {
                return r.start == start && r.end == end && r.lastDay == day - 1;
            });
            if (run != runs.end())
                run->lastDay = day;
            else
                runs.append({day, day, start, end});
        }
    }
    QStringList parts;
    for (const Run& run : runs) {
        const QString days = run.firstDay == run.lastDay
                                 ? dayName(run.firstDay)
                                 : dayName(run.firstDay) + QStringLiteral("–") + dayName(run.lastDay);
        parts.append(QStringLiteral("%1 %2–%3").arg(days, clock(run.start), clock(run.end)));
    }
    return parts.join(QStringLiteral(", "));
}

QString CoverageTimeline::exactText(const Interval& interval) const {
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(interval.startMs, m_zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(interval.endMs, m_zone);
    const QString dayFormat = QStringLiteral("ddd d MMM HH:mm t");
    const QString from = locale.toString(start, dayFormat);
    const QString to =
        locale.toString(end, start.date() == end.date() ? QStringLiteral("HH:mm t") : dayFormat);
    const qint64 minutes = interval.durationMs() / msPerMinute;
    const QString duration = minutes % 60 == 0 ? tr("%n h", nullptr, int(minutes / 60))
                                               : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 – %2 (%3)").arg(from, to, duration);
}

} // namespace sitekeeper
