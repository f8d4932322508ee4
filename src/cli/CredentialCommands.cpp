// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialCommands.h"

#include "BackendClient.h"
#include "BackendConnection.h"
#include "CliSupport.h"
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "Enums.h"
#include "PasswordStrength.h"
#include "SecretScanner.h"
#include "Site.h"
#include "Store.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Problems = 1, Failure = 2 };

QCommandLineOption labelOption() {
    return {QStringLiteral("label"), QStringLiteral("Credential label"), QStringLiteral("L")};
}

} // namespace

QString CredentialCommands::usageLines() {
    return QStringLiteral(
        "  credential set --site NAME --label L --kind K --username U --secret-stdin [--system S]\n"
        "                 [--share team|service|EMAIL ...]   (default for a new credential: team)\n"
        "  credential get --site NAME --label L    (the secret alone, on standard output)\n"
        "  credential list [--site NAME] [--format json]\n"
        "  credential share|unshare --site NAME --label L --with team|service|EMAIL [--with ...]\n"
        "  credential access --site NAME --label L [--format json]   (who opened it at the service)\n"
        "  credential rm --site NAME --label L\n"
        "  scan FILE|-                            (exit 1 when something looks like a credential)\n");
}

bool CredentialCommands::keychainAnswers() {
    QString why;
    if (sitekeeper::keychainAnswers(&why))
        return true;
    fail(why);
    return false;
}

int CredentialCommands::credential(const QStringList& args) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("set"))
        return set(rest);
    if (sub == QLatin1String("get"))
        return get(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("rm"))
        return remove(rest);
    if (sub == QLatin1String("share") || sub == QLatin1String("unshare"))
        return share(sub, rest);
    if (sub == QLatin1String("access"))
        return access(rest);
    m_err << "sitekeeper-cli: " << tr("usage:") << '\n' << usageLines();
    m_err.flush();
    return Failure;
}

namespace {

// The live credential of `siteId` labelled `label`, if any.
Result<std::optional<CredentialRecord>> findCredential(Workspace& workspace, const QUuid& siteId,
                                                       const QString& label) {
    ListQuery query;
    query.siteId = siteId;
    query.limit = -1;
    const auto records = workspace.store().credentials().list(query);
    if (!records)
        return records.error();
    for (const CredentialRecord& record : records.value()) {
        if (record.label == label)
            return std::optional<CredentialRecord>(record);
    }
    return std::optional<CredentialRecord>();
}

} // namespace

