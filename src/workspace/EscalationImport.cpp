// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationImport.h"

#include "ImportRows.h"
#include "Store.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace sitekeeper {

namespace {

using Column = EscalationImport::Column;
using Outcome = EscalationImport::Outcome;

constexpr std::array<Column, 6> allColumns = {Column::Date,   Column::Site,   Column::Category,
                                              Column::Reason, Column::Ticket, Column::Summary};
constexpr std::array<Column, 3> requiredColumns = {Column::Date, Column::Site, Column::Category};

// Fixed forever: changing it would give every imported escalation a new id, and a second import would
// duplicate them all.
const QUuid idNamespace(QStringLiteral("{6f0c7a52-3b7e-4d61-9a2f-1c5e8d4b7a90}"));

// The column of each EscalationImport::Column in the file, -1 when absent.
using ColumnMap = std::array<int, 6>;

int& at(ColumnMap& map, Column column) {
    return map[std::size_t(column)];
}

const QRegularExpression& dateExpression() {
    // The date, then an optional time ("T14:05", " 2:05:09 PM", "T14:05:09.123+02:00") that is checked
    // for shape but not used: the review counts days.
    static const QRegularExpression expression(QStringLiteral(
        R"(^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})|(\d{1,2})\.(\d{1,2})\.)"
        R"((\d{4})|(\d{4})/(\d{1,2})/(\d{1,2}))(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)"
        R"(\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$)"));
    return expression;
}

QString reasonKey(QStringView text) {
    return Escalation::categoryKey(text);
}

} // namespace

QString EscalationImport::Row::problem() const {
    return ImportRows::problem(row, column, message);
}

int EscalationImport::Preview::count(Outcome outcome) const {
    return ImportRows::count(rows, outcome);
}

QString EscalationImport::Preview::errorText(int limit) const {
    return ImportRows::errorText(rows, Outcome::Invalid, limit);
}

QJsonObject EscalationImport::Preview::toJson() const {
    QJsonArray array;
    for (const Row& row : rows) {
        QJsonObject object{{QStringLiteral("row"), row.row},
                           {QStringLiteral("line"), row.line},
                           {QStringLiteral("outcome"), outcomeName(row.outcome)}};
        if (!row.escalation.id.isNull())
            object.insert(QStringLiteral("id"), row.escalation.id.toString(QUuid::WithoutBraces));
        if (row.outcome == Outcome::Invalid) {
            object.insert(QStringLiteral("column"), row.column);
            object.insert(QStringLiteral("message"), row.message);
        }
        array.append(object);
    }
    QJsonObject summary;
    for (Outcome outcome : {Outcome::New, Outcome::Update, Outcome::Unchanged, Outcome::Invalid})
        summary.insert(outcomeName(outcome), count(outcome));
    return QJsonObject{{QStringLiteral("encoding"), CsvTable::encodingName(encoding)},
                       {QStringLiteral("delimiter"), QString(delimiter)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("rows"), array}};
}

EscalationImport::EscalationImport(Workspace& workspace)
    : m_workspace(workspace) {}

QStringList EscalationImport::columnAliases(Column column) {
    switch (column) {
    case Column::Date:
        return {QStringLiteral("date"), QStringLiteral("date entered"), QStringLiteral("created"),
                QStringLiteral("opened"), QStringLiteral("entered")};
    case Column::Site:
        return {QStringLiteral("site"), QStringLiteral("company"), QStringLiteral("company name"),
                QStringLiteral("account"), QStringLiteral("client")};
    case Column::Category:
        return {QStringLiteral("category"), QStringLiteral("type"), QStringLiteral("sub type"),
                QStringLiteral("subtype"), QStringLiteral("issue type")};
    case Column::Reason:
        return {QStringLiteral("reason"), QStringLiteral("escalation reason"),
                QStringLiteral("assignment reason")};
    case Column::Ticket:
        return {QStringLiteral("ticket"), QStringLiteral("ticket #"), QStringLiteral("ticket number"),
                QStringLiteral("ticket id"), QStringLiteral("id")};
    case Column::Summary:
        return {QStringLiteral("summary"), QStringLiteral("title"), QStringLiteral("subject"),
                QStringLiteral("description")};
    }
    return {};
}

QString EscalationImport::columnName(Column column) {
    return columnAliases(column).constFirst();
}

QString EscalationImport::outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::New:
        return QStringLiteral("new");
    case Outcome::Update:
        return QStringLiteral("update");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

