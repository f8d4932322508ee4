// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitekeeper {

// A ReportDocument as CommonMark with GitHub tables: "# title", "## section", fields as "- **label:**
// value", checklists with ✓ and ✗, tables as pipe tables. Every text is escaped, so a record's own
// characters never turn into markup, and a line break inside a value never ends a list item or a row.
class MarkdownRenderer {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    static QString render(const ReportDocument& document);
    // `text` on one line with Markdown's special characters escaped.
    static QString escaped(const QString& text);
    // Writes `text` as UTF-8, atomically: on failure an existing file at `path` is left as it was.
    static Result<void> writeFile(const QString& text, const QString& path);
};

} // namespace sitekeeper
