// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <functional>

namespace sitekeeper {

// Lays out HTML (QTextDocument's subset, see HtmlRenderer) on A4 pages with a header and a footer
// band and writes the PDF atomically (QSaveFile). Needs a QGuiApplication for the fonts; the
// offscreen platform is enough.
class PdfWriter {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReportWriter)

public:
    struct PageFrame {
        QString title; // the PDF's metadata title
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        bool pageNumbers = true;
    };

    // Writes the HTML of `htmlForAttempt(0)` to `path`. With `attempts` > 1 the next attempt (a
    // tighter layout) is tried while the document takes more than one page. A heading is kept on the
    // page of what it heads. On failure an existing file at `path` is left as it was.
    static Result<void> write(const QString& path, const PageFrame& frame,
                              const std::function<QString(int attempt)>& htmlForAttempt, int attempts,
                              double pointSize);

    // The documents' sans serif at `pointSize`: the platforms' own, then DejaVu (Linux).
    static QFont documentFont(double pointSize);
};

} // namespace sitekeeper
