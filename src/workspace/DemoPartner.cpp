// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPartner.h"

#include <QStandardPaths>

namespace sitekeeper {

QString DemoPartner::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

DemoGenerator::Options DemoPartner::consoleOptions() {
    DemoGenerator::Options options;
    options.sites = 30;
    options.profilesPerSite = 40;
    options.seed = 7;
    return options;
}

Result<Workspace::ImportSummary> DemoPartner::fill(Workspace& workspace,
                                                   const DemoGenerator::Options& options,
                                                   const std::function<bool(qint64)>& sitesDone) {
    DemoGenerator generator(options);
    qint64 done = 0;
    return workspace.importChunks([&](const std::function<bool(const Bundle&)>& write) {
        return generator.generate([&](const Bundle& chunk) {
            if (!write(chunk))
                return false;
            return !sitesDone || sitesDone(++done);
        });
    });
}

Result<void> DemoPartner::prepare(const QString& folder, const DemoGenerator::Options& options) {
    auto demo = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
    if (!demo)
        return demo.error();
    const auto counts = demo.value()->counts();
    if (!counts)
        return counts.error();
    if (counts->sites == 0) {
        const auto written = fill(*demo.value(), options);
        if (!written)
            return written.error();
    }
    return {}; // the workspace closes here, releasing its lock for the window that opens it
}

} // namespace sitekeeper
