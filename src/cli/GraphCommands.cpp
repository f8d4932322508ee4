// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphCommands.h"

#include "GraphDirectory.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace sitekeeper {

void GraphCommands::addOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("graph"),
         QStringLiteral("Read the users of the site's Microsoft Entra ID tenant through Microsoft "
                        "Graph instead of a file.")});
    parser.addOption({QStringLiteral("tenant"),
                      QStringLiteral("With --graph: the tenant id or domain (remembered for the site)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("client-id"),
                      QStringLiteral("With --graph: the application (client) id of the app registration "
                                     "(remembered for the site)."),
                      QStringLiteral("C")});
}

bool GraphCommands::wanted(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("graph"));
}

QString GraphCommands::usage() {
    return QStringLiteral("--graph [--tenant T] [--client-id C]");
}

Result<GraphCommands::Users> GraphCommands::read(Workspace& workspace, const QUuid& siteId,
                                                 const QCommandLineParser& parser, QTextStream& err) {
    const auto remembered = GraphDirectory::rememberedSource(workspace, siteId);
    if (!remembered)
        return remembered.error();
    GraphSource source = remembered.value();
    if (parser.isSet(QStringLiteral("tenant")))
        source.tenant = parser.value(QStringLiteral("tenant")).trimmed();
    if (parser.isSet(QStringLiteral("client-id")))
        source.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    if (source.tenant.isEmpty())
        return Error{
            tr("--graph needs --tenant T (the tenant id or domain): none is remembered for this site yet"),
            {}};
    if (source.clientId.isEmpty())
        return Error{tr("--graph needs --client-id C (the application id of the app registration): none is "
                        "remembered for this site yet"),
                     {}};
    const auto config = GraphDirectory::configFromEnvironment(source);
    if (!config)
        return config.error();

    GraphDirectory directory(workspace.vault(), workspace.id(), config.value());
    std::optional<Result<CsvTable>> result;
    QEventLoop loop;
    directory.read(
        [&err](const GraphDirectory::DeviceCode& code) {
            err << code.message << '\n' << tr("Waiting for the sign-in (Ctrl+C cancels)...") << Qt::endl;
        },
        [&](Result<CsvTable> table) {
            result = std::move(table);
            loop.quit();
        });
    if (!result)
        loop.exec(); // the keychain and the service answer later
    if (!*result)
        return result->error();
    if (auto kept = GraphDirectory::rememberSource(workspace, siteId, source); !kept)
        return kept.error();
    return Users{std::move(*result).value(), tr("Microsoft Entra ID (%1)").arg(source.tenant), source.tenant};
}

} // namespace sitekeeper
