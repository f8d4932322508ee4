// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommands.h"

#include "BackendClient.h"
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "CliSupport.h"
#include "ConflictList.h"
#include "Conflicts.h"
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "Database.h"
#include "LiveSync.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncProblems.h"
#include "SyncSession.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Problems = 1, Failure = 2 };

QJsonValue conflictValue(const QJsonValue& value) {
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// Set by SIGINT / SIGTERM while `sync --watch` runs; the event loop looks at it.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int) {
    interrupted = 1;
}

} // namespace

SyncCommands::SyncCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

bool SyncCommands::handles(const QString& command) {
    static const QStringList commands{QStringLiteral("backend"),   QStringLiteral("push"),
                                      QStringLiteral("pull"),      QStringLiteral("sync"),
                                      QStringLiteral("conflicts"), QStringLiteral("problems")};
    return commands.contains(command);
}

QString SyncCommands::usage() {
    return QStringLiteral(
        "  backend login --url URL --token-stdin [--ca-file FILE] [--timeout SECONDS]\n"
        "  backend whoami [--format json]\n"
        "  backend logout\n"
        "  push | pull | sync [--format json]\n"
        "  sync --watch [--format json]   (follows the backend until interrupted)\n"
        "  conflicts [--format json]\n"
        "  conflicts resolve ID --take mine|theirs | --merged-value-stdin\n"
        "  problems [list] [--format json] | problems retry ID | problems discard ID\n"
        "  (the token lives in the keychain; scripts and tests may set SITEKEEPER_BACKEND_TOKEN "
        "instead)\n");
}

int SyncCommands::fail(const QString& message) {
    m_err << "sitekeeper-cli: " << message << Qt::endl;
    return Failure;
}

int SyncCommands::run(const QString& workspacePath, const QString& command, const QStringList& args) {
    auto opened = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
    if (!opened)
        return fail(opened.error().toString());
    Workspace& workspace = *opened.value();
    if (command == QLatin1String("backend")) {
        const QString action = args.value(0);
        if (action == QLatin1String("login"))
            return login(workspace, args.mid(1));
        if (action == QLatin1String("whoami"))
            return whoami(workspace, args.mid(1));
        if (action == QLatin1String("logout"))
            return logout(workspace, args.mid(1));
        return fail(tr("usage:\n%1").arg(usage()));
    }
    if (command == QLatin1String("conflicts")) {
        if (args.value(0) == QLatin1String("resolve"))
            return resolve(workspace, args.mid(1));
        return conflicts(workspace, args);
    }
    if (command == QLatin1String("problems"))
        return problems(workspace, args);
    return transfer(workspace, command, args);
}

int SyncCommands::login(Workspace& workspace, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("url"), QStringLiteral("Backend URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token-stdin"), QStringLiteral("Read the token from stdin")});
    parser.addOption(
        {QStringLiteral("ca-file"), QStringLiteral("PEM file of a private CA"), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("timeout"), QStringLiteral("Per-request timeout"), QStringLiteral("SECONDS")});
    const QString usageLine = QStringLiteral("backend login --url URL --token-stdin [--ca-file FILE]");
    if (!parseCommandArguments(parser, args, m_err, usageLine))
        return Failure;
    const QUrl url(parser.value(QStringLiteral("url")));
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("token-stdin")))
        return fail(tr("usage: sitekeeper-cli %1 (the token is read from stdin, never from arguments)")
                        .arg(usageLine));
    if (auto checked = BackendClient::checkUrl(url); !checked)
        return fail(checked.error().message);
    const QString caFile = parser.value(QStringLiteral("ca-file"));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(tr("Cannot read the token from stdin."));
    const QByteArray token = input.readAll().trimmed();
    if (token.isEmpty())
        return fail(
            tr("No token on stdin. Pipe it in: sitekeeper-cli backend login --url URL --token-stdin < file"));

    QEventLoop loop;
    std::optional<Result<void>> stored;
    BackendConnection::login(workspace, url, token, caFile, [&](Result<void> outcome) {
        stored = outcome;
        loop.quit();
    });
    if (!stored)
        loop.exec(); // the keychain answers later
    if (!*stored)
        return fail(stored->error().message);
    BackendSettings settings(workspace.folder());
    if (parser.isSet(QStringLiteral("timeout")))
        settings.setTimeoutSeconds(parser.value(QStringLiteral("timeout")).toInt());
    m_out << tr("Backend set to %1; the token is in the keychain.").arg(url.toString()) << Qt::endl;
    return Success;
}

