// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "KeychainVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

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
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    QByteArray bytes;
    if (opened)
        bytes = file.readAll();
    if (!opened || file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("sitekeeper::Cli", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
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
