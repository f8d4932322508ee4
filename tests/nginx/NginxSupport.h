// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real nginx in front of sitekeeper-server instances, for tests/nginx and bench_sync --nginx (not
// a test itself): a test CA and a server certificate for 127.0.0.1 made with openssl, and nginx as
// a foreground process with its own prefix, configuration and temp folders in a scratch folder,
// serving packaging/nginx/sitekeeper.conf with only its ports and certificate paths replaced.

#include "TestOpenssl.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sitekeeper::test {

// The shipped site configuration.
inline QString shippedNginxConfig() {
    return QStringLiteral(SITEKEEPER_SOURCE_DIR "/packaging/nginx/sitekeeper.conf");
}

// The nginx binary (Debian installs it in /usr/sbin, which a user's PATH may lack); empty if none.
inline QString nginxPath() {
    QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

// A loopback port nothing listens on right now.
inline quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// ca.crt (a test CA) and server.crt/server.key (signed by it, for IP 127.0.0.1) in `dir`.
inline bool makeTestCertificates(const QString& dir) {
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    const QString S = QStringLiteral("-subj");
    return runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                            QStringLiteral("-days"), QStringLiteral("2"), S,
                            QStringLiteral("/CN=Sitekeeper nginx test CA")}) &&
           runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                            QStringLiteral("-out"), QStringLiteral("server.csr"), S,
                            QStringLiteral("/CN=127.0.0.1")}) &&
           runOpenssl(dir,
                      {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                       QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
}

// nginx serving the shipped site configuration on 127.0.0.1:port() in front of `upstreamPorts`.
class NginxFront {
public:
    explicit NginxFront(QString dir)
        : m_dir(std::move(dir)) {}
    ~NginxFront() { stop(); }

    // Why start() failed (nginx's own error log included), for the test's message.
    const QString& error() const { return m_error; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // `upstreamPorts` replace the two instances of the shipped file (8787, 8788).
    bool start(const QList<quint16>& upstreamPorts) {
        const QString binary = nginxPath();
        if (binary.isEmpty())
            return fail(QStringLiteral("nginx is not installed (Debian: apt install nginx)"));
        QFile shipped(shippedNginxConfig());
        if (!shipped.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read ") + shipped.fileName());
        QString site = QString::fromUtf8(shipped.readAll());
        m_port = freePort();
        QDir dir(m_dir);
        const auto replace = [&site](const QString& from, const QString& to) {
            if (!site.contains(from))
                return false;
            site.replace(from, to);
            return true;
        };
        QStringList upstreams;
        for (quint16 port : upstreamPorts)
            upstreams << QStringLiteral("server 127.0.0.1:%1 max_fails=2 fail_timeout=10s;").arg(port);
        if (!replace(QStringLiteral("listen 443 ssl http2;"),
                     QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_port)) ||
            !replace(QStringLiteral("listen [::]:443 ssl http2;"), QString()) ||
            !replace(QStringLiteral("server 127.0.0.1:8787 max_fails=2 fail_timeout=10s;"),
                     upstreams.join(QStringLiteral("\n    "))) ||
            !replace(QStringLiteral("server 127.0.0.1:8788 max_fails=2 fail_timeout=10s;"), QString()) ||
            !replace(QStringLiteral("/etc/ssl/sitekeeper/fullchain.pem"),
                     dir.filePath(QStringLiteral("server.crt"))) ||
            !replace(QStringLiteral("/etc/ssl/sitekeeper/privkey.pem"),
                     dir.filePath(QStringLiteral("server.key"))))
            return fail(
                QStringLiteral("packaging/nginx/sitekeeper.conf no longer has the lines this test replaces"));
        for (const char* temp : {"body", "proxy", "fastcgi", "uwsgi", "scgi"})
            dir.mkpath(QStringLiteral("temp/") + QLatin1String(temp));
        if (!write(QStringLiteral("site.conf"), site.toUtf8()))
            return fail(QStringLiteral("cannot write site.conf"));
        // One process, in the foreground: as root (CI) it stays root instead of switching to a
        // worker user that could not read this private folder; nothing here needs more.
        const QByteArray main = QStringLiteral("daemon off;\n"
                                               "master_process off;\n"
                                               "worker_processes 1;\n"
                                               "pid %1/nginx.pid;\n"
                                               "error_log %1/error.log warn;\n"
                                               "events { worker_connections 512; }\n"
                                               "http {\n"
                                               "    access_log off;\n"
                                               "    default_type application/octet-stream;\n"
                                               "    client_body_temp_path %1/temp/body;\n"
                                               "    proxy_temp_path %1/temp/proxy;\n"
                                               "    fastcgi_temp_path %1/temp/fastcgi;\n"
                                               "    uwsgi_temp_path %1/temp/uwsgi;\n"
                                               "    scgi_temp_path %1/temp/scgi;\n"
                                               "    include %1/site.conf;\n"
                                               "}\n")
                                    .arg(m_dir)
                                    .toUtf8();
        if (!write(QStringLiteral("nginx.conf"), main))
            return fail(QStringLiteral("cannot write nginx.conf"));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process->start(binary, {QStringLiteral("-p"), m_dir, QStringLiteral("-c"),
                                  dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                                  dir.filePath(QStringLiteral("error.log"))});
        if (!m_process->waitForStarted(10'000))
            return fail(QStringLiteral("cannot start ") + binary);
        // Up once it accepts connections on its port.
        for (int i = 0; i < 200; ++i) {
            if (m_process->state() != QProcess::Running)
                return fail(QStringLiteral("nginx exited: ") + QString::fromUtf8(m_process->readAll()) +
                            log());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        return fail(QStringLiteral("nginx did not listen on port %1: ").arg(m_port) + log());
    }

    void stop() {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: fast shutdown
            if (!m_process->waitForFinished(10'000)) {
                m_process->kill();
                m_process->waitForFinished(10'000);
            }
        }
        m_process.reset();
    }

    QString log() const {
        QFile file(QDir(m_dir).filePath(QStringLiteral("error.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
    }

private:
    bool fail(const QString& why) {
        m_error = why;
        return false;
    }
    bool write(const QString& name, const QByteArray& text) const {
        QFile file(QDir(m_dir).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace sitekeeper::test
