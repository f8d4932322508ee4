// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringDecoder>

#include <array>

namespace sitekeeper {

namespace {

constexpr char16_t quote = u'"';
constexpr char16_t cr = u'\r';
constexpr char16_t lf = u'\n';

// Bytes 0x80-0x9F of Windows-1252; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Whether every UTF-16 surrogate in `text` is half of a pair.
bool surrogatesPaired(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isLowSurrogate())
            return false;
        if (text[i].isHighSurrogate()) {
            if (i + 1 == text.size() || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        }
    }
    return true;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool* ok) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    // A stateless decoder silently drops a trailing half of a UTF-16 unit, and Qt's UTF-16 decoder passes
    // unpaired surrogates through without an error (UTF-8 output turns them into '?'): both are damage.
    const bool utf16 = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE;
    *ok = !decoder.hasError() && !(utf16 && (bytes.size() % 2 != 0 || !surrogatesPaired(text)));
    return text;
}

// Which UTF-16 byte order the NUL bytes of BOM-less text suggest: mostly-ASCII UTF-16 has a zero in
// every other byte, at odd offsets for little endian, at even ones for big endian.
std::optional<CsvTable::Encoding> utf16ByNuls(const QByteArray& bytes) {
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    const qsizetype pairs = sample / 2;
    if (pairs == 0)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs)
        return CsvTable::Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs)
        return CsvTable::Encoding::Utf16BE;
    return std::nullopt;
}

// One pass over the decoded text. Fields are cut out of the text as slices: a quoted field with doubled
// quotes is assembled from the runs between them, never character by character.
class Parser {
public:
    Parser(const QString& text, const CsvReader::Options& options, QChar delimiter)
        : m_data(text.constData())
        , m_size(text.size())
        , m_options(options)
        , m_delimiter(delimiter.unicode()) {}

    void skipTo(qsizetype pos, int line) {
        m_pos = pos;
        m_line = line;
    }

    // Skips blank lines; false at the end of the text.
    bool atRecord() {
        while (m_pos < m_size && (m_data[m_pos] == cr || m_data[m_pos] == lf))
            endLine();
        return m_pos < m_size;
    }

    int line() const { return m_line; }

