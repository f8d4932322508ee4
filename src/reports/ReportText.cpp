// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QLocale>
#include <QTimeZone>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

// "Monday to Friday", "Saturday and Sunday", "every day": runs of three or more days are ranges.
QString daysText(const std::set<Weekday>& days) {
    if (days.size() == 7)
        return ReportText::tr("every day");
    if (days.empty())
        return ReportText::tr("no days");
    QStringList parts;
    const QList<Weekday> week = allValues<Weekday>();
    for (qsizetype i = 0; i < week.size();) {
        if (!days.contains(week[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < week.size() && days.contains(week[end + 1]))
            ++end;
        if (end - i >= 2) {
            parts << ReportText::tr("%1 to %2").arg(displayName(week[i]), displayName(week[end]));
        } else {
            for (qsizetype d = i; d <= end; ++d)
                parts << displayName(week[d]);
        }
        i = end + 1;
    }
    return ReportText::joinWords(parts);
}

QString timeText(const QTime& time) {
    return time.toString(u"HH:mm"_s);
}

} // namespace

QString ReportText::dateText(const QDate& date) {
    // Day, month name, year: no reader mistakes 03/04 for the wrong month.
    return date.isValid() ? QLocale::c().toString(date, u"d MMM yyyy"_s) : tr("not set");
}

QString ReportText::joinWords(const QStringList& parts) {
    if (parts.size() <= 1)
        return parts.value(0);
    return tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(u", "_s), parts.last());
}

QString ReportText::capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ReportText::windowText(const TimeWindow& window, const QString& siteZone) {
    QString hours;
    if (window.start == window.end)
        hours = tr("all day");
    else if (window.isOvernight())
        hours = tr("%1 to %2 the next day").arg(timeText(window.start), timeText(window.end));
    else
        hours = u"%1–%2"_s.arg(timeText(window.start), timeText(window.end));
    QString text = capitalized(daysText(window.days)) + u", "_s + hours;
    if (!window.timeZone.isEmpty() && window.timeZone != siteZone)
        text += u" (%1)"_s.arg(window.timeZone);
    return text;
}

QString ReportText::zoneText(const QString& id) {
    if (id.isEmpty())
        return tr("not set");
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return id;
    const QString name = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, QLocale::c());
    return name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id);
}

} // namespace sitekeeper
