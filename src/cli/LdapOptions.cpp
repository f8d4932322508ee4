// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapOptions.h"

#include "CliSupport.h"
#include "CredentialVault.h"
#include "LdapSources.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace sitekeeper {

namespace {

const QString ldapName = QStringLiteral("ldap");
const QString savedName = QStringLiteral("ldap-saved");
const QString baseDnName = QStringLiteral("base-dn");
const QString bindDnName = QStringLiteral("bind-dn");
const QString passwordName = QStringLiteral("bind-password-stdin");
const QString filterName = QStringLiteral("filter");
const QString startTlsName = QStringLiteral("start-tls");
const QString caFileName = QStringLiteral("ca-file");
const QString pageSizeName = QStringLiteral("page-size");
const QString timeoutName = QStringLiteral("timeout");
const QString rememberName = QStringLiteral("remember");

// The options that describe a source: given with --ldap, refused with --ldap-saved.
QStringList sourceOptions() {
    return {baseDnName, bindDnName, filterName, startTlsName, caFileName, pageSizeName, timeoutName};
}

Error usageError(const QString& message) {
    return Error{message, QString()};
}

// The first line of standard input, without its line end.
QByteArray readPasswordLine(bool* ok) {
    QFile in;
    *ok = in.open(stdin, QIODevice::ReadOnly);
    if (!*ok)
        return {};
    // A password line longer than this is not a password (and would be refused by the keychain).
    QByteArray line = in.readLine(CredentialVault::maxSecretSize + 2);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<int> number(const QCommandLineParser& parser, const QString& name, int fallback) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        return usageError(
            LdapOptions::tr("--%1 must be a whole number, not \"%2\"").arg(name, parser.value(name)));
    return value;
}

Result<LdapDirectory::Options> explicitOptions(const QCommandLineParser& parser) {
    LdapDirectory::Options options;
    options.url = QUrl(parser.value(ldapName), QUrl::StrictMode);
    options.baseDn = parser.value(baseDnName);
    options.bindDn = parser.value(bindDnName);
    options.filter = parser.value(filterName);
    options.startTls = parser.isSet(startTlsName);
    options.caFile = parser.value(caFileName);
    const auto pageSize = number(parser, pageSizeName, options.pageSize);
    if (!pageSize)
        return pageSize.error();
    options.pageSize = *pageSize;
    const auto timeout = number(parser, timeoutName, options.timeoutSeconds);
    if (!timeout)
        return timeout.error();
    options.timeoutSeconds = *timeout;
    return options;
}

// "--base-dn: the base DN is empty ...": the check's field as the option that gives it.
Error asOptionError(Error error) {
    static const QList<std::pair<QString, QString>> options{
        {QStringLiteral("url"), QStringLiteral("--ldap")},
        {QStringLiteral("base_dn"), QStringLiteral("--base-dn")},
        {QStringLiteral("bind_dn"), QStringLiteral("--bind-dn")},
        {QStringLiteral("bind_password"), QStringLiteral("--bind-password-stdin")},
        {QStringLiteral("filter"), QStringLiteral("--filter")},
        {QStringLiteral("start_tls"), QStringLiteral("--start-tls")},
        {QStringLiteral("ca_file"), QStringLiteral("--ca-file")},
        {QStringLiteral("page_size"), QStringLiteral("--page-size")},
        {QStringLiteral("timeout"), QStringLiteral("--timeout")},
    };
    for (const auto& [field, option] : options)
        if (error.where == field)
            error.where = option;
    return error;
}

template <class T>
std::optional<Result<T>> waitForResult(const std::function<void(std::function<void(Result<T>)>)>& start) {
    std::optional<Result<T>> result;
    waitFor([&](auto quit) {
        start([&result, quit](Result<T> r) {
            result = std::move(r);
            quit();
        });
    });
    return result;
}

} // namespace

void LdapOptions::add(QCommandLineParser& parser) {
    parser.addOption(
        {ldapName, tr("Read the directory at URL (ldaps://host or ldap://host)."), QStringLiteral("URL")});
    parser.addOption({savedName, tr("Read the directory remembered for the site (--remember).")});
    parser.addOption({baseDnName, tr("Where in the directory to read."), QStringLiteral("DN")});
    parser.addOption({bindDnName, tr("The account that reads the directory."), QStringLiteral("DN")});
    parser.addOption({passwordName, tr("Read the bind password from the first line of standard input.")});
    parser.addOption(
        {filterName,
         tr("LDAP filter of the entries to read (default: %1).").arg(LdapDirectory::defaultFilter()),
         QStringLiteral("F")});
    parser.addOption({startTlsName, tr("Encrypt an ldap:// connection with StartTLS.")});
    parser.addOption({caFileName, tr("CA certificates (PEM) the directory's certificate must chain to."),
                      QStringLiteral("FILE")});
    parser.addOption({pageSizeName, tr("Entries per page (default 500)."), QStringLiteral("N")});
    parser.addOption(
        {timeoutName, tr("Seconds to wait for the directory (default 30)."), QStringLiteral("SECONDS")});
    parser.addOption({rememberName, tr("Remember the source for the site, its password in the keychain.")});
}

