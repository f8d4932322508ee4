// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sitekeeper {

// A report as a small document: a title, a subtitle and sections of blocks (label/value fields,
// tables, checklists, paragraphs, subheadings). It holds plain text; each renderer (MarkdownRenderer,
// HtmlRenderer) escapes it for its format, so that every format says the same.
struct ReportDocument {
    enum class Mark { None, Passed, Missing };

    struct Block {
        enum class Kind { Fields, Table, Checklist, Paragraph, Subheading };
        struct Item {
            Mark mark = Mark::None;
            QString title;
            QString detail;

            bool operator==(const Item&) const = default;
        };

        Kind kind = Kind::Paragraph;
        QList<std::pair<QString, QString>> fields; // Fields: label, value (a value may hold line breaks)
        QStringList header;                        // Table
        QList<int> widths;                         // Table: per column, percent; 0 leaves it to the layout
        QList<QStringList> rows;                   // Table
        QList<Item> items;                         // Checklist
        QString text;                              // Paragraph, Subheading

        static Block paragraph(const QString& text) {
            Block b;
            b.text = text;
            return b;
        }
        static Block subheading(const QString& text) {
            Block b = paragraph(text);
            b.kind = Kind::Subheading;
            return b;
        }
        static Block table(const QStringList& header, const QList<int>& widths) {
            Block b;
            b.kind = Kind::Table;
            b.header = header;
            b.widths = widths;
            return b;
        }
        static Block fieldList(QList<std::pair<QString, QString>> fields) {
            Block b;
            b.kind = Kind::Fields;
            b.fields = std::move(fields);
            return b;
        }
        static Block checklist(QList<Item> items) {
            Block b;
            b.kind = Kind::Checklist;
            b.items = std::move(items);
            return b;
        }

        bool operator==(const Block&) const = default;
    };

    struct Section {
        QString title;
        QList<Block> blocks;

        bool operator==(const Section&) const = default;
    };

    QString title;
    QString subtitle;
    QList<Section> sections;

    bool operator==(const ReportDocument&) const = default;
};

} // namespace sitekeeper
