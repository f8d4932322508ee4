// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordCommands.h"

#include "CliSupport.h"
#include "CredentialService.h"
#include "JsonValues.h"
#include "RecordFields.h"
#include "RecordLookup.h"
#include "ReviewActions.h"
#include "Store.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <concepts>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Problems = 1, Failure = 2 };

template <class T>
concept SiteScoped = requires(T record) {
    record.siteId;
};

QCommandLineOption fromJsonOption() {
    return {QStringLiteral("from-json"), QStringLiteral("Records in bundle shape: one object or an array."),
            QStringLiteral("FILE")};
}

QCommandLineOption secretOption() {
    return {QStringLiteral("secret-stdin"), QStringLiteral("Read the secret from standard input.")};
}

// The options of the entity's fields, each under its kebab-case name (and any older alias).
void addFieldOptions(QCommandLineParser& parser, const EntitySpec& spec) {
    for (const FieldSpec& field : spec.fields)
        parser.addOption(
            QCommandLineOption(QStringList{field.option} + field.aliases, field.help, valueName(field)));
}

QString usageOf(const EntitySpec& spec, const QString& sub) {
    const QString site = spec.scope == EntitySpec::Scope::Required   ? QStringLiteral(" --site SITE")
                         : spec.scope == EntitySpec::Scope::Optional ? QStringLiteral(" [--site SITE]")
                                                                     : QString();
    const QString record = QStringLiteral("ID|%1").arg(spec.keyName);
    if (sub == QLatin1String("add"))
        return QStringLiteral(
                   "%1 add%2 %3 [--format json]\n       sitekeeper-cli %1 add --from-json FILE|-%2")
            .arg(spec.command, site, optionSynopsis(spec));
    if (sub == QLatin1String("edit"))
        return QStringLiteral("%1 edit %2%3 %4 [--format json]")
            .arg(spec.command, record, site, optionSynopsis(spec));
    if (sub == QLatin1String("list"))
        return QStringLiteral("%1 list%2 [--format json]")
            .arg(spec.command,
                 spec.scope == EntitySpec::Scope::None ? QString() : QStringLiteral(" [--site SITE]"));
    return QStringLiteral("%1 %2 %3%4%5")
        .arg(spec.command, sub, record, site,
             sub == QLatin1String("show") ? QStringLiteral(" [--format json]") : QString());
}

// The record `text` names (its id or natural key) within `siteId`.
Result<Site> locate(const RecordLookup& lookup, const QString& text, const QUuid&, const Site*) {
    return lookup.site(text);
}
Result<ClientProfile> locate(const RecordLookup& lookup, const QString& text, const QUuid& siteId,
                             const ClientProfile*) {
    return lookup.profile(text, siteId);
}
Result<Reference> locate(const RecordLookup& lookup, const QString& text, const QUuid& siteId,
                         const Reference*) {
    return lookup.reference(text, siteId);
}
Result<Approver> locate(const RecordLookup& lookup, const QString& text, const QUuid& siteId,
                        const Approver*) {
    return lookup.approver(text, siteId);
}
Result<NotificationRule> locate(const RecordLookup& lookup, const QString& text, const QUuid& siteId,
                                const NotificationRule*) {
    return lookup.rule(text, siteId);
}
Result<PartnerContact> locate(const RecordLookup& lookup, const QString& text, const QUuid&,
                              const PartnerContact*) {
    return lookup.contact(text);
}
Result<ApprovalType> locate(const RecordLookup& lookup, const QString& text, const QUuid&,
                            const ApprovalType*) {
    return lookup.approvalType(text);
}
Result<CredentialRecord> locate(const RecordLookup& lookup, const QString& text, const QUuid& siteId,
                                const CredentialRecord*) {
    return lookup.credential(text, siteId);
}

template <class T>
Result<T> locateRecord(const RecordLookup& lookup, const QString& text, const QUuid& siteId) {
    return locate(lookup, text, siteId, static_cast<const T*>(nullptr));
}

