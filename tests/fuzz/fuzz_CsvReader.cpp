// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for CsvReader: arbitrary bytes go through decode() and read() (default options, and a
// small field limit with short rows padded), and whatever comes back must keep the promises of
// CsvReader.h. A broken promise traps, so libFuzzer saves the input as a crash. See README.md.
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace sitekeeper;

namespace {

void check(bool condition) {
    if (!condition)
        __builtin_trap();
}

bool wholeFileError(CsvError::Kind kind) {
    return kind == CsvError::Kind::EmptyFile || kind == CsvError::Kind::InvalidEncoding;
}

void checkDecode(const QByteArray& bytes) {
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    bool ok = false;
    const QString text = CsvReader::decode(bytes, &encoding, &ok);
    switch (encoding) {
    case CsvTable::Encoding::Utf8:
        // Valid UTF-8 without a BOM is taken as it is: nothing added, nothing dropped.
        check(ok && text.toUtf8() == bytes);
        break;
    case CsvTable::Encoding::Utf8WithBom:
        check(ok && bytes.startsWith("\xEF\xBB\xBF"));
        break;
    case CsvTable::Encoding::Windows1252:
        // One character per byte (after a UTF-8 BOM, if any), and never a failure.
        check(ok);
        check(text.size() == bytes.size() ||
              (bytes.startsWith("\xEF\xBB\xBF") && text.size() == bytes.size() - 3));
        break;
    case CsvTable::Encoding::Utf16LE:
    case CsvTable::Encoding::Utf16BE:
        check(!ok || text.size() <= bytes.size() / 2);
        break;
    }
    check(CsvReader::fromWindows1252(bytes).size() == bytes.size());
}

void checkError(const CsvError& error) {
    check(!error.message.isEmpty());
    if (wholeFileError(error.kind)) {
        check(error.row == 0 && error.column == 0 && error.line == 0);
        check(error.where().isEmpty());
    } else {
        check(error.row >= 1 && error.column >= 1 && error.line >= 1);
        check(!error.where().isEmpty());
    }
}

// Written back with CsvWriter (formulas left alone, the same delimiter) and read again, a table is the same.
void checkRoundTrip(const CsvTable& table, CsvReader::Options options) {
    CsvWriter::Options writing;
    writing.delimiter = table.delimiter;
    writing.neutraliseFormulas = false;
    const QByteArray written = CsvWriter::write(table.header, table.rows, writing);
    options.delimiter = table.delimiter;
    const CsvReader::Outcome again = CsvReader(options).read(written);
    check(again.ok());
    if (!again.ok())
        return;
    check(again.table().header == table.header);
    check(again.table().rows == table.rows);
    check(again.table().delimiter == table.delimiter);
}

void checkTable(const CsvTable& table, const CsvReader::Options& options) {
    check(!table.header.isEmpty());
    check(table.lines.size() == table.rows.size());
    for (const QString& name : table.header) {
        check(name == name.trimmed());
        check(name.size() <= options.maxFieldLength);
    }
    int previous = 1;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        check(table.rows.at(i).size() == table.header.size());
        check(table.lines.at(i) >= previous);
        previous = table.lines.at(i);
        for (const QString& field : table.rows.at(i)) {
            check(field.size() <= options.maxFieldLength);
            check(!field.contains(QChar(u'\0')));
        }
    }
    checkRoundTrip(table, options);
}

void checkRead(const QByteArray& bytes, const CsvReader::Options& options) {
    const CsvReader::Outcome outcome = CsvReader(options).read(bytes);
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    bool decoded = false;
    CsvReader::decode(bytes, &encoding, &decoded);
    if (outcome.ok()) {
        check(decoded && outcome.table().encoding == encoding);
        checkTable(outcome.table(), options);
    } else {
        checkError(outcome.error());
        check(decoded == (outcome.error().kind != CsvError::Kind::InvalidEncoding));
        if (outcome.error().kind == CsvError::Kind::RaggedRow && options.padShortRows)
            check(outcome.error().column > 1); // only a long row is refused when short ones are padded
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkDecode(bytes);
    checkRead(bytes, CsvReader::Options{});

    CsvReader::Options small;
    small.maxFieldLength = 8;
    small.padShortRows = true;
    checkRead(bytes, small);
    return 0;
}
