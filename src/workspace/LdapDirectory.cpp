// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapDirectory.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>
#include <chrono>
#include <ldap.h>
#include <memory>
#include <vector>

namespace sitekeeper {

namespace {

// How often a wait for the server looks at the progress callback (Cancel).
constexpr int pollMilliseconds = 200;

Error failure(const QString& message, const QString& where = {}, Error::Kind kind = Error::Kind::Invalid) {
    Error error{message, where};
    error.kind = kind;
    return error;
}

// The URL as messages name it: scheme, host and port, never a user name or password.
QString urlText(const QUrl& url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

struct Unbind {
    void operator()(LDAP* ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
using Handle = std::unique_ptr<LDAP, Unbind>;
struct FreeMessage {
    void operator()(LDAPMessage* message) const { ldap_msgfree(message); }
};
using Message = std::unique_ptr<LDAPMessage, FreeMessage>;
struct FreeControl {
    void operator()(LDAPControl* control) const { ldap_control_free(control); }
};
using Control = std::unique_ptr<LDAPControl, FreeControl>;
struct FreeValues {
    void operator()(berval** values) const { ldap_value_free_len(values); }
};
using Values = std::unique_ptr<berval*, FreeValues>;

// libldap's strings, given back with ldap_memfree.
QString takeString(char* text) {
    if (!text)
        return {};
    QString result = QString::fromUtf8(text);
    ldap_memfree(text);
    return result;
}

// The server's own words about the last failure on `ld` (Active Directory puts its reason code there).
QString diagnostic(LDAP* ld) {
    char* text = nullptr;
    ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text);
    return takeString(text).trimmed();
}

QString withDiagnostic(const QString& message, const QString& diag) {
    // "(unknown error code)" is libldap's filler when TLS fails: it says nothing.
    if (diag.isEmpty() || diag == QLatin1String("(unknown error code)"))
        return message;
    return LdapDirectory::tr("%1 (the server said: %2)").arg(message, diag);
}

// Whether a TCP connection to the URL's host and port opens at all: tells an unreachable server from a
// failed TLS handshake, which libldap reports alike.
bool tcpAnswers(const QUrl& url, int timeoutSeconds) {
    QTcpSocket socket;
    const int defaultPort = url.scheme() == QLatin1String("ldaps") ? 636 : 389;
    socket.connectToHost(url.host(), quint16(url.port(defaultPort)));
    const bool connected = socket.waitForConnected(timeoutSeconds * 1000);
    socket.abort();
    return connected;
}

// What the server's certificate check needs the user to know.
QString tlsTrouble(const LdapDirectory::Options& options) {
    return options.caFile.isEmpty()
               ? LdapDirectory::tr(
                     "its certificate is not signed by a CA this system trusts, has expired, or "
                     "is not issued to %1; give the directory's CA file")
                     .arg(options.url.host())
               : LdapDirectory::tr("its certificate is not signed by the CA in %1, has expired, or is not "
                                   "issued to %2")
                     .arg(options.caFile, options.url.host());
}

// The text of an Active Directory bind refusal's reason code ("... data 775, ..."), or empty.
QString activeDirectoryReason(const QString& diag) {
    static const QRegularExpression code(QStringLiteral("\\bdata ([0-9a-fA-F]{3,4})\\b"));
    const QRegularExpressionMatch match = code.match(diag);
    if (!match.hasMatch())
        return {};
    const QString value = match.captured(1).toLower();
    if (value == QLatin1String("525"))
        return LdapDirectory::tr("no such user");
    if (value == QLatin1String("52e"))
        return LdapDirectory::tr("wrong password");
    if (value == QLatin1String("530") || value == QLatin1String("531"))
        return LdapDirectory::tr("the account may not sign in now or from here");
    if (value == QLatin1String("532"))
        return LdapDirectory::tr("the password has expired");
    if (value == QLatin1String("533"))
        return LdapDirectory::tr("the account is disabled");
    if (value == QLatin1String("701"))
        return LdapDirectory::tr("the account has expired");
    if (value == QLatin1String("773"))
        return LdapDirectory::tr("the password must be changed first");
    if (value == QLatin1String("775"))
        return LdapDirectory::tr("the account is locked out");
    return {};
}

class Reader {
public:
    Reader(const LdapDirectory::Options& options, const LdapDirectory::Progress& progress)
        : m_options(options)
        , m_progress(progress)
        , m_url(urlText(options.url)) {}

    Result<CsvTable> read(const QByteArray& password);

private:
    Result<void> open();
    Result<void> bind(const QByteArray& password);
    Result<void> search(CsvTable& table);
    // Waits for the next message of `msgid`, looking at the progress callback meanwhile.
    Result<Message> next(int msgid);
    // The error of a failed connection (rc: LDAP_SERVER_DOWN, LDAP_CONNECT_ERROR, LDAP_TIMEOUT).
    Error connectionError(int rc) const;
    Error operationError(const QString& what, int rc, const QString& diag) const;
    bool cancelled() { return m_progress && !m_progress(m_entries); }
    Error cancelError() const {
        return failure(LdapDirectory::tr("Reading the directory was cancelled."), m_url,
                       Error::Kind::Cancelled);
    }
    Result<void> readEntry(LDAPMessage* entry, CsvTable& table);

    const LdapDirectory::Options& m_options;
    const LdapDirectory::Progress& m_progress;
    const QString m_url;
    Handle m_ld;
    bool m_tls = false;
    qint64 m_entries = 0;
    QList<QByteArray> m_attributes;
};

Error Reader::connectionError(int rc) const {
    if (rc == LDAP_TIMEOUT)
        return failure(LdapDirectory::tr("The directory at %1 did not answer within %2 s.")
                           .arg(m_url)
                           .arg(m_options.timeoutSeconds),
                       QStringLiteral("url"), Error::Kind::Unavailable);
    if (m_tls && tcpAnswers(m_options.url, m_options.timeoutSeconds))
        return failure(
            LdapDirectory::tr("TLS with the directory at %1 failed: %2.").arg(m_url, tlsTrouble(m_options)),
            m_options.caFile.isEmpty() ? QStringLiteral("url") : QStringLiteral("ca_file"),
            Error::Kind::Unavailable);
    return failure(LdapDirectory::tr("Cannot reach the directory at %1: %2. Check the host name, the port "
                                     "and that the server runs.")
                       .arg(m_url, QString::fromUtf8(ldap_err2string(rc))),
                   QStringLiteral("url"), Error::Kind::Unavailable);
}

Error Reader::operationError(const QString& what, int rc, const QString& diag) const {
    if (rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR || rc == LDAP_TIMEOUT)
        return connectionError(rc);
    return failure(
        withDiagnostic(
            LdapDirectory::tr("%1 failed at %2: %3").arg(what, m_url, QString::fromUtf8(ldap_err2string(rc))),
            diag),
        QString(), Error::Kind::Unavailable);
}

Result<void> Reader::open() {
    LDAP* raw = nullptr;
    const QByteArray url = urlText(m_options.url).toUtf8();
    if (const int rc = ldap_initialize(&raw, url.constData()); rc != LDAP_SUCCESS || !raw)
        return failure(LdapDirectory::tr("The directory URL %1 cannot be used: %2")
                           .arg(m_url, QString::fromUtf8(ldap_err2string(rc))),
                       QStringLiteral("url"));
    m_ld.reset(raw);
    LDAP* ld = m_ld.get();
    const int version = LDAP_VERSION3;
    timeval timeout{};
    timeout.tv_sec = m_options.timeoutSeconds;
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    const int tls12 = LDAP_OPT_X_TLS_PROTOCOL_TLS1_2;
    const ber_len_t maxIncoming = ber_len_t(m_options.maxReplyBytes);
    Sockbuf* sockbuf = nullptr;
    // The handle's own settings win over ldap.conf and ~/.ldaprc: no referrals (they would bind
    // elsewhere), the certificate always checked, TLS 1.2 at least, bounded waits and replies.
    const bool set =
        ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version) == LDAP_OPT_SUCCESS &&
        ldap_set_option(ld, LDAP_OPT_REFERRALS, nullptr) == LDAP_OPT_SUCCESS &&
        ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout) == LDAP_OPT_SUCCESS &&
        ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout) == LDAP_OPT_SUCCESS &&
        ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand) == LDAP_OPT_SUCCESS &&
        ldap_set_option(ld, LDAP_OPT_X_TLS_PROTOCOL_MIN, &tls12) == LDAP_OPT_SUCCESS &&
        ldap_get_option(ld, LDAP_OPT_SOCKBUF, &sockbuf) == LDAP_OPT_SUCCESS && sockbuf &&
        ber_sockbuf_ctrl(sockbuf, LBER_SB_OPT_SET_MAX_INCOMING, const_cast<ber_len_t*>(&maxIncoming)) == 1;
    if (!set)
        return failure(LdapDirectory::tr("The LDAP library refused its settings for %1.").arg(m_url),
                       QStringLiteral("url"), Error::Kind::Unavailable);
    m_tls = m_options.url.scheme() == QLatin1String("ldaps") || m_options.startTls;
    if (!m_tls)
        return {};
    if (!m_options.caFile.isEmpty()) {
        const QByteArray caFile = QFileInfo(m_options.caFile).absoluteFilePath().toLocal8Bit();
        if (ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, caFile.constData()) != LDAP_OPT_SUCCESS)
            return failure(LdapDirectory::tr("The CA file %1 cannot be used.").arg(m_options.caFile),
                           QStringLiteral("ca_file"));
    }
    // A TLS context of this handle's settings (else the process-wide one of ldap.conf).
    const int server = 0;
    if (ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &server) != LDAP_OPT_SUCCESS)
        return failure(
            m_options.caFile.isEmpty()
                ? LdapDirectory::tr("TLS cannot be set up for %1: %2")
                      .arg(m_url, withDiagnostic(LdapDirectory::tr("the system's CAs cannot be read"),
                                                 diagnostic(ld)))
                : LdapDirectory::tr("The CA file %1 holds no certificate the LDAP library can read "
                                    "(PEM).")
                      .arg(m_options.caFile),
            m_options.caFile.isEmpty() ? QStringLiteral("url") : QStringLiteral("ca_file"));
    if (m_options.url.scheme() == QLatin1String("ldap")) {
        // StartTLS before anything else is sent: the bind's password only ever travels encrypted.
        const int rc = ldap_start_tls_s(ld, nullptr, nullptr);
        if (rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT)
            return connectionError(rc);
        if (rc == LDAP_CONNECT_ERROR)
            return failure(LdapDirectory::tr("StartTLS with the directory at %1 failed: %2.")
                               .arg(m_url, tlsTrouble(m_options)),
                           m_options.caFile.isEmpty() ? QStringLiteral("url") : QStringLiteral("ca_file"),
                           Error::Kind::Unavailable);
        if (rc != LDAP_SUCCESS)
            return failure(withDiagnostic(LdapDirectory::tr("The directory at %1 refused StartTLS (%2): use "
                                                            "ldaps:// if it offers that.")
                                              .arg(m_url, QString::fromUtf8(ldap_err2string(rc))),
                                          diagnostic(ld)),
                           QStringLiteral("start_tls"), Error::Kind::Unavailable);
    }
    return {};
}