// The natural key of a record as the lookups take it; empty for approvers (several per type are fine).
QString naturalKey(const Site& r) {
    return r.name;
}
QString naturalKey(const ClientProfile& r) {
    return r.email;
}
QString naturalKey(const Reference& r) {
    return r.title;
}
QString naturalKey(const Approver&) {
    return {};
}
QString naturalKey(const NotificationRule& r) {
    return r.name;
}
QString naturalKey(const PartnerContact& r) {
    return r.name;
}
QString naturalKey(const ApprovalType& r) {
    return r.key;
}
QString naturalKey(const CredentialRecord& r) {
    return r.label;
}

template <class T>
QUuid siteOf(const T& record) {
    if constexpr (SiteScoped<T>)
        return record.siteId;
    else
        return QUuid();
}

QString plainValue(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

bool RecordCommands::handles(const QString& command) {
    return entitySpec(command) != nullptr;
}

bool RecordCommands::credentialHandles(const QString& sub) {
    return QStringList{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("disable"),
                       QStringLiteral("remove"), QStringLiteral("show")}
        .contains(sub);
}

QString RecordCommands::usageLines() {
    QString text;
    for (const EntitySpec& spec : entitySpecs()) {
        const QString site = spec.scope == EntitySpec::Scope::Required   ? QStringLiteral(" --site SITE")
                             : spec.scope == EntitySpec::Scope::Optional ? QStringLiteral(" [--site SITE]")
                                                                         : QString();
        QStringList options;
        for (const FieldSpec& field : spec.fields)
            options << QStringLiteral("--") + field.option;
        const QString subs = spec.statusKey.isEmpty() ? QStringLiteral("add|edit|remove|show|list")
                                                      : QStringLiteral("add|edit|disable|remove|show|list");
        text += QStringLiteral("  %1 %2 [ID|%3]%4\n").arg(spec.command, subs, spec.keyName, site);
        // The options, wrapped like the other usage lines.
        QString line = QStringLiteral("      ");
        for (const QString& option : std::as_const(options)) {
            if (line.size() + option.size() + 1 > 100) {
                text += line + QLatin1Char('\n');
                line = QStringLiteral("      ");
            }
            line += QLatin1Char(' ') + option;
        }
        text += line + QLatin1Char('\n');
    }
    text += QStringLiteral(
        "  (add prints the new id; add --from-json FILE|- takes records in bundle shape; edit changes only\n"
        "   the options given; sitekeeper-cli ENTITY add --help lists each option's values)\n");
    return text;
}

int RecordCommands::run(const QString& command, const QStringList& args) {
    const EntitySpec* spec = entitySpec(command);
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("site"))
        return dispatch<Site>(*spec, sub, rest);
    if (command == QLatin1String("profile"))
        return dispatch<ClientProfile>(*spec, sub, rest);
    if (command == QLatin1String("reference"))
        return dispatch<Reference>(*spec, sub, rest);
    if (command == QLatin1String("approver"))
        return dispatch<Approver>(*spec, sub, rest);
    if (command == QLatin1String("rule"))
        return dispatch<NotificationRule>(*spec, sub, rest);
    if (command == QLatin1String("contact"))
        return dispatch<PartnerContact>(*spec, sub, rest);
    if (command == QLatin1String("approval-type"))
        return dispatch<ApprovalType>(*spec, sub, rest);
    return dispatch<CredentialRecord>(*spec, sub, rest);
}

