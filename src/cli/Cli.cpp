// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "ActionCommands.h"
#include "BundleCodec.h"
#include "BundleFile.h"
#include "CheckCommands.h"
#include "CliSupport.h"
#include "CredentialCommands.h"
#include "DemoGenerator.h"
#include "DemoPartner.h"
#include "DirectoryDiff.h"
#include "Enums.h"
#include "EscalationImport.h"
#include "GraphCommands.h"
#include "LdapOptions.h"
#include "PartnerCommands.h"
#include "ProfileExport.h"
#include "ProfileImport.h"
#include "RecordCommands.h"
#include "Site.h"
#include "Store.h"
#include "SyncCommands.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <optional>

namespace sitekeeper {

namespace {

QString usageText() {
    return QStringLiteral(
               "Usage: sitekeeper-cli [--workspace DIR] COMMAND [options]\n"
               "\n"
               "Commands:\n"
               "  init                                   create the workspace folder\n"
               "  demo [--size L|XL] --sites N --profiles-per-site M --seed S [--as-of YYYY-MM-DD]\n"
               "  export bundle [--site NAME] -o FILE    (FILE - writes to standard output)\n"
               "  import bundle FILE                     (all or nothing)\n"
               "  import escalations FILE [--dry-run] [--format json]\n"
               "                                         (PSA export as CSV; all or nothing)\n"
               "  import profiles FILE --site NAME [--preset P] [--dry-run] [--format json]\n"
               "                 [--skip-invalid] [--rejects FILE]\n"
               "                                         (users CSV; P: m365, entra, connectwise,\n"
               "                                         autotask, ldap, generic; all or nothing\n"
               "                                         unless --skip-invalid)\n"
               "  import profiles --graph [--tenant T] [--client-id C] --site NAME [--dry-run]\n"
               "                                         (the users of Microsoft Entra ID, read live)\n"
               "  diff directory FILE --site NAME [--preset P] [--format json]\n"
               "                 [--disable-leavers] [--add-joiners]\n"
               "  diff directory --graph [--tenant T] [--client-id C] --site NAME [--format json] ...\n"
               "  import profiles and diff directory read a live Active Directory / LDAP directory\n"
               "  instead of FILE with --ldap URL --base-dn DN --bind-dn DN [--bind-password-stdin]\n"
               "                 [--filter F] [--start-tls] [--ca-file FILE] [--page-size N]\n"
               "                 [--timeout SECONDS] [--remember], or with --ldap-saved\n"
               "  export profiles --site NAME -o FILE    (CSV; FILE - writes to standard output)\n"
               "  stats [--format json]\n"
               "  search TEXT [--format json]\n") +
           RecordCommands::usageLines() + ActionCommands::usageLines() + CheckCommands::usageLines() +
           CredentialCommands::usageLines() + PartnerCommands::usageLines() + SyncCommands::usage() +
           QStringLiteral(
               "\n"
               "The workspace is --workspace DIR, else $SITEKEEPER_WORKSPACE, else the per-user default.\n"
               "Exit codes: 0 success, 1 problems found, 2 usage or I/O error.\n");
}

// The CSV imports' last step: write what the preview found, unless it found invalid rows or this is a
// dry run (nullopt: nothing was written).
template <class Importer, class Preview>
Result<std::optional<Workspace::ImportSummary>> writeUnlessDryRun(Importer& importer, const Preview& preview,
                                                                  bool dryRun) {
    if (preview.hasErrors() || dryRun)
        return std::optional<Workspace::ImportSummary>();
    auto summary = importer.import(preview);
    if (!summary)
        return summary.error();
    return std::optional<Workspace::ImportSummary>(summary.value());
}

// The JSON's source: "file", or "ldap" and "base_dn" for a directory read live, or "entra_tenant".
void insertSource(QJsonObject& json, const QString& path, const std::optional<LdapOptions::Read>& directory,
                  const std::optional<GraphCommands::Users>& entra = std::nullopt) {
    if (entra) {
        json.insert(QStringLiteral("entra_tenant"), entra->tenant);
        return;
    }
    if (!directory) {
        json.insert(QStringLiteral("file"), path);
        return;
    }
    json.insert(QStringLiteral("ldap"), directory->options.url.toString(QUrl::RemoveUserInfo));
    json.insert(QStringLiteral("base_dn"), directory->options.baseDn);
}

// " (DN)" of the directory entry a preview row was read from; empty for a file.
QString entryName(const std::optional<LdapOptions::Read>& directory, int row) {
    if (!directory)
        return {};
    const qsizetype index = row - CsvTable::rowNumber(0);
    if (index < 0 || index >= directory->table.rows.size() || directory->table.rows.at(index).isEmpty())
        return {};
    return QStringLiteral(" (") + directory->table.rows.at(index).constFirst() + QLatin1Char(')');
}

// A live directory (--ldap or --graph) read for `siteId`, or nothing for a file: `path` becomes its name
// in messages, and its columns' preset is used unless --preset chose one.
struct LiveSource {
    std::optional<LdapOptions::Read> directory;
    std::optional<GraphCommands::Users> entra;
};

Result<LiveSource> readLiveSource(Workspace& workspace, const QUuid& siteId, const QCommandLineParser& parser,
                                  QTextStream& err, QString* path, ProfileImport::Options* options) {
    LiveSource live;
    if (LdapOptions::wanted(parser)) {
        auto read = LdapOptions::read(parser, workspace, siteId, err);
        if (!read)
            return read.error();
        live.directory = std::move(read).value();
        *path = live.directory->name;
        if (!options->preset)
            options->preset = ProfileImport::Preset::Ldap;
    }
    if (GraphCommands::wanted(parser)) {
        auto users = GraphCommands::read(workspace, siteId, parser, err);
        if (!users)
            return users.error();
        live.entra = std::move(users).value();
        *path = live.entra->source;
        if (!options->preset)
            options->preset = ProfileImport::Preset::Entra; // Graph's column names
    }
    return live;
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr) {}

Cli::~Cli() = default;

int Cli::fail(const QString& message) {
    m_err << "sitekeeper-cli: " << message << Qt::endl;
    return Failure;
}

void Cli::printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args, const QString& usage) {
    return parseCommandArguments(parser, args, m_err, usage);
}

bool Cli::wantsJson(const QCommandLineParser& parser) {
    return parser.value(QStringLiteral("format")) == QLatin1String("json");
}

bool Cli::openWorkspace(bool create) {
    auto opened = Workspace::open(m_workspacePath, create ? Workspace::OpenMode::CreateIfMissing
                                                          : Workspace::OpenMode::MustExist);
    if (!opened) {
        fail(opened.error().toString());
        return false;
    }
    m_workspace = std::move(opened).value();
    const OpenReport& report = m_workspace->openReport();
    if (report.movedAside)
        m_err << tr("sitekeeper-cli: the workspace database was damaged; it was moved aside to %1 and a new "
                    "one "
                    "was created. Import your last bundle or restore a backup.")
                     .arg(report.movedTo)
              << Qt::endl;
    if (report.migratedFrom > 0)
        m_err << tr("sitekeeper-cli: the workspace was upgraded from schema %1; a backup is at %2")
                     .arg(report.migratedFrom)
                     .arg(report.backupPath)
              << Qt::endl;
    return true;
}

int Cli::run(const QStringList& arguments) {
    QStringList args = arguments.mid(1);
    QString workspaceOption;
    // Global options come before the command; everything after it belongs to the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--workspace") || option == QLatin1String("-w")) {
            if (args.isEmpty())
                return fail(tr("--workspace needs a folder"));
            workspaceOption = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--workspace="))) {
            workspaceOption = option.mid(12);
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            m_out << usageText();
            return Success;
        } else if (option == QLatin1String("--version")) {
            m_out << "sitekeeper-cli " << SITEKEEPER_VERSION << Qt::endl;
            return Success;
        } else {
            m_err << "sitekeeper-cli: " << tr("unknown option %1").arg(option) << "\n\n" << usageText();
            return Failure;
        }
    }
    if (args.isEmpty()) {
        m_err << usageText();
        return Failure;
    }
    m_workspacePath = Workspace::resolvePath(workspaceOption);

    const QString command = args.takeFirst();
    if (command == QLatin1String("init"))
        return init();
    // Before the records' commands: `profile merge` is an action on two records.
    if (ActionCommands::handles(command, args.value(0)))
        return ActionCommands(m_workspacePath, m_out, m_err).run(command, args);
    if (RecordCommands::handles(command) &&
        (command != QLatin1String("credential") || RecordCommands::credentialHandles(args.value(0))))
        return RecordCommands(m_workspacePath, m_out, m_err).run(command, args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("export"))
        return exportCommand(args);
    if (command == QLatin1String("import"))
        return importCommand(args);
    if (command == QLatin1String("diff"))
        return diffDirectory(args);
    if (command == QLatin1String("stats"))
        return stats(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("credential"))
        return CredentialCommands(m_workspacePath, m_out, m_err).credential(args);
    if (command == QLatin1String("check"))
        return CheckCommands(m_workspacePath, m_out, m_err).check(args);
    if (command == QLatin1String("readiness"))
        return CheckCommands(m_workspacePath, m_out, m_err).readiness(args);
    if (command == QLatin1String("review"))
        return CheckCommands(m_workspacePath, m_out, m_err).review(args);
    if (command == QLatin1String("report"))
        return CheckCommands(m_workspacePath, m_out, m_err).report(args);
    if (command == QLatin1String("scan"))
        return CredentialCommands(m_workspacePath, m_out, m_err).scan(args);
    if (PartnerCommands::handles(command))
        return PartnerCommands(m_workspacePath, m_out, m_err).run(args);
    if (SyncCommands::handles(command))
        return SyncCommands(m_out, m_err).run(m_workspacePath, command, args);
    if (command == QLatin1String("help")) {
        m_out << usageText();
        return Success;
    }
    m_err << "sitekeeper-cli: " << tr("unknown command %1").arg(command) << "\n\n" << usageText();
    return Failure;
}