int SyncCommands::whoami(Workspace& workspace, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("FORMAT")});
    if (!parseCommandArguments(parser, args, m_err, QStringLiteral("backend whoami [--format json]")))
        return Failure;
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    const std::optional<protocol::Me> known = workspace.identity();

    BackendConnection connection(workspace);
    QEventLoop loop;
    std::optional<Result<protocol::Me>> answer;
    connection.whoami([&](Result<protocol::Me> me) {
        answer = std::move(me);
        loop.quit();
    });
    if (!answer)
        loop.exec(); // the keychain and the network answer later
    if (!*answer) {
        QString message = answer->error().message;
        if (known)
            message +=
                u'\n' + tr("Last known (not confirmed now): %1 <%2>, %3 of %4.")
                            .arg(known->member.name, known->member.email,
                                 protocol::displayName(known->member.role).toLower(), known->tenantName);
        return fail(message);
    }
    const protocol::Me& me = answer->value();
    if (json) {
        const QJsonObject report{
            {QStringLiteral("url"), BackendSettings(workspace.folder()).url().toString()},
            {QStringLiteral("member"), me.member.toJson(false)},
            {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("name"), me.tenantName}}},
            {QStringLiteral("key_fingerprint"), workspace.credentials().sharing().myFingerprint()},
        };
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }
    m_out << tr("Signed in to %1 as %2 <%3>, %4 of %5.")
                 .arg(BackendSettings(workspace.folder()).url().toString(), me.member.name, me.member.email,
                      protocol::displayName(me.member.role).toLower(), me.tenantName)
          << Qt::endl;
    // Members compare fingerprints to be sure the backend relays their own keys.
    const QString fingerprint = workspace.credentials().sharing().myFingerprint();
    m_out << (fingerprint.isEmpty() ? tr("Member key: not made yet (the next sync makes it).")
                                    : tr("Member key: %1").arg(fingerprint))
          << Qt::endl;
    return Success;
}

int SyncCommands::logout(Workspace& workspace, const QStringList& args) {
    QCommandLineParser parser;
    if (!parseCommandArguments(parser, args, m_err, QStringLiteral("backend logout")))
        return Failure;
    if (!BackendSettings(workspace.folder()).isConfigured())
        return fail(tr("This workspace is not signed in to a backend."));
    QEventLoop loop;
    std::optional<Result<void>> removed;
    BackendConnection::logout(workspace, [&](Result<void> outcome) {
        removed = outcome;
        loop.quit();
    });
    if (!removed)
        loop.exec(); // the keychain answers later
    if (!*removed)
        return fail(removed->error().message);
    const int pending = SyncEngine::status(workspace.store()).pending;
    m_out << tr("Signed out; the token was removed from the keychain.") << Qt::endl;
    if (pending > 0)
        m_out << tr("%n edit(s) stay in the outbox and are pushed after the next `backend login`.", nullptr,
                    pending)
              << Qt::endl;
    return Success;
}

