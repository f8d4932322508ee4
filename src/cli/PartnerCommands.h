// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QCoreApplication>

namespace sitekeeper {

// `sitekeeper-cli partner show [--format json]` and `partner set FIELD VALUE`: the partner settings
// (the synced record every rule reads), changed through PartnerSettingsEdits like the console does.
class PartnerCommands : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PartnerCommands)

public:
    using CliCommand::CliCommand;

    static bool handles(const QString& command) { return command == QLatin1String("partner"); }
    static QString usageLines();
    int run(const QStringList& args);

private:
    int show(const QStringList& args);
    int set(const QStringList& args);
};

} // namespace sitekeeper
