// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCommands.h"

#include "PartnerSettingsEdits.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Failure = 2 };

const QString setUsage = QStringLiteral("partner set FIELD VALUE");

} // namespace

QString PartnerCommands::usageLines() {
    return QStringLiteral(
        "  partner show [--format json]           the partner settings (synced; the rules read them)\n"
        "  partner set FIELD VALUE                FIELD: partner-name, forbidden-terms, required-topics,\n"
        "                                         required-approval-types, reference-due-soon-days,\n"
        "                                         approver-review-days, help-desk-phone|email|chat-url;\n"
        "                                         lists comma-separated (admins only)\n");
}

int PartnerCommands::run(const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == QLatin1String("show"))
        return show(args.mid(1));
    if (sub == QLatin1String("set"))
        return set(args.mid(1));
    return fail(tr("partner needs show or set\nUsage:\n%1").arg(usageLines()));
}

int PartnerCommands::show(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    if (!parseCommandArguments(parser, args, m_err, QStringLiteral("partner show [--format json]")))
        return Failure;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            tr("partner show takes no arguments\nUsage: sitekeeper-cli partner show [--format json]"));
    if (!openWorkspace())
        return Failure;
    const PartnerSettings settings = m_workspace->partnerSettings();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject json = settings.toJson();
        json.remove(QStringLiteral("id"));
        printJson(json);
        return Success;
    }
    for (const QString& field : PartnerSettingsEdits::fields()) {
        QString key = field;
        m_out << key.replace(QLatin1Char('_'), QLatin1Char('-')) << ": "
              << PartnerSettingsEdits::text(settings, field) << '\n';
    }
    m_out.flush();
    return Success;
}

int PartnerCommands::set(const QStringList& args) {
    QCommandLineParser parser;
    if (!parseCommandArguments(parser, args, m_err, setUsage))
        return Failure;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return fail(
            tr("partner set needs a field and a value (an empty value: \"\")\nUsage: sitekeeper-cli %1")
                .arg(setUsage));
    if (!openWorkspace())
        return Failure;
    if (const Result<void> saved = PartnerSettingsEdits(*m_workspace).set(words.at(0), words.at(1)); !saved)
        return fail(saved.error().toString());
    return Success;
}

} // namespace sitekeeper
