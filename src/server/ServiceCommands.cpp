// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCommands.h"

#include "Sealing.h"
#include "ServiceKey.h"

#include <cstdio>

namespace sitekeeper::server {

namespace {

int failed(QTextStream& err, const QString& message, int code) {
    err << "sitekeeper-server: " << message << '\n';
    err.flush();
    return code;
}

} // namespace

int ServiceCommands::serviceKey(const QStringList& args, const QString& keyPath, QTextStream& out,
                                QTextStream& err) {
    const QString verb = args.value(1);
    if (args.size() != 2 || keyPath.isEmpty() ||
        (verb != QLatin1String("init") && verb != QLatin1String("show"))) {
        err << "usage: sitekeeper-server service-key init --service-key FILE\n"
               "       sitekeeper-server service-key show --service-key FILE\n";
        return 2;
    }
    auto keys = verb == QLatin1String("init") ? ServiceKey::create(keyPath) : ServiceKey::read(keyPath);
    if (!keys)
        return failed(err, keys.error().message, 2);
    if (verb == QLatin1String("init")) {
        err << tr("Service key created in %1. Keep it (and a backup) where only the server's user can read "
                  "it; partners check the fingerprint below against GET /v1/keys before they share with the "
                  "service.")
                   .arg(keyPath)
            << '\n';
        err.flush();
    }
    // The public key only: the private key never leaves the file.
    out << "public_key: " << protocol::sealing::encodeKey(keys->publicKey) << '\n'
        << "fingerprint: " << protocol::sealing::fingerprint(keys->publicKey) << Qt::endl;
    protocol::sealing::wipe(keys.value().secretKey);
    return 0;
}

int ServiceCommands::credentialOpen(ServerStore& store, const QStringList& args, const Open& open,
                                    QTextStream& err) {
    if (args.size() != 2 || args.at(1) != QLatin1String("open") || open.keyPath.isEmpty() ||
        open.tenant.isEmpty() || open.site.isEmpty() || open.label.isEmpty()) {
        err << "usage: sitekeeper-server [--database DB] credential open --service-key FILE --tenant T "
               "--site S "
               "--label L [--as NAME] [--reason TEXT]\n";
        return 2;
    }
    auto keys = ServiceKey::read(open.keyPath);
    if (!keys)
        return failed(err, keys.error().message, 2);
    auto copy = store.serviceCopy(open.tenant, open.site, open.label);
    if (!copy) {
        protocol::sealing::wipe(keys.value().secretKey);
        return failed(err, copy.error().message,
                      copy.error().is(Error::Kind::NotFound) || copy.error().is(Error::Kind::Conflict) ? 1
                                                                                                       : 2);
    }
    if (copy->box.isEmpty()) {
        protocol::sealing::wipe(keys.value().secretKey);
        return failed(err,
                      tr("%1 of site %2 is not shared with the service; ask the partner to share it with the "
                         "service from their desktop.")
                          .arg(copy->label, copy->siteName),
                      1);
    }
    protocol::sealing::Opened opened = protocol::sealing::open(copy->box, copy->credentialId, *keys);
    protocol::sealing::wipe(keys.value().secretKey);
    if (!opened.ok())
        return failed(err,
                      tr("The service's copy of %1 of site %2 cannot be opened with this service key: it was "
                         "changed after it was sealed, or sealed for another service key; ask the partner to "
                         "share it again.")
                          .arg(copy->label, copy->siteName),
                      1);
    QString who = open.who;
    if (who.isEmpty())
        who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = QStringLiteral("service");
    // No secret is shown that the partner would not see in the access list.
    if (auto recorded = store.recordAccess(open.tenant, copy->credentialId, who, open.reason); !recorded) {
        protocol::sealing::wipe(opened.secret);
        return failed(err, recorded.error().message, 2);
    }
    opened.secret.append('\n');
    const bool shown = std::fwrite(opened.secret.constData(), 1, size_t(opened.secret.size()), stdout) ==
                           size_t(opened.secret.size()) &&
                       std::fflush(stdout) == 0;
    protocol::sealing::wipe(opened.secret);
    if (!shown)
        return failed(err, tr("Cannot write the secret to standard output."), 2);
    err << tr("Opened %1 of site %2 for %3; the partner sees this in the credential's access list.")
               .arg(copy->label, copy->siteName, who)
        << '\n';
    return 0;
}

} // namespace sitekeeper::server
