// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoGenerator.h"
#include "Workspace.h"

#include <QDebug>

#include <memory>

// A workspace at `folder` filled by the demo generator, written the way `sitekeeper-cli demo` writes it:
// chunk by chunk in one transaction. Null when opening or importing fails (the reason is logged).
inline std::unique_ptr<sitekeeper::Workspace>
openDemoWorkspace(const QString& folder, int sites, int profilesPerSite, quint32 seed, const QDate& asOf) {
    using namespace sitekeeper;
    auto opened = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning() << opened.error().toString();
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    DemoGenerator::Options options;
    options.sites = sites;
    options.profilesPerSite = profilesPerSite;
    options.seed = seed;
    options.asOf = asOf;
    DemoGenerator generator(options);
    const auto imported = workspace->importChunks(
        [&generator](const std::function<bool(const Bundle&)>& write) { return generator.generate(write); });
    if (!imported) {
        qWarning() << imported.error().toString();
        return nullptr;
    }
    return workspace;
}
