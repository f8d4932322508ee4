// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoGenerator.h"
#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace sitekeeper {

// The demo partner: the console's "Open the demo" and the CLI's `demo` write it through here.
class DemoPartner {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::DemoPartner)

public:
    // The per-user demo folder of the console.
    static QString defaultFolder();
    // The size the console's demo has: 30 sites of 40 profiles, seed 7.
    static DemoGenerator::Options consoleOptions();

    // Generates the partner of `options` into the workspace, site by site in one transaction (all or
    // nothing). `sitesDone` is told each site written and may cancel by returning false.
    static Result<Workspace::ImportSummary> fill(Workspace& workspace, const DemoGenerator::Options& options,
                                                 const std::function<bool(qint64 sitesDone)>& sitesDone = {});

    // Opens the demo workspace in `folder` (made when missing), fills it when it has no site yet and
    // closes it again, so that a window can open it.
    static Result<void> prepare(const QString& folder,
                                const DemoGenerator::Options& options = consoleOptions());
};

} // namespace sitekeeper