int Cli::init() {
    if (!openWorkspace(true))
        return Failure;
    m_out << tr("Workspace ready at %1").arg(m_workspace->folder()) << Qt::endl;
    return Success;
}

int Cli::demo(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sites"), QStringLiteral("Number of sites"), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("profiles-per-site"), QStringLiteral("Client profiles per site"),
                      QStringLiteral("M"), QStringLiteral("40")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed"), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("Date the data is relative to"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("A benchmark size: L or XL"), QStringLiteral("SIZE")});
    const QString usage =
        QStringLiteral("demo [--size L|XL] --sites N --profiles-per-site M --seed S [--as-of YYYY-MM-DD]");
    if (!parse(parser, args, usage))
        return Failure;

    DemoGenerator::Options options;
    if (parser.isSet(QStringLiteral("size"))) {
        const auto preset = DemoGenerator::preset(parser.value(QStringLiteral("size")));
        if (!preset)
            return fail(tr("--size must be L or XL\nUsage: sitekeeper-cli %1").arg(usage));
        options = *preset;
    }
    // Explicit numbers win over the preset's.
    const auto number = [&parser](const QString& name, int preset) {
        return parser.isSet(name) || preset < 0 ? parser.value(name) : QString::number(preset);
    };
    const bool sized = parser.isSet(QStringLiteral("size"));
    bool ok1 = false, ok2 = false, ok3 = false;
    options.sites = number(QStringLiteral("sites"), sized ? options.sites : -1).toInt(&ok1);
    options.profilesPerSite =
        number(QStringLiteral("profiles-per-site"), sized ? options.profilesPerSite : -1).toInt(&ok2);
    options.seed = number(QStringLiteral("seed"), sized ? int(options.seed) : -1).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.sites < 0 || options.profilesPerSite < 0 ||
        options.sites > 1'000'000 || options.profilesPerSite > 100'000)
        return fail(tr("--sites, --profiles-per-site and --seed must be whole numbers of 0 or more\nUsage: "
                       "sitekeeper-cli %1")
                        .arg(usage));
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail(tr("--as-of must be a date like 2026-11-01"));
    }
    if (!openWorkspace(true))
        return Failure;

    QElapsedTimer timer;
    timer.start();
    const auto summary = DemoPartner::fill(*m_workspace, options, [&](qint64 done) {
        if (done % 100 == 0)
            m_err << tr("demo: %1 of %2 sites").arg(done).arg(options.sites) << Qt::endl;
        return true;
    });
    if (!summary)
        return fail(summary.error().toString());
    m_out << tr("Demo workspace: %1 sites, %2 profiles per site, seed %3 (%4 records written in %5 s)")
                 .arg(options.sites)
                 .arg(options.profilesPerSite)
                 .arg(options.seed)
                 .arg(summary->created + summary->updated)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