int RecordCommands::help(const EntitySpec& spec) {
    for (const QString& sub : {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("disable"),
                               QStringLiteral("remove"), QStringLiteral("show"), QStringLiteral("list")})
        m_out << "Usage: sitekeeper-cli "
              << usageOf(spec, sub).section(QLatin1Char('\n'), 0, 0).section(QStringLiteral(" [--"), 0, 0)
              << (sub == QLatin1String("add") || sub == QLatin1String("edit") ? " [options]" : "") << '\n';
    m_out << "\nOptions of add and edit (edit changes only those given):\n";
    for (const FieldSpec& field : spec.fields) {
        m_out << QStringLiteral("  --%1 %2").arg(field.option, valueName(field)).leftJustified(46) << ' '
              << field.help;
        if (field.kind == FieldKind::Enum)
            m_out << " One of: " << field.choices.join(QStringLiteral(", ")) << '.';
        if (!field.aliases.isEmpty())
            m_out << " (Also --" << field.aliases.join(QStringLiteral(", --")) << ".)";
        m_out << '\n';
    }
    if (spec.scope != EntitySpec::Scope::None)
        m_out << QStringLiteral("  --site SITE").leftJustified(46) << ' '
              << (spec.scope == EntitySpec::Scope::Required ? "The site the record belongs to (required)."
                                                            : "The site; without it, partner-wide.")
              << '\n';
    m_out << QStringLiteral("  --from-json FILE|-").leftJustified(46) << ' '
          << "add: records in bundle shape (one object or an array), all or nothing.\n";
    m_out << QStringLiteral("  --format text|json").leftJustified(46) << ' '
          << "add and edit print the record, show and list the records.\n";
    if (spec.command == QLatin1String("credential"))
        m_out << QStringLiteral("  --secret-stdin").leftJustified(46) << ' '
              << "add and edit: store the secret read from standard input in the keychain.\n";
    m_out << "\nA record is named by its id or by its " << spec.keyName.toLower()
          << ". Lists: repeat the option; \"\" alone clears the list. Dates: YYYY-MM-DD, or none.\n"
             "Time windows: \"mon,tue,wed,thu,fri 08:00-18:00 America/New_York\" (days may be a range: "
             "mon-fri).\n"
             "People: a profile's email or a partner contact's name. Booleans: yes or no.\n"
             "Exit codes: 0 done, 2 a bad value or usage (the option and value are named; nothing is "
             "written).\n";
    m_out.flush();
    return Success;
}

template <class T>
int RecordCommands::dispatch(const EntitySpec& spec, const QString& sub, const QStringList& args) {
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help") ||
        args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")))
        return help(spec);
    if (sub == QLatin1String("add"))
        return add<T>(spec, args);
    if (sub == QLatin1String("edit"))
        return edit<T>(spec, args);
    if (sub == QLatin1String("disable"))
        return disable<T>(spec, args);
    if (sub == QLatin1String("remove"))
        return remove<T>(spec, args);
    if (sub == QLatin1String("show"))
        return show<T>(spec, args);
    if (sub == QLatin1String("list"))
        return list<T>(spec, args);
    return fail(tr("usage: sitekeeper-cli %1 add|edit|disable|remove|show|list ... (unknown: \"%2\")")
                    .arg(spec.command, sub));
}

namespace {

// What every subcommand of an entity reads first: its options, the workspace, the --site.
struct Parsed {
    QUuid siteId;
    bool json = false;
};

// Checks --format and resolves --site; returns the message when something is wrong.
std::optional<QString> readCommon(const QCommandLineParser& parser, const EntitySpec& spec,
                                  const RecordLookup& lookup, bool siteNeeded, Parsed* parsed) {
    // Every subcommand takes --format (text by default).
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return RecordCommands::tr("--format \"%1\": use text or json").arg(format);
    parsed->json = format == QLatin1String("json");
    if (spec.scope == EntitySpec::Scope::None)
        return std::nullopt;
    if (!parser.isSet(QStringLiteral("site"))) {
        if (siteNeeded && spec.scope == EntitySpec::Scope::Required)
            return RecordCommands::tr("%1 records belong to a site: give --site SITE").arg(spec.command);
        return std::nullopt;
    }
    const auto site = lookup.site(parser.value(QStringLiteral("site")));
    if (!site)
        return RecordCommands::tr("--site \"%1\": %2")
            .arg(parser.value(QStringLiteral("site")), site.error().message);
    parsed->siteId = site->id;
    return std::nullopt;
}

// The record's JSON with the options given applied; the message of the first bad value otherwise.
std::optional<QString> applyOptions(const QCommandLineParser& parser, const EntitySpec& spec,
                                    const FieldContext& context, QJsonObject* json) {
    for (const FieldSpec& field : spec.fields) {
        if (!parser.isSet(field.option))
            continue;
        if (auto error = applyField(field, parser.values(field.option), context, json))
            return error;
    }
    return std::nullopt;
}

// The record read back from its JSON and validated; the problems named by option otherwise.
template <class T>
std::optional<QStringList> readRecord(const QJsonObject& json, const EntitySpec& spec,
                                      const QCommandLineParser* parser, T* record) {
    FieldErrors errors;
    *record = T::fromJson(json, &errors);
    if (errors.isEmpty())
        errors = record->validate();
    if (errors.isEmpty())
        return std::nullopt;
    QStringList messages;
    for (const FieldError& error : std::as_const(errors)) {
        const FieldSpec* field = spec.fieldForKey(error.field);
        if (!field) {
            messages << QStringLiteral("%1: %2").arg(error.field, error.message);
            continue;
        }
        const bool given = parser && parser->isSet(field->option);
        const QString value =
            given ? parser->values(field->option).join(QStringLiteral("\", \"")) : QString();
        messages
            << (given ? RecordCommands::tr("--%1 \"%2\" (%3): %4")
                            .arg(field->option, value, error.field, error.message)
                      : RecordCommands::tr("--%1 (%2): %3").arg(field->option, error.field, error.message));
    }
    return messages;
}

} // namespace

