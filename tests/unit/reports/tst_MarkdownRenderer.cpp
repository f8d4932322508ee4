// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownRenderer.h"
#include "ReportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

// A ReportDocument as Markdown, checked line by line: structure, escaping, line breaks.
class tst_MarkdownRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryBlockKind() {
        const QString expected = uR"(# Summary: Acme \<script\> \& Sons

Prepared by \*Northwind\*

## Site

- **Name:** Acme \| HQ
- **Hours:** Mon 08:00; Tue 09:00

### Scope\_notes

\[link\](http://x) \`code\` \#1

## Readiness

- ✓ Coverage chosen
- ✗ References — 1 topic missing
- Plain item

| Rule | Problem |
| --- | --- |
| SK201 | a; b |
| SK1\|2 | \<b\>bold\</b\> |
)"_s;
        QCOMPARE(MarkdownRenderer::render(sampleDocument()), expected);
    }

    void escapingKeepsTextOnOneLine_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("plain") << u"Acme Sons"_s << u"Acme Sons"_s;
        QTest::addRow("emphasis") << u"*a* _b_ ~c~"_s << u"\\*a\\* \\_b\\_ \\~c\\~"_s;
        QTest::addRow("html") << u"<i>&amp;</i>"_s << u"\\<i\\>\\&amp;\\</i\\>"_s;
        QTest::addRow("backslash") << u"C:\\temp"_s << u"C:\\\\temp"_s;
        QTest::addRow("line breaks") << u"one\ntwo\r\nthree"_s << u"one two three"_s;
        QTest::addRow("heading") << u"# not a heading"_s << u"\\# not a heading"_s;
    }
    void escapingKeepsTextOnOneLine() {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownRenderer::escaped(text), escaped);
    }

    void anEmptyDocumentIsItsTitle() {
        ReportDocument doc;
        doc.title = u"Nothing"_s;
        QCOMPARE(MarkdownRenderer::render(doc), u"# Nothing\n\n\n"_s);
    }

    void writesUtf8AndRefusesAFolderItCannotWrite() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"summary.md"_s);
        const QString text = MarkdownRenderer::render(sampleDocument());
        const auto written = MarkdownRenderer::writeFile(text, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);

        // A file where the folder should be: nothing can be written below it.
        const QString blocker = dir.filePath(u"blocker"_s);
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        const auto refused = MarkdownRenderer::writeFile(text, blocker + u"/s.md"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Io);
        QCOMPARE(refused.error().where, QDir::toNativeSeparators(blocker + u"/s.md"_s));
    }
};

QTEST_GUILESS_MAIN(tst_MarkdownRenderer)
#include "tst_MarkdownRenderer.moc"
