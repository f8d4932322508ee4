// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Escalation.h"
#include "Result.h"
#include "Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sitekeeper {

// Imports the escalations a partner exports from its PSA as CSV: the tickets the service assigned back
// to the partner. Two steps, so that a person sees what will happen before anything is written:
// preview() reads the file and says for every row whether it is new, an update, unchanged or invalid
// (with the column and why); import() then writes the previewed rows through Workspace::importBundle, in
// one transaction, and refuses to write anything when a row is invalid.
//
// Columns are recognised by their header, case-insensitively, under the names PSAs use (see
// columnAliases()); date, site and category are required. Sites are matched by name, case-insensitively.
// Rows get deterministic ids (a UUID v5 of the site and the ticket; without a ticket, of the row's
// values and how many identical rows came before it), so importing the same file again updates and
// never duplicates. A ticket listed twice for one site is an invalid row.
//
// Reasons: the snake_case keys and their usual English forms ("Missing info", "Could not reach" ...).
// A file without a reason column counts every escalation as out of scope (the entity's default, noted
// in the preview); an empty cell in a reason column is an invalid row, because the export meant to say.
class EscalationImport {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::EscalationImport)

public:
    enum class Column { Date, Site, Category, Reason, Ticket, Summary };
    enum class Outcome { New, Update, Unchanged, Invalid };

    struct Row {
        int row = 0;  // as a spreadsheet numbers it (the header is row 1)
        int line = 0; // physical line in the file
        Outcome outcome = Outcome::Invalid;
        Escalation escalation; // filled as far as the row could be read
        QString column;        // the header of the offending column, for invalid rows
        QString message;       // why the row is invalid

        // "row 12, column 'Date': ..."
        QString problem() const;
    };

    struct Preview {
        QList<Row> rows;
        CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
        QChar delimiter;
        QStringList notes; // things to tell the user that are not errors ("read as Windows-1252")

        int count(Outcome outcome) const;
        bool hasErrors() const { return count(Outcome::Invalid) > 0; }
        // The first `limit` invalid rows, one problem() per line, and "... and N more".
        QString errorText(int limit = 10) const;
        QJsonObject toJson() const;
    };

    explicit EscalationImport(Workspace& workspace);

    // Reads and checks a file without writing anything. A file that cannot be read as CSV, or lacks a
    // required column, is an error naming the row and column, or what is missing and the header found.
    Result<Preview> preview(const QByteArray& bytes) const;
    // Writes the valid rows of `preview` (all or nothing); refuses a preview with invalid rows.
    Result<Workspace::ImportSummary> import(const Preview& preview);

    // The header names recognised for a column, lower case.
    static QStringList columnAliases(Column column);
    static QString columnName(Column column);
    static QString outcomeName(Outcome outcome);
    // yyyy-MM-dd, MM/dd/yyyy, dd.MM.yyyy, yyyy/MM/dd, each optionally followed by a time
    // ("2024-06-03T14:05:00Z", "6/3/2024 2:05 PM"); the date is taken as written, whatever the zone.
    static std::optional<QDate> parseDate(QStringView text);
    static std::optional<EscalationReason> parseReason(QStringView text);
    // The deterministic id of an escalation; `occurrence` counts identical ticketless rows before it.
    static QUuid idFor(const Escalation& escalation, int occurrence = 0);

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