int Cli::exportCommand(const QStringList& args) {
    if (args.value(0) == QLatin1String("profiles"))
        return exportProfiles(args.mid(1));
    if (args.value(0) != QLatin1String("bundle"))
        return fail(tr("usage: sitekeeper-cli export bundle [--site NAME] -o FILE"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("site"), QStringLiteral("Only this site and its children"), QStringLiteral("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Output file"),
                      QStringLiteral("FILE")});
    const QString usage = QStringLiteral("export bundle [--site NAME] -o FILE");
    if (!parse(parser, args.mid(1), usage))
        return Failure;
    if (!parser.isSet(QStringLiteral("o")))
        return fail(tr("export bundle needs -o FILE (- for standard output)"));
    if (!openWorkspace(false))
        return Failure;

    std::optional<QUuid> siteId;
    if (parser.isSet(QStringLiteral("site"))) {
        siteId = m_workspace->findSiteByName(parser.value(QStringLiteral("site")));
        if (!siteId)
            return fail(tr("no site named \"%1\"").arg(parser.value(QStringLiteral("site"))));
    }
    const QString path = parser.value(QStringLiteral("o"));
    const auto bundle = BundleFile::exportTo(*m_workspace, path, siteId);
    if (!bundle)
        return fail(bundle.error().toString());
    if (path != QLatin1String("-"))
        m_err << tr("Exported %1 sites to %2").arg(bundle->sites.size()).arg(path) << Qt::endl;
    return Success;
}

