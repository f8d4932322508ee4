// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two admins' desktops on one real sitekeeper-server (not a test itself): each desk is a Workspace
// in its own folder with a BackendClient and a SyncEngine over its store, as the console has them.

#include "ClientProfile.h"
#include "Site.h"
#include "SyncTestSupport.h"
#include "Workspace.h"

#include <memory>

namespace sitekeeper::test {

struct WorkspaceDesk {
    std::unique_ptr<Workspace> workspace;
    BackendClient client;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString& folder, const ServerProcess& server, const QByteArray& token) {
        auto opened = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
        if (!opened)
            return false;
        workspace = std::move(opened).value();
        if (!client.configure(clientConfig(server, token)))
            return false;
        engine = std::make_unique<SyncEngine>(workspace->store(), client);
        return true;
    }
    bool sync() { return runEngine(*engine, &SyncEngine::sync); }
    bool pull() { return runEngine(*engine, &SyncEngine::pull); }
    Store& store() { return workspace->store(); }
    ClientProfile profile(const QUuid& id) { return store().profiles().get(id).value(); }
    int pending() { return store().journal().count(JournalEntry::State::Pending); }
};

// A server with one tenant and two desks that both hold one site with one profile, synced.
struct TwoDesks {
    std::unique_ptr<ServerProcess> server;
    QByteArray token;
    WorkspaceDesk a;
    WorkspaceDesk b;
    Site site;
    ClientProfile profile;

    bool start(const QTemporaryDir& dir, const QString& name) {
        server = std::make_unique<ServerProcess>(makeDatabase(QStringLiteral("sqlite"), dir));
        if (!server->start())
            return false;
        token = server->addTenant(QStringLiteral("Brightpath"));
        if (token.isEmpty() || !a.open(dir.filePath(name + QStringLiteral("-a")), *server, token) ||
            !b.open(dir.filePath(name + QStringLiteral("-b")), *server, token))
            return false;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Northwind");
        profile.id = QUuid::createUuid();
        profile.siteId = site.id;
        profile.fullName = QStringLiteral("Dana Whitfield");
        profile.email = QStringLiteral("dana@northwind.example");
        profile.title = QStringLiteral("Office manager");
        if (!a.workspace->edit<Site>(std::nullopt, site, QStringLiteral("Add site")) ||
            !a.workspace->edit<ClientProfile>(std::nullopt, profile, QStringLiteral("Add profile")))
            return false;
        a.workspace->undoStack().clear();
        return a.sync() && b.sync() && a.pending() == 0 && b.store().profiles().get(profile.id).ok();
    }

    // The profile as the backend holds it.
    QJsonObject serverProfile(QNetworkAccessManager& network) {
        return serverState(network, *server, token)
            .value(QStringLiteral("client_profile/") + profile.id.toString(QUuid::WithoutBraces))
            .fields;
    }
};

} // namespace sitekeeper::test
