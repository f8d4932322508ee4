// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace sitekeeper {

using namespace Qt::StringLiterals;

namespace {

// The header and footer lines and text; the body's colours come with its HTML.
const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x5b, 0x64, 0x70);
const QColor kRule(0xd0, 0xd7, 0xde);

// QTextDocument breaks pages wherever a line falls, so a heading can end a page while what it heads
// starts the next one. A heading (with the headings right after it) moves to the next page when what
// follows it, up to a quarter page, would not fit below it.
void keepHeadingsWithNext(QTextDocument& doc, double pageHeight) {
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    auto isHeading = [](const QTextFrame::iterator& it) {
        return !it.currentFrame() && it.currentBlock().blockFormat().headingLevel() > 0;
    };
    auto rectOf = [&](const QTextFrame::iterator& it) {
        return it.currentFrame() ? layout->frameBoundingRect(it.currentFrame())
                                 : layout->blockBoundingRect(it.currentBlock());
    };
    bool afterHeading = false;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (!isHeading(it) || afterHeading) {
            afterHeading = isHeading(it);
            continue;
        }
        afterHeading = true;
        auto next = it;
        while (!next.atEnd() && isHeading(next))
            ++next;
        if (next.atEnd())
            break;
        const double top = rectOf(it).top();
        const double nextTop = rectOf(next).top();
        const double needed = nextTop - top + std::min(rectOf(next).height(), pageHeight / 4);
        const int page = int(top / pageHeight);
        if (page == int((top + needed) / pageHeight) || needed >= pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(it.currentBlock()).mergeBlockFormat(format);
    }
}

Error writeError(const QString& path, const QString& reason) {
    return Error{PdfWriter::tr("Cannot write the PDF: %1. Choose a folder you can write to, or close the "
                               "file if another program has it open.")
                     .arg(reason),
                 QDir::toNativeSeparators(path), Error::Kind::Io};
}

} // namespace

QFont PdfWriter::documentFont(double pointSize) {
    QFont font;
    // The first family the system has wins: the platforms' own clean sans serifs, then DejaVu (Linux).
    font.setFamilies({u"Segoe UI"_s, u"Helvetica Neue"_s, u"Arial"_s, u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

Result<void> PdfWriter::write(const QString& path, const PageFrame& frame,
                              const std::function<QString(int attempt)>& htmlForAttempt, int attempts,
                              double pointSize) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{PdfWriter::tr("PDF output needs the graphical application object (QGuiApplication); "
                                   "this program did not create one."),
                     QDir::toNativeSeparators(path), Error::Kind::Unavailable};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(frame.title);
    writer.setCreator(u"Sitekeeper"_s);

    const double mm = writer.resolution() / 25.4;
    const double width = writer.width();
    const bool hasHeader = !frame.headerLeft.isEmpty() || !frame.headerRight.isEmpty();
    const double headerHeight = hasHeader ? 12 * mm : 0;
    const double footerHeight = 12 * mm;
    const double bodyHeight = writer.height() - headerHeight - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(documentFont(pointSize));
    doc.setPageSize(QSizeF(width, bodyHeight));
    for (int attempt = 0; attempt < attempts; ++attempt) {
        doc.setHtml(htmlForAttempt(attempt));
        if (doc.pageCount() <= 1)
            break;
    }
    keepHeadingsWithNext(doc, bodyHeight);

    QPainter painter;
    if (!painter.begin(&writer))
        return writeError(path, PdfWriter::tr("the PDF could not be started"));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = doc.pageCount();
    const QFont small = documentFont(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QPen(kRule, 0.25 * mm));
        if (hasHeader) {
            painter.drawLine(QPointF(0, headerHeight - 4 * mm), QPointF(width, headerHeight - 4 * mm));
            painter.setPen(kMuted);
            const QRectF band(0, 0, width, headerHeight - 5.5 * mm);
            painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, frame.headerLeft);
            painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, frame.headerRight);
        }
        const double footerTop = headerHeight + bodyHeight;
        painter.setPen(QPen(kRule, 0.25 * mm));
        painter.drawLine(QPointF(0, footerTop + 4 * mm), QPointF(width, footerTop + 4 * mm));
        painter.setPen(kMuted);
        const QRectF footer(0, footerTop + 5.5 * mm, width, footerHeight - 5.5 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, frame.footerLeft);
        if (frame.pageNumbers)
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             PdfWriter::tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, kInk);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return writeError(path, PdfWriter::tr("the PDF could not be finished"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace sitekeeper