int Cli::importCommand(const QStringList& args) {
    if (args.value(0) == QLatin1String("escalations"))
        return importEscalations(args.mid(1));
    if (args.value(0) == QLatin1String("profiles"))
        return importProfiles(args.mid(1));
    if (args.value(0) != QLatin1String("bundle") || args.size() != 2)
        return fail(tr("usage: sitekeeper-cli import bundle FILE"));
    const QString path = args.at(1);
    const auto contents = BundleFile::read(path);
    if (!contents)
        return fail(contents.error().toString());
    const Bundle& bundle = contents->bundle;
    const QStringList& problems = contents->problems;
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems))
            m_err << path << ": " << problem << '\n';
        m_err << tr("sitekeeper-cli: %n problem(s) in %1; nothing was imported", nullptr,
                    int(problems.size()))
                     .arg(path)
              << Qt::endl;
        return Problems;
    }
    if (!openWorkspace(true))
        return Failure;
    const auto summary = m_workspace->importBundle(bundle);
    if (!summary)
        return fail(tr("import failed, nothing was imported: %1").arg(summary.error().toString()));
    m_out << tr("Imported %1: %2 created, %3 updated, %4 unchanged")
                 .arg(path)
                 .arg(summary->created)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
          << Qt::endl;
    return Success;
}

int Cli::importEscalations(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV file exported from the PSA"));
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; write nothing.")});
    parser.addOption(formatOption());
    const QString usage = QStringLiteral("import escalations FILE [--dry-run] [--format json]");
    if (!parse(parser, args, usage))
        return Failure;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("import escalations takes one FILE\nUsage: sitekeeper-cli %1").arg(usage));
    const QString path = parser.positionalArguments().constFirst();
    QString readError;
    const std::optional<QByteArray> input = readInputFile(path, &readError);
    if (!input)
        return fail(readError);
    const QByteArray& bytes = *input;
    if (!openWorkspace(false))
        return Failure;

    EscalationImport importer(*m_workspace);
    const auto preview = importer.preview(bytes);
    if (!preview)
        return fail(tr("%1: %2; nothing was imported").arg(path, preview.error().toString()));
    const bool json = wantsJson(parser);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const auto imported = writeUnlessDryRun(importer, *preview, dryRun);
    if (!imported)
        return fail(tr("import failed, nothing was imported: %1").arg(imported.error().toString()));
    const std::optional<Workspace::ImportSummary>& written = imported.value();

    using Outcome = EscalationImport::Outcome;
    if (json) {
        QJsonObject result = preview->toJson();
        result.insert(QStringLiteral("file"), path);
        result.insert(QStringLiteral("imported"), written.has_value());
        printJson(result);
    } else {
        for (const QString& note : preview->notes)
            m_err << path << ": " << note << '\n';
        if (preview->hasErrors())
            m_err << preview->errorText() << '\n';
        m_out << tr("%1: %2 new, %3 updated, %4 unchanged, %5 invalid")
                     .arg(path)
                     .arg(preview->count(Outcome::New))
                     .arg(preview->count(Outcome::Update))
                     .arg(preview->count(Outcome::Unchanged))
                     .arg(preview->count(Outcome::Invalid))
              << Qt::endl;
    }
    return importExit(path, preview->count(Outcome::Invalid), dryRun && !json);
}

