// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bundle.h"
#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sitekeeper {

// A bundle on disk (docs/bundle-format.md), for File > Import/Export Bundle and the CLI's
// `import bundle` / `export bundle`. The path "-" means standard input or output.
class BundleFile {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::BundleFile)

public:
    struct Contents {
        Bundle bundle;
        // Every problem found, each with its JSON path ("$.sites[0].name: must not be empty");
        // a bundle with problems must not be imported.
        QStringList problems;
    };

    // Reads and checks the file; an error (naming the file) when it cannot be read.
    static Result<Contents> read(const QString& path);
    // Writes the bundle through a temporary file that is renamed at the end, so that a failed
    // export never leaves half a bundle.
    static Result<void> write(const Bundle& bundle, const QString& path);

    // Reads the file and imports it into the workspace in one transaction. A file with problems
    // imports nothing: the error counts them and `problems` (when given) lists them.
    static Result<Workspace::ImportSummary> import(Workspace& workspace, const QString& path,
                                                   QStringList* problems = nullptr);
    // Exports everything, or one site with its descendants, to the file; the bundle written.
    static Result<Bundle> exportTo(Workspace& workspace, const QString& path,
                                   std::optional<QUuid> siteId = std::nullopt);
};

} // namespace sitekeeper