    // Reads one record (the caller checked atRecord()); `row` is only for error messages.
    std::optional<CsvError> readRecord(QStringList& fields, int row) {
        for (;;) {
            const int column = int(fields.size()) + 1;
            if (m_pos < m_size && m_data[m_pos] == quote) {
                if (auto error = readQuoted(fields, row, column))
                    return error;
            } else if (auto error = readPlain(fields, row, column)) {
                return error;
            }
            if (m_pos < m_size && m_data[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            if (m_pos < m_size)
                endLine();
            return std::nullopt;
        }
    }

private:
    void endLine() {
        if (m_data[m_pos] == cr && m_pos + 1 < m_size && m_data[m_pos + 1] == lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    CsvError error(CsvError::Kind kind, int row, int column, int line, const QString& message) const {
        return CsvError{kind, row, column, line, message};
    }

    CsvError tooLong(int row, int column, int line) const {
        return error(CsvError::Kind::FieldTooLong, row, column, line,
                     CsvReader::tr("The field is longer than %n characters. Check that its quotes are "
                                   "balanced, or shorten it.",
                                   nullptr, int(m_options.maxFieldLength)));
    }

    CsvError nul(int row, int column) const {
        return error(CsvError::Kind::NulCharacter, row, column, m_line,
                     CsvReader::tr("The field contains a NUL character; this is not a text file, or it "
                                   "was damaged. Export it again."));
    }

    std::optional<CsvError> readPlain(QStringList& fields, int row, int column) {
        const qsizetype start = m_pos;
        const bool strict = m_options.quotes == CsvReader::QuoteMode::Strict;
        for (; m_pos < m_size; ++m_pos) {
            const char16_t c = m_data[m_pos].unicode();
            if (c == m_delimiter || c == cr || c == lf)
                break;
            if (c == 0)
                return nul(row, column);
            if (c == quote && strict)
                return error(CsvError::Kind::StrayQuote, row, column, m_line,
                             CsvReader::tr("A quote in the middle of an unquoted field. Put the whole field "
                                           "in quotes and double the quotes inside it (\"\")."));
        }
        if (m_pos - start > m_options.maxFieldLength)
            return tooLong(row, column, m_line);
        fields.append(QString(m_data + start, m_pos - start));
        return std::nullopt;
    }

    std::optional<CsvError> readQuoted(QStringList& fields, int row, int column) {
        const int openLine = m_line;
        ++m_pos; // the opening quote
        QString value;
        qsizetype runStart = m_pos;
        for (;;) {
            if (m_pos >= m_size)
                return error(CsvError::Kind::UnterminatedQuote, row, column, openLine,
                             CsvReader::tr("The quoted field opened here is never closed. Add the closing "
                                           "quote, or double the quotes inside the field (\"\")."));
            const char16_t c = m_data[m_pos].unicode();
            if (c == quote) {
                value.append(m_data + runStart, m_pos - runStart);
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == quote) {
                    value.append(QChar(quote));
                    m_pos += 2;
                    runStart = m_pos;
                    if (value.size() > m_options.maxFieldLength)
                        return tooLong(row, column, openLine);
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == lf || (c == cr && !(m_pos + 1 < m_size && m_data[m_pos + 1] == lf)))
                ++m_line;
            else if (c == 0)
                return nul(row, column);
            ++m_pos;
            if (m_pos - runStart + value.size() > m_options.maxFieldLength)
                return tooLong(row, column, openLine);
        }
        if (m_pos < m_size) {
            const char16_t next = m_data[m_pos].unicode();
            if (next != m_delimiter && next != cr && next != lf)
                return error(CsvError::Kind::StrayQuote, row, column, m_line,
                             CsvReader::tr("Text follows the closing quote of a quoted field. Double the "
                                           "quotes inside the field (\"\")."));
        }
        fields.append(value);
        return std::nullopt;
    }

    const QChar* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    const CsvReader::Options& m_options;
    char16_t m_delimiter;
};

// The most frequent candidate outside quotes on the first line (ties in the order of `candidates`).
QChar detectDelimiter(QStringView text) {
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == quote)
            quoted = !quoted;
        else if (!quoted && (c == cr || c == lf))
            break;
        else if (!quoted)
            for (std::size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return QChar(candidates[best]);
}

// A header name without surrounding spaces or byte order marks. A U+FEFF is only a byte order mark at
// the very start of the file; one after blank lines, or a doubled one, decodes as a character that no
// spreadsheet shows but that would make "\uFEFFName" a different column from "Name".
QString headerName(QStringView field) {
    const auto ignorable = [](QChar c) {
        return c.isSpace() || c == QChar(0xFEFF);
    };
    while (!field.isEmpty() && ignorable(field.front()))
        field = field.sliced(1);
    while (!field.isEmpty() && ignorable(field.back()))
        field.chop(1);
    return field.toString();
}

} // namespace

QString CsvError::where() const {
    if (row == 0)
        return QString();
    return CsvReader::tr("row %1, column %2 (line %3)").arg(row).arg(column).arg(line);
}

QString CsvTable::encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

QString CsvReader::fromWindows1252(QByteArrayView bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, CsvTable::Encoding* encoding, bool* ok) {
    using Encoding = CsvTable::Encoding;
    bool valid = true;
    QString text;
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8WithBom;
        text = decodeWith(QStringConverter::Utf8, view.sliced(3), &valid);
        if (!valid) {
            *encoding = Encoding::Windows1252;
            text = fromWindows1252(view.sliced(3));
            valid = true;
        }
    } else if (view.startsWith("\xFF\xFE")) {
        *encoding = Encoding::Utf16LE;
        text = decodeWith(QStringConverter::Utf16LE, view.sliced(2), &valid);
    } else if (view.startsWith("\xFE\xFF")) {
        *encoding = Encoding::Utf16BE;
        text = decodeWith(QStringConverter::Utf16BE, view.sliced(2), &valid);
    } else if (const auto utf16 = utf16ByNuls(bytes)) {
        *encoding = *utf16;
        text = decodeWith(*utf16 == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                          view, &valid);
    } else {
        *encoding = Encoding::Utf8;
        text = decodeWith(QStringConverter::Utf8, view, &valid);
        if (!valid) {
            *encoding = Encoding::Windows1252;
            text = fromWindows1252(view);
            valid = true;
        }
    }
    if (ok)
        *ok = valid;
    return text;
}

CsvReader::Outcome CsvReader::read(const QByteArray& bytes) const {
    CsvTable table;
    bool decoded = true;
    const QString text = decode(bytes, &table.encoding, &decoded);
    if (!decoded)
        return CsvError{CsvError::Kind::InvalidEncoding, 0, 0, 0,
                        tr("The file looks like UTF-16 but is damaged (an odd number of bytes or a broken "
                           "character). Export it again, preferably as UTF-8 CSV.")};

    const QStringView rest(text);
    qsizetype start = 0;
    int startLine = 1;
    while (start < rest.size() && (rest[start] == cr || rest[start] == lf)) {
        if (rest[start] == lf || !(start + 1 < rest.size() && rest[start + 1] == lf))
            ++startLine;
        ++start;
    }
    if (start == rest.size())
        return CsvError{CsvError::Kind::EmptyFile, 0, 0, 0,
                        tr("The file is empty. Export it again with a header line naming the columns.")};

    // Excel's "sep=;" line names the delimiter and is not part of the data. A quote, a line break, NUL or
    // U+FEFF (dropped as a byte order mark at the start of a file) cannot delimit fields: a line naming
    // one is taken as the header.
    table.delimiter = m_options.delimiter;
    const QStringView first = rest.sliced(start);
    if (first.size() >= 5 && first.startsWith(u"sep=", Qt::CaseInsensitive) &&
        (first.size() == 5 || first[5] == cr || first[5] == lf) && first[4] != quote && first[4] != cr &&
        first[4] != lf && first[4] != u'\0' && first[4] != QChar(0xFEFF)) {
        if (table.delimiter.isNull())
            table.delimiter = first[4];
        start += 5;
    }
    if (table.delimiter.isNull())
        table.delimiter = detectDelimiter(rest.sliced(start));

    Parser records(text, m_options, table.delimiter);
    records.skipTo(start, startLine);
    if (!records.atRecord())
        return CsvError{CsvError::Kind::EmptyFile, 0, 0, 0,
                        tr("The file has no header line. Export it again with a header line naming the "
                           "columns.")};
    if (auto error = records.readRecord(table.header, 1))
        return *error;
    for (QString& name : table.header)
        name = headerName(name);

    const qsizetype width = table.header.size();
    while (records.atRecord()) {
        const int row = CsvTable::rowNumber(table.rows.size());
        const int line = records.line();
        QStringList fields;
        fields.reserve(width);
        if (auto error = records.readRecord(fields, row))
            return *error;
        if (fields.size() > width)
            return CsvError{CsvError::Kind::RaggedRow, row, int(width) + 1, line,
                            tr("The row has %1 fields but the header has %2. Put fields that contain "
                               "\"%3\" in quotes.")
                                .arg(fields.size())
                                .arg(width)
                                .arg(table.delimiter)};
        if (fields.size() < width) {
            if (!m_options.padShortRows)
                return CsvError{CsvError::Kind::RaggedRow, row, int(fields.size()) + 1, line,
                                tr("The row has %1 fields but the header has %2. Add the missing fields, "
                                   "even if empty.")
                                    .arg(fields.size())
                                    .arg(width)};
            while (fields.size() < width)
                fields.append(QString());
        }
        table.rows.append(std::move(fields));
        table.lines.append(line);
    }
    return table;
}

} // namespace sitekeeper
