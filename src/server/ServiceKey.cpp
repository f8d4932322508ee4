// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceKey.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sitekeeper::server {

namespace {

Error failure(const QString& message) {
    return Error{message, QString()};
}

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Closes the descriptor however the function ends.
struct Descriptor {
    int fd = -1;
    ~Descriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString ServiceKey::path(const QString& option) {
    if (!option.isEmpty())
        return option;
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (credentials.isEmpty())
        return {};
    const QString loaded = QDir(credentials).filePath(QStringLiteral("service-key"));
    QFile file(loaded);
    if (!file.exists())
        return {};
    // "none" is the unit's SetCredential= fallback for when no key file was made: no service key.
    if (file.size() <= 8 && file.open(QIODevice::ReadOnly) && file.readAll().trimmed() == "none")
        return {};
    return loaded;
}

Result<protocol::sealing::KeyPair> ServiceKey::read(const QString& path) {
    Descriptor file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0)
        return failure(tr("Cannot read the service key %1: %2.").arg(path, systemError()));
    // The descriptor's own mode: the file read is the file checked.
    struct stat status {};
    if (::fstat(file.fd, &status) != 0)
        return failure(tr("Cannot read the service key %1: %2.").arg(path, systemError()));
    if (!S_ISREG(status.st_mode))
        return failure(tr("The service key %1 is not a file.").arg(path));
    const mode_t mode = status.st_mode & 07777;
    if (mode != 0600 && mode != 0400)
        return failure(
            tr("The service key %1 has mode %2: only its owner may read it. Run chmod 600 %1 (and check "
               "who could have copied it meanwhile).")
                .arg(path, QString::number(mode, 8).rightJustified(4, QLatin1Char('0'))));
    QByteArray content(4096, Qt::Uninitialized);
    qsizetype size = 0;
    while (size < content.size()) {
        const ssize_t got = ::read(file.fd, content.data() + size, size_t(content.size() - size));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            protocol::sealing::wipe(content);
            return failure(tr("Cannot read the service key %1: %2.").arg(path, systemError()));
        }
        if (got == 0)
            break;
        size += got;
    }
    content.truncate(size);
    const QList<QByteArray> lines = content.split('\n');
    QByteArray secret;
    if (lines.size() >= 2 && lines.at(0).trimmed() == header)
        secret = protocol::sealing::decodeKey(QString::fromLatin1(lines.at(1).trimmed()));
    protocol::sealing::wipe(content);
    const protocol::sealing::KeyPair keys = protocol::sealing::fromSecretKey(secret);
    protocol::sealing::wipe(secret);
    if (!keys.isValid())
        return failure(
            tr("%1 is not a service key file: its first line must be %2 and its second the private key "
               "in base64. Make one with sitekeeper-server service-key init.")
                .arg(path, QString::fromLatin1(header)));
    return keys;
}

Result<protocol::sealing::KeyPair> ServiceKey::create(const QString& path) {
    protocol::sealing::KeyPair keys = protocol::sealing::generate();
    if (!keys.isValid())
        return failure(tr("Cannot make a key pair: libsodium found no source of randomness."));
    const QByteArray name = QFile::encodeName(path);
    Descriptor file{::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)};
    if (file.fd < 0) {
        if (errno == EEXIST)
            return Error{
                tr("%1 exists already; it is not overwritten (a new key would strand every copy sealed "
                   "for the old one). Show its key with service-key show, or choose another file.")
                    .arg(path),
                {},
                Error::Kind::Conflict};
        return failure(tr("Cannot create the service key %1: %2.").arg(path, systemError()));
    }
    QByteArray encoded = keys.secretKey.toBase64();
    QByteArray content = QByteArray(header) + '\n' + encoded + '\n';
    protocol::sealing::wipe(encoded);
    bool written = ::fchmod(file.fd, 0600) == 0;
    for (qsizetype done = 0; written && done < content.size();) {
        const ssize_t put = ::write(file.fd, content.constData() + done, size_t(content.size() - done));
        if (put < 0 && errno == EINTR)
            continue;
        written = put > 0;
        done += written ? put : 0;
    }
    written = written && ::fsync(file.fd) == 0;
    protocol::sealing::wipe(content);
    if (!written) {
        const QString reason = systemError();
        ::unlink(name.constData());
        return failure(tr("Cannot write the service key %1: %2.").arg(path, reason));
    }
    return keys;
}

} // namespace sitekeeper::server
