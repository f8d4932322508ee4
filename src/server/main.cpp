// SPDX-License-Identifier: GPL-3.0-or-later
// sitekeeper-server: the reference service backend (docs/api/openapi.yaml).
#include "ApiServer.h"
#include "ServerLogging.h"
#include "ServerStore.h"
#include "ServiceCommands.h"
#include "ServiceKey.h"
#include "Team.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using sitekeeper::server::ApiServer;
using sitekeeper::server::ServerStore;
using sitekeeper::server::ServiceCommands;
using sitekeeper::server::ServiceKey;

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

int fail(QTextStream& err, const sitekeeper::Error& error) {
    err << "sitekeeper-server: " << error.message << '\n';
    return error.is(sitekeeper::Error::Kind::NotFound) ? 1 : 2;
}

// `tenant add NAME [--admin-name N] [--admin-email E]`, `tenant revoke|restore NAME`.
int tenantCommand(ServerStore& store, const QCommandLineParser& parser, const QStringList& args,
                  QTextStream& out, QTextStream& err) {
    const QString verb = args.value(1);
    if (args.size() != 3 || (verb != QLatin1String("add") && verb != QLatin1String("revoke") &&
                             verb != QLatin1String("restore"))) {
        err << "usage: sitekeeper-server [--database DB] tenant add NAME [--admin-name N] [--admin-email E]\n"
               "       sitekeeper-server [--database DB] tenant revoke|restore NAME\n";
        return 2;
    }
    const QString name = args.at(2);
    if (verb == QLatin1String("add")) {
        auto token = store.addTenant(name, parser.value(QStringLiteral("admin-name")),
                                     parser.value(QStringLiteral("admin-email")));
        if (!token)
            return fail(err, token.error());
        err << "Tenant " << name
            << " added with its first admin. The admin's token is shown once, on standard output; store it "
               "now.\n";
        err.flush();
        // Alone on standard output, so that scripts can take it with $(...) or `tail -n 1`.
        out << QString::fromLatin1(token.value()) << Qt::endl;
        return 0;
    }
    const auto done = verb == QLatin1String("revoke") ? store.revokeTenant(name) : store.restoreTenant(name);
    if (!done)
        return fail(err, done.error());
    out << "Tenant " << name << (verb == QLatin1String("revoke") ? " revoked.\n" : " restored.\n");
    return 0;
}

std::optional<std::optional<double>> expiresDays(const QCommandLineParser& parser, QTextStream& err) {
    if (!parser.isSet(QStringLiteral("expires-days")))
        return std::optional<double>();
    bool ok = false;
    const double days = parser.value(QStringLiteral("expires-days")).toDouble(&ok);
    if (!ok || !std::isfinite(days) || days < 0 || days > 36500) {
        err << "sitekeeper-server: --expires-days must be a number of days from 0 to 36500\n";
        return std::nullopt;
    }
    return std::optional<double>(days);
}