int CredentialCommands::set(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(labelOption());
    parser.addOption({QStringLiteral("kind"), QStringLiteral("Credential kind"), QStringLiteral("K")});
    parser.addOption({QStringLiteral("username"), QStringLiteral("User name"), QStringLiteral("U")});
    parser.addOption({QStringLiteral("system"), QStringLiteral("Host, domain or URL"), QStringLiteral("S")});
    parser.addOption({QStringLiteral("secret-stdin"), QStringLiteral("Read the secret from standard input")});
    parser.addOption({QStringLiteral("share"),
                      QStringLiteral("Share the secret with team, service or a member's email (repeatable)"),
                      QStringLiteral("WHO")});
    const QString usage =
        QStringLiteral("credential set --site NAME --label L --kind K --username U --secret-stdin "
                       "[--system S] [--share team|service|EMAIL ...]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("secrets are never taken from arguments; pipe the secret in with --secret-stdin"));
    for (const char* required : {"site", "label", "kind", "username"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(tr("credential set needs --%1\nUsage: sitekeeper-cli %2")
                            .arg(QLatin1String(required), usage));
    }
    if (!parser.isSet(QStringLiteral("secret-stdin")))
        return fail(tr("credential set needs --secret-stdin: secrets are read from standard input only"));
    const auto kind = fromString<CredentialKind>(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(
            tr("--kind must be one of: %1").arg(allStrings<CredentialKind>().join(QStringLiteral(", "))));

    bool readOk = false;
    const QByteArray secret = readSecretFromStdin(&readOk);
    if (!readOk)
        return fail(tr("cannot read the secret from standard input"));
    if (secret.isEmpty())
        return fail(tr("no secret on standard input"));
    if (secret.size() > CredentialVault::maxSecretSize)
        return fail(tr("the secret is larger than 16 KiB; the keychain cannot hold it"));

    if (!keychainAnswers() || !openWorkspace())
        return Failure;
    const QString siteName = parser.value(QStringLiteral("site"));
    const auto siteId = m_workspace->findSiteByName(siteName);
    if (!siteId)
        return fail(tr("no site named \"%1\" (see: sitekeeper-cli site list)").arg(siteName));

    const QString label = parser.value(QStringLiteral("label")).trimmed();
    CredentialRecord record;
    bool existed = false;
    const auto found = findCredential(*m_workspace, *siteId, label);
    if (!found)
        return fail(found.error().toString());
    if (found.value()) {
        record = *found.value();
        existed = true;
    } else {
        record.siteId = *siteId;
        record.label = label;
    }
    record.kind = *kind;
    record.username = parser.value(QStringLiteral("username"));
    // A new credential is for the team unless said otherwise; an existing one keeps its sharing.
    if (parser.isSet(QStringLiteral("share")))
        record.sharedWith = parser.values(QStringLiteral("share"));
    else if (!existed)
        record.sharedWith = CredentialService::defaultSharing();
    if (parser.isSet(QStringLiteral("system")))
        record.system = parser.value(QStringLiteral("system"));

    const Result<CredentialRecord> saved = saveCredentialNow(*m_workspace, record, secret);
    if (!saved)
        return fail(tr("the credential was not stored: %1").arg(saved.error().toString()));

    const CredentialRecord& stored = saved.value();
    m_out << (existed ? tr("Updated credential %1 of %2 (%3); the secret is in the keychain.")
                      : tr("Added credential %1 to %2 (%3); the secret is in the keychain."))
                 .arg(stored.label, siteName, stored.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    reportSharing(stored);

    // SK601 and SK602, said at once while the person still has the password at hand.
    const PasswordStrength strength =
        PasswordStrength::evaluate(QString::fromUtf8(secret), {stored.username, siteName, stored.label});
    if (strength.isWeak())
        m_err << tr("sitekeeper-cli: warning SK601: the password is weak (score %1 of 4). %2")
                     .arg(strength.score)
                     .arg(strength.feedback)
              << Qt::endl;
    if (const auto groups = m_workspace->credentials().reusedGroups()) {
        for (const QList<QUuid>& group : groups.value()) {
            if (!group.contains(stored.id))
                continue;
            QStringList others;
            for (const QUuid& id : group) {
                if (id == stored.id)
                    continue;
                if (const auto other = m_workspace->store().credentials().get(id))
                    others << other->label;
            }
            m_err << tr("sitekeeper-cli: warning SK602: the same password is used for: %1")
                         .arg(others.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
    }
    return Success;
}

std::optional<CredentialRecord> CredentialCommands::locate(const QString& command, const QStringList& args,
                                                           QString* siteName) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(labelOption());
    const QString usage = QStringLiteral("credential %1 --site NAME --label L").arg(command);
    if (!parseCommandArguments(parser, args, m_err, usage))
        return std::nullopt;
    if (!parser.isSet(QStringLiteral("site")) || !parser.isSet(QStringLiteral("label"))) {
        fail(tr("credential %1 needs --site and --label\nUsage: sitekeeper-cli %2").arg(command, usage));
        return std::nullopt;
    }
    if (!keychainAnswers() || !openWorkspace())
        return std::nullopt;
    *siteName = parser.value(QStringLiteral("site"));
    const auto siteId = m_workspace->findSiteByName(*siteName);
    if (!siteId) {
        fail(tr("no site named \"%1\" (see: sitekeeper-cli site list)").arg(*siteName));
        return std::nullopt;
    }
    const QString label = parser.value(QStringLiteral("label"));
    const auto record = findCredential(*m_workspace, *siteId, label);
    if (!record) {
        fail(record.error().toString());
        return std::nullopt;
    }
    if (!record.value())
        fail(tr("%1 has no credential labelled \"%2\" (see: sitekeeper-cli credential list --site \"%1\")")
                 .arg(*siteName, label));
    return record.value();
}

int CredentialCommands::get(const QStringList& args) {
    QString siteName;
    const auto record = locate(QStringLiteral("get"), args, &siteName);
    if (!record)
        return Failure;

    std::optional<Result<QByteArray>> secret;
    waitFor([this, &record, &secret](auto quit) {
        m_workspace->credentials().readSecret(record->id, [&secret, quit](Result<QByteArray> result) {
            secret = std::move(result);
            quit();
        });
    });
    if (!secret->ok())
        return fail(
            tr("cannot read the secret of \"%1\": %2").arg(record->label, secret->error().toString()));
    // The secret alone, exactly as stored: no line ending added, nothing else on stdout.
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(secret->value()) != secret->value().size() ||
        !out.flush())
        return fail(tr("cannot write to standard output"));
    return Success;
}

int CredentialCommands::list(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parseCommandArguments(parser, args, m_err,
                               QStringLiteral("credential list [--site NAME] [--format json]")))
        return Failure;
    if (!keychainAnswers() || !openWorkspace())
        return Failure;
    ListQuery query;
    query.limit = -1;
    if (parser.isSet(QStringLiteral("site"))) {
        const auto siteId = m_workspace->findSiteByName(parser.value(QStringLiteral("site")));
        if (!siteId)
            return fail(tr("no site named \"%1\"").arg(parser.value(QStringLiteral("site"))));
        query.siteId = siteId;
    }
    const auto listed = m_workspace->store().credentials().list(query);
    if (!listed)
        return fail(listed.error().toString());
    const QList<CredentialRecord>& records = listed.value();
    QHash<QUuid, QString> siteNames;
    const auto siteName = [this, &siteNames](const QUuid& id) {
        if (!siteNames.contains(id)) {
            const auto site = m_workspace->store().sites().get(id);
            siteNames.insert(id, site ? site->name : QString());
        }
        return siteNames.value(id);
    };
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const CredentialRecord& record : records) {
            QJsonObject json = record.toJson(); // metadata only: the secret is not in the record
            // Nor its sealed copies: ciphertext is of no use to a script.
            json.remove(QStringLiteral("sealed"));
            json.insert(QStringLiteral("site"), siteName(record.siteId));
            array.append(json);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Success;
    }
    for (const CredentialRecord& record : records) {
        m_out << siteName(record.siteId) << '\t' << record.label << '\t' << toString(record.kind) << '\t'
              << record.username << '\t' << record.system << '\t'
              << (record.lastRotated.isValid() ? record.lastRotated.toString(Qt::ISODate) : tr("never"))
              << '\t' << (record.hasTotp ? QStringLiteral("totp") : QString()) << '\n';
    }
    m_out.flush();
    return Success;
}

int CredentialCommands::remove(const QStringList& args) {
    QString siteName;
    const auto record = locate(QStringLiteral("rm"), args, &siteName);
    if (!record)
        return Failure;
    const Result<void> removed = removeCredentialNow(*m_workspace, record->id);
    if (!removed)
        return fail(tr("\"%1\" was not deleted: %2").arg(record->label, removed.error().toString()));
    m_out << tr("Deleted credential %1 of %2 and its keychain entry.").arg(record->label, siteName)
          << Qt::endl;
    return Success;
}

void CredentialCommands::reportSharing(const CredentialRecord& record) {
    const CredentialSharing& sharing = m_workspace->credentials().sharing();
    m_out << tr("Shared with: %1.").arg(CredentialSharing::describe(record.sharedWith)) << Qt::endl;
    for (const QString& unresolved : sharing.recipientsOf(record.sharedWith).unresolved)
        m_err << "sitekeeper-cli: " << tr("warning: %1").arg(unresolved) << Qt::endl;
    if (!record.sharedWith.isEmpty() && sharing.directory().members.isEmpty())
        m_err << "sitekeeper-cli: "
              << tr("note: the secret is sealed for its recipients at the next sync with the backend.")
              << Qt::endl;
}

int CredentialCommands::share(const QString& command, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(labelOption());
    parser.addOption({QStringLiteral("with"),
                      QStringLiteral("team, service or a member's email (repeatable)"),
                      QStringLiteral("WHO")});
    const QString usage =
        QStringLiteral("credential %1 --site NAME --label L --with team|service|EMAIL [--with ...]")
            .arg(command);
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    if (!parser.isSet(QStringLiteral("site")) || !parser.isSet(QStringLiteral("label")) ||
        !parser.isSet(QStringLiteral("with")))
        return fail(tr("credential %1 needs --site, --label and --with\nUsage: sitekeeper-cli %2")
                        .arg(command, usage));
    QStringList rest;
    for (const QString& option : {QStringLiteral("site"), QStringLiteral("label")})
        rest << QStringLiteral("--") + option << parser.value(option);
    QString siteName;
    const auto record = locate(command, rest, &siteName);
    if (!record)
        return Failure;
    QStringList shares = record->sharedWith;
    for (const QString& who : parser.values(QStringLiteral("with"))) {
        const QString word = CredentialRecord::normalisedShare(who);
        if (command == QLatin1String("share")) {
            if (!shares.contains(word))
                shares.append(word);
        } else if (!shares.removeAll(word)) {
            m_err << "sitekeeper-cli: "
                  << tr("warning: \"%1\" was not shared with %2.").arg(record->label, word) << Qt::endl;
        }
    }
    std::optional<Result<CredentialRecord>> shared;
    waitFor([this, &record, &shares, &shared](auto quit) {
        m_workspace->credentials().setSharing(record->id, shares,
                                              [&shared, quit](Result<CredentialRecord> result) {
                                                  shared = std::move(result);
                                                  quit();
                                              });
    });
    if (!shared->ok())
        return fail(
            tr("the sharing of \"%1\" was not changed: %2").arg(record->label, shared->error().toString()));
    reportSharing(shared->value());
    return Success;
}

int CredentialCommands::access(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(labelOption());
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    const QString usage = QStringLiteral("credential access --site NAME --label L [--format json]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    QStringList rest;
    for (const QString& option : {QStringLiteral("site"), QStringLiteral("label")}) {
        if (parser.isSet(option))
            rest << QStringLiteral("--") + option << parser.value(option);
    }
    QString siteName;
    const auto record = locate(QStringLiteral("access"), rest, &siteName);
    if (!record)
        return Failure;
    std::optional<Result<protocol::AccessList>> answer;
    BackendConnection connection(*m_workspace);
    waitFor([&](auto quit) {
        connection.open([&, quit](Result<void> opened) {
            if (!opened) {
                answer = Result<protocol::AccessList>(opened.error());
                quit();
                return;
            }
            connection.client().fetchAccess(record->id, [&, quit](Result<protocol::AccessList> list) {
                answer = std::move(list);
                quit();
            });
        });
    });
    if (!answer->ok())
        return fail(tr("cannot ask the backend who opened \"%1\": %2")
                        .arg(record->label, answer->error().toString()));
    const protocol::AccessList& list = answer->value();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject json = list.toJson();
        json.insert(QStringLiteral("site"), siteName);
        json.insert(QStringLiteral("label"), record->label);
        json.insert(QStringLiteral("shared_with_service"),
                    record->sharedWith.contains(QString::fromLatin1(CredentialRecord::service)));
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
        return Success;
    }
    if (list.entries.isEmpty())
        m_out << tr("Nobody at the service has opened \"%1\".").arg(record->label) << Qt::endl;
    for (const protocol::AccessEntry& entry : list.entries)
        m_out << entry.at << '\t' << entry.who << '\t' << entry.reason << '\n';
    m_out.flush();
    return Success;
}

int CredentialCommands::scan(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("File to scan, - for standard input"));
    const QString usage = QStringLiteral("scan FILE|- [--format json]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("scan takes one FILE (- for standard input)\nUsage: sitekeeper-cli %1").arg(usage));
    const QString path = parser.positionalArguments().constFirst();
    QString readError;
    const std::optional<QByteArray> input = readInputFile(path, &readError);
    if (!input)
        return fail(readError);
    const QByteArray& bytes = *input;

    const QString text = QString::fromUtf8(bytes);
    const QList<SecretScanner::Hit> hits = SecretScanner::scan(text);
    // Where and what, never the text itself.
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const SecretScanner::Hit& hit : hits)
            array.append(QJsonObject{{QStringLiteral("kind"), SecretScanner::kindName(hit.kind)},
                                     {QStringLiteral("line"), hit.line},
                                     {QStringLiteral("column"), hit.column},
                                     {QStringLiteral("length"), qint64(hit.length)}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const SecretScanner::Hit& hit : hits)
            m_out << SecretScanner::kindName(hit.kind) << '\t' << hit.line << '\t' << hit.column << '\n';
    }
    m_out.flush();
    if (!hits.isEmpty()) {
        m_err << tr("sitekeeper-cli: %n possible credential(s) in %1 (SK304); move them into credentials",
                    nullptr, int(hits.size()))
                     .arg(path)
              << Qt::endl;
        return Problems;
    }
    return Success;
}

} // namespace sitekeeper