bool RecordCommands::saveWithSecret(CredentialRecord* record) {
    bool readOk = false;
    const QByteArray secret = readSecretFromStdin(&readOk);
    if (!readOk || secret.isEmpty()) {
        fail(tr("--secret-stdin: no secret on standard input"));
        return false;
    }
    if (secret.size() > CredentialVault::maxSecretSize) {
        fail(tr("--secret-stdin: the secret is larger than 16 KiB; the keychain cannot hold it"));
        return false;
    }
    QString why;
    if (!keychainAnswers(&why)) {
        fail(why);
        return false;
    }
    const Result<CredentialRecord> saved = saveCredentialNow(*m_workspace, *record, secret);
    if (!saved) {
        fail(tr("the credential was not stored: %1").arg(saved.error().toString()));
        return false;
    }
    *record = saved.value();
    return true;
}

template <class T>
int RecordCommands::add(const EntitySpec& spec, const QStringList& args) {
    constexpr bool isCredential = std::is_same_v<T, CredentialRecord>;
    constexpr bool isSite = std::is_same_v<T, Site>;
    QCommandLineParser parser;
    addFieldOptions(parser, spec);
    if (spec.scope != EntitySpec::Scope::None)
        parser.addOption(siteOption());
    parser.addOption(formatOption());
    parser.addOption(fromJsonOption());
    if (isCredential)
        parser.addOption(secretOption());
    if (isSite)
        parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The site's name (or --name)."));
    const QString usage = usageOf(spec, QStringLiteral("add"));
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > (isSite ? 1 : 0))
        return fail(
            tr("%1 add takes options only, not \"%2\" (quote values with spaces)\nUsage: sitekeeper-cli %3")
                .arg(spec.command, positional.join(QLatin1Char(' ')), usage));
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    Parsed parsed;
    const bool fromJson = parser.isSet(QStringLiteral("from-json"));
    if (auto error = readCommon(parser, spec, lookup, !fromJson, &parsed))
        return fail(*error);
    if (fromJson)
        return addFromJson<T>(spec, parser.value(QStringLiteral("from-json")), parsed.siteId, parsed.json);

    QJsonObject json = T().toJson();
    json.insert(QStringLiteral("id"), json::fromUuid(QUuid::createUuid()));
    if constexpr (SiteScoped<T>)
        json.insert(QStringLiteral("site_id"), json::fromUuid(parsed.siteId));
    if constexpr (isSite) {
        if (!positional.isEmpty() && !parser.isSet(QStringLiteral("name")))
            json.insert(QStringLiteral("name"), positional.constFirst().trimmed());
        if (positional.isEmpty() && !parser.isSet(QStringLiteral("name")))
            return fail(tr("site add needs a NAME (or --name)\nUsage: sitekeeper-cli %1").arg(usage));
    }
    if (auto error = applyOptions(parser, spec, FieldContext{lookup, parsed.siteId}, &json))
        return fail(*error);
    T record;
    if (auto problems = readRecord(json, spec, &parser, &record))
        return fail(problems->join(QStringLiteral("\nsitekeeper-cli: ")));
    if (const QString key = naturalKey(record); !key.isEmpty() && locateRecord<T>(lookup, key, parsed.siteId))
        return fail(tr("a %1 \"%2\" already exists; change it with: sitekeeper-cli %1 edit \"%2\"")
                        .arg(spec.command, key));

    if constexpr (isCredential) {
        if (parser.isSet(QStringLiteral("secret-stdin"))) {
            if (!saveWithSecret(&record))
                return Failure;
            if (parsed.json)
                printJson(record.toJson());
            else
                m_out << json::uuidText(record.id) << Qt::endl;
            return Success;
        }
    }
    const Result<void> written =
        m_workspace->edit<T>(std::nullopt, record, tr("Add %1").arg(record.displayKey()));
    if (!written)
        return fail(tr("the %1 was not added: %2").arg(spec.command, written.error().toString()));
    if (parsed.json)
        printJson(record.toJson());
    else
        m_out << json::uuidText(record.id) << Qt::endl;
    return Success;
}