std::optional<QDate> EscalationImport::parseDate(QStringView text) {
    const QRegularExpressionMatch match = dateExpression().match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    QDate date;
    if (match.hasCaptured(1))
        date = QDate(number(1), number(2), number(3)); // yyyy-MM-dd
    else if (match.hasCaptured(4))
        date = QDate(number(6), number(4), number(5)); // MM/dd/yyyy
    else if (match.hasCaptured(7))
        date = QDate(number(9), number(8), number(7)); // dd.MM.yyyy
    else
        date = QDate(number(10), number(11), number(12)); // yyyy/MM/dd
    if (match.hasCaptured(13) && (number(13) > 23 || number(14) > 59 || number(15) > 60))
        return std::nullopt;
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<EscalationReason> EscalationImport::parseReason(QStringView text) {
    static const QHash<QString, EscalationReason> forms = [] {
        QHash<QString, EscalationReason> result;
        for (EscalationReason reason : allValues<EscalationReason>()) {
            result.insert(toString(reason), reason);
            result.insert(reasonKey(displayName(reason)), reason);
        }
        const std::initializer_list<std::pair<const char16_t*, EscalationReason>> more = {
            {u"Out of scope", EscalationReason::OutOfScope},
            {u"Not in scope", EscalationReason::OutOfScope},
            {u"Missing info", EscalationReason::MissingInformation},
            {u"Missing information", EscalationReason::MissingInformation},
            {u"Needs approval", EscalationReason::NeedsApproval},
            {u"Approval needed", EscalationReason::NeedsApproval},
            {u"Approval required", EscalationReason::NeedsApproval},
            {u"Unreachable", EscalationReason::Unreachable},
            {u"User unreachable", EscalationReason::Unreachable},
            {u"End user unreachable", EscalationReason::Unreachable},
            {u"Could not reach", EscalationReason::Unreachable},
            {u"No response", EscalationReason::Unreachable},
        };
        for (const auto& [form, reason] : more)
            result.insert(reasonKey(QStringView(form)), reason);
        return result;
    }();
    const auto found = forms.constFind(reasonKey(text));
    if (found == forms.constEnd())
        return std::nullopt;
    return *found;
}

QUuid EscalationImport::idFor(const Escalation& escalation, int occurrence) {
    const QString site = escalation.siteId.toString(QUuid::WithoutBraces);
    if (!escalation.ticket.isEmpty())
        return QUuid::createUuidV5(
            idNamespace, QStringList{site, QStringLiteral("ticket"), escalation.ticket}.join(QChar(0x1F)));
    return QUuid::createUuidV5(idNamespace,
                               QStringList{site, QStringLiteral("row"), escalation.date.toString(Qt::ISODate),
                                           escalation.category, toString(escalation.reason),
                                           escalation.summary, QString::number(occurrence)}
                                   .join(QChar(0x1F)));
}

Result<EscalationImport::Preview> EscalationImport::preview(const QByteArray& bytes) const {
    const CsvReader::Outcome read = CsvReader().read(bytes);
    if (!read)
        return read.error().toError();
    const CsvTable& table = read.table();

    Preview preview;
    preview.encoding = table.encoding;
    preview.delimiter = table.delimiter;
    if (table.encoding == CsvTable::Encoding::Windows1252)
        preview.notes << tr("The file is not valid UTF-8; it was read as Windows-1252.");

    ColumnMap columns;
    columns.fill(-1);
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).toLower().simplified();
        for (Column column : allColumns) {
            if (at(columns, column) < 0 && columnAliases(column).contains(name)) {
                at(columns, column) = int(i);
                break;
            }
        }
    }
    QStringList missing;
    for (Column column : requiredColumns) {
        if (at(columns, column) < 0)
            missing << columnName(column);
    }
    if (!missing.isEmpty()) {
        QStringList expected;
        for (Column column : requiredColumns)
            expected << columnAliases(column).join(QStringLiteral(" / "));
        return Error{tr("The file has no %1 column. Required: %2. Header found: %3")
                         .arg(missing.join(QStringLiteral(", ")), expected.join(QStringLiteral("; ")),
                              table.header.join(QStringLiteral(", "))),
                     QString()};
    }
    if (at(columns, Column::Reason) < 0)
        preview.notes << tr("The file has no reason column; every escalation counts as out of scope.");

    // Sites by name, from one read of the site list.
    QHash<QString, QList<QUuid>> sitesByName;
    {
        ListQuery query;
        query.limit = -1;
        const auto sites = m_workspace.store().sites().list(query);
        if (!sites)
            return sites.error();
        for (const Site& site : sites.value())
            sitesByName[site.name.trimmed().toCaseFolded()].append(site.id);
    }

    Repository<Escalation>& escalations = m_workspace.store().escalations();
    QHash<QUuid, int> rowOfId;
    QHash<QString, int> occurrences;
    preview.rows.reserve(table.rows.size());
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const QStringList& fields = table.rows.at(index);
        Row row;
        row.row = CsvTable::rowNumber(index);
        row.line = table.lines.at(index);
        const auto cell = [&](Column column) {
            const int i = at(columns, column);
            return i < 0 ? QString() : fields.at(i).trimmed();
        };
        const auto invalid = [&](Column column, const QString& message) {
            row.outcome = Outcome::Invalid;
            row.column = table.header.at(at(columns, column));
            row.message = message;
            preview.rows.append(row);
        };
        Escalation& e = row.escalation;

        const QString siteName = cell(Column::Site);
        const QList<QUuid> sites = sitesByName.value(siteName.toCaseFolded());
        if (siteName.isEmpty()) {
            invalid(Column::Site, tr("The site is empty. Enter the site's name as it is in Sitekeeper."));
            continue;
        }
        if (sites.isEmpty()) {
            invalid(Column::Site,
                    tr("No site is named \"%1\". Add the site first, or correct the name.").arg(siteName));
            continue;
        }
        if (sites.size() > 1) {
            invalid(Column::Site,
                    tr("%1 sites are named \"%2\". Rename one of them.").arg(sites.size()).arg(siteName));
            continue;
        }
        e.siteId = sites.constFirst();

        const QString dateText = cell(Column::Date);
        const auto date = parseDate(dateText);
        if (!date) {
            invalid(Column::Date, dateText.isEmpty()
                                      ? tr("The date is empty.")
                                      : tr("\"%1\" is not a date. Use YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or "
                                           "YYYY/MM/DD.")
                                            .arg(dateText));
            continue;
        }
        e.date = *date;

        e.category = Escalation::categoryKey(cell(Column::Category));
        if (e.category.isEmpty()) {
            invalid(Column::Category, tr("The category is empty."));
            continue;
        }

        if (at(columns, Column::Reason) >= 0) {
            const QString reasonText = cell(Column::Reason);
            const auto reason = parseReason(reasonText);
            if (!reason) {
                QStringList accepted;
                for (EscalationReason r : allValues<EscalationReason>())
                    accepted << displayName(r);
                invalid(Column::Reason,
                        (reasonText.isEmpty() ? tr("The reason is empty.")
                                              : tr("\"%1\" is not a reason.").arg(reasonText)) +
                            QLatin1Char(' ') +
                            tr("Use one of: %1.").arg(accepted.join(QStringLiteral(", "))));
                continue;
            }
            e.reason = *reason;
        }
        e.ticket = cell(Column::Ticket);
        e.summary = cell(Column::Summary);

        if (e.ticket.isEmpty()) {
            const QString content = idFor(e).toString();
            e.id = idFor(e, occurrences[content]++);
        } else {
            e.id = idFor(e);
        }
        if (const auto earlier = rowOfId.constFind(e.id); earlier != rowOfId.constEnd()) {
            invalid(Column::Ticket, tr("Ticket \"%1\" is also on row %2.").arg(e.ticket).arg(*earlier));
            continue;
        }
        rowOfId.insert(e.id, row.row);

        const FieldErrors errors = e.validate();
        if (!errors.isEmpty()) {
            const FieldError& first = errors.constFirst();
            const QHash<QString, Column> byField{{QStringLiteral("date"), Column::Date},
                                                 {QStringLiteral("category"), Column::Category},
                                                 {QStringLiteral("ticket"), Column::Ticket},
                                                 {QStringLiteral("summary"), Column::Summary},
                                                 {QStringLiteral("reason"), Column::Reason}};
            const Column column = byField.value(first.field, Column::Site);
            invalid(at(columns, column) >= 0 ? column : Column::Site, first.message);
            continue;
        }

        const auto existing = escalations.get(e.id);
        row.outcome = !existing ? Outcome::New : *existing == e ? Outcome::Unchanged : Outcome::Update;
        preview.rows.append(row);
    }
    return preview;
}

Result<Workspace::ImportSummary> EscalationImport::import(const Preview& preview) {
    if (preview.hasErrors())
        return Error{
            tr("%n row(s) are invalid; nothing was imported.\n", nullptr, preview.count(Outcome::Invalid)) +
                preview.errorText(),
            QString()};
    Bundle bundle;
    bundle.escalations.reserve(preview.rows.size());
    for (const Row& row : preview.rows)
        bundle.escalations.append(row.escalation);
    auto summary = m_workspace.importBundle(bundle);
    // Views of escalations refresh; a null id stands for "many records".
    if (summary && summary->created + summary->updated > 0)
        Q_EMIT m_workspace.recordChanged(EntityKind::Escalation, QUuid());
    return summary;
}

} // namespace sitekeeper