int SyncCommands::transfer(Workspace& workspace, const QString& command, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("FORMAT")});
    if (command == QLatin1String("sync"))
        parser.addOption({QStringLiteral("watch"), QStringLiteral("Follow the backend until interrupted")});
    if (!parseCommandArguments(parser, args, m_err, command + QStringLiteral(" [--format json]")))
        return Failure;
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    if (command == QLatin1String("sync") && parser.isSet(QStringLiteral("watch")))
        return watch(workspace, json);

    SyncSession session(workspace);
    const auto outcome = session.run(command == QLatin1String("push")   ? SyncSession::Direction::Push
                                     : command == QLatin1String("pull") ? SyncSession::Direction::Pull
                                                                        : SyncSession::Direction::Both);
    if (!outcome)
        return fail(outcome.error().message);
    const SyncEngine::Summary& summary = outcome.value();
    const SyncEngine::Status status = SyncEngine::status(workspace.store());
    const int pending = status.pending;
    const int attention = status.needsAttention;
    const int open = status.openConflicts;
    if (json) {
        const QJsonObject report{
            {QStringLiteral("ok"), summary.error.isEmpty()},
            {QStringLiteral("applied"), summary.applied},
            {QStringLiteral("rejected"), summary.rejected},
            {QStringLiteral("merged"), summary.merged},
            {QStringLiteral("conflicts"), summary.conflicts},
            {QStringLiteral("pulled"), summary.pulled},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("needs_attention"), attention},
            {QStringLiteral("open_conflicts"), open},
            {QStringLiteral("error"), summary.error},
            {QStringLiteral("received_secrets"), session.receivedSecrets()},
            {QStringLiteral("sharing_problems"), QJsonArray::fromStringList(session.sharingProblems())},
            {QStringLiteral("sharing_notes"), QJsonArray::fromStringList(session.sharingNotes())},
        };
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        m_out.flush();
    } else {
        m_out << tr("Pushed %1 edits (%2 rejected, %3 merged), pulled %4 changes; %5 waiting, %6 need "
                    "attention, "
                    "%7 open conflicts.")
                     .arg(summary.applied)
                     .arg(summary.rejected)
                     .arg(summary.merged)
                     .arg(summary.pulled)
                     .arg(pending)
                     .arg(attention)
                     .arg(open)
              << Qt::endl;
        if (session.receivedSecrets() > 0)
            m_out << tr("Received %n shared secret(s) into the keychain.", nullptr, session.receivedSecrets())
                  << Qt::endl;
    }
    for (const QString& problem : session.sharingProblems())
        m_err << "sitekeeper-cli: " << tr("warning: %1").arg(problem) << Qt::endl;
    for (const QString& note : session.sharingNotes())
        m_err << "sitekeeper-cli: " << tr("note: %1").arg(note) << Qt::endl;
    if (!summary.error.isEmpty())
        return fail(summary.error);
    return attention > 0 || open > 0 || !session.sharingProblems().isEmpty() ? Problems : Success;
}

int SyncCommands::watch(Workspace& workspace, bool json) {
    SyncSession session(workspace);
    if (!session.isConfigured())
        return fail(
            tr("No backend is set for this workspace; run `backend login --url URL --token-stdin` first."));
    LiveSync live(workspace, session);
    QEventLoop loop;
    QObject::connect(&live, &LiveSync::synced, &loop, [&](const SyncEngine::Summary& summary) {
        if (summary.pulled == 0 && summary.applied == 0 && summary.rejected == 0 && summary.conflicts == 0)
            return;
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (json) {
            const QJsonObject line{{QStringLiteral("at"), at},
                                   {QStringLiteral("pulled"), summary.pulled},
                                   {QStringLiteral("applied"), summary.applied},
                                   {QStringLiteral("rejected"), summary.rejected},
                                   {QStringLiteral("merged"), summary.merged},
                                   {QStringLiteral("conflicts"), summary.conflicts}};
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            m_out << tr("%1 pulled %2 changes, pushed %3 edits (%4 rejected, %5 merged, %6 conflicts)")
                         .arg(at)
                         .arg(summary.pulled)
                         .arg(summary.applied)
                         .arg(summary.rejected)
                         .arg(summary.merged)
                         .arg(summary.conflicts)
                  << Qt::endl;
        }
    });
    QObject::connect(&live, &LiveSync::failed, &loop, [this](const QString& message) {
        m_err << "sitekeeper-cli: " << tr("%1 (trying again)").arg(message) << Qt::endl;
    });
    QObject::connect(&live, &LiveSync::stopped, &loop, &QEventLoop::quit);
    interrupted = 0;
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    // A signal handler may only set a flag; the loop looks at it a few times a second.
    QTimer interrupt;
    interrupt.setInterval(100);
    QObject::connect(&interrupt, &QTimer::timeout, &loop, [&] {
        if (interrupted) {
            interrupt.stop();
            live.stop();
        }
    });
    interrupt.start();
    if (!live.start())
        return fail(
            tr("No backend is set for this workspace; run `backend login --url URL --token-stdin` first."));
    m_err << tr("Following the backend; stop with Ctrl+C.") << Qt::endl;
    loop.exec(); // until interrupted: the network and the keychain answer in it
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return Success;
}