int Cli::importExit(const QString& path, int invalidRows, bool sayDryRun) {
    if (invalidRows > 0) {
        m_err << tr("sitekeeper-cli: %n invalid row(s) in %1; nothing was imported", nullptr, invalidRows)
                     .arg(path)
              << Qt::endl;
        return Problems;
    }
    if (sayDryRun)
        m_err << tr("Dry run: nothing was written.") << Qt::endl;
    return Success;
}

bool Cli::presetOption(const QCommandLineParser& parser, ProfileImport::Options* options) {
    if (!parser.isSet(QStringLiteral("preset")))
        return true;
    options->preset = ProfileImport::presetFromName(parser.value(QStringLiteral("preset")));
    if (options->preset)
        return true;
    QStringList names;
    for (ProfileImport::Preset preset : ProfileImport::allPresets())
        names << ProfileImport::presetName(preset);
    fail(tr("unknown preset \"%1\"; use one of: %2")
             .arg(parser.value(QStringLiteral("preset")), names.join(QStringLiteral(", "))));
    return false;
}

int Cli::diffDirectory(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Directory export (CSV)"));
    parser.addOption(siteOption());
    LdapOptions::add(parser);
    parser.addOption(
        {QStringLiteral("preset"), QStringLiteral("The export the file comes from"), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("disable-leavers"), QStringLiteral("Disable the profiles of the leavers.")});
    parser.addOption({QStringLiteral("add-joiners"), QStringLiteral("Add a profile for each joiner.")});
    parser.addOption(formatOption());
    GraphCommands::addOptions(parser);
    const QString usage =
        QStringLiteral("diff directory FILE|LDAP|%1 --site NAME [--preset P] [--format json] "
                       "[--disable-leavers] [--add-joiners]\n  LDAP: ")
            .arg(GraphCommands::usage()) +
        LdapOptions::usage();
    if (!parse(parser, args, usage))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    const bool ldap = LdapOptions::wanted(parser);
    const bool graph = GraphCommands::wanted(parser);
    if (ldap && graph)
        return fail(
            tr("diff directory reads one directory: --ldap or --graph, not both\nUsage: sitekeeper-cli %1")
                .arg(usage));
    if (graph && positional.size() > 1)
        return fail(
            tr("diff directory reads FILE or --graph, not both\nUsage: sitekeeper-cli %1").arg(usage));
    if (positional.size() != (ldap || graph ? 1 : 2) || positional.first() != QLatin1String("directory"))
        return fail((ldap ? tr("diff needs: directory --ldap URL ... (a FILE or --ldap, not both)")
                          : tr("diff needs: directory FILE, or directory --ldap URL ...")) +
                    tr("\nUsage: sitekeeper-cli %1").arg(usage));
    if (!parser.isSet(QStringLiteral("site")))
        return fail(tr("diff directory needs --site NAME\nUsage: sitekeeper-cli %1").arg(usage));
    ProfileImport::Options options;
    if (!presetOption(parser, &options))
        return Failure;
    if (auto checked = LdapOptions::check(parser); !checked)
        return fail(checked.error().toString());
    std::optional<QByteArray> input;
    QString path;
    if (!ldap && !graph) {
        path = positional.at(1);
        QString readError;
        input = readInputFile(path, &readError);
        if (!input)
            return fail(readError);
    }
    if (!openWorkspace(false))
        return Failure;
    const QString siteName = parser.value(QStringLiteral("site"));
    const std::optional<QUuid> siteId = m_workspace->findSiteByName(siteName);
    if (!siteId)
        return fail(tr("no site named \"%1\"").arg(siteName));

    DirectoryDiff diff(*m_workspace);
    auto live = readLiveSource(*m_workspace, *siteId, parser, m_err, &path, &options);
    if (!live)
        return fail(live.error().toString());
    const std::optional<LdapOptions::Read>& directory = live->directory;
    const std::optional<GraphCommands::Users>& entra = live->entra;
    const auto report = directory ? diff.compare(directory->table, *siteId, options)
                        : entra   ? diff.compare(entra->table, *siteId, options)
                                  : diff.compare(*input, *siteId, options);
    if (!report)
        return fail(tr("%1: %2").arg(path, report.error().toString()));
    int disabled = 0;
    int added = 0;
    if (parser.isSet(QStringLiteral("disable-leavers"))) {
        const auto done = diff.disableLeavers(*report);
        if (!done)
            return fail(
                tr("disabling the leavers failed, nothing was changed: %1").arg(done.error().toString()));
        disabled = *done;
    }
    if (parser.isSet(QStringLiteral("add-joiners"))) {
        const auto done = diff.addJoiners(*report);
        if (!done)
            return fail(tr("adding the joiners failed; none was added: %1").arg(done.error().toString()));
        added = *done;
    }
    if (wantsJson(parser)) {
        QJsonObject json = report->toJson();
        json.insert(QStringLiteral("site"), siteName);
        insertSource(json, path, directory, entra);
        json.insert(QStringLiteral("disabled"), disabled);
        json.insert(QStringLiteral("added"), added);
        printJson(json);
        return Success;
    }
    for (const DirectoryDiff::Leaver& l : report->leavers)
        m_out << tr("leaver\t%1\t%2%3")
                     .arg(l.profile.fullName, l.profile.email,
                          l.usedAs.isEmpty() ? QString()
                                             : QStringLiteral("\t") + l.usedAs.join(QStringLiteral("; ")))
              << '\n';
    for (const DirectoryDiff::Joiner& j : report->joiners)
        m_out << tr("joiner\t%1\t%2\trow %3").arg(j.profile.fullName, j.profile.email).arg(j.row) << '\n';
    for (const DirectoryDiff::NumberChange& c : report->changedNumbers)
        m_out << tr("number\t%1\t%2: %3 -> %4").arg(c.profile.fullName, c.field, c.before, c.after) << '\n';
    for (const ProfileImport::Row& r : report->unreadable)
        m_out << tr("invalid\trow %1\t%2").arg(r.row).arg(r.problem()) << entryName(directory, r.row) << '\n';
    m_out << tr("%1 leavers, %2 joiners, %3 changed numbers; %4 disabled, %5 added")
                 .arg(report->leavers.size())
                 .arg(report->joiners.size())
                 .arg(report->changedNumbers.size())
                 .arg(disabled)
                 .arg(added)
          << Qt::endl;
    return Success;
}

