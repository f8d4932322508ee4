// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueue.h"

#include "AuditLog.h"
#include "ReviewActions.h"
#include "Store.h"
#include "Workspace.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace sitekeeper {

namespace {

QJsonValue dateValue(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The names of the approval types by key: the workspace's own, with the built-in ones as a fallback.
Result<QHash<QString, QString>> approvalTypeNames(Store& store) {
    QHash<QString, QString> names;
    for (const ApprovalType& type : ApprovalType::builtins())
        names.insert(type.key, type.displayName());
    ListQuery all;
    all.limit = -1;
    auto types = store.approvalTypes().list(all);
    if (!types)
        return types.error();
    for (const ApprovalType& type : std::as_const(types.value()))
        names.insert(type.key, type.displayName());
    return names;
}

} // namespace

ReviewQueue::ReviewQueue(Workspace& workspace)
    : m_workspace(workspace) {}

QDate ReviewQueue::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ReviewPolicy ReviewQueue::policy() const {
    return ReviewActions::policyOf(m_workspace);
}

Result<QList<ReviewQueue::Item>> ReviewQueue::items(int withinDays, Kind kind) const {
    const QDate day = today();
    const QDate dueBy = day.addDays(std::max(0, withinDays));
    const ReviewPolicy rules = policy();
    ReviewSource source(m_workspace.store());
    QList<Item> result;

    const AuditLog& audit = m_workspace.store().audit();
    const auto finish = [&](Item& item, const QDate& lastReviewed, ReviewState state) {
        item.lastReviewed = lastReviewed;
        if (lastReviewed.isValid()) {
            if (const auto attested =
                    audit.lastChangeOf(entityName(item.entity), item.id, QStringLiteral("last_reviewed")))
                item.attestedBy = attested->actor;
        }
        item.state = state;
        item.daysOverdue = std::max<qint64>(0, item.nextDue.daysTo(day));
        result.append(item);
    };

    if (kind != Kind::Approvers) {
        auto references = source.referencesDueBy(dueBy);
        if (!references)
            return references.error();
        for (const ReviewSource::ReferenceRow& row : references.value()) {
            Item item;
            item.entity = EntityKind::Reference;
            item.id = row.reference.id;
            item.siteId = row.reference.siteId;
            item.siteName = row.siteName;
            item.title = row.reference.title;
            item.nextDue = rules.nextDue(row.reference, day);
            finish(item, row.reference.lastReviewed, rules.state(row.reference, day));
        }
    }
    if (kind != Kind::References) {
        auto approvers = source.approversDueBy(dueBy, rules.approverIntervalDays);
        if (!approvers)
            return approvers.error();
        const auto names = approvalTypeNames(m_workspace.store());
        if (!names)
            return names.error();
        const QHash<QString, QString>& typeNames = names.value();
        for (const ReviewSource::ApproverRow& row : approvers.value()) {
            Item item;
            item.entity = EntityKind::Approver;
            item.id = row.approver.id;
            item.siteId = row.approver.siteId;
            item.siteName = row.siteName;
            const QString type = typeNames.value(row.approver.approvalType, row.approver.approvalType);
            item.title = row.personName.isEmpty() ? tr("%1 — person not found").arg(type)
                                                  : tr("%1 — %2").arg(type, row.personName);
            item.nextDue = rules.nextDue(row.approver, day);
            finish(item, row.approver.lastReviewed, rules.state(row.approver, day));
        }
    }

    // What needs doing first comes first: never reviewed, then the longest overdue, then the soonest due.
    std::sort(result.begin(), result.end(), [](const Item& a, const Item& b) {
        const auto key = [](const Item& item) {
            return std::tuple(item.state == ReviewState::Overdue ? 0 : 1, item.lastReviewed.isValid() ? 1 : 0,
                              item.nextDue.toJulianDay());
        };
        if (key(a) != key(b))
            return key(a) < key(b);
        if (const int bySite = QString::localeAwareCompare(a.siteName, b.siteName); bySite != 0)
            return bySite < 0;
        if (const int byTitle = QString::localeAwareCompare(a.title, b.title); byTitle != 0)
            return byTitle < 0;
        return a.id < b.id;
    });
    return result;
}

ReviewQueue::Summary ReviewQueue::summarize(const QList<Item>& items) {
    Summary summary;
    for (const Item& item : items) {
        if (item.state == ReviewState::Overdue)
            ++summary.overdue;
        else if (item.state == ReviewState::DueSoon)
            ++summary.due;
    }
    return summary;
}

Result<ReviewQueue::Counts> ReviewQueue::counts() const {
    const ReviewPolicy rules = policy();
    return ReviewSource(m_workspace.store()).counts(today(), rules.dueSoonDays, rules.approverIntervalDays);
}

namespace {

QList<ReviewActions::Target> targetsOf(const QList<ReviewQueue::Item>& items) {
    QList<ReviewActions::Target> targets;
    targets.reserve(items.size());
    for (const ReviewQueue::Item& item : items)
        targets.append({item.entity, item.id, item.title});
    return targets;
}

} // namespace

Result<void> ReviewQueue::attest(const QList<Item>& items) {
    return ReviewActions(m_workspace, today()).attest(targetsOf(items));
}

Result<void> ReviewQueue::retire(const QList<Item>& items) {
    return ReviewActions(m_workspace, today()).retire(targetsOf(items));
}

QJsonObject ReviewQueue::toJson(const QList<Item>& items) {
    QJsonArray array;
    for (const Item& item : items) {
        array.append(QJsonObject{
            {QStringLiteral("entity"), entityName(item.entity)},
            {QStringLiteral("id"), item.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("site"),
             item.siteName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.siteName)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("last_reviewed"), dateValue(item.lastReviewed)},
            {QStringLiteral("next_due"), dateValue(item.nextDue)},
            {QStringLiteral("state"), toString(item.state)},
        });
    }
    const Summary summary = summarize(items);
    return QJsonObject{
        {QStringLiteral("items"), array},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("overdue"), summary.overdue}, {QStringLiteral("due"), summary.due}}},
    };
}

Result<QJsonObject> ReviewQueue::dueJson(int withinDays) const {
    auto due = items(withinDays);
    if (!due)
        return due.error();
    return toJson(due.value());
}

} // namespace sitekeeper