int SyncCommands::conflicts(Workspace& workspace, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("FORMAT")});
    if (!parseCommandArguments(parser, args, m_err, QStringLiteral("conflicts [--format json]")))
        return Failure;
    const auto open = ConflictList(workspace).open();
    if (!open)
        return fail(open.error().toString());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const ConflictList::Item& item : open.value()) {
            const Conflict& conflict = item.conflict;
            list.append(QJsonObject{
                {QStringLiteral("id"), conflict.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("entity"), conflict.entity},
                {QStringLiteral("entity_id"), conflict.entityId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("record"), item.recordName},
                {QStringLiteral("site"), item.siteName},
                {QStringLiteral("field"), conflict.field},
                {QStringLiteral("field_label"), item.fieldLabel},
                {QStringLiteral("whole_record"), item.wholeRecord},
                {QStringLiteral("description"), item.description},
                {QStringLiteral("base"), conflictValue(conflict.base)},
                {QStringLiteral("mine"), conflictValue(conflict.mine)},
                {QStringLiteral("theirs"), conflictValue(conflict.theirs)},
                {QStringLiteral("server_revision"), conflict.serverRevision},
            });
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }
    if (open->isEmpty()) {
        m_out << tr("No open conflicts.") << Qt::endl;
        return Success;
    }
    for (const ConflictList::Item& item : open.value()) {
        const Conflict& conflict = item.conflict;
        m_out << conflict.id.toString(QUuid::WithoutBraces) << "  " << item.recordTitle() << ": "
              << item.fieldLabel << '\n';
        if (item.wholeRecord)
            m_out << "    " << item.description << '\n';
        else
            m_out << "    " << tr("base: %1").arg(ConflictList::shown(conflict.base)) << "\n    "
                  << tr("mine: %1").arg(ConflictList::shown(conflict.mine)) << "\n    "
                  << tr("theirs: %1").arg(ConflictList::shown(conflict.theirs)) << '\n';
    }
    m_out.flush();
    return Success;
}

int SyncCommands::resolve(Workspace& workspace, const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Conflict id"));
    parser.addOption({QStringLiteral("take"), QStringLiteral("mine or theirs"), QStringLiteral("SIDE")});
    parser.addOption({QStringLiteral("merged-value-stdin"),
                      QStringLiteral("Read the merged value from stdin (text; a list one item a line)")});
    const QString usageLine =
        QStringLiteral("conflicts resolve ID --take mine|theirs | --merged-value-stdin");
    if (!parseCommandArguments(parser, args, m_err, usageLine))
        return Failure;
    const QString take = parser.value(QStringLiteral("take"));
    const bool merged = parser.isSet(QStringLiteral("merged-value-stdin"));
    const QUuid id = QUuid::fromString(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || id.isNull() ||
        (merged == parser.isSet(QStringLiteral("take"))) ||
        (!merged && take != QLatin1String("mine") && take != QLatin1String("theirs")))
        return fail(tr("usage: sitekeeper-cli %1").arg(usageLine));
    QString value;
    if (merged) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(tr("Cannot read the merged value from stdin."));
        value = QString::fromUtf8(input.readAll());
    }
    const SyncEngine::Take side = merged                          ? SyncEngine::Take::Merged
                                  : take == QLatin1String("mine") ? SyncEngine::Take::Mine
                                                                  : SyncEngine::Take::Theirs;
    if (auto resolved = ConflictList(workspace).resolve(id, side, value); !resolved) {
        QString message = resolved.error().toString();
        if (resolved.error().is(Error::Kind::NotFound))
            message += u' ' + tr("List the open conflicts with: sitekeeper-cli conflicts");
        return fail(message);
    }
    m_out << (merged ? tr("Conflict %1 resolved with the merged value; the next sync sends it.")
                           .arg(id.toString(QUuid::WithoutBraces))
                     : tr("Conflict %1 resolved: %2 kept.").arg(id.toString(QUuid::WithoutBraces), take))
          << Qt::endl;
    return Success;
}

