// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sitekeeper::server {

// The service's side of sealed sharing at the server's command line: its key file
// (`service-key init|show`) and a technician opening a credential the partner shared with the service
// (`credential open`), which the partner sees in GET /v1/access. Each answers the exit code.
class ServiceCommands {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::server::ServiceCommands)

public:
    // `service-key init|show`; `keyPath` from --service-key.
    static int serviceKey(const QStringList& args, const QString& keyPath, QTextStream& out,
                          QTextStream& err);

    struct Open {
        QString keyPath;
        QString tenant;
        QString site;
        QString label;
        QString who; // empty: $USER, else "service"
        QString reason;
    };
    // `credential open`: the secret and a newline on standard output, and an access entry.
    static int credentialOpen(ServerStore& store, const QStringList& args, const Open& open,
                              QTextStream& err);
};

} // namespace sitekeeper::server
