// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSource.h"

#include "Database.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitekeeper {

namespace {

QString isoText(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// The records of live sites and the partner-wide ones. Dates are stored as ISO text, so that
// comparing the text compares the dates.
const QString liveSite = QStringLiteral("(x.site_id IS NULL OR s.deleted = 0)");
const QString neverReviewed = QStringLiteral("(x.last_reviewed IS NULL OR x.last_reviewed = '')");
const QString notRetired = QStringLiteral("coalesce(x.status, '') <> 'retired'");
// A reference's next review date, from its own interval.
const QString referenceDue =
    QStringLiteral("date(x.last_reviewed, '+' || x.review_interval_days || ' days')");

// `columns` qualified by the alias `x`, for a select that joins other tables.
QString qualified(const QString& selectColumns) {
    QStringList columns = selectColumns.split(QStringLiteral(", "));
    for (QString& column : columns)
        column.prepend(QStringLiteral("x."));
    return columns.join(QStringLiteral(", "));
}

} // namespace

ReviewSource::ReviewSource(Store& store)
    : m_store(store) {}

Result<QList<ReviewSource::ReferenceRow>> ReviewSource::referencesDueBy(const QDate& dueBy) const {
    const Repository<Reference>& references = m_store.references();
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, s.name FROM \"references\" x LEFT JOIN sites s ON s.id = x.site_id "
                       "WHERE x.deleted = 0 AND %2 AND %3 AND (%4 OR %5 <= ?)")
            .arg(qualified(references.selectColumns()), liveSite, notRetired, neverReviewed, referenceDue));
    query.addBindValue(isoText(dueBy));
    if (!query.exec())
        return m_store.database().sqlError(query.lastError(), tr("Reading the references due for review"));
    QList<ReferenceRow> rows;
    const int extra = references.selectedColumnCount();
    while (query.next())
        rows.append({references.fromRow(query), query.value(extra).toString()});
    return rows;
}

Result<QList<ReviewSource::ApproverRow>> ReviewSource::approversDueBy(const QDate& dueBy,
                                                                      int intervalDays) const {
    const Repository<Approver>& approvers = m_store.approvers();
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT %1, s.name, coalesce(p.full_name, c.name) FROM approvers x "
            "LEFT JOIN sites s ON s.id = x.site_id "
            "LEFT JOIN client_profiles p ON x.person_kind = 'client_profile' AND p.id = x.person_id "
            "AND p.deleted = 0 "
            "LEFT JOIN partner_contacts c ON x.person_kind = 'partner_contact' AND c.id = x.person_id "
            "AND c.deleted = 0 "
            "WHERE x.deleted = 0 AND %2 AND (%3 OR x.last_reviewed <= ?)")
            .arg(qualified(approvers.selectColumns()), liveSite, neverReviewed));
    // Due by `dueBy` means reviewed on or before `intervalDays` earlier: a plain comparison of the column.
    query.addBindValue(isoText(dueBy.addDays(-intervalDays)));
    if (!query.exec())
        return m_store.database().sqlError(query.lastError(), tr("Reading the approvers due for review"));
    QList<ApproverRow> rows;
    const int extra = approvers.selectedColumnCount();
    while (query.next())
        rows.append(
            {approvers.fromRow(query), query.value(extra).toString(), query.value(extra + 1).toString()});
    return rows;
}

Result<ReviewSource::Counts> ReviewSource::counts(const QDate& today, int dueSoonDays,
                                                  int approverIntervalDays) const {
    Counts counts;
    const auto read = [this](QSqlQuery& query, StateCounts& into) -> Result<void> {
        if (!query.exec())
            return m_store.database().sqlError(query.lastError(), tr("Counting the records due for review"));
        while (query.next()) {
            const int count = query.value(1).toInt();
            switch (query.value(0).toInt()) {
            case 0:
                into.current += count;
                break;
            case 1:
                into.due += count;
                break;
            default:
                into.overdue += count;
                break;
            }
        }
        return {};
    };

    // 2 overdue, 1 due within dueSoonDays, 0 current.
    QSqlQuery references(m_store.database().connection());
    references.setForwardOnly(true);
    references.prepare(
        QStringLiteral("SELECT CASE WHEN %1 OR %2 < ? THEN 2 WHEN %2 <= ? THEN 1 ELSE 0 END AS state, "
                       "count(*) FROM \"references\" x LEFT JOIN sites s ON s.id = x.site_id "
                       "WHERE x.deleted = 0 AND %3 AND %4 GROUP BY state")
            .arg(neverReviewed, referenceDue, liveSite, notRetired));
    references.addBindValue(isoText(today));
    references.addBindValue(isoText(today.addDays(dueSoonDays)));
    if (auto done = read(references, counts.references); !done)
        return done.error();

    QSqlQuery approvers(m_store.database().connection());
    approvers.setForwardOnly(true);
    approvers.prepare(
        QStringLiteral("SELECT CASE WHEN %1 OR x.last_reviewed < ? THEN 2 WHEN x.last_reviewed <= ? "
                       "THEN 1 ELSE 0 END AS state, count(*) FROM approvers x "
                       "LEFT JOIN sites s ON s.id = x.site_id WHERE x.deleted = 0 AND %2 "
                       "GROUP BY state")
            .arg(neverReviewed, liveSite));
    approvers.addBindValue(isoText(today.addDays(-approverIntervalDays)));
    approvers.addBindValue(isoText(today.addDays(dueSoonDays - approverIntervalDays)));
    if (auto done = read(approvers, counts.approvers); !done)
        return done.error();
    return counts;
}

} // namespace sitekeeper