int SyncCommands::problems(Workspace& workspace, const QStringList& args) {
    const QString action = args.value(0);
    SyncProblems problems(workspace);
    if (action == QLatin1String("retry") || action == QLatin1String("discard")) {
        if (args.size() != 2)
            return fail(tr("usage: sitekeeper-cli problems %1 ID").arg(action));
        auto found = problems.find(args.at(1));
        if (!found)
            return fail(found.error().toString());
        const QString title = found->title();
        if (action == QLatin1String("retry")) {
            if (auto retried = problems.retry(found->opId); !retried)
                return fail(retried.error().toString());
            m_out << tr("%1: back in the outbox; the next sync sends it again.").arg(title) << Qt::endl;
            return Success;
        }
        QEventLoop loop;
        std::optional<Result<void>> outcome;
        problems.discard(found->opId, [&](Result<void> discarded) {
            outcome = discarded;
            loop.quit();
        });
        if (!outcome)
            loop.exec(); // the keychain and the backend answer later
        if (!*outcome)
            return fail(outcome->error().toString());
        m_out << tr("%1: discarded; the record is as the backend has it.").arg(title) << Qt::endl;
        return Success;
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("FORMAT")});
    const QStringList options = action == QLatin1String("list") ? args.mid(1) : args;
    if (!parseCommandArguments(parser, options, m_err, QStringLiteral("problems [list] [--format json]")))
        return Failure;
    const auto listed = problems.list();
    if (!listed)
        return fail(listed.error().toString());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const SyncProblems::Problem& problem : listed.value()) {
            list.append(QJsonObject{
                {QStringLiteral("id"), problem.opId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("entity"), problem.entity},
                {QStringLiteral("entity_id"), problem.recordId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("record"), problem.recordName},
                {QStringLiteral("site"), problem.siteName},
                {QStringLiteral("action"), JournalEntry::toString(problem.action)},
                {QStringLiteral("fields"), QJsonArray::fromStringList(problem.fields)},
                {QStringLiteral("field_labels"), QJsonArray::fromStringList(problem.fieldLabels)},
                {QStringLiteral("code"), problem.code},
                {QStringLiteral("errors"), QJsonArray::fromStringList(problem.errors)},
                {QStringLiteral("reason"), problem.reason},
                {QStringLiteral("edited_at"), problem.editedAt.toUTC().toString(Qt::ISODateWithMs)},
            });
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        m_out.flush();
    } else if (listed->isEmpty()) {
        m_out << tr("No rejected edits.") << Qt::endl;
    } else {
        for (const SyncProblems::Problem& problem : listed.value()) {
            m_out << problem.opId.toString(QUuid::WithoutBraces).left(8) << "  " << problem.title();
            if (!problem.fieldLabels.isEmpty())
                m_out << ": " << problem.fieldLabels.join(QStringLiteral(", "));
            m_out << "\n    " << problem.reason << '\n';
        }
        m_out.flush();
    }
    return listed->isEmpty() ? Success : Problems;
}

} // namespace sitekeeper
