// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlRenderer.h"

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

using Block = ReportDocument::Block;
using Mark = ReportDocument::Mark;

QString colgroup(const Block& block, qsizetype column) {
    const int width = block.widths.value(column);
    return width > 0 ? u" width=\"%1%\""_s.arg(width) : QString();
}

} // namespace

QString HtmlRenderer::escaped(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString HtmlRenderer::css() {
    // QTextDocument takes margins in (96 dpi) pixels only, font sizes in points.
    return uR"(
body { color: #1f2937; }
h1 { font-size: 19pt; font-weight: 600; color: #16324f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #16324f; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 10pt; font-weight: 600; color: #1f2937; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 6px; }
p.subtitle { color: #5b6470; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-width: 0; margin-bottom: 4px; }
table.grid th { background-color: #eef2f6; color: #16324f; font-weight: 600; text-align: left;
                border-bottom: 1px solid #c3ccd6; }
table.grid td { border-bottom: 1px solid #e3e8ee; vertical-align: top; }
table.fields td { vertical-align: top; }
td.label { color: #5b6470; }
td.pass { color: #1a7f37; font-weight: 600; }
td.miss { color: #c0392b; font-weight: 600; }
span.detail { color: #5b6470; }
)"_s;
}

QString HtmlRenderer::render(const ReportDocument& report) {
    QString out = u"<html><head><style>"_s + css() + u"</style></head><body>"_s;
    out += u"<h1>%1</h1><p class=\"subtitle\">%2</p>"_s.arg(escaped(report.title), escaped(report.subtitle));
    for (const ReportDocument::Section& section : report.sections) {
        out += u"<h2>%1</h2>"_s.arg(escaped(section.title));
        for (const Block& block : section.blocks) {
            switch (block.kind) {
            case Block::Kind::Paragraph:
                out += u"<p>%1</p>"_s.arg(escaped(block.text));
                break;
            case Block::Kind::Subheading:
                out += u"<h3>%1</h3>"_s.arg(escaped(block.text));
                break;
            case Block::Kind::Fields:
                out += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
                for (const auto& [label, value] : block.fields)
                    out += u"<tr><td class=\"label\" width=\"24%\">%1</td><td>%2</td></tr>"_s.arg(
                        escaped(label), escaped(value));
                out += u"</table>"_s;
                break;
            case Block::Kind::Checklist:
                out += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
                for (const Block::Item& item : block.items) {
                    // An item without a mark has an empty mark cell, as it has no mark in Markdown.
                    const bool passed = item.mark == Mark::Passed;
                    const QString mark = passed ? u"✓"_s : item.mark == Mark::Missing ? u"✗"_s : QString();
                    out += u"<tr><td class=\"%1\" width=\"4%\">%2</td><td>%3"_s.arg(
                        passed ? u"pass"_s : u"miss"_s, mark, escaped(item.title));
                    if (!item.detail.isEmpty())
                        out += u"<br><span class=\"detail\">%1</span>"_s.arg(escaped(item.detail));
                    out += u"</td></tr>"_s;
                }
                out += u"</table>"_s;
                break;
            case Block::Kind::Table:
                out +=
                    u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_s;
                for (qsizetype c = 0; c < block.header.size(); ++c)
                    out += u"<th%1>%2</th>"_s.arg(colgroup(block, c), escaped(block.header[c]));
                out += u"</tr></thead>"_s;
                for (const QStringList& row : block.rows) {
                    out += u"<tr>"_s;
                    for (const QString& cell : row)
                        out += u"<td>%1</td>"_s.arg(escaped(cell));
                    out += u"</tr>"_s;
                }
                out += u"</table>"_s;
                break;
            }
        }
    }
    out += u"</body></html>"_s;
    return out;
}

} // namespace sitekeeper