template <class T>
int RecordCommands::addFromJson(const EntitySpec& spec, const QString& path, const QUuid& siteId, bool json) {
    QString readError;
    const std::optional<QByteArray> input = readInputFile(path, &readError);
    if (!input)
        return fail(readError);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*input, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!document.isArray() && !document.isObject()))
        return fail(tr("--from-json \"%1\": not a JSON object or array (%2 at byte %3); nothing was added")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    const QJsonArray objects = document.isArray() ? document.array() : QJsonArray{document.object()};
    const RecordLookup lookup(*m_workspace);
    QList<T> records;
    QSet<QString> keys;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString where = document.isArray() ? tr("--from-json \"%1\" [%2]").arg(path).arg(i)
                                                 : tr("--from-json \"%1\"").arg(path);
        if (!objects.at(i).isObject())
            return fail(tr("%1: not a JSON object; nothing was added").arg(where));
        QJsonObject object = objects.at(i).toObject();
        if (object.value(QStringLiteral("id")).toString().isEmpty())
            object.insert(QStringLiteral("id"), json::fromUuid(QUuid::createUuid()));
        if constexpr (SiteScoped<T>) {
            if (object.value(QStringLiteral("site_id")).toString().isEmpty() && !siteId.isNull())
                object.insert(QStringLiteral("site_id"), json::fromUuid(siteId));
        }
        T record;
        FieldErrors errors;
        record = T::fromJson(object, &errors);
        if (errors.isEmpty())
            errors = record.validate();
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const FieldError& error : std::as_const(errors))
                messages << QStringLiteral("%1: %2").arg(error.field, error.message);
            return fail(tr("%1: %2; nothing was added").arg(where, messages.join(QStringLiteral("; "))));
        }
        if (m_workspace->store().repository<T>().get(record.id))
            return fail(tr("%1: a %2 with the id %3 already exists; nothing was added")
                            .arg(where, spec.command, json::uuidText(record.id)));
        const QString key = naturalKey(record);
        const QString scopedKey = json::uuidText(siteOf(record)) + QLatin1Char('/') + key;
        if (!key.isEmpty() && (keys.contains(scopedKey) || locateRecord<T>(lookup, key, siteOf(record))))
            return fail(
                tr("%1: a %2 \"%3\" already exists; nothing was added").arg(where, spec.command, key));
        keys.insert(scopedKey);
        records << record;
    }
    // All or nothing: one transaction around the edits.
    Transaction transaction(m_workspace->database());
    if (!transaction.ok())
        return fail(transaction.error().toString());
    for (const T& record : std::as_const(records)) {
        const Result<void> written =
            m_workspace->edit<T>(std::nullopt, record, tr("Add %1").arg(record.displayKey()));
        if (!written)
            return fail(tr("\"%1\" was not added, nor any other record: %2")
                            .arg(record.displayKey(), written.error().toString()));
    }
    if (const auto committed = transaction.commit(); !committed)
        return fail(tr("nothing was added: %1").arg(committed.error().toString()));
    if (json) {
        QJsonArray array;
        for (const T& record : std::as_const(records))
            array.append(record.toJson());
        printJson(document.isArray() ? QJsonValue(array) : array.first());
    } else {
        for (const T& record : std::as_const(records))
            m_out << json::uuidText(record.id) << '\n';
        m_out.flush();
    }
    return Success;
}

