// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class tst_CsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fields_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("written");

        QTest::addRow("plain") << u"Contoso HQ"_s << u","_s << u"Contoso HQ"_s;
        QTest::addRow("empty") << QString() << u","_s << QString();
        QTest::addRow("delimiter") << u"Smith, Ann"_s << u","_s << u"\"Smith, Ann\""_s;
        QTest::addRow("other delimiter is text") << u"Smith, Ann"_s << u";"_s << u"Smith, Ann"_s;
        QTest::addRow("semicolon delimiter") << u"a;b"_s << u";"_s << u"\"a;b\""_s;
        QTest::addRow("quote doubled") << u"5\" monitor"_s << u","_s << u"\"5\"\" monitor\""_s;
        QTest::addRow("LF") << u"line1\nline2"_s << u","_s << u"\"line1\nline2\""_s;
        QTest::addRow("CRLF") << u"line1\r\nline2"_s << u","_s << u"\"line1\r\nline2\""_s;
        QTest::addRow("spaces kept unquoted") << u"  padded  "_s << u","_s << u"  padded  "_s;
        QTest::addRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u","_s
                                   << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::addRow("formula +") << u"+1+2"_s << u","_s << u"'+1+2"_s;
        QTest::addRow("formula -") << u"-2+3"_s << u","_s << u"'-2+3"_s;
        QTest::addRow("negative number also neutralised") << u"-5"_s << u","_s << u"'-5"_s;
        QTest::addRow("formula @") << u"@SUM(A1)"_s << u","_s << u"'@SUM(A1)"_s;
        QTest::addRow("leading tab") << u"\t=1"_s << u","_s << u"'\t=1"_s;
        QTest::addRow("leading tab as delimiter") << u"\tx"_s << u"\t"_s << u"\"'\tx\""_s;
        QTest::addRow("leading CR") << u"\r=1"_s << u","_s << u"\"'\r=1\""_s;
        QTest::addRow("formula with delimiter") << u"=1,2"_s << u","_s << u"\"'=1,2\""_s;
        QTest::addRow("inner = is harmless") << u"a=b"_s << u","_s << u"a=b"_s;
        QTest::addRow("apostrophe already there") << u"'=x"_s << u","_s << u"'=x"_s;
    }

    void fields() {
        QFETCH(QString, value);
        QFETCH(QString, delimiter);
        QFETCH(QString, written);
        CsvWriter::Options options;
        options.delimiter = delimiter.front();
        QCOMPARE(CsvWriter(options).field(value), written);
    }

    void formulaProtectionCanBeTurnedOff() {
        CsvWriter::Options options;
        options.neutraliseFormulas = false;
        QCOMPARE(CsvWriter(options).field(u"=1+2"_s), u"=1+2"_s);
        QCOMPARE(CsvWriter(options).field(u"\r=1"_s), u"\"\r=1\""_s);
    }

    void fileHasCrlfAndNoBom() {
        const QByteArray bytes =
            CsvWriter::write({u"name"_s, u"note"_s}, {{u"Zoë"_s, u"a,b"_s}, {u"x"_s, QString()}});
        QCOMPARE(bytes, "name,note\r\nZo\xC3\xAB,\"a,b\"\r\nx,\r\n"_ba);
    }

    void bomOnRequest() {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        options.delimiter = u';';
        QCOMPARE(CsvWriter::write({u"a"_s, u"b"_s}, {{u"1"_s, u"2"_s}}, options), "\xEF\xBB\xBF"
                                                                                  "a;b\r\n1;2\r\n"_ba);
    }

    void singleEmptyFieldIsNotABlankLine() {
        CsvWriter writer;
        writer.writeRow({u"name"_s});
        writer.writeRow({QString()});
        QCOMPARE(writer.bytes(), "name\r\n\"\"\r\n"_ba);
        const CsvReader::Outcome read = CsvReader().read(writer.bytes());
        QVERIFY(read.ok());
        QCOMPARE(read.table().rows, Rows{{QString()}});
    }

    // Found by fuzz_CsvReader: a header written as "sep=;" was read back as Excel's delimiter line.
    void firstFieldLikeASepLineIsQuoted() {
        CsvWriter::Options options;
        options.delimiter = u';';
        const Rows rows{{u"1"_s, u"2"_s}};
        const QByteArray written = CsvWriter::write({u"SEP="_s, QString()}, rows, options);
        QCOMPARE(written, "\"SEP=\";\r\n1;2\r\n"_ba);
        CsvReader::Options reading;
        reading.delimiter = u';';
        const CsvReader::Outcome read = CsvReader(reading).read(written);
        QVERIFY(read.ok());
        QCOMPARE(read.table().header, (QStringList{u"SEP="_s, QString()}));
        QCOMPARE(read.table().rows, rows);
        // Only the first field of the first line can be mistaken for it.
        QCOMPARE(CsvWriter::write({u"a"_s, u"sep=x"_s}, {{u"sep=x"_s, u"b"_s}}), "a,sep=x\r\nsep=x,b\r\n"_ba);
    }

    void roundTrip_data() {
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addRow("comma") << u","_s << false;
        QTest::addRow("semicolon with BOM") << u";"_s << true;
        QTest::addRow("tab") << u"\t"_s << false;
    }

    void roundTrip() {
        QFETCH(QString, delimiter);
        QFETCH(bool, byteOrderMark);
        const QStringList header{u"name"_s, u"note"_s, u"formula"_s};
        const Rows hostile{
            {u"Smith, Ann"_s, u"said \"hi\"; left"_s, u"=cmd|' /C calc'!A0"_s},
            {u"\"\"\""_s, u"line1\r\nline2\nline3\rline4"_s, u"+SUM(1)"_s},
            {u"  spaces  "_s, u"tab\there"_s, u"-1"_s},
            {u"Zoë 👍 “curly”"_s, QString(), u"@x"_s},
            {QString(), u","_s, u"\t"_s},
            {u"'already"_s, u"sep=;"_s, u"\rcr"_s},
        };
        CsvWriter::Options options;
        options.delimiter = delimiter.front();
        options.byteOrderMark = byteOrderMark;

        options.neutraliseFormulas = false;
        const CsvReader::Outcome exact = CsvReader().read(CsvWriter::write(header, hostile, options));
        QVERIFY2(exact.ok(), qPrintable(exact.ok() ? QString() : exact.error().toError().toString()));
        QCOMPARE(exact.table().header, header);
        QCOMPARE(exact.table().rows, hostile);
        QCOMPARE(exact.table().delimiter, delimiter.front());

        // Neutralised: the formula cells come back with their apostrophe, and nothing else changes.
        options.neutraliseFormulas = true;
        const CsvReader::Outcome safe = CsvReader().read(CsvWriter::write(header, hostile, options));
        QVERIFY(safe.ok());
        Rows expected = hostile;
        for (QStringList& row : expected)
            row[2] = u"'"_s + row[2];
        QCOMPARE(safe.table().rows, expected);
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
