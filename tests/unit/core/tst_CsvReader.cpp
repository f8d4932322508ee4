// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
using Kind = CsvError::Kind;
using Encoding = CsvTable::Encoding;
Q_DECLARE_METATYPE(CsvError::Kind)
Q_DECLARE_METATYPE(CsvTable::Encoding)

namespace {

QByteArray encoded(QStringConverter::Encoding encoding, const QString& text, bool bom) {
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(text);
}

QByteArray bytes(const char* data, qsizetype size) {
    return QByteArray(data, size);
}

// QVERIFY2 builds its message before it checks: this works on either outcome.
QString describe(const CsvReader::Outcome& read) {
    if (read.ok())
        return u"read"_s;
    const CsvError& error = read.error();
    return u"%1 at %2: %3"_s.arg(int(error.kind)).arg(error.where(), error.message);
}

} // namespace

class tst_CsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("delimiter");

        QTest::addRow("comma, LF") << "a,b\n1,2\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}}
                                   << QList<int>{2} << u","_s;
        QTest::addRow("semicolon, CRLF")
            << "a;b\r\n1;2\r\n3;4\r\n"_ba << QStringList{u"a"_s, u"b"_s}
            << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 3} << u";"_s;
        QTest::addRow("tab, no final line end") << "a\tb\n1\t2"_ba << QStringList{u"a"_s, u"b"_s}
                                                << Rows{{u"1"_s, u"2"_s}} << QList<int>{2} << u"\t"_s;
        QTest::addRow("CR line ends")
            << "a,b\r1,2\r3,4\r"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
            << QList<int>{2, 3} << u","_s;
        QTest::addRow("delimiters inside header quotes do not count")
            << "\"x,y,z\";b\n1;2\n"_ba << QStringList{u"x,y,z"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}}
            << QList<int>{2} << u";"_s;
        QTest::addRow("single column") << "name\nAnn\nBob\n"_ba << QStringList{u"name"_s}
                                       << Rows{{u"Ann"_s}, {u"Bob"_s}} << QList<int>{2, 3} << u","_s;
        QTest::addRow("header trimmed, data kept") << " a , b \n 1 , 2 \n"_ba << QStringList{u"a"_s, u"b"_s}
                                                   << Rows{{u" 1 "_s, u" 2 "_s}} << QList<int>{2} << u","_s;
        QTest::addRow("quoted newline")
            << "a,b\n\"line1\nline2\",x\n3,4\n"_ba << QStringList{u"a"_s, u"b"_s}
            << Rows{{u"line1\nline2"_s, u"x"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 4} << u","_s;
        QTest::addRow("quoted CRLF kept as written")
            << "a\r\n\"x\r\ny\"\r\nz\r\n"_ba << QStringList{u"a"_s} << Rows{{u"x\r\ny"_s}, {u"z"_s}}
            << QList<int>{2, 4} << u","_s;
        QTest::addRow("quoted CR counts as a line")
            << "a\r\"x\ry\"\rz\r"_ba << QStringList{u"a"_s} << Rows{{u"x\ry"_s}, {u"z"_s}} << QList<int>{2, 4}
            << u","_s;
        QTest::addRow("doubled quotes")
            << "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << QStringList{u"a"_s, u"b"_s}
            << Rows{{u"say \"hi\""_s, u"\""_s}} << QList<int>{2} << u","_s;
        QTest::addRow("quoted delimiter") << "a,b\n\"x,y\",\"1;2\"\n"_ba << QStringList{u"a"_s, u"b"_s}
                                          << Rows{{u"x,y"_s, u"1;2"_s}} << QList<int>{2} << u","_s;
        QTest::addRow("empty fields") << "a,b,c\n,\"\",\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                      << Rows{{QString(), QString(), QString()}} << QList<int>{2} << u","_s;
        QTest::addRow("blank lines skipped")
            << "\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n"_ba << QStringList{u"a"_s, u"b"_s}
            << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{5, 8} << u","_s;
        QTest::addRow("quote inside an unquoted field is text (lenient)")
            << "a,b\n5\" monitor,x\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"5\" monitor"_s, u"x"_s}}
            << QList<int>{2} << u","_s;
        QTest::addRow("header only") << "a,b\r\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{} << QList<int>{}
                                     << u","_s;
        QTest::addRow("Excel sep= line") << "sep=;\na;b\n1,5;2\n"_ba << QStringList{u"a"_s, u"b"_s}
                                         << Rows{{u"1,5"_s, u"2"_s}} << QList<int>{3} << u";"_s;
        QTest::addRow("sep= naming a line break is the header")
            << "sep=\r\n1\n"_ba << QStringList{u"sep="_s} << Rows{{u"1"_s}} << QList<int>{2} << u","_s;
        QTest::addRow("sep= naming a quote is the header")
            << "sep=\"\n1\n"_ba << QStringList{u"sep=\""_s} << Rows{{u"1"_s}} << QList<int>{2} << u","_s;
        QTest::addRow("sep= naming U+FEFF is the header")
            << "sep=\xEF\xBB\xBF\n1\n"_ba << QStringList{u"sep="_s} << Rows{{u"1"_s}} << QList<int>{2}
            << u","_s;
        QTest::addRow("most frequent delimiter wins")
            << "a;b;c,d\n1;2;3,4\n"_ba << QStringList{u"a"_s, u"b"_s, u"c,d"_s}
            << Rows{{u"1"_s, u"2"_s, u"3,4"_s}} << QList<int>{2} << u";"_s;
        // Found by fuzz_CsvReader: a U+FEFF that is not at the start of the file named a column "\uFEFFname".
        QTest::addRow("byte order mark after blank lines is not part of the header")
            << "\r\n\xEF\xBB\xBFname\nAnn\n"_ba << QStringList{u"name"_s} << Rows{{u"Ann"_s}} << QList<int>{3}
            << u","_s;
        QTest::addRow("doubled byte order mark is not part of the header")
            << "\xEF\xBB\xBF\xEF\xBB\xBF a ,b\n1,2\n"_ba << QStringList{u"a"_s, u"b"_s}
            << Rows{{u"1"_s, u"2"_s}} << QList<int>{2} << u","_s;
        QTest::addRow("tie goes to comma") << "a,b;c\n1,2;3\n"_ba << QStringList{u"a"_s, u"b;c"_s}
                                           << Rows{{u"1"_s, u"2;3"_s}} << QList<int>{2} << u","_s;
    }

    void reads() {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QString, delimiter);
        const CsvReader::Outcome read = CsvReader().read(input);
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QCOMPARE(read.table().header, header);
        QCOMPARE(read.table().rows, rows);
        QCOMPARE(read.table().lines, lines);
        QCOMPARE(QString(read.table().delimiter), delimiter);
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("value");

        const QString text = u"Name;Note\r\nZoë Müller;“déjà vu” 👍\r\n"_s;
        const QString value = u"“déjà vu” 👍"_s;
        QTest::addRow("UTF-8") << encoded(QStringConverter::Utf8, text, false) << Encoding::Utf8 << value;
        QTest::addRow("UTF-8 with BOM")
            << encoded(QStringConverter::Utf8, text, true) << Encoding::Utf8WithBom << value;
        QTest::addRow("UTF-16 LE with BOM")
            << encoded(QStringConverter::Utf16LE, text, true) << Encoding::Utf16LE << value;
        QTest::addRow("UTF-16 BE with BOM")
            << encoded(QStringConverter::Utf16BE, text, true) << Encoding::Utf16BE << value;
        QTest::addRow("UTF-16 LE without BOM")
            << encoded(QStringConverter::Utf16LE, text, false) << Encoding::Utf16LE << value;
        QTest::addRow("UTF-16 BE without BOM")
            << encoded(QStringConverter::Utf16BE, text, false) << Encoding::Utf16BE << value;
        QTest::addRow("invalid UTF-8 is Windows-1252") << "Name;Note\r\nZo\xEB M\xFCller;\x93"
                                                          "d\xE9j\xE0 vu\x94 \x80 \x85\r\n"_ba
                                                       << Encoding::Windows1252 << u"“déjà vu” € …"_s;
        QTest::addRow("invalid UTF-8 after a BOM is Windows-1252")
            << "\xEF\xBB\xBFName;Note\r\nZo\xEB M\xFCller;\x93quoted\x94\r\n"_ba << Encoding::Windows1252
            << u"“quoted”"_s;
    }

    void encodings() {
        QFETCH(QByteArray, input);
        QFETCH(Encoding, encoding);
        QFETCH(QString, value);
        const CsvReader::Outcome read = CsvReader().read(input);
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QCOMPARE(read.table().encoding, encoding);
        QCOMPARE(read.table().header, (QStringList{u"Name"_s, u"Note"_s}));
        QCOMPARE(read.table().rows.size(), 1);
        QCOMPARE(read.table().rows[0][0], u"Zoë Müller"_s);
        QCOMPARE(read.table().rows[0][1], value);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("line");

        QTest::addRow("empty input") << QByteArray() << Kind::EmptyFile << 0 << 0 << 0;
        QTest::addRow("only a BOM") << "\xEF\xBB\xBF"_ba << Kind::EmptyFile << 0 << 0 << 0;
        QTest::addRow("only blank lines") << "\r\n\n\r"_ba << Kind::EmptyFile << 0 << 0 << 0;
        QTest::addRow("UTF-16 with an odd byte") << "\xFF\xFE"
                                                    "a\0b"_ba
                                                 << Kind::InvalidEncoding << 0 << 0 << 0;
        // Found by fuzz_CsvReader: Qt's UTF-16 decoder passes unpaired surrogates through.
        QTest::addRow("UTF-16 with an unpaired high surrogate") << "\xFF\xFE"
                                                                   "a\0,\0b\0\n\0x\0,\0\x2C\xD9y\0\n\0"_ba
                                                                << Kind::InvalidEncoding << 0 << 0 << 0;
        QTest::addRow("UTF-16 with an unpaired low surrogate") << "\xFE\xFF"
                                                                  "\0a\0,\0b\0\n\xDC\x00\0,\0y\0\n"_ba
                                                               << Kind::InvalidEncoding << 0 << 0 << 0;
        QTest::addRow("UTF-16 ending in a high surrogate") << "\xFF\xFE"
                                                              "a\0\n\0\x3D\xD8"_ba
                                                           << Kind::InvalidEncoding << 0 << 0 << 0;
        QTest::addRow("unterminated quote")
            << "a,b\n1,\"open\n2,3\n"_ba << Kind::UnterminatedQuote << 2 << 2 << 2;
        QTest::addRow("unterminated quote in the header")
            << "a,\"b\n"_ba << Kind::UnterminatedQuote << 1 << 2 << 1;
        QTest::addRow("text after a closing quote")
            << "a,b\n\"x\"y,2\n"_ba << Kind::StrayQuote << 2 << 1 << 2;
        QTest::addRow("NUL in an unquoted field")
            << bytes("a,b\n1,x\0y\n", 10) << Kind::NulCharacter << 2 << 2 << 2;
        QTest::addRow("NUL in a quoted field on its second line")
            << bytes("a,b\n1,\"x\ny\0\"\n", 13) << Kind::NulCharacter << 2 << 2 << 3;
        QTest::addRow("NUL in UTF-16 text") << encoded(QStringConverter::Utf16LE, u"a,b\n1,x\0\n"_s, true)
                                            << Kind::NulCharacter << 2 << 2 << 2;
        QTest::addRow("row with too many fields") << "a,b\n1,2\n1,2,3\n"_ba << Kind::RaggedRow << 3 << 3 << 3;
        QTest::addRow("row with too few fields") << "a,b,c\n1,2\n"_ba << Kind::RaggedRow << 2 << 3 << 2;
        QTest::addRow("ragged row after a multi-line field")
            << "a,b\n\"x\ny\",2\n\n1\n"_ba << Kind::RaggedRow << 3 << 2 << 5;
        QTest::addRow("unquoted field of 1 MiB + 1")
            << "a,b\n1,"_ba + QByteArray(1024 * 1024 + 1, 'x') + "\n"_ba << Kind::FieldTooLong << 2 << 2 << 2;
        QTest::addRow("quoted field of 1 MiB + 1")
            << "a\n\"x\ny"_ba + QByteArray(1024 * 1024 - 2, 'x') + "\"\n"_ba << Kind::FieldTooLong << 2 << 1
            << 2;
        QTest::addRow("quoted field of 1 MiB + 1 by doubled quotes")
            << "a\n\""_ba + QByteArray(1024 * 1024 - 1, 'x') + "\"\"\"\"\"\n"_ba << Kind::FieldTooLong << 2
            << 1 << 2;
    }

    void errors() {
        QFETCH(QByteArray, input);
        QFETCH(Kind, kind);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(int, line);
        const CsvReader::Outcome read = CsvReader().read(input);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, kind);
        QCOMPARE(read.error().row, row);
        QCOMPARE(read.error().column, column);
        QCOMPARE(read.error().line, line);
        QVERIFY(!read.error().message.isEmpty());
        QCOMPARE(read.error().where().isEmpty(), row == 0);
    }

    void errorNamesRowColumnAndLine() {
        const CsvReader::Outcome read = CsvReader().read("a,b\n\"x\ny\",2\n1,2,3\n"_ba);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where(), u"row 3, column 3 (line 4)"_s);
        QCOMPARE(read.error().toError().where, read.error().where());
    }

    void fieldOfExactlyTheLimitIsRead() {
        const QByteArray input = "a,b\n1,"_ba + QByteArray(1024 * 1024, 'x') + "\n\""_ba +
                                 QByteArray(1024 * 1024 - 1, 'y') + "\"\"\",2\n"_ba;
        const CsvReader::Outcome read = CsvReader().read(input);
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QCOMPARE(read.table().rows[0][1].size(), 1024 * 1024);
        QCOMPARE(read.table().rows[1][0].size(), 1024 * 1024);
        QVERIFY(read.table().rows[1][0].endsWith(u"y\""_s));
    }

    void limitIsConfigurable() {
        CsvReader::Options options;
        options.maxFieldLength = 3;
        QVERIFY(CsvReader(options).read("a\nabc\n"_ba).ok());
        const CsvReader::Outcome read = CsvReader(options).read("a\nabc\n\"abcd\"\n"_ba);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Kind::FieldTooLong);
        QCOMPARE(read.error().row, 3);
    }

    void strictQuotesRefuseAQuoteInAnUnquotedField() {
        CsvReader::Options options;
        options.quotes = CsvReader::QuoteMode::Strict;
        const CsvReader::Outcome read = CsvReader(options).read("a,b\n1,5\" monitor\n"_ba);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Kind::StrayQuote);
        QCOMPARE(read.error().row, 2);
        QCOMPARE(read.error().column, 2);
        QVERIFY(CsvReader(options).read("a,b\n1,\"5\"\" monitor\"\n"_ba).ok());
    }

    void shortRowsPaddedOnRequest() {
        CsvReader::Options options;
        options.padShortRows = true;
        const CsvReader::Outcome read = CsvReader(options).read("a,b,c\n1\n1,2,3\n"_ba);
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QCOMPARE(read.table().rows, (Rows{{u"1"_s, QString(), QString()}, {u"1"_s, u"2"_s, u"3"_s}}));
        // Long rows are still an error: a field would be lost.
        QVERIFY(!CsvReader(options).read("a\n1,2\n"_ba).ok());
    }

    void givenDelimiterIsUsed() {
        CsvReader::Options options;
        options.delimiter = u'|';
        const CsvReader::Outcome read = CsvReader(options).read("a|b,c\n1|2,3\n"_ba);
        QVERIFY(read.ok());
        QCOMPARE(read.table().rows, (Rows{{u"1"_s, u"2,3"_s}}));
    }

    void windows1252Table() {
        QCOMPARE(CsvReader::fromWindows1252("\x80\x85\x8A\x91\x92\x93\x94\x96\x97\x99\x9F\xA0\xE9\xFF"),
                 u"€…Š‘’“”–—™Ÿ\u00A0éÿ"_s);
        // Undefined in Windows-1252: kept as the control character of the same value.
        QCOMPARE(CsvReader::fromWindows1252("\x81\x8D\x8F\x90\x9D"), u"\u0081\u008D\u008F\u0090\u009D"_s);
    }

    void manyRows() {
        // 200,000 rows x 8 columns: the size an import must handle quickly (release build: well under a
        // second; the figure is not asserted here, where the build may be a debug one).
        QByteArray input = "ticket,date,site,category,reason,summary,owner,note\r\n"_ba;
        const QByteArray row =
            "T-1000,2024-06-03,Contoso HQ,printing,missing_information,\"Plotter, 2nd floor\",ann,\"a \"\"b\"\"\"\r\n"_ba;
        input.reserve(input.size() + row.size() * 200'000);
        for (int i = 0; i < 200'000; ++i)
            input += row;
        const CsvReader::Outcome read = CsvReader().read(input);
        QVERIFY(read.ok());
        QCOMPARE(read.table().rows.size(), 200'000);
        QCOMPARE(read.table().rows.last().size(), 8);
        QCOMPARE(read.table().rows.last()[5], u"Plotter, 2nd floor"_s);
        QCOMPARE(read.table().rows.last()[7], u"a \"b\""_s);
        QCOMPARE(read.table().lines.last(), 200'001);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