QString LdapOptions::usage() {
    return QStringLiteral(
        "--ldap URL --base-dn DN --bind-dn DN [--bind-password-stdin] [--filter F] [--start-tls]\n"
        "    [--ca-file FILE] [--page-size N] [--timeout SECONDS] [--remember] | --ldap-saved");
}

bool LdapOptions::wanted(const QCommandLineParser& parser) {
    return parser.isSet(ldapName) || parser.isSet(savedName);
}

Result<void> LdapOptions::check(const QCommandLineParser& parser) {
    if (!wanted(parser)) {
        QStringList stray = sourceOptions();
        stray << passwordName << rememberName;
        for (const QString& name : std::as_const(stray))
            if (parser.isSet(name))
                return usageError(tr("--%1 goes with --ldap URL or --ldap-saved").arg(name));
        return {};
    }
    if (parser.isSet(ldapName) && parser.isSet(savedName))
        return usageError(tr("give --ldap URL or --ldap-saved, not both"));
    if (parser.isSet(savedName)) {
        for (const QString& name : sourceOptions())
            if (parser.isSet(name))
                return usageError(
                    tr("--ldap-saved reads the source remembered for the site; --%1 goes with --ldap URL")
                        .arg(name));
        if (parser.isSet(rememberName))
            return usageError(
                tr("--remember goes with --ldap URL: the source read by --ldap-saved is remembered"));
        return {};
    }
    const auto options = explicitOptions(parser);
    if (!options)
        return options.error();
    if (auto checked = LdapDirectory::check(*options); !checked)
        return asOptionError(checked.error());
    if (parser.isSet(rememberName) && !parser.isSet(passwordName))
        return usageError(tr("--remember needs the password: give --bind-password-stdin"));
    return {};
}

Result<LdapOptions::Read> LdapOptions::read(const QCommandLineParser& parser, Workspace& workspace,
                                            const QUuid& siteId, QTextStream& err) {
    if (auto checked = check(parser); !checked)
        return checked.error();
    const std::optional<LdapDirectory::Options> remembered = LdapSources::remembered(workspace, siteId);
    LdapDirectory::Options options;
    if (parser.isSet(savedName)) {
        if (!remembered)
            return usageError(tr("no directory is remembered for the site; read it once with --ldap URL ... "
                                 "--bind-password-stdin --remember"));
        options = *remembered;
    } else {
        options = explicitOptions(parser).value();
    }

    QByteArray password;
    if (parser.isSet(passwordName)) {
        bool ok = false;
        password = readPasswordLine(&ok);
        if (!ok)
            return usageError(tr("cannot read standard input for --bind-password-stdin"));
        if (password.isEmpty())
            return usageError(
                tr("no password on standard input. Pipe it in: ... --bind-password-stdin < file"));
    } else {
        // The keychain's password only where it was remembered: the same server, the same account.
        const bool same = remembered && remembered->url == options.url &&
                          remembered->bindDn.compare(options.bindDn, Qt::CaseInsensitive) == 0;
        if (!same)
            return usageError(
                tr("give the bind password with --bind-password-stdin (none is remembered for %1 "
                   "as %2)")
                    .arg(options.url.toString(QUrl::RemoveUserInfo), options.bindDn));
        const auto stored = waitForResult<QByteArray>(
            [&](auto done) { LdapSources::readPassword(workspace, siteId, std::move(done)); });
        if (!stored->ok())
            return usageError(tr("%1 Give it with --bind-password-stdin.").arg(stored->error().message));
        password = stored->value();
    }

    Read read;
    read.options = options;
    read.name = tr("%1 (%2)").arg(options.url.toString(QUrl::RemoveUserInfo), options.baseDn);
    qint64 said = 0;
    auto table = LdapDirectory::read(options, password, [&err, &said](qint64 entries) {
        // A line every 5000 entries: a large directory takes a while.
        if (entries / 5000 > said / 5000)
            err << tr("ldap: %1 entries read").arg(entries) << Qt::endl;
        said = entries;
        return true;
    });
    if (!table)
        return asOptionError(table.error());
    read.table = std::move(table).value();
    if (parser.isSet(rememberName)) {
        const auto stored = waitForResult<void>(
            [&](auto done) { LdapSources::remember(workspace, siteId, options, password, std::move(done)); });
        if (!stored->ok())
            return Error{tr("the directory was read, but not remembered: %1").arg(stored->error().message),
                         {}};
        err << tr("Remembered %1 for the site; --ldap-saved reads it again.").arg(read.name) << Qt::endl;
    }
    return read;
}

} // namespace sitekeeper