Result<Message> Reader::next(int msgid) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(m_options.timeoutSeconds);
    for (;;) {
        if (cancelled()) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            return cancelError();
        }
        timeval poll{};
        poll.tv_usec = pollMilliseconds * 1000;
        LDAPMessage* raw = nullptr;
        const int type = ldap_result(m_ld.get(), msgid, LDAP_MSG_ONE, &poll, &raw);
        if (type > 0)
            return Message(raw);
        if (raw)
            ldap_msgfree(raw);
        if (type < 0) {
            int rc = LDAP_OTHER;
            ldap_get_option(m_ld.get(), LDAP_OPT_RESULT_CODE, &rc);
            return operationError(LdapDirectory::tr("Reading the answer"), rc, diagnostic(m_ld.get()));
        }
        if (Clock::now() > deadline) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            return connectionError(LDAP_TIMEOUT);
        }
    }
}

Result<void> Reader::bind(const QByteArray& password) {
    const QByteArray dn = m_options.bindDn.toUtf8();
    berval credentials{};
    credentials.bv_len = ber_len_t(password.size());
    credentials.bv_val = const_cast<char*>(password.constData());
    int msgid = 0;
    int rc =
        ldap_sasl_bind(m_ld.get(), dn.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, &msgid);
    if (rc != LDAP_SUCCESS)
        return operationError(LdapDirectory::tr("Binding"), rc, diagnostic(m_ld.get()));
    auto answer = next(msgid);
    if (!answer)
        return answer.error();
    char* diagText = nullptr;
    int parsed = ldap_parse_result(m_ld.get(), answer->get(), &rc, nullptr, &diagText, nullptr, nullptr, 0);
    const QString diag = takeString(diagText).trimmed();
    if (parsed != LDAP_SUCCESS)
        return operationError(LdapDirectory::tr("Binding"), parsed, diag);
    switch (rc) {
    case LDAP_SUCCESS:
        return {};
    case LDAP_INVALID_CREDENTIALS: {
        const QString reason = activeDirectoryReason(diag);
        QString message =
            LdapDirectory::tr("The directory refused the bind DN or password (%1).").arg(m_options.bindDn);
        if (!reason.isEmpty())
            message += QLatin1Char(' ') + LdapDirectory::tr("Active Directory says: %1.").arg(reason);
        return failure(message, QStringLiteral("bind_dn"), Error::Kind::Forbidden);
    }
    case LDAP_INVALID_DN_SYNTAX:
        return failure(LdapDirectory::tr("The bind DN \"%1\" is not a DN the directory accepts; write it as "
                                         "cn=name,ou=unit,dc=example,dc=com (or name@domain for Active "
                                         "Directory).")
                           .arg(m_options.bindDn),
                       QStringLiteral("bind_dn"));
    case LDAP_CONFIDENTIALITY_REQUIRED:
    case LDAP_STRONG_AUTH_REQUIRED:
        return failure(withDiagnostic(LdapDirectory::tr("The directory at %1 wants an encrypted connection "
                                                        "for the bind: use ldaps:// or StartTLS.")
                                          .arg(m_url),
                                      diag),
                       QStringLiteral("start_tls"), Error::Kind::Forbidden);
    default:
        return operationError(LdapDirectory::tr("Binding as %1").arg(m_options.bindDn), rc, diag);
    }
}