int Cli::importProfiles(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV file of users"));
    parser.addOption(
        {QStringLiteral("site"), QStringLiteral("The site the users belong to"), QStringLiteral("NAME")});
    LdapOptions::add(parser);
    parser.addOption(
        {QStringLiteral("preset"), QStringLiteral("The export the file comes from"), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; write nothing.")});
    parser.addOption({QStringLiteral("skip-invalid"),
                      QStringLiteral("Import the valid rows and leave the invalid ones out (exit 1).")});
    parser.addOption({QStringLiteral("rejects"),
                      QStringLiteral("Write the invalid rows, with what to fix, to this CSV file."),
                      QStringLiteral("FILE")});
    parser.addOption(formatOption());
    GraphCommands::addOptions(parser);
    const QString usage =
        QStringLiteral("import profiles FILE|LDAP|%1 --site NAME [--preset P] [--dry-run] [--skip-invalid] "
                       "[--rejects FILE] [--format json]\n  LDAP: ")
            .arg(GraphCommands::usage()) +
        LdapOptions::usage();
    if (!parse(parser, args, usage))
        return Failure;
    const bool ldap = LdapOptions::wanted(parser);
    const bool graph = GraphCommands::wanted(parser);
    if (ldap && graph)
        return fail(
            tr("import profiles reads one directory: --ldap or --graph, not both\nUsage: sitekeeper-cli %1")
                .arg(usage));
    if (graph && !parser.positionalArguments().isEmpty())
        return fail(
            tr("import profiles reads FILE or --graph, not both\nUsage: sitekeeper-cli %1").arg(usage));
    if (parser.positionalArguments().size() != (ldap || graph ? 0 : 1))
        return fail((ldap ? tr("import profiles reads a FILE or --ldap, not both")
                          : tr("import profiles takes one FILE, or --ldap URL ...")) +
                    tr("\nUsage: sitekeeper-cli %1").arg(usage));
    if (!parser.isSet(QStringLiteral("site")))
        return fail(tr("import profiles needs --site NAME\nUsage: sitekeeper-cli %1").arg(usage));
    ProfileImport::Options options;
    if (!presetOption(parser, &options))
        return Failure;
    if (auto checked = LdapOptions::check(parser); !checked)
        return fail(checked.error().toString());
    std::optional<QByteArray> input;
    QString path;
    if (!ldap && !graph) {
        path = parser.positionalArguments().constFirst();
        QString readError;
        input = readInputFile(path, &readError);
        if (!input)
            return fail(readError);
    }
    if (!openWorkspace(false))
        return Failure;
    const QString siteName = parser.value(QStringLiteral("site"));
    const std::optional<QUuid> siteId = m_workspace->findSiteByName(siteName);
    if (!siteId)
        return fail(tr("no site named \"%1\"").arg(siteName));

    auto live = readLiveSource(*m_workspace, *siteId, parser, m_err, &path, &options);
    if (!live)
        return fail(live.error().toString());
    const std::optional<LdapOptions::Read>& directory = live->directory;
    const std::optional<GraphCommands::Users>& entra = live->entra;
    ProfileImport importer(*m_workspace);
    const auto preview = directory ? importer.preview(directory->table, *siteId, options)
                         : entra   ? importer.preview(entra->table, *siteId, options)
                                   : importer.preview(*input, *siteId, options);
    if (!preview)
        return fail(tr("%1: %2; nothing was imported").arg(path, preview.error().toString()));
    const bool json = wantsJson(parser);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    // The rejects file is written whenever asked for, empty but for its header when no row is invalid,
    // so that an old one is never mistaken for this import's.
    if (parser.isSet(QStringLiteral("rejects"))) {
        const QString rejectsPath = parser.value(QStringLiteral("rejects"));
        QSaveFile rejects(rejectsPath);
        const QByteArray bytes = preview->rejectsCsv();
        if (!rejects.open(QIODevice::WriteOnly) || rejects.write(bytes) != bytes.size() || !rejects.commit())
            return fail(tr("cannot write the rejects file %1: %2; nothing was imported")
                            .arg(rejectsPath, rejects.errorString()));
    }
    std::optional<Workspace::ImportSummary> written;
    if (!dryRun && (skipInvalid || !preview->hasErrors())) {
        auto summary = importer.import(*preview, {},
                                       skipInvalid ? ProfileImport::InvalidRows::Skip
                                                   : ProfileImport::InvalidRows::Refuse);
        if (!summary)
            return fail(tr("import failed, nothing was imported: %1").arg(summary.error().toString()));
        written = summary.value();
    }

    using Outcome = ProfileImport::Outcome;
    if (json) {
        QJsonObject result = preview->toJson();
        insertSource(result, path, directory, entra);
        result.insert(QStringLiteral("site"), siteName);
        result.insert(QStringLiteral("imported"), written.has_value());
        result.insert(QStringLiteral("skipped"), written ? written->skipped : 0);
        printJson(result);
    } else {
        for (const QString& note : preview->notes)
            m_err << path << ": " << note << '\n';
        for (const ProfileImport::Row& row : preview->rows) {
            if (row.outcome == Outcome::DuplicateInFile || row.outcome == Outcome::DuplicateOf)
                m_err << tr("row %1: %2").arg(row.row).arg(row.message) << entryName(directory, row.row)
                      << '\n';
            if (!dryRun || row.outcome == Outcome::Invalid)
                continue;
            // A dry run shows what each row would do, and what an update would overwrite.
            QStringList changes;
            for (const ProfileImport::Change& change : row.changes)
                changes << tr("%1: %2 \u2192 %3").arg(change.field, change.before, change.after);
            m_out << tr("row %1: %2 %3")
                         .arg(row.row)
                         .arg(ProfileImport::outcomeName(row.outcome), row.profile.fullName)
                  << entryName(directory, row.row);
            if (!changes.isEmpty())
                m_out << " (" << changes.join(QStringLiteral("; ")) << ')';
            m_out << '\n';
        }
        if (preview->hasErrors())
            m_err << preview->errorText() << '\n';
        m_out << tr("%1: %2 new, %3 updated, %4 unchanged, %5 duplicates not imported, %6 invalid")
                     .arg(path)
                     .arg(preview->count(Outcome::New))
                     .arg(preview->count(Outcome::Update))
                     .arg(preview->count(Outcome::Unchanged))
                     .arg(preview->count(Outcome::DuplicateInFile) + preview->count(Outcome::DuplicateOf))
                     .arg(preview->count(Outcome::Invalid))
              << Qt::endl;
    }
    const int invalid = preview->count(Outcome::Invalid);
    if (written && invalid > 0) {
        m_err << tr("sitekeeper-cli: %n invalid row(s) in %1 were left out; the valid rows were imported",
                    nullptr, invalid)
                     .arg(path)
              << Qt::endl;
        return Problems;
    }
    return importExit(path, invalid, dryRun && !json);
}

int Cli::exportProfiles(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("site"), QStringLiteral("The site to export"), QStringLiteral("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Output file"),
                      QStringLiteral("FILE")});
    const QString usage = QStringLiteral("export profiles --site NAME -o FILE");
    if (!parse(parser, args, usage))
        return Failure;
    if (!parser.isSet(QStringLiteral("site")) || !parser.isSet(QStringLiteral("o")))
        return fail(tr("export profiles needs --site NAME and -o FILE (- for standard output)"));
    if (!openWorkspace(false))
        return Failure;
    const QString siteName = parser.value(QStringLiteral("site"));
    const std::optional<QUuid> siteId = m_workspace->findSiteByName(siteName);
    if (!siteId)
        return fail(tr("no site named \"%1\"").arg(siteName));

    ProfileExport exporter(*m_workspace);
    const QString path = parser.value(QStringLiteral("o"));
    Result<qint64> written = qint64(0);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to standard output"));
        written = exporter.write(*siteId, out);
    } else {
        written = exporter.writeFile(*siteId, path);
    }
    if (!written)
        return fail(written.error().toString());
    m_err << tr("Exported %1 profiles of %2 to %3").arg(*written).arg(siteName, path) << Qt::endl;
    return Success;
}

