// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlRenderer.h"
#include "ReportTestSupport.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

// A ReportDocument as HTML for QTextDocument: the markup it makes, and what QTextDocument reads from
// it (the text a PDF shows).
class tst_HtmlRenderer : public QObject {
    Q_OBJECT

private:
    static QList<QTextTable*> tablesOf(QTextDocument& doc) {
        QList<QTextTable*> tables;
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
                tables << table;
        }
        return tables;
    }

    static QString cellText(QTextTable* table, int row, int column) {
        const QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    }

private Q_SLOTS:
    void markupEscapesAndKeepsLineBreaks() {
        const QString html = HtmlRenderer::render(sampleDocument());
        QVERIFY(html.startsWith(u"<html><head><style>"_s + HtmlRenderer::css() + u"</style></head><body>"_s));
        QVERIFY(html.endsWith(u"</body></html>"_s));
        for (const QString& expected : {
                 u"<h1>Summary: Acme &lt;script&gt; &amp; Sons</h1>"_s,
                 u"<p class=\"subtitle\">Prepared by *Northwind*</p>"_s,
                 u"<h2>Site</h2>"_s,
                 u"<tr><td class=\"label\" width=\"24%\">Hours</td><td>Mon 08:00<br>Tue 09:00</td></tr>"_s,
                 u"<h3>Scope_notes</h3>"_s,
                 u"<p>[link](http://x) `code` #1</p>"_s,
                 u"<td class=\"pass\" width=\"4%\">✓</td><td>Coverage chosen</td>"_s,
                 u"<td class=\"miss\" width=\"4%\">✗</td><td>References<br><span class=\"detail\">1 topic "
                 u"missing</span></td>"_s,
                 u"<th width=\"20%\">Rule</th><th>Problem</th>"_s,
                 u"<td>a<br>b</td>"_s,
                 u"<td>&lt;b&gt;bold&lt;/b&gt;</td>"_s,
             }) {
            QVERIFY2(html.contains(expected), qPrintable(expected + u"\n---\n"_s + html));
        }
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<b>bold"_s));
    }

    void qtTextDocumentReadsWhatWasMeant() {
        QTextDocument doc;
        doc.setHtml(HtmlRenderer::render(sampleDocument()));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(u"Summary: Acme <script> & Sons"_s), qPrintable(text));
        QVERIFY(text.contains(u"<b>bold</b>"_s)); // shown as typed, not as bold

        // Headings keep their level (PdfWriter keeps them with what follows).
        QList<int> levels;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (const int level = block.blockFormat().headingLevel(); level > 0)
                levels << level;
        }
        QCOMPARE(levels, (QList<int>{1, 2, 3, 2}));

        // Fields, checklist and table, in document order.
        const QList<QTextTable*> tables = tablesOf(doc);
        QCOMPARE(tables.size(), 3);
        QCOMPARE(tables[0]->rows(), 2);
        QCOMPARE(cellText(tables[0], 0, 1), u"Acme | HQ"_s);
        QCOMPARE(tables[1]->rows(), 3);
        QCOMPARE(cellText(tables[1], 0, 0), u"✓"_s);
        QCOMPARE(cellText(tables[1], 1, 0), u"✗"_s);
        QCOMPARE(cellText(tables[1], 2, 0), QString()); // no mark: as in Markdown
        QCOMPARE(tables[2]->rows(), 3);                 // the header and two rows
        QCOMPARE(tables[2]->columns(), 2);
        QCOMPARE(cellText(tables[2], 0, 0), u"Rule"_s);
        QCOMPARE(cellText(tables[2], 2, 0), u"SK1|2"_s);
    }

    void escapedTurnsLineBreaksIntoBreaks() {
        QCOMPARE(HtmlRenderer::escaped(u"a < b\n\"c\""_s), u"a &lt; b<br>&quot;c&quot;"_s);
    }
};

int main(int argc, char** argv) {
    // QTextDocument lays out with fonts, hence a QGuiApplication; no display is needed for that.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_HtmlRenderer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_HtmlRenderer.moc"