// `member add|list|role|rotate|revoke --tenant T ...`.
int memberCommand(ServerStore& store, const QCommandLineParser& parser, const QStringList& args,
                  QTextStream& out, QTextStream& err) {
    using sitekeeper::protocol::Role;
    const QString verb = args.value(1);
    const QString tenant = parser.value(QStringLiteral("tenant"));
    const QString email = parser.value(QStringLiteral("email"));
    auto usage = [&] {
        err << "usage: sitekeeper-server [--database DB] member add --tenant T --name N --email E --role R "
               "[--expires-days D]\n"
               "       sitekeeper-server [--database DB] member list --tenant T [--format table|json]\n"
               "       sitekeeper-server [--database DB] member role --tenant T --email E ROLE\n"
               "       sitekeeper-server [--database DB] member rotate --tenant T --email E [--expires-days "
               "D]\n"
               "       sitekeeper-server [--database DB] member revoke --tenant T --email E\n"
               "ROLE is admin, editor, reviewer or viewer.\n";
        return 2;
    };
    if (tenant.isEmpty())
        return usage();
    auto roleNamed = [&](const QString& text) -> std::optional<Role> {
        const auto role = sitekeeper::protocol::roleFromString(text);
        if (!role)
            err << "sitekeeper-server: " << text << " is not a role; use admin, editor, reviewer or viewer\n";
        return role;
    };
    if (verb == QLatin1String("add")) {
        if (args.size() != 2 || !parser.isSet(QStringLiteral("name")) || email.isEmpty() ||
            !parser.isSet(QStringLiteral("role")))
            return usage();
        const auto role = roleNamed(parser.value(QStringLiteral("role")));
        const auto days = expiresDays(parser, err);
        if (!role || !days)
            return 2;
        auto token = store.addMember(tenant, parser.value(QStringLiteral("name")), email, *role, *days);
        if (!token)
            return fail(err, token.error());
        err << "Member " << email << " added to " << tenant
            << ". The token is shown once, on standard output; hand it over safely.\n";
        err.flush();
        out << QString::fromLatin1(token.value()) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list")) {
        if (args.size() != 2)
            return usage();
        auto list = store.members(tenant);
        if (!list)
            return fail(err, list.error());
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("json")) {
            out << QJsonDocument(sitekeeper::protocol::MemberList{*list}.toJson())
                       .toJson(QJsonDocument::Indented);
            return 0;
        }
        if (!format.isEmpty() && format != QLatin1String("table")) {
            err << "sitekeeper-server: --format must be table or json\n";
            return 2;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(QStringLiteral("NAME"), -24)
                   .arg(QStringLiteral("EMAIL"), -32)
                   .arg(QStringLiteral("ROLE"), -8)
                   .arg(QStringLiteral("STATUS"), -8)
                   .arg(QStringLiteral("EXPIRES"), -24)
                   .arg(QStringLiteral("ID"));
        for (const sitekeeper::protocol::Member& member : *list) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(member.name, -24)
                       .arg(member.email, -32)
                       .arg(sitekeeper::protocol::toString(member.role), -8)
                       .arg(member.revoked ? QStringLiteral("revoked") : QStringLiteral("active"), -8)
                       .arg(member.expiresAt.isEmpty() ? QStringLiteral("never") : member.expiresAt, -24)
                       .arg(member.id.toString(QUuid::WithoutBraces));
        }
        return 0;
    }
    if (email.isEmpty())
        return usage();
    if (verb == QLatin1String("role")) {
        if (args.size() != 3)
            return usage();
        const auto role = roleNamed(args.at(2));
        if (!role)
            return 2;
        if (auto changed = store.setMemberRole(tenant, email, *role); !changed)
            return fail(err, changed.error());
        out << "Member " << email << " of " << tenant << " is now " << args.at(2) << ".\n";
        return 0;
    }
    if (verb == QLatin1String("rotate")) {
        const auto days = expiresDays(parser, err);
        if (args.size() != 2)
            return usage();
        if (!days)
            return 2;
        auto token = store.rotateMember(tenant, email, *days);
        if (!token)
            return fail(err, token.error());
        err << "Member " << email << " of " << tenant
            << " has a new token (the old one no longer works), shown once on standard output.\n";
        err.flush();
        out << QString::fromLatin1(token.value()) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("revoke")) {
        if (args.size() != 2)
            return usage();
        if (auto revoked = store.revokeMember(tenant, email); !revoked)
            return fail(err, revoked.error());
        out << "Member " << email << " of " << tenant << " revoked.\n";
        return 0;
    }
    return usage();
}

// The value of a numeric option, or an error message. Not a number is refused, never read as 0.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name, double min,
                                   double max, bool whole, QTextStream& err) {
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max || (whole && value != std::floor(value))) {
        err << "sitekeeper-server: --" << name << " must be " << (whole ? "a whole number" : "a number")
            << " from " << QString::number(min, 'g', 15) << " to " << QString::number(max, 'g', 15)
            << ", not \"" << text << "\"\n";
        return std::nullopt;
    }
    return value;
}

