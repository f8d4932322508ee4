// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QString>

namespace sitekeeper {

// A ReportDocument as HTML for QTextDocument, which PdfWriter lays out: QTextDocument knows a subset
// of CSS (no floats, no flexbox), so tables do the layout, margins are in pixels and font sizes in
// points. Every text is escaped; line breaks inside a value become <br>.
class HtmlRenderer {
public:
    static QString render(const ReportDocument& document);
    // The style sheet render() puts in the head.
    static QString css();
    // `text` escaped for HTML, its line breaks as <br>.
    static QString escaped(const QString& text);
};

} // namespace sitekeeper