Result<void> Reader::readEntry(LDAPMessage* entry, CsvTable& table) {
    if (++m_entries > m_options.maxEntries)
        return failure(LdapDirectory::tr("More than %1 entries match under %2: narrow the base DN or the "
                                         "filter.")
                           .arg(m_options.maxEntries)
                           .arg(m_options.baseDn),
                       QStringLiteral("base_dn"));
    LDAP* ld = m_ld.get();
    const QString dn = takeString(ldap_get_dn(ld, entry));
    QStringList row;
    row.reserve(m_attributes.size() + 1);
    row << dn;
    for (const QByteArray& attribute : std::as_const(m_attributes)) {
        const Values values(ldap_get_values_len(ld, entry, attribute.constData()));
        if (!values || !values.get()[0]) {
            row << QString();
            continue;
        }
        // A person's attributes hold one value; of several (telephoneNumber), the first.
        const berval* value = values.get()[0];
        if (value->bv_len > ber_len_t(m_options.maxValueLength))
            return failure(LdapDirectory::tr("The %1 of %2 is %3 bytes long; more than %4 is not a person's "
                                             "attribute.")
                               .arg(QString::fromLatin1(attribute), dn)
                               .arg(qulonglong(value->bv_len))
                               .arg(m_options.maxValueLength),
                           dn);
        const QByteArrayView bytes(value->bv_val, qsizetype(value->bv_len));
        if (bytes.contains('\0'))
            return failure(LdapDirectory::tr("The %1 of %2 is not text (it holds a NUL byte).")
                               .arg(QString::fromLatin1(attribute), dn),
                           dn);
        row << QString::fromUtf8(bytes);
    }
    table.rows.append(row);
    table.lines.append(int(table.rows.size()));
    return {};
}

