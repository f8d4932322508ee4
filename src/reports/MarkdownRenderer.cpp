// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownRenderer.h"

#include <QDir>
#include <QSaveFile>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {
using Block = ReportDocument::Block;
using Mark = ReportDocument::Mark;
} // namespace

QString MarkdownRenderer::escaped(const QString& text) {
    // Characters that would start emphasis, code, links, HTML or break a table; line breaks would end
    // the list item or the table row they are in.
    static const QString special = u"\\`*_[]<>|&~#"_s;
    QString out;
    out.reserve(text.size());
    for (QChar c : text.simplified()) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString MarkdownRenderer::render(const ReportDocument& report) {
    QStringList lines;
    lines << u"# "_s + escaped(report.title) << QString() << escaped(report.subtitle);
    for (const ReportDocument::Section& section : report.sections) {
        lines << QString() << u"## "_s + escaped(section.title);
        for (const Block& block : section.blocks) {
            lines << QString();
            switch (block.kind) {
            case Block::Kind::Paragraph:
                lines << escaped(block.text);
                break;
            case Block::Kind::Subheading:
                lines << u"### "_s + escaped(block.text);
                break;
            case Block::Kind::Fields:
                for (const auto& [label, value] : block.fields) {
                    QStringList values;
                    for (const QString& line : value.split(u'\n'))
                        values << escaped(line);
                    lines << u"- **%1:** %2"_s.arg(escaped(label), values.join(u"; "_s));
                }
                break;
            case Block::Kind::Checklist:
                for (const Block::Item& item : block.items) {
                    QString line = u"- "_s;
                    if (item.mark != Mark::None)
                        line += item.mark == Mark::Passed ? u"✓ "_s : u"✗ "_s;
                    line += escaped(item.title);
                    if (!item.detail.isEmpty())
                        line += u" — "_s + escaped(item.detail);
                    lines << line;
                }
                break;
            case Block::Kind::Table: {
                QStringList header;
                QStringList rule;
                for (const QString& title : block.header) {
                    header << escaped(title);
                    rule << u"---"_s;
                }
                lines << u"| "_s + header.join(u" | "_s) + u" |"_s << u"| "_s + rule.join(u" | "_s) + u" |"_s;
                for (const QStringList& row : block.rows) {
                    QStringList cells;
                    for (const QString& cell : row)
                        cells << escaped(QString(cell).replace(u'\n', u"; "_s));
                    lines << u"| "_s + cells.join(u" | "_s) + u" |"_s;
                }
                break;
            }
            }
        }
    }
    lines << QString();
    return lines.join(u'\n');
}

Result<void> MarkdownRenderer::writeFile(const QString& text, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            tr("Cannot write the file: %1. Choose a folder you can write to.").arg(file.errorString()),
            QDir::toNativeSeparators(path), Error::Kind::Io};
    file.write(text.toUtf8());
    if (!file.commit())
        return Error{
            tr("Cannot write the file: %1. Check the free space and try again.").arg(file.errorString()),
            QDir::toNativeSeparators(path), Error::Kind::Io};
    return {};
}

} // namespace sitekeeper
