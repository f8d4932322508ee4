// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "CredentialService.h"
#include "InputFile.h"
#include "KeychainVault.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sitekeeper {

bool parseCommandArguments(QCommandLineParser& parser, const QStringList& args, QTextStream& err,
                           const QString& usage) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("sitekeeper-cli")} + args)) {
        err << "sitekeeper-cli: " << parser.errorText() << "\nUsage: sitekeeper-cli " << usage << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption formatOption() {
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

QCommandLineOption siteOption() {
    return QCommandLineOption(QStringLiteral("site"), QStringLiteral("The site, by its name."),
                              QStringLiteral("NAME"));
}

std::optional<QByteArray> readInputFile(const QString& path, QString* error) {
    auto bytes = InputFile::read(path);
    if (!bytes) {
        *error = QCoreApplication::translate("sitekeeper::Cli", "cannot read %1: %2")
                     .arg(path, bytes.error().message);
        return std::nullopt;
    }
    return std::move(bytes).value();
}

CliCommand::CliCommand(QString workspacePath, QTextStream& out, QTextStream& err)
    : m_workspacePath(std::move(workspacePath))
    , m_out(out)
    , m_err(err) {}

CliCommand::~CliCommand() = default;

int CliCommand::fail(const QString& message) {
    m_err << "sitekeeper-cli: " << message << Qt::endl;
    return 2;
}

void CliCommand::printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliCommand::openWorkspace() {
    auto opened = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
    if (!opened) {
        fail(opened.error().toString());
        return false;
    }
    m_workspace = std::move(opened).value();
    return true;
}

Result<CredentialRecord> saveCredentialNow(Workspace& workspace, const CredentialRecord& record,
                                           const QByteArray& secret) {
    std::optional<Result<CredentialRecord>> saved;
    waitFor([&](auto quit) {
        workspace.credentials().save(record, secret, [&saved, quit](Result<CredentialRecord> result) {
            saved = std::move(result);
            quit();
        });
    });
    return std::move(*saved);
}

Result<void> removeCredentialNow(Workspace& workspace, const QUuid& id) {
    std::optional<Result<void>> removed;
    waitFor([&](auto quit) {
        workspace.credentials().remove(id, [&removed, quit](Result<void> result) {
            removed = std::move(result);
            quit();
        });
    });
    return std::move(*removed);
}

bool keychainAnswers(QString* why) {
    KeychainVault probe;
    CredentialVault::Outcome outcome;
    waitFor([&probe, &outcome](auto quit) {
        probe.checkAvailable([&outcome, quit](CredentialVault::Outcome o) {
            outcome = o;
            quit();
        });
    });
    if (outcome.ok())
        return true;
    *why =
        QCoreApplication::translate("sitekeeper::CredentialCommands", "credentials need the OS keychain: %1")
            .arg(outcome.message);
    return false;
}

QByteArray readSecretFromStdin(bool* ok) {
    QFile in;
    *ok = in.open(stdin, QIODevice::ReadOnly);
    QByteArray secret = *ok ? in.readAll() : QByteArray();
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

} // namespace sitekeeper
