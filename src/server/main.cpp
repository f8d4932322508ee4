// sitekeeper-server: the reference service backend. This first version answers the health
// check; the batch, change feed and entity endpoints follow the protocol in docs/api.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTextStream>

namespace {

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
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        err << "sitekeeper-server: --listen must be ADDR:PORT, for example 127.0.0.1:8787\n";
        return 2;
    }

    QHttpServer server;
    server.route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QStringLiteral(SITEKEEPER_VERSION)}});
    });
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
