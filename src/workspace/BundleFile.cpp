// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleFile.h"

#include "BundleCodec.h"
#include "InputFile.h"

#include <QFile>
#include <QSaveFile>

namespace sitekeeper {

Result<BundleFile::Contents> BundleFile::read(const QString& path) {
    const Result<QByteArray> bytes = InputFile::read(path);
    if (!bytes)
        return Error{tr("Cannot read the bundle: %1. Check the file's name and permissions.")
                         .arg(bytes.error().message),
                     path};
    Contents contents;
    contents.bundle = BundleCodec::decodeWithErrors(bytes.value(), &contents.problems);
    return contents;
}

Result<void> BundleFile::write(const Bundle& bundle, const QString& path) {
    const QByteArray bytes = BundleCodec::encode(bundle);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
            return Error{tr("Cannot write the bundle to standard output."), path};
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write the bundle: %1. Check that the folder exists and is writable, and "
                        "that the disk has room.")
                         .arg(file.errorString()),
                     path};
    return {};
}

Result<Workspace::ImportSummary> BundleFile::import(Workspace& workspace, const QString& path,
                                                    QStringList* problems) {
    const Result<Contents> contents = read(path);
    if (!contents)
        return contents.error();
    if (!contents->problems.isEmpty()) {
        if (problems)
            *problems = contents->problems;
        return Error{tr("%n problem(s) in the bundle; nothing was imported. Fix them and import again.",
                        nullptr, int(contents->problems.size())),
                     path};
    }
    const auto summary = workspace.importBundle(contents->bundle);
    if (!summary)
        return Error{tr("Nothing was imported: %1").arg(summary.error().toString()), path};
    return summary;
}

Result<Bundle> BundleFile::exportTo(Workspace& workspace, const QString& path, std::optional<QUuid> siteId) {
    auto bundle = workspace.exportBundle(siteId);
    if (!bundle)
        return bundle.error();
    if (const Result<void> written = write(bundle.value(), path); !written)
        return written.error();
    return bundle;
}

} // namespace sitekeeper
