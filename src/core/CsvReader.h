// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace sitekeeper {

// What a CsvReader found wrong, and where. Rows are numbered as a spreadsheet shows the file: the
// header is row 1, the first data row is row 2 (blank lines are skipped and not counted). Columns are
// 1-based field positions; `line` is the physical line of the file (1-based) for text editors.
struct CsvError {
    enum class Kind {
        EmptyFile,         // no bytes, or nothing but a byte order mark and blank lines
        InvalidEncoding,   // UTF-16 with a broken surrogate or an odd number of bytes
        UnterminatedQuote, // a quoted field that never closes: row/column/line of its opening quote
        StrayQuote,        // a quote inside an unquoted field (strict mode), or text after a closing quote
        NulCharacter,      // U+0000 in the text, after decoding
        FieldTooLong,      // a field longer than Options::maxFieldLength characters
        RaggedRow, // a row with more or fewer fields than the header: column of the first extra/missing
    };

    Kind kind = Kind::EmptyFile;
    int row = 0; // 0 when the error is about the whole file
    int column = 0;
    int line = 0;
    QString message; // translated, says what to do

    // "row 3, column 2 (line 5)", or empty for a whole-file error.
    QString where() const;
    Error toError() const { return Error{message, where()}; }
};

// A CSV file read into memory: the header (trimmed of spaces and stray byte order marks), the data rows
// as written (not trimmed), and where each row starts.
struct CsvTable {
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // physical line on which rows[i] starts
    QChar delimiter;
    Encoding encoding = Encoding::Utf8;

    // The spreadsheet row number of rows[index] (the header is row 1).
    static int rowNumber(qsizetype index) { return int(index) + 2; }
    // "UTF-8", "UTF-16 LE", "Windows-1252" ...: for "read as Windows-1252" notes.
    static QString encodingName(Encoding encoding);
};

// Reads CSV bytes as the files exported by spreadsheets and PSA tools come: RFC 4180 quoting (delimiters,
// doubled quotes and line breaks inside quotes), CRLF, LF or CR line ends, in UTF-8 (with or without
// BOM), UTF-16 LE/BE (with BOM, or without one when NUL bytes betray it) or, when the bytes are not valid
// UTF-8, Windows-1252 (the table says so, for a "read as Windows-1252" note).
//
// The delimiter is the most frequent of comma, semicolon and tab in the header line outside quotes
// (ties: comma, then semicolon, then tab); an Excel `sep=X` first line names it explicitly and is skipped
// (unless X is a quote, a line break, NUL or U+FEFF, which cannot delimit: then the line is the header).
// Blank lines are skipped. A quote inside an unquoted field (`5" monitor`) is kept as text by default, as
// spreadsheets do (QuoteMode::Lenient); QuoteMode::Strict refuses it. Text after a closing quote
// (`"a"b`) is always refused: it means a quote was not doubled, and guessing would shift the columns.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::CsvReader)

public:
    enum class QuoteMode { Lenient, Strict };

    struct Options {
        qsizetype maxFieldLength = 1024 * 1024; // characters
        // Short rows get empty fields instead of an error (long rows are always an error).
        bool padShortRows = false;
        QuoteMode quotes = QuoteMode::Lenient;
        QChar delimiter; // null: detect from the header line
    };

    class Outcome {
    public:
        Outcome(CsvTable table)
            : m_data(std::move(table)) {}
        Outcome(CsvError error)
            : m_data(std::move(error)) {}
        bool ok() const { return std::holds_alternative<CsvTable>(m_data); }
        explicit operator bool() const { return ok(); }
        const CsvTable& table() const& { return std::get<CsvTable>(m_data); }
        CsvTable&& table() && { return std::get<CsvTable>(std::move(m_data)); }
        const CsvError& error() const { return std::get<CsvError>(m_data); }

    private:
        std::variant<CsvTable, CsvError> m_data;
    };

    CsvReader() = default;
    explicit CsvReader(Options options)
        : m_options(options) {}

    Outcome read(const QByteArray& bytes) const;

    // The text of `bytes` in the encoding detected as read() does.
    static QString decode(const QByteArray& bytes, CsvTable::Encoding* encoding, bool* ok = nullptr);
    // Windows-1252 to text (the five undefined bytes become the C1 controls of the same value, as
    // Windows does).
    static QString fromWindows1252(QByteArrayView bytes);

private:
    Options m_options;
};

} // namespace sitekeeper
