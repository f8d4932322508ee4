// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace sitekeeper {

// What the CSV imports (EscalationImport, ProfileImport) say about their previewed rows in the same
// words: each Row has `outcome`, `row`, `column` and `message`.
namespace ImportRows {

// "row 12, column 'Date': ..."
inline QString problem(int row, const QString& column, const QString& message) {
    return QCoreApplication::translate("sitekeeper::ImportRows", "row %1, column '%2': %3")
        .arg(row)
        .arg(column, message);
}

template <class Row, class Outcome>
int count(const QList<Row>& rows, Outcome outcome) {
    return int(
        std::count_if(rows.begin(), rows.end(), [outcome](const Row& r) { return r.outcome == outcome; }));
}

// The first `limit` rows with the outcome `invalid`, one problem() per line, and "... and N more".
template <class Row, class Outcome>
QString errorText(const QList<Row>& rows, Outcome invalid, int limit) {
    QStringList lines;
    int found = 0;
    for (const Row& row : rows) {
        if (row.outcome != invalid)
            continue;
        if (++found <= limit)
            lines << problem(row.row, row.column, row.message);
    }
    if (found > limit)
        lines << QCoreApplication::translate("sitekeeper::ImportRows", "... and %n more invalid row(s)",
                                             nullptr, found - limit);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ImportRows

} // namespace sitekeeper
