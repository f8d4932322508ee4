// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A blocking HTTP/1.1 client on a plain POSIX socket, for the abuse tests: it sends exactly the bytes
// it is given (half a header, a body that never ends) and measures what comes back.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sitekeeper::test {

struct RawAnswer {
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

class RawHttp {
public:
    RawHttp() = default;
    ~RawHttp() { close(); }
    RawHttp(const RawHttp&) = delete;
    RawHttp& operator=(const RawHttp&) = delete;
    RawHttp(RawHttp&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
        , m_pending(std::move(other.m_pending)) {}

    bool connectTo(quint16 port) {
        close();
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return false;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            close();
            return false;
        }
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return true;
    }
    void close() {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_pending.clear();
    }
    int fd() const { return m_fd; }

    bool send(const QByteArray& data) {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    // Waits up to `ms` for a whole answer (status line, headers, Content-Length body).
    std::optional<RawAnswer> read(int ms) {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            if (auto answer = takeAnswer())
                return answer;
            const int left = ms - int(clock.elapsed());
            if (left <= 0 || !readSome(left))
                return takeAnswer();
        }
    }

    // Reads what is there within `ms`; false when the peer closed (or reset) the connection.
    bool readSome(int ms) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, ms) <= 0)
            return true;
        char buffer[65536];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        m_pending.append(buffer, n);
        return true;
    }

    std::optional<RawAnswer> takeAnswer() {
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawAnswer answer;
        answer.headers = m_pending.left(end);
        answer.status = m_pending.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray& line : answer.headers.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_pending.size() < end + 4 + length)
            return std::nullopt;
        answer.body = m_pending.mid(end + 4, length);
        m_pending.remove(0, end + 4 + length);
        return answer;
    }

private:
    int m_fd = -1;
    QByteArray m_pending;
};

inline QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                          const QByteArray& body = {}) {
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        text += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        text +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

} // namespace sitekeeper::test