Result<void> Reader::search(CsvTable& table) {
    LDAP* ld = m_ld.get();
    const QByteArray base = m_options.baseDn.toUtf8();
    const QByteArray filter =
        (m_options.filter.trimmed().isEmpty() ? LdapDirectory::defaultFilter() : m_options.filter.trimmed())
            .toUtf8();
    std::vector<char*> attributes;
    for (QByteArray& attribute : m_attributes)
        attributes.push_back(attribute.data());
    attributes.push_back(nullptr);

    berval cookie{};
    QByteArray cookieBytes;
    int pages = 0;
    for (;;) {
        cookie.bv_len = ber_len_t(cookieBytes.size());
        cookie.bv_val = cookieBytes.isEmpty() ? nullptr : cookieBytes.data();
        LDAPControl* rawControl = nullptr;
        // Not critical: a directory without paging answers in one piece, and says so if its size limit
        // cut the answer short (below).
        if (const int rc =
                ldap_create_page_control(ld, ber_int_t(m_options.pageSize), &cookie, 0, &rawControl);
            rc != LDAP_SUCCESS)
            return operationError(LdapDirectory::tr("Asking for pages"), rc, QString());
        const Control pageControl(rawControl);
        LDAPControl* controls[] = {pageControl.get(), nullptr};
        int msgid = 0;
        int rc = ldap_search_ext(ld, base.constData(), LDAP_SCOPE_SUBTREE, filter.constData(),
                                 attributes.data(), 0, controls, nullptr, nullptr, LDAP_NO_LIMIT, &msgid);
        if (rc == LDAP_FILTER_ERROR)
            return failure(LdapDirectory::tr("The filter %1 is not an LDAP filter; write it as "
                                             "(&(objectClass=user)(department=Sales)).")
                               .arg(QString::fromUtf8(filter)),
                           QStringLiteral("filter"));
        if (rc != LDAP_SUCCESS)
            return operationError(LdapDirectory::tr("Searching"), rc, diagnostic(ld));
        ++pages;
        for (;;) {
            auto message = next(msgid);
            if (!message)
                return message.error();
            const int type = ldap_msgtype(message->get());
            if (type == LDAP_RES_SEARCH_ENTRY) {
                if (auto read = readEntry(message->get(), table); !read)
                    return read;
                if (m_entries % 100 == 0 && cancelled()) {
                    ldap_abandon_ext(ld, msgid, nullptr, nullptr);
                    return cancelError();
                }
                continue;
            }
            if (type != LDAP_RES_SEARCH_RESULT)
                continue; // a search reference: referrals are not followed
            char* diagText = nullptr;
            char* matchedText = nullptr;
            LDAPControl** serverControls = nullptr;
            const int parsed = ldap_parse_result(ld, message->get(), &rc, &matchedText, &diagText, nullptr,
                                                 &serverControls, 0);
            const QString diag = takeString(diagText).trimmed();
            const QString matched = takeString(matchedText);
            if (parsed != LDAP_SUCCESS)
                return operationError(LdapDirectory::tr("Searching"), parsed, diag);
            cookieBytes.clear();
            if (LDAPControl* response =
                    ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
                ber_int_t estimate = 0;
                berval next{};
                if (ldap_parse_pageresponse_control(ld, response, &estimate, &next) == LDAP_SUCCESS) {
                    cookieBytes = QByteArray(next.bv_val, qsizetype(next.bv_len));
                    ber_memfree(next.bv_val);
                }
            }
            ldap_controls_free(serverControls);
            switch (rc) {
            case LDAP_SUCCESS:
                break;
            case LDAP_NO_SUCH_OBJECT:
                return failure(
                    LdapDirectory::tr("The base DN %1 does not exist in the directory at %2%3.")
                        .arg(m_options.baseDn, m_url,
                             matched.isEmpty()
                                 ? QString()
                                 : LdapDirectory::tr(" (the nearest entry that exists is %1)").arg(matched)),
                    QStringLiteral("base_dn"), Error::Kind::NotFound);
            case LDAP_INVALID_DN_SYNTAX:
                return failure(LdapDirectory::tr("The base DN \"%1\" is not a DN; write it as "
                                                 "ou=Users,dc=example,dc=com.")
                                   .arg(m_options.baseDn),
                               QStringLiteral("base_dn"));
            case LDAP_SIZELIMIT_EXCEEDED:
                return failure(LdapDirectory::tr("The directory at %1 stopped after %2 entries (its size "
                                                 "limit) and does not answer in pages: narrow the base DN "
                                                 "or the filter, or raise the limit for the bind DN.")
                                   .arg(m_url)
                                   .arg(m_entries),
                               QStringLiteral("base_dn"));
            case LDAP_REFERRAL:
                return failure(LdapDirectory::tr("The base DN %1 is held by another server (the directory "
                                                 "at %2 refers elsewhere): connect to that one.")
                                   .arg(m_options.baseDn, m_url),
                               QStringLiteral("base_dn"));
            case LDAP_INSUFFICIENT_ACCESS:
                return failure(withDiagnostic(LdapDirectory::tr("The bind DN %1 may not read under %2.")
                                                  .arg(m_options.bindDn, m_options.baseDn),
                                              diag),
                               QStringLiteral("bind_dn"), Error::Kind::Forbidden);
            default:
                return operationError(LdapDirectory::tr("Searching under %1").arg(m_options.baseDn), rc,
                                      diag);
            }
            break;
        }
        if (cookieBytes.isEmpty())
            return {};
        if (pages > m_options.maxEntries / qMax(1, m_options.pageSize) + 1)
            return failure(LdapDirectory::tr("The directory at %1 keeps sending pages: more than %2 entries.")
                               .arg(m_url)
                               .arg(m_options.maxEntries),
                           QStringLiteral("base_dn"));
        if (cancelled())
            return cancelError();
    }
}