// SIGTERM and SIGINT end the event loop (so that --stats can print), through a pipe.
int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Every connection is a file descriptor: take the hard limit, not the small default soft one.
// Answers the soft limit in force.
rlim_t raiseFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return RLIM_INFINITY;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return raised.rlim_cur;
    }
    return limit.rlim_cur;
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
    auto option = [&](const QString& name, const QString& description, const QString& value = {},
                      const QString& defaultValue = {}) {
        parser.addOption(QCommandLineOption(name, description, value, defaultValue));
    };
    option(QStringLiteral("listen"),
           QStringLiteral("Address and port to listen on (port 0: any free). Other than loopback needs "
                          "--tls-cert."),
           QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8787"));
    option(QStringLiteral("database"),
           QStringLiteral("sqlite:PATH or postgresql://user@host:port/database[?sslmode=require]."),
           QStringLiteral("DB"), QStringLiteral("sqlite:sitekeeper-server.sqlite"));
    option(QStringLiteral("database-password-file"),
           QStringLiteral("File whose first line is the PostgreSQL password (else "
                          "SITEKEEPER_DATABASE_PASSWORD)."),
           QStringLiteral("FILE"));
    option(QStringLiteral("tls-cert"),
           QStringLiteral("PEM certificate chain (server first, then intermediates): serve HTTPS."),
           QStringLiteral("FILE"));
    option(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
           QStringLiteral("FILE"));
    option(QStringLiteral("behind-proxy"),
           QStringLiteral("Plain HTTP on loopback behind a TLS proxy; client addresses from X-Real-IP or "
                          "X-Forwarded-For of loopback peers."));
    option(QStringLiteral("rate-limit"), QStringLiteral("Ops per second per tenant (0: no limit)."),
           QStringLiteral("N"), QStringLiteral("2000"));
    option(QStringLiteral("rate-limit-bytes"),
           QStringLiteral("Request body bytes per second per tenant (0: no limit)."), QStringLiteral("BYTES"),
           QStringLiteral("33554432"));
    option(QStringLiteral("address-rate-limit"),
           QStringLiteral("Requests per second per client address (0: no limit)."), QStringLiteral("N"),
           QStringLiteral("500"));
    option(QStringLiteral("auth-failures"),
           QStringLiteral("Wrong tokens per minute per client address before 429 (0: no limit)."),
           QStringLiteral("N"), QStringLiteral("30"));
    option(QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes."),
           QStringLiteral("BYTES"), QStringLiteral("8388608"));
    option(QStringLiteral("max-connections"), QStringLiteral("Open connections in total."),
           QStringLiteral("N"), QStringLiteral("1000"));
    option(QStringLiteral("max-connections-per-address"),
           QStringLiteral("Open connections per client address."), QStringLiteral("N"),
           QStringLiteral("100"));
    option(QStringLiteral("header-timeout"),
           QStringLiteral("Seconds for a request's headers (and a TLS handshake)."),
           QStringLiteral("SECONDS"), QStringLiteral("10"));
    option(QStringLiteral("read-timeout"), QStringLiteral("Seconds for a whole request, body included."),
           QStringLiteral("SECONDS"), QStringLiteral("60"));
    option(QStringLiteral("idle-timeout"),
           QStringLiteral("Seconds a connection may stay open without a request."), QStringLiteral("SECONDS"),
           QStringLiteral("60"));
    option(QStringLiteral("answer-retention"),
           QStringLiteral("Days op answers are kept for replays of the same op."), QStringLiteral("DAYS"),
           QStringLiteral("7"));
    option(QStringLiteral("quota-records"), QStringLiteral("Live records per tenant (0: no limit)."),
           QStringLiteral("N"), QStringLiteral("1000000"));
    option(QStringLiteral("quota-bytes"),
           QStringLiteral("Bytes of stored record revisions per tenant (0: no limit)."),
           QStringLiteral("BYTES"), QStringLiteral("10737418240"));
    option(QStringLiteral("stats"),
           QStringLiteral("Count requests and database queries: shown by /v1/health and at exit."));
    QCommandLineOption record(QStringLiteral("record-replies"),
                              QStringLiteral("Tests: write every answer to DIR."), QStringLiteral("DIR"));
    record.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(record);
    option(QStringLiteral("max-wait"),
           QStringLiteral("Longest wait of GET /v1/changes?wait= in seconds (longer ones are cut)."),
           QStringLiteral("SECONDS"), QStringLiteral("60"));
    option(QStringLiteral("max-waiting"), QStringLiteral("Requests waiting for changes at once per tenant."),
           QStringLiteral("N"), QStringLiteral("200"));
    option(QStringLiteral("max-waiting-per-address"),
           QStringLiteral("Requests waiting for changes at once per client address."), QStringLiteral("N"),
           QStringLiteral("50"));
    // The management commands' options.
    option(QStringLiteral("admin-name"), QStringLiteral("tenant add: the first admin's name."),
           QStringLiteral("NAME"));
    option(QStringLiteral("admin-email"), QStringLiteral("tenant add: the first admin's email."),
           QStringLiteral("EMAIL"));
    option(QStringLiteral("tenant"), QStringLiteral("member ..., credential open: the tenant's name."),
           QStringLiteral("NAME"));
    option(QStringLiteral("name"), QStringLiteral("member add: the member's name."), QStringLiteral("NAME"));
    option(QStringLiteral("email"), QStringLiteral("member ...: the member's email."),
           QStringLiteral("EMAIL"));
    option(QStringLiteral("role"), QStringLiteral("member add: admin, editor, reviewer or viewer."),
           QStringLiteral("ROLE"));
    option(QStringLiteral("expires-days"),
           QStringLiteral("member add|rotate: the token expires after this many days (default: never)."),
           QStringLiteral("DAYS"));
    option(QStringLiteral("format"), QStringLiteral("member list: table or json."), QStringLiteral("FORMAT"));
    option(
        QStringLiteral("service-key"),
        QStringLiteral("The service's private key file (mode 0600 or 0400): serving offers the service as a "
                       "recipient of sealed credentials; service-key init|show and credential open use it. "
                       "Default: $CREDENTIALS_DIRECTORY/service-key when it exists."),
        QStringLiteral("FILE"));
    option(QStringLiteral("site"), QStringLiteral("credential open: the site's name."),
           QStringLiteral("NAME"));
    option(QStringLiteral("label"), QStringLiteral("credential open: the credential's label."),
           QStringLiteral("LABEL"));
    option(QStringLiteral("as"),
           QStringLiteral("credential open: who opens it, for the partner's access list (default: $USER)."),
           QStringLiteral("NAME"));
    option(QStringLiteral("reason"), QStringLiteral("credential open: why, for the partner's access list."),
           QStringLiteral("TEXT"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Optional: serve (the default), tenant add|revoke|restore NAME, member "
                       "add|list|role|rotate|revoke, service-key init|show, or credential open."));
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);

    const auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        err << "sitekeeper-server: --listen must be ADDR:PORT, for example 127.0.0.1:8787\n";
        return 2;
    }

    struct Number {
        const char* name;
        double min;
        double max;
        bool whole;
        double value = 0;
    };
    Number numbers[] = {
        {"rate-limit", 0, 1e9, false},
        {"rate-limit-bytes", 0, 1e15, true},
        {"address-rate-limit", 0, 1e9, false},
        {"auth-failures", 0, 1e9, false},
        {"max-body", 1024, 1024.0 * 1024 * 1024, true},
        {"max-connections", 1, 1e6, true},
        {"max-connections-per-address", 1, 1e6, true},
        {"header-timeout", 0.1, 3600, false},
        {"read-timeout", 0.1, 86400, false},
        {"idle-timeout", 0.1, 86400, false},
        {"answer-retention", 0, 3650, false},
        {"quota-records", 0, 1e15, true},
        {"quota-bytes", 0, 1e18, true},
        {"max-wait", 1, 60, true},
        {"max-waiting", 0, 1e6, true},
        {"max-waiting-per-address", 0, 1e6, true},
    };
    for (Number& number : numbers) {
        const auto value =
            numberOption(parser, QString::fromLatin1(number.name), number.min, number.max, number.whole, err);
        if (!value)
            return 2;
        number.value = *value;
    }
    auto value = [&](const char* name) {
        for (const Number& number : numbers) {
            if (qstrcmp(number.name, name) == 0)
                return number.value;
        }
        return 0.0;
    };

    ApiServer::Limits limits;
    limits.opsPerSecond = value("rate-limit");
    limits.bytesPerSecond = value("rate-limit-bytes");
    limits.addressRequestsPerSecond = value("address-rate-limit");
    limits.authFailuresPerMinute = value("auth-failures");
    limits.http.maxBodyBytes = qint64(value("max-body"));
    limits.http.maxConnections = int(value("max-connections"));
    limits.http.maxConnectionsPerAddress = int(value("max-connections-per-address"));
    limits.http.headerTimeoutMs = int(value("header-timeout") * 1000);
    limits.http.readTimeoutMs = int(value("read-timeout") * 1000);
    limits.http.idleTimeoutMs = int(value("idle-timeout") * 1000);
    limits.http.behindProxy = parser.isSet(QStringLiteral("behind-proxy"));
    limits.stats = parser.isSet(QStringLiteral("stats"));
    limits.recordDir = parser.value(record);
    limits.maxWaitSeconds = int(value("max-wait"));
    limits.maxWaitingPerTenant = int(value("max-waiting"));
    limits.maxWaitingPerAddress = int(value("max-waiting-per-address"));

    const QString certPath = parser.value(QStringLiteral("tls-cert"));
    const QString keyPath = parser.value(QStringLiteral("tls-key"));
    if (!certPath.isEmpty() || !keyPath.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath);
        QFile keyFile(keyPath);
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
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
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // The whole chain goes to clients: the server's certificate and the intermediates after it.
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        limits.http.tls = tls;
    }
    // `serve` is what no command does too.
    QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("serve")})
        positional.clear();
    // The service's key file needs no database.
    const QString serviceKeyPath = ServiceKey::path(parser.value(QStringLiteral("service-key")));
    if (positional.value(0) == QLatin1String("service-key"))
        return ServiceCommands::serviceKey(positional, parser.value(QStringLiteral("service-key")), out, err);
    // `tenant ...` and `member ...` serve nothing: only serving needs a safe address.
    const bool loopback = listen->host.isLoopback() || !positional.isEmpty();
    if (limits.http.behindProxy && !loopback) {
        err << "sitekeeper-server: --behind-proxy serves plain HTTP to the proxy on this machine only: "
               "listen on 127.0.0.1 or [::1], not "
            << parser.value(QStringLiteral("listen")) << '\n';
        return 2;
    }
    if (!limits.http.tls && !loopback) {
        err << "sitekeeper-server: --listen " << parser.value(QStringLiteral("listen"))
            << " would serve plain HTTP to the network, tokens readable on the way. Give --tls-cert and "
               "--tls-key, or listen on 127.0.0.1 behind a TLS proxy with --behind-proxy.\n";
        return 2;
    }

    // Serving keeps the service's public key only: `credential open` reads the private one itself.
    QByteArray servicePublicKey;
    if (positional.isEmpty() && !serviceKeyPath.isEmpty()) {
        auto keys = ServiceKey::read(serviceKeyPath);
        if (!keys) {
            err << "sitekeeper-server: " << keys.error().message << '\n';
            return 2;
        }
        sitekeeper::protocol::sealing::wipe(keys.value().secretKey);
        servicePublicKey = keys->publicKey;
    }

    QString password = qEnvironmentVariable("SITEKEEPER_DATABASE_PASSWORD");
    if (const QString file = parser.value(QStringLiteral("database-password-file")); !file.isEmpty()) {
        QFile secret(file);
        if (!secret.open(QIODevice::ReadOnly)) {
            err << "sitekeeper-server: cannot read --database-password-file " << file << ": "
                << secret.errorString() << '\n';
            return 2;
        }
        password = QString::fromUtf8(secret.readLine()).trimmed();
    }
    auto store = ServerStore::open(parser.value(QStringLiteral("database")), password);
    if (!store) {
        err << "sitekeeper-server: " << store.error().message << '\n';
        return 2;
    }
    if (!positional.isEmpty()) {
        if (positional.constFirst() == QLatin1String("tenant"))
            return tenantCommand(*store.value(), parser, positional, out, err);
        if (positional.constFirst() == QLatin1String("member"))
            return memberCommand(*store.value(), parser, positional, out, err);
        if (positional.constFirst() == QLatin1String("credential")) {
            out.flush();
            return ServiceCommands::credentialOpen(
                *store.value(), positional,
                {serviceKeyPath, parser.value(QStringLiteral("tenant")), parser.value(QStringLiteral("site")),
                 parser.value(QStringLiteral("label")), parser.value(QStringLiteral("as")),
                 parser.value(QStringLiteral("reason"))},
                err);
        }
        err << "sitekeeper-server: unknown command " << positional.constFirst() << '\n';
        return 2;
    }
    if (!servicePublicKey.isEmpty()) {
        store.value()->setServicePublicKey(servicePublicKey);
        qCInfo(sitekeeper::server::lcServer) << "the service's key has the fingerprint"
                                             << sitekeeper::protocol::sealing::fingerprint(servicePublicKey);
    }

    store.value()->setQuotas({qint64(value("quota-records")), qint64(value("quota-bytes"))});

    if (const rlim_t files = raiseFileLimit();
        files != RLIM_INFINITY && files < rlim_t(limits.http.maxConnections) + 64) {
        err << "sitekeeper-server: warning: only " << qulonglong(files)
            << " open files are allowed, fewer than --max-connections " << limits.http.maxConnections
            << " needs; raise the limit (ulimit -n, LimitNOFILE=) or lower --max-connections\n";
        err.flush();
    }
    const double retentionDays = value("answer-retention");
    auto purge = [&store, retentionDays] {
        const QDateTime before =
            QDateTime::currentDateTimeUtc().addMSecs(-qint64(retentionDays * 24 * 3600 * 1000));
        if (auto purged = store.value()->purgeAnswers(before); purged && purged.value() > 0)
            qCInfo(sitekeeper::server::lcServer)
                << "deleted" << purged.value() << "op answers older than" << retentionDays << "days";
    };
    purge();
    QTimer purgeTimer;
    QObject::connect(&purgeTimer, &QTimer::timeout, purge);
    purgeTimer.start(std::chrono::hours(1));

    ApiServer server(*store.value(), limits);
    const quint16 port = server.listen(listen->host, listen->port);
    if (port == 0) {
        err << "sitekeeper-server: cannot listen on " << parser.value(QStringLiteral("listen"))
            << " (address in use or not on this machine)\n";
        return 2;
    }

    if (::pipe(signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);
    // The chosen port on its own line lets scripts and tests start the server on port 0.
    out << "listening on " << listen->host.toString() << ':' << port << Qt::endl;
    const int code = app.exec();
    if (limits.stats)
        err << server.statsLine() << Qt::endl;
    return code;
}