template <class T>
int RecordCommands::edit(const EntitySpec& spec, const QStringList& args) {
    constexpr bool isCredential = std::is_same_v<T, CredentialRecord>;
    QCommandLineParser parser;
    addFieldOptions(parser, spec);
    if (spec.scope != EntitySpec::Scope::None)
        parser.addOption(siteOption());
    parser.addOption(formatOption());
    if (isCredential)
        parser.addOption(secretOption());
    parser.addPositionalArgument(QStringLiteral("record"),
                                 QStringLiteral("The record: its id or %1.").arg(spec.keyName));
    const QString usage = usageOf(spec, QStringLiteral("edit"));
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("%1 edit takes one ID|%2 (quote values with spaces)\nUsage: sitekeeper-cli %3")
                        .arg(spec.command, spec.keyName, usage));
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    Parsed parsed;
    if (auto error = readCommon(parser, spec, lookup, false, &parsed))
        return fail(*error);
    const QString name = parser.positionalArguments().constFirst();
    const auto before = locateRecord<T>(lookup, name, parsed.siteId);
    if (!before)
        return fail(before.error().toString());

    QJsonObject json = before->toJson();
    if (auto error = applyOptions(parser, spec, FieldContext{lookup, siteOf(before.value())}, &json))
        return fail(*error);
    T after;
    if (auto problems = readRecord(json, spec, &parser, &after))
        return fail(problems->join(QStringLiteral("\nsitekeeper-cli: ")));
    if (const QString key = naturalKey(after); key != naturalKey(before.value()) && !key.isEmpty()) {
        if (locateRecord<T>(lookup, key, siteOf(after)))
            return fail(tr("a %1 \"%2\" already exists").arg(spec.command, key));
    }

    if constexpr (isCredential) {
        if (parser.isSet(QStringLiteral("secret-stdin")) && !saveWithSecret(&after))
            return Failure;
    }
    if (!(after == before.value())) {
        const Result<void> written =
            m_workspace->edit<T>(before.value(), after, tr("Edit %1").arg(after.displayKey()));
        if (!written)
            return fail(tr("the %1 was not changed: %2").arg(spec.command, written.error().toString()));
    }
    if (parsed.json)
        printJson(after.toJson());
    else
        m_out << json::uuidText(after.id) << Qt::endl;
    return Success;
}

namespace {

// The parser of the subcommands that name one record: ID|KEY, --site, --format.
void recordParser(QCommandLineParser& parser, const EntitySpec& spec) {
    if (spec.scope != EntitySpec::Scope::None)
        parser.addOption(siteOption());
    parser.addOption(formatOption());
    parser.addPositionalArgument(QStringLiteral("record"),
                                 QStringLiteral("The record: its id or %1.").arg(spec.keyName));
}

} // namespace

template <class T>
std::optional<T> RecordCommands::named(const EntitySpec& spec, const QString& sub, const QStringList& args,
                                       bool* json) {
    QCommandLineParser parser;
    recordParser(parser, spec);
    const QString usage = usageOf(spec, sub);
    if (!parseCommandArguments(parser, args, m_err, usage))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        fail(tr("%1 %2 takes one ID|%3\nUsage: sitekeeper-cli %4")
                 .arg(spec.command, sub, spec.keyName, usage));
        return std::nullopt;
    }
    if (!openWorkspace())
        return std::nullopt;
    const RecordLookup lookup(*m_workspace);
    Parsed parsed;
    if (auto error = readCommon(parser, spec, lookup, false, &parsed)) {
        fail(*error);
        return std::nullopt;
    }
    auto record = locateRecord<T>(lookup, parser.positionalArguments().constFirst(), parsed.siteId);
    if (!record) {
        fail(record.error().toString());
        return std::nullopt;
    }
    *json = parsed.json;
    return std::move(record).value();
}

template <class T>
int RecordCommands::disable(const EntitySpec& spec, const QStringList& args) {
    if (spec.statusKey.isEmpty())
        return fail(
            tr("a %1 has no status to disable; remove it with: sitekeeper-cli %1 remove").arg(spec.command));
    bool asJson = false;
    const std::optional<T> before = named<T>(spec, QStringLiteral("disable"), args, &asJson);
    if (!before)
        return Failure;
    Result<void> written;
    if constexpr (std::is_same_v<T, Reference>) {
        // A reference is disabled by retiring it: the one rule of the review queue.
        written =
            ReviewActions(*m_workspace).retire(ReviewActions::Target{spec.entity, before->id, QString()});
    } else {
        QJsonObject json = before->toJson();
        json.insert(spec.statusKey, spec.disabledValue);
        T after;
        if (auto problems = readRecord(json, spec, nullptr, &after))
            return fail(problems->join(QStringLiteral("\nsitekeeper-cli: ")));
        if (!(after == before.value()))
            written = m_workspace->edit<T>(before.value(), after, tr("Disable %1").arg(after.displayKey()));
    }
    if (!written)
        return fail(tr("the %1 was not disabled: %2").arg(spec.command, written.error().toString()));
    m_out << json::uuidText(before->id) << Qt::endl;
    return Success;
}