Result<CsvTable> Reader::read(const QByteArray& password) {
    for (const QString& attribute : LdapDirectory::attributes())
        m_attributes.append(attribute.toLatin1());
    if (auto opened = open(); !opened)
        return opened.error();
    if (auto bound = bind(password); !bound)
        return bound.error();
    CsvTable table;
    table.header << QStringLiteral("distinguishedName") << LdapDirectory::attributes();
    table.encoding = CsvTable::Encoding::Utf8;
    if (auto searched = search(table); !searched)
        return searched.error();
    // An attribute no entry has is no column: ProfileImport takes the first of a field's columns that
    // the header has (displayName, else cn; mail, else userPrincipalName), as in an export.
    for (qsizetype column = table.header.size() - 1; column >= 1; --column) {
        const bool used = std::any_of(table.rows.cbegin(), table.rows.cend(),
                                      [column](const QStringList& row) { return !row.at(column).isEmpty(); });
        if (used)
            continue;
        table.header.removeAt(column);
        for (QStringList& row : table.rows)
            row.removeAt(column);
    }
    if (m_progress)
        m_progress(m_entries);
    return table;
}

} // namespace

QString LdapDirectory::activeDirectoryFilter() {
    return QStringLiteral("(&(objectClass=user)(objectCategory=person))");
}

