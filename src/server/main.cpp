// SPDX-License-Identifier: GPL-3.0-or-later
// sitekeeper-server: the reference service backend (docs/api/openapi.yaml).
#include "ApiServer.h"
#include "ServerStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

namespace {

using sitekeeper::server::ApiServer;
using sitekeeper::server::ServerStore;

struct ListenAddress {
    QHostAddress host;
    quint16 port = 0;
};

std::optional<ListenAddress> parseListen(const QString& text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    ListenAddress address{
        QHostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host), quint16(port)};
    if (!ok || port > 65535 || address.host.isNull())
        return std::nullopt;
    return address;
}

int tenantCommand(ServerStore& store, const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.size() != 3 || (args.at(1) != QLatin1String("add") && args.at(1) != QLatin1String("revoke"))) {
        err << "usage: sitekeeper-server [--database DB] tenant add|revoke NAME\n";
        return 2;
    }
    if (args.at(1) == QLatin1String("add")) {
        auto token = store.addTenant(args.at(2));
        if (!token) {
            err << "sitekeeper-server: " << token.error().message << '\n';
            return 2;
        }
        out << "Tenant " << args.at(2)
            << " added. Its token is shown once, on the next line; store it now.\n";
        // Alone on the last line, so that scripts can take it with `tail -n 1`.
        out << QString::fromLatin1(token.value()) << Qt::endl;
        return 0;
    }
    if (auto revoked = store.revokeTenant(args.at(2)); !revoked) {
        err << "sitekeeper-server: " << revoked.error().message << '\n';
        return 2;
    }
    out << "Tenant " << args.at(2) << " revoked.\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitekeeper-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITEKEEPER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sitekeeper reference service backend"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to listen on (port 0: any free)."),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8787")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("sqlite:PATH or postgresql://user@host:port/database."),
                      QStringLiteral("DB"), QStringLiteral("sqlite:sitekeeper-server.sqlite")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("Requests per second per token (0: no limit)."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes."),
                      QStringLiteral("BYTES"), QStringLiteral("8388608")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional: tenant add|revoke NAME."));
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto store = ServerStore::open(parser.value(QStringLiteral("database")));
    if (!store) {
        err << "sitekeeper-server: " << store.error().message << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.constFirst() != QLatin1String("tenant")) {
            err << "sitekeeper-server: unknown command " << positional.constFirst() << '\n';
            return 2;
        }
        return tenantCommand(*store.value(), positional, out, err);
    }

    const auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        err << "sitekeeper-server: --listen must be ADDR:PORT, for example 127.0.0.1:8787\n";
        return 2;
    }
    ApiServer::Limits limits;
    limits.requestsPerSecond = parser.value(QStringLiteral("rate-limit")).toDouble();
    limits.burst = std::max(1, int(limits.requestsPerSecond * 2));
    limits.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong();
    ApiServer server(*store.value(), limits);

    const QString certPath = parser.value(QStringLiteral("tls-cert"));
    const QString keyPath = parser.value(QStringLiteral("tls-key"));
    if (!certPath.isEmpty() || !keyPath.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath);
        QFile keyFile(keyPath);
        if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
            err << "sitekeeper-server: cannot read --tls-cert " << certPath << " and --tls-key " << keyPath
                << '\n';
            return 2;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull()) {
            err << "sitekeeper-server: --tls-key " << keyPath << " is not an RSA or EC private key in PEM\n";
            return 2;
        }
        server.sslSetup(certs.constFirst(), key);
    }

    const quint16 port = server.listen(listen->host, listen->port);
    if (port == 0) {
        err << "sitekeeper-server: cannot listen on " << parser.value(QStringLiteral("listen"))
            << " (address in use or not on this machine)\n";
        return 2;
    }
    // The chosen port on its own line lets scripts and tests start the server on port 0.
    out << "listening on " << listen->host.toString() << ':' << port << Qt::endl;
    return app.exec();
}