template <class T>
int RecordCommands::remove(const EntitySpec& spec, const QStringList& args) {
    bool asJson = false;
    const std::optional<T> before = named<T>(spec, QStringLiteral("remove"), args, &asJson);
    if (!before)
        return Failure;
    if constexpr (std::is_same_v<T, CredentialRecord>) {
        // A stored secret goes with its record, out of the keychain too.
        if (!before->keychainRef.isEmpty()) {
            QString why;
            if (!keychainAnswers(&why))
                return fail(why);
            const Result<void> removed = removeCredentialNow(*m_workspace, before->id);
            if (!removed)
                return fail(tr("\"%1\" was not removed: %2").arg(before->label, removed.error().toString()));
            m_out << json::uuidText(before->id) << Qt::endl;
            return Success;
        }
    }
    const Result<void> written =
        m_workspace->edit<T>(before.value(), std::nullopt, tr("Remove %1").arg(before->displayKey()));
    if (!written)
        return fail(tr("the %1 was not removed: %2").arg(spec.command, written.error().toString()));
    m_out << json::uuidText(before->id) << Qt::endl;
    return Success;
}

template <class T>
int RecordCommands::show(const EntitySpec& spec, const QStringList& args) {
    bool asJson = false;
    const std::optional<T> record = named<T>(spec, QStringLiteral("show"), args, &asJson);
    if (!record)
        return Failure;
    const QJsonObject json = record->toJson();
    if (asJson) {
        printJson(json);
        return Success;
    }
    for (auto it = json.begin(); it != json.end(); ++it)
        m_out << it.key() << '\t' << plainValue(it.value()) << '\n';
    m_out.flush();
    return Success;
}

template <class T>
int RecordCommands::list(const EntitySpec& spec, const QStringList& args) {
    QCommandLineParser parser;
    if (spec.scope != EntitySpec::Scope::None)
        parser.addOption(siteOption());
    parser.addOption(formatOption());
    if (!parseCommandArguments(parser, args, m_err, usageOf(spec, QStringLiteral("list"))))
        return Failure;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("%1 list takes no arguments\nUsage: sitekeeper-cli %2")
                        .arg(spec.command, usageOf(spec, QStringLiteral("list"))));
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    Parsed parsed;
    if (auto error = readCommon(parser, spec, lookup, false, &parsed))
        return fail(*error);
    const Result<QList<T>> listed = RecordLookup::listOf<T>(
        *m_workspace, parsed.siteId.isNull() ? std::nullopt : std::optional<QUuid>(parsed.siteId));
    if (!listed)
        return fail(tr("cannot list the %1 records: %2").arg(spec.command, listed.error().toString()));
    const QList<T>& records = listed.value();
    if (parsed.json) {
        QJsonArray array;
        for (const T& record : records)
            array.append(record.toJson());
        printJson(array);
        return Success;
    }
    if constexpr (std::is_same_v<T, Site>) {
        // name, coverage, activation status and the parent: the line scripts have read since 1.0.
        QHash<QUuid, QString> names;
        for (const Site& s : records)
            names.insert(s.id, s.name);
        for (const Site& s : records) {
            m_out << s.name << '\t' << toString(s.coverage) << '\t' << toString(s.activationStatus);
            if (!s.parentId.isNull())
                m_out << '\t' << tr("in %1").arg(names.value(s.parentId));
            m_out << '\n';
        }
    } else {
        for (const T& record : records) {
            m_out << json::uuidText(record.id) << '\t' << record.displayKey();
            if (!spec.statusKey.isEmpty())
                m_out << '\t' << record.toJson().value(spec.statusKey).toString();
            m_out << '\n';
        }
    }
    m_out.flush();
    return Success;
}

} // namespace sitekeeper
