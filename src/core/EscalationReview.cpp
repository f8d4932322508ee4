// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationReview.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sitekeeper {

namespace {

using Topic = ReferenceTopic;

struct Mapping {
    const char16_t* category;
    QList<Topic> topics;
};

// PSA category names seen in practice, by key; a key that is itself a topic name maps to that topic.
const QList<Mapping>& mappings() {
    static const QList<Mapping> table = {
        {u"microsoft_365", {Topic::Email}},
        {u"office_365", {Topic::Email}},
        {u"m365", {Topic::Email}},
        {u"o365", {Topic::Email}},
        {u"exchange", {Topic::Email}},
        {u"outlook", {Topic::Email}},
        {u"mailbox", {Topic::Email}},
        {u"printer", {Topic::Printing}},
        {u"printers", {Topic::Printing}},
        {u"print", {Topic::Printing}},
        {u"network", {Topic::Vpn, Topic::RemoteAccess}},
        {u"vpn", {Topic::Vpn, Topic::RemoteAccess}},
        {u"remote_access", {Topic::RemoteAccess, Topic::Vpn}},
        {u"remote_desktop", {Topic::RemoteAccess, Topic::Vpn}},
        {u"rdp", {Topic::RemoteAccess, Topic::Vpn}},
        {u"lob", {Topic::LineOfBusinessApp}},
        {u"lob_app", {Topic::LineOfBusinessApp}},
        {u"application", {Topic::LineOfBusinessApp}},
        {u"2fa", {Topic::Mfa}},
        {u"multi_factor_authentication", {Topic::Mfa}},
        {u"password", {Topic::PasswordReset}},
        {u"account_lockout", {Topic::PasswordReset}},
        {u"new_user", {Topic::NewUserSetup}},
        {u"onboarding", {Topic::NewUserSetup}},
        {u"termination", {Topic::UserTermination}},
        {u"offboarding", {Topic::UserTermination}},
    };
    return table;
}

QStringList words(QStringView text) {
    return Escalation::categoryKey(text).split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

bool titleCovers(const Reference& reference, QStringView category) {
    const QStringList wanted = words(category);
    if (wanted.isEmpty())
        return false;
    const QStringList title = words(reference.title);
    return std::all_of(wanted.begin(), wanted.end(),
                       [&title](const QString& w) { return title.contains(w); });
}

// How well `reference` covers `category`: 0 not at all, higher is better.
int coverScore(const Reference& reference, QStringView category) {
    if (reference.status == ReferenceStatus::Retired)
        return 0;
    int score = 0;
    if (EscalationReview::topicsFor(category).contains(reference.topic))
        score = 4;
    else if (titleCovers(reference, category))
        score = 2;
    // The site's own runbook says more than a partner-wide one.
    if (score > 0 && !reference.siteId.isNull())
        ++score;
    return score;
}

std::optional<EscalationReview::Covering> findCovering(const QList<Reference>& references,
                                                       QStringView category) {
    const Reference* best = nullptr;
    int bestScore = 0;
    for (const Reference& reference : references) {
        const int score = coverScore(reference, category);
        if (score == 0)
            continue;
        const bool better =
            !best || score > bestScore ||
            (score == bestScore &&
             (reference.title < best->title ||
              (reference.title == best->title && reference.id.toString() < best->id.toString())));
        if (better) {
            best = &reference;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    return EscalationReview::Covering{best->id, best->title};
}

} // namespace

QString EscalationReview::Category::reasonsText() const {
    QList<EscalationReason> reasons = allValues<EscalationReason>();
    std::stable_sort(reasons.begin(), reasons.end(), [this](EscalationReason a, EscalationReason b) {
        return reasonCount(a) > reasonCount(b);
    });
    QStringList parts;
    for (EscalationReason reason : std::as_const(reasons)) {
        if (reasonCount(reason) > 0)
            parts << QStringLiteral("%1 %2").arg(reasonCount(reason)).arg(displayName(reason).toLower());
    }
    return parts.join(QStringLiteral(", "));
}

int EscalationReview::Summary::uncovered() const {
    return int(std::count_if(categories.begin(), categories.end(),
                             [](const Category& c) { return !c.covering.has_value(); }));
}

QList<ReferenceTopic> EscalationReview::topicsFor(QStringView category) {
    const QString key = Escalation::categoryKey(category);
    for (const Mapping& mapping : mappings()) {
        if (key == QStringView(mapping.category))
            return mapping.topics;
    }
    if (const auto topic = fromString<ReferenceTopic>(key); topic && *topic != ReferenceTopic::Other)
        return {*topic};
    return {};
}

bool EscalationReview::covers(const Reference& reference, QStringView category) {
    return coverScore(reference, category) > 0;
}

ReferenceTopic EscalationReview::suggestedTopic(QStringView category) {
    const QList<ReferenceTopic> topics = topicsFor(category);
    return topics.isEmpty() ? ReferenceTopic::Other : topics.constFirst();
}

QString EscalationReview::suggestedTitle(QStringView category) {
    return tr("%1: how to resolve").arg(Escalation::categoryDisplayName(Escalation::categoryKey(category)));
}

EscalationReview::Summary EscalationReview::review(const QList<Escalation>& escalations,
                                                   const QList<Reference>& references, const QDate& from,
                                                   const QDate& to) {
    Summary summary;
    if (!from.isValid() || !to.isValid() || from > to)
        return summary;

    QHash<QString, qsizetype> indexOf;
    QHash<QDate, int> byMonday;
    for (const Escalation& escalation : escalations) {
        if (escalation.date < from || escalation.date > to)
            continue;
        const QString key = Escalation::categoryKey(escalation.category);
        auto found = indexOf.constFind(key);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(key, summary.categories.size());
            Category category;
            category.category = key;
            summary.categories.append(category);
        }
        Category& category = summary.categories[*found];
        ++category.count;
        category.lastDate = std::max(category.lastDate, escalation.date);
        ++category.byReason[std::size_t(escalation.reason)];
        ++byMonday[escalation.date.addDays(1 - escalation.date.dayOfWeek())];
        ++summary.total;
    }

    for (Category& category : summary.categories) {
        category.covering = findCovering(references, category.category);
        category.suggestedTopic = suggestedTopic(category.category);
        category.suggestedTitle = suggestedTitle(category.category);
    }
    std::sort(summary.categories.begin(), summary.categories.end(), [](const Category& a, const Category& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.category < b.category;
    });

    for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday <= to; monday = monday.addDays(7)) {
        Week week;
        week.monday = monday;
        week.week = monday.weekNumber(&week.year);
        week.count = byMonday.value(monday);
        summary.weeks.append(week);
    }
    return summary;
}

} // namespace sitekeeper
