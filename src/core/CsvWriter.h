// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// Writes CSV that spreadsheets and CsvReader read back: RFC 4180 quoting (a field is quoted when it
// holds the delimiter, a quote, CR or LF; quotes inside are doubled), CRLF after every row, UTF-8 without
// a byte order mark unless asked for one (Excel on Windows needs it to detect UTF-8). A first field that
// starts with `sep=` is quoted too, or the first line would read as Excel's delimiter line.
//
// Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some,
// tab or CR) as a formula, so an exported name like `=HYPERLINK(...)` would act when the file is opened.
// Such a cell gets a leading apostrophe (`'=HYPERLINK(...)`), which spreadsheets show as text; negative
// numbers (`-5`) get one too. Turn it off (Options::neutraliseFormulas) only for files that no
// spreadsheet opens.
class CsvWriter {
public:
    struct Options {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = false;
        bool neutraliseFormulas = true;
    };

    CsvWriter() = default;
    explicit CsvWriter(Options options)
        : m_options(options) {}

    void writeRow(const QStringList& fields);
    // Everything written so far, encoded.
    QByteArray bytes() const;

    // One field as it appears in the file.
    QString field(const QString& value) const;

    // A whole file in one call.
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows, Options options);
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows) {
        return write(header, rows, Options{});
    }

private:
    Options m_options;
    QString m_text;
};

} // namespace sitekeeper