QString LdapDirectory::defaultFilter() {
    return QStringLiteral("(|%1(objectClass=inetOrgPerson))").arg(activeDirectoryFilter());
}

QStringList LdapDirectory::attributes() {
    return {QStringLiteral("displayName"),
            QStringLiteral("cn"),
            QStringLiteral("givenName"),
            QStringLiteral("sn"),
            QStringLiteral("mail"),
            QStringLiteral("userPrincipalName"),
            QStringLiteral("telephoneNumber"),
            QStringLiteral("mobile"),
            QStringLiteral("title"),
            QStringLiteral("c"),
            QStringLiteral("co"),
            QStringLiteral("userAccountControl")};
}

bool LdapDirectory::isLoopback(const QUrl& url) {
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> LdapDirectory::check(const Options& options) {
    const QUrl& url = options.url;
    const QString shown = urlText(url);
    if (!url.userInfo().isEmpty())
        return failure(tr("Refusing a directory URL with a user name or password in it (%1): give the bind "
                          "DN and the password on their own.")
                           .arg(shown),
                       QStringLiteral("url"));
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        return failure(tr("The directory URL \"%1\" is not valid; write it as ldaps://host[:port] or "
                          "ldap://host[:port].")
                           .arg(url.toString(QUrl::RemoveUserInfo)),
                       QStringLiteral("url"));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery())
        return failure(tr("The directory URL %1 has a path or a query; give the base DN and the filter on "
                          "their own.")
                           .arg(url.toString(QUrl::RemoveUserInfo)),
                       QStringLiteral("url"));
    if (scheme == QLatin1String("ldaps") && options.startTls)
        return failure(tr("StartTLS is for ldap:// URLs; %1 is encrypted from the start.").arg(shown),
                       QStringLiteral("start_tls"));
    if (scheme == QLatin1String("ldap") && !options.startTls && !isLoopback(url))
        return failure(tr("Refusing plain LDAP to %1: the password and the directory's data would travel "
                          "unencrypted. Use ldaps:// or StartTLS (plain ldap:// is only for a directory on "
                          "this machine).")
                           .arg(url.host()),
                       QStringLiteral("start_tls"));
    if (options.baseDn.trimmed().isEmpty())
        return failure(tr("The base DN is empty: name the part of the directory to read, such as "
                          "ou=Users,dc=example,dc=com."),
                       QStringLiteral("base_dn"));
    if (options.bindDn.trimmed().isEmpty())
        return failure(tr("The bind DN is empty: name the account that reads the directory, such as "
                          "cn=reader,dc=example,dc=com or reader@example.com."),
                       QStringLiteral("bind_dn"));
    if (options.pageSize < 1 || options.pageSize > 10'000)
        return failure(tr("The page size must be from 1 to 10000, not %1.").arg(options.pageSize),
                       QStringLiteral("page_size"));
    if (options.timeoutSeconds < 1 || options.timeoutSeconds > 3600)
        return failure(tr("The timeout must be from 1 to 3600 seconds, not %1.").arg(options.timeoutSeconds),
                       QStringLiteral("timeout"));
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isFile())
        return failure(tr("The CA file %1 does not exist.").arg(options.caFile), QStringLiteral("ca_file"),
                       Error::Kind::NotFound);
    return {};
}

Result<CsvTable> LdapDirectory::read(const Options& options, const QByteArray& password,
                                     const Progress& progress) {
    if (auto checked = check(options); !checked)
        return checked.error();
    // An empty password is an "unauthenticated bind" (RFC 4513): many servers accept it as anonymous.
    if (password.isEmpty())
        return failure(tr("The bind password is empty."), QStringLiteral("bind_password"));
    return Reader(options, progress).read(password);
}

} // namespace sitekeeper