int Cli::stats(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    if (!parse(parser, args, QStringLiteral("stats [--format json]")))
        return Failure;
    if (!openWorkspace(false))
        return Failure;
    const auto counted = m_workspace->counts();
    if (!counted)
        return fail(counted.error().toString());
    const Workspace::Counts& c = counted.value();
    const QJsonObject json{
        {QStringLiteral("sites"), c.sites},
        {QStringLiteral("client_profiles"), c.clientProfiles},
        {QStringLiteral("references"), c.references},
        {QStringLiteral("approvers"), c.approvers},
        {QStringLiteral("notification_rules"), c.notificationRules},
        {QStringLiteral("partner_contacts"), c.partnerContacts},
        {QStringLiteral("credentials"), c.credentials},
        {QStringLiteral("approval_types"), c.approvalTypes},
        {QStringLiteral("escalations"), c.escalations},
        {QStringLiteral("pending_changes"), c.pendingChanges},
    };
    if (wantsJson(parser)) {
        printJson(json);
        return Success;
    }
    for (auto it = json.begin(); it != json.end(); ++it)
        m_out << it.key() << '\t' << it.value().toInteger() << '\n';
    m_out.flush();
    return Success;
}

int Cli::search(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Most hits to show"), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("Words to look for"));
    if (!parse(parser, args, QStringLiteral("search TEXT [--format json] [--limit N]")))
        return Failure;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(tr("search needs some text to look for"));
    if (!openWorkspace(false))
        return Failure;
    const QList<SearchHit> hits =
        m_workspace->store().search().find(text, parser.value(QStringLiteral("limit")).toInt());
    if (wantsJson(parser)) {
        QJsonArray array;
        for (const SearchHit& hit : hits)
            array.append(QJsonObject{{QStringLiteral("entity"), hit.entity},
                                     {QStringLiteral("id"), hit.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet}});
        printJson(array);
        return Success;
    }
    for (const SearchHit& hit : hits)
        m_out << hit.entity << '\t' << hit.title << '\t' << hit.snippet << '\n';
    m_out.flush();
    return Success;
}

} // namespace sitekeeper
