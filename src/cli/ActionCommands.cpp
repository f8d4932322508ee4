// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionCommands.h"

#include "ApprovalPlan.h"
#include "Checker.h"
#include "CliSupport.h"
#include "FindingFix.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "ProfileMerge.h"
#include "RecordFields.h"
#include "RecordLookup.h"
#include "ReviewActions.h"
#include "Store.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Problems = 1, Failure = 2 };

QCommandLineOption asOfOption() {
    return {QStringLiteral("as-of"), QStringLiteral("Take this day as today."), QStringLiteral("YYYY-MM-DD")};
}

// --as-of as a date (null when not given); false with the message when it is not one.
bool readAsOf(const QCommandLineParser& parser, QDate* date, QString* error) {
    if (!parser.isSet(QStringLiteral("as-of")))
        return true;
    const auto parsed = JsonReader::parseDate(parser.value(QStringLiteral("as-of")));
    if (!parsed) {
        *error = ActionCommands::tr("--as-of \"%1\": use a date as YYYY-MM-DD")
                     .arg(parser.value(QStringLiteral("as-of")));
        return false;
    }
    *date = *parsed;
    return true;
}

bool readFormat(const QCommandLineParser& parser, bool* json, QString* error) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        *error = ActionCommands::tr("--format \"%1\": use text or json").arg(format);
        return false;
    }
    *json = format == QLatin1String("json");
    return true;
}

QString entityCommands() {
    QStringList names;
    for (const EntitySpec& spec : entitySpecs())
        names << spec.command;
    return names.join(QStringLiteral(", "));
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString deliveryName(ApprovalPlan::Delivery delivery) {
    switch (delivery) {
    case ApprovalPlan::Delivery::TextWithLink:
        return QStringLiteral("text_with_link");
    case ApprovalPlan::Delivery::Call:
        return QStringLiteral("call");
    case ApprovalPlan::Delivery::Unusable:
        return QStringLiteral("unusable");
    }
    return {};
}

QString checkName(ApprovalPlan::Check check) {
    switch (check) {
    case ApprovalPlan::Check::AutomatedApproval:
        return QStringLiteral("automated_approval");
    case ApprovalPlan::Check::SmsCode:
        return QStringLiteral("sms_code");
    case ApprovalPlan::Check::ApproverMobile:
        return QStringLiteral("approver_mobile");
    case ApprovalPlan::Check::RequestorMobile:
        return QStringLiteral("requestor_mobile");
    }
    return {};
}

QJsonArray deadEndsJson(const QList<ApprovalPlan::DeadEnd>& deadEnds) {
    QJsonArray array;
    for (const ApprovalPlan::DeadEnd& end : deadEnds)
        array.append(end.reason);
    return array;
}

QJsonObject planJson(const ApprovalPlan& plan, const QString& siteName) {
    QJsonArray steps;
    for (const ApprovalPlan::Step& step : plan.steps()) {
        QJsonArray phones;
        for (const ApprovalPlan::PhoneStep& phone : step.phones)
            phones.append(QJsonObject{{QStringLiteral("number"), phone.number},
                                      {QStringLiteral("region"), phone.region},
                                      {QStringLiteral("delivery"), deliveryName(phone.delivery)},
                                      {QStringLiteral("tried"), phone.tried},
                                      {QStringLiteral("note"), phone.note}});
        QJsonArray checks;
        for (const ApprovalPlan::Authentication& check : step.authentication)
            checks.append(QJsonObject{{QStringLiteral("check"), checkName(check.check)},
                                      {QStringLiteral("number"), textOrNull(check.number)},
                                      {QStringLiteral("text"), check.text}});
        steps.append(QJsonObject{{QStringLiteral("approver_id"), json::fromUuid(step.approverId)},
                                 {QStringLiteral("person_kind"), toString(step.personKind)},
                                 {QStringLiteral("person_id"), json::fromUuid(step.personId)},
                                 {QStringLiteral("person"), textOrNull(step.personName)},
                                 {QStringLiteral("requester_is_approver"), step.requesterIsApprover},
                                 {QStringLiteral("phones"), phones},
                                 {QStringLiteral("authentication"), checks},
                                 {QStringLiteral("dead_ends"), deadEndsJson(step.deadEnds)}});
    }
    return QJsonObject{{QStringLiteral("site"), siteName},
                       {QStringLiteral("approval_type"), plan.approvalType()},
                       {QStringLiteral("approval_type_name"), plan.approvalTypeName()},
                       {QStringLiteral("requester"), textOrNull(plan.requesterName())},
                       {QStringLiteral("workable"), plan.isWorkable()},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("dead_ends"), deadEndsJson(plan.deadEnds())}};
}

} // namespace

bool ActionCommands::handles(const QString& command, const QString& sub) {
    if (command == QLatin1String("review"))
        return sub == QLatin1String("attest") || sub == QLatin1String("retire");
    if (command == QLatin1String("profile"))
        return sub == QLatin1String("merge");
    return command == QLatin1String("fix") || command == QLatin1String("whatif") ||
           command == QLatin1String("history");
}

QString ActionCommands::usageLines() {
    return QStringLiteral(
        "  review attest|retire reference|approver ID|KEY [--site SITE] [--as-of DATE]\n"
        "                                         (the review queue's Mark Reviewed and Retire)\n"
        "  fix RULE/ID [--site SITE] [--as-of DATE]\n"
        "                                         (a finding's one-click fix; RULE and ID are the\n"
        "                                         finding's rule and id in check --format json)\n"
        "  whatif --site SITE --type KEY --requester EMAIL [--format json]\n"
        "                                         (exit 1 when nobody could approve)\n"
        "  history ENTITY ID|KEY [--site SITE] [--format json]   (the local audit log, newest first)\n"
        "  profile merge KEEP OTHER [--site SITE] [--take FIELD=keep|other ...] [--dry-run]\n"
        "                [--format json]          (OTHER into KEEP, of one site: what names OTHER then\n"
        "                                         names KEEP, OTHER is disabled; FIELD: full_name,\n"
        "                                         email, office_phone, mobile_phone, title, vip, status)\n");
}

bool ActionCommands::siteId(const QCommandLineParser& parser, QUuid* id) {
    if (!parser.isSet(QStringLiteral("site")))
        return true;
    const auto site = RecordLookup(*m_workspace).site(parser.value(QStringLiteral("site")));
    if (!site) {
        fail(tr("--site \"%1\": %2").arg(parser.value(QStringLiteral("site")), site.error().message));
        return false;
    }
    *id = site->id;
    return true;
}

int ActionCommands::run(const QString& command, const QStringList& args) {
    if (command == QLatin1String("review"))
        return review(args.value(0), args.mid(1));
    if (command == QLatin1String("fix"))
        return fix(args);
    if (command == QLatin1String("whatif"))
        return whatIf(args);
    if (command == QLatin1String("profile"))
        return mergeProfiles(args.mid(1));
    return history(args);
}

int ActionCommands::review(const QString& action, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(asOfOption());
    parser.addPositionalArgument(QStringLiteral("entity"), QStringLiteral("reference or approver"));
    parser.addPositionalArgument(QStringLiteral("record"), QStringLiteral("Its id, title or approval type."));
    const QString usage =
        QStringLiteral("review %1 reference|approver ID|KEY [--site SITE] [--as-of DATE]").arg(action);
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("review %1 takes ENTITY and ID|KEY\nUsage: sitekeeper-cli %2").arg(action, usage));
    const EntitySpec* spec = entitySpec(positional.at(0));
    if (!spec || !ReviewActions::isReviewed(spec->entity))
        return fail(tr("review %1 \"%2\": only reference and approver records are reviewed")
                        .arg(action, positional.at(0)));
    QDate asOf;
    QString error;
    if (!readAsOf(parser, &asOf, &error))
        return fail(error);
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    QUuid siteId;
    if (!this->siteId(parser, &siteId))
        return Failure;
    const auto id = lookup.idOf(spec->entity, positional.at(1), siteId);
    if (!id)
        return fail(id.error().toString());
    ReviewActions actions(*m_workspace, asOf);
    const ReviewActions::Target target{spec->entity, *id, QString()};
    const Result<void> done =
        action == QLatin1String("attest") ? actions.attest(target) : actions.retire(target);
    if (!done)
        return fail(tr("review %1 %2: %3").arg(action, positional.at(1), done.error().toString()));
    m_out << json::uuidText(*id) << Qt::endl;
    return Success;
}

int ActionCommands::fix(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(asOfOption());
    parser.addPositionalArgument(QStringLiteral("finding"), QStringLiteral("RULE/ID of the finding."));
    const QString usage = QStringLiteral("fix RULE/ID [--site SITE] [--as-of DATE]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    QStringList key = parser.positionalArguments();
    if (key.size() == 1)
        key = key.constFirst().split(QRegularExpression(QStringLiteral("[/:]")));
    const auto entityId = key.size() == 2 ? JsonReader::parseUuid(key.at(1)) : std::nullopt;
    if (key.size() != 2 || key.at(0).isEmpty() || !entityId || entityId->isNull())
        return fail(
            tr("fix \"%1\": name the finding as RULE/ID, its \"rule\" and \"id\" in check --format json, "
               "such as SK201/3f0c...\nUsage: sitekeeper-cli %2")
                .arg(parser.positionalArguments().join(QLatin1Char(' ')), usage));
    QDate asOf;
    QString error;
    if (!readAsOf(parser, &asOf, &error))
        return fail(error);
    if (!openWorkspace())
        return Failure;
    Checker checker(*m_workspace);
    if (asOf.isValid())
        checker.setToday(asOf);
    QUuid siteId;
    if (!this->siteId(parser, &siteId))
        return Failure;
    const Result<void> checked = siteId.isNull() ? checker.checkAll() : checker.checkSiteOnly(siteId);
    if (!checked)
        return fail(checked.error().toString());
    const QString rule = key.at(0).toUpper();
    const Findings findings = checker.findings();
    std::optional<Finding> chosen;
    std::optional<Finding> merge;
    bool found = false;
    for (const Finding& finding : findings) {
        if (finding.rule != rule || finding.entityId != *entityId)
            continue;
        found = true;
        if (finding.action == FixAction::MergeProfiles && !merge)
            merge = finding;
        if (FindingFix::canApply(finding)) {
            chosen = finding;
            break;
        }
    }
    if (!found)
        return fail(tr("fix %1/%2: there is no such finding now (see: sitekeeper-cli check --format json)")
                        .arg(rule, json::uuidText(*entityId)));
    if (!chosen && merge)
        return fail(tr("fix %1/%2: two profiles of one site are merged, choosing what to keep; see what "
                       "merging would do with: sitekeeper-cli profile merge %2 %3 --dry-run")
                        .arg(rule, json::uuidText(merge->entityId), json::uuidText(merge->relatedId)));
    if (!chosen)
        return fail(tr("fix %1/%2: this finding has no one-click fix; do what its \"fix\" says")
                        .arg(rule, key.at(1)));
    const Result<void> applied = FindingFix::apply(*m_workspace, *chosen, checker.today());
    if (!applied)
        return fail(tr("fix %1/%2 was not applied: %3").arg(rule, key.at(1), applied.error().toString()));
    m_out << tr("%1: %2").arg(rule, FindingFix::describe(chosen->action)) << Qt::endl;
    return Success;
}

int ActionCommands::whatIf(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(
        {QStringLiteral("type"), QStringLiteral("The approval type, by key."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("requester"), QStringLiteral("Who asks: a profile's email."),
                      QStringLiteral("EMAIL")});
    parser.addOption(formatOption());
    const QString usage = QStringLiteral("whatif --site SITE --type KEY --requester EMAIL [--format json]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    for (const char* required : {"site", "type", "requester"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(
                tr("whatif needs --%1\nUsage: sitekeeper-cli %2").arg(QLatin1String(required), usage));
    }
    bool json = false;
    QString error;
    if (!readFormat(parser, &json, &error))
        return fail(error);
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    const auto site = lookup.site(parser.value(QStringLiteral("site")));
    if (!site)
        return fail(tr("--site \"%1\": %2").arg(parser.value(QStringLiteral("site")), site.error().message));
    const auto type = lookup.approvalType(parser.value(QStringLiteral("type")));
    if (!type)
        return fail(tr("--type \"%1\": %2").arg(parser.value(QStringLiteral("type")), type.error().message));
    const auto requester = lookup.profile(parser.value(QStringLiteral("requester")), site->id);
    if (!requester)
        return fail(tr("--requester \"%1\": %2")
                        .arg(parser.value(QStringLiteral("requester")), requester.error().message));
    const Checker checker(*m_workspace);
    const auto siteData = checker.siteData(site->id);
    if (!siteData)
        return fail(siteData.error().toString());
    const auto partner = checker.partnerData();
    if (!partner)
        return fail(partner.error().toString());
    const ApprovalPlan plan = ApprovalPlan::build(*siteData, *partner, type->key, requester->id);
    if (json)
        printJson(planJson(plan, site->name));
    else
        m_out << plan.toText() << Qt::endl;
    return plan.isWorkable() ? Success : Problems;
}

int ActionCommands::history(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Most entries to show."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addPositionalArgument(QStringLiteral("entity"),
                                 QStringLiteral("The kind of record: site, profile, ..."));
    parser.addPositionalArgument(QStringLiteral("record"), QStringLiteral("Its id or natural key."));
    const QString usage = QStringLiteral("history ENTITY ID|KEY [--site SITE] [--format json] [--limit N]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("history takes ENTITY and ID|KEY\nUsage: sitekeeper-cli %1").arg(usage));
    const EntitySpec* spec = entitySpec(positional.at(0));
    if (!spec)
        return fail(tr("history \"%1\": use one of %2").arg(positional.at(0), entityCommands()));
    bool json = false;
    QString error;
    if (!readFormat(parser, &json, &error))
        return fail(error);
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return fail(
            tr("--limit \"%1\": use a whole number of 1 or more").arg(parser.value(QStringLiteral("limit"))));
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    QUuid siteId;
    if (!this->siteId(parser, &siteId))
        return Failure;
    const auto id = lookup.idOf(spec->entity, positional.at(1), siteId);
    if (!id)
        return fail(id.error().toString());
    const QList<AuditEntry> entries =
        m_workspace->store().audit().forEntity(entityName(spec->entity), *id, 0, limit);
    if (json) {
        QJsonArray array;
        for (const AuditEntry& entry : entries)
            array.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                     {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), entry.actor},
                                     {QStringLiteral("entity"), entry.entity},
                                     {QStringLiteral("id"), json::fromUuid(entry.entityId)},
                                     {QStringLiteral("action"), entry.action},
                                     {QStringLiteral("fields"), json::fromStrings(entry.fields)}});
        printJson(array);
        return Success;
    }
    for (const AuditEntry& entry : entries)
        m_out << entry.at.toUTC().toString(Qt::ISODate) << '\t' << entry.actor << '\t' << entry.action << '\t'
              << entry.fields.join(QStringLiteral(", ")) << '\n';
    m_out.flush();
    return Success;
}

int ActionCommands::mergeProfiles(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(formatOption());
    parser.addOption(
        {QStringLiteral("take"),
         QStringLiteral("FIELD=other takes OTHER's value of the field, FIELD=keep KEEP's (repeat)."),
         QStringLiteral("FIELD=keep|other")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Say what the merge would do; write nothing.")});
    parser.addPositionalArgument(QStringLiteral("keep"),
                                 QStringLiteral("The profile to keep: its id or email."));
    parser.addPositionalArgument(QStringLiteral("other"),
                                 QStringLiteral("The profile merged into it and disabled: its id or email."));
    const QString usage = QStringLiteral(
        "profile merge KEEP OTHER [--site SITE] [--take FIELD=keep|other ...] [--dry-run] [--format json]");
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(
            tr("profile merge takes KEEP and OTHER, each a profile's id or email\nUsage: sitekeeper-cli %1")
                .arg(usage));
    bool json = false;
    QString error;
    if (!readFormat(parser, &json, &error))
        return fail(error);
    // Each --take, checked before the workspace is opened.
    QList<std::pair<ProfileMerge::Field, bool>> takes; // field, from OTHER
    QStringList keys;
    for (ProfileMerge::Field field : ProfileMerge::fields())
        keys << ProfileMerge::key(field);
    for (const QString& take : parser.values(QStringLiteral("take"))) {
        const QString field = take.section(QLatin1Char('='), 0, 0).trimmed();
        const QString side = take.section(QLatin1Char('='), 1).trimmed();
        const auto known = ProfileMerge::fieldFromKey(field);
        if (!known)
            return fail(tr("--take \"%1\": \"%2\" is not a field of a profile; use one of %3")
                            .arg(take, field, keys.join(QStringLiteral(", "))));
        if (side != QLatin1String("other") && side != QLatin1String("keep"))
            return fail(
                tr("--take \"%1\": say whose value to take, as %2=other or %2=keep").arg(take, field));
        takes.append({*known, side == QLatin1String("other")});
    }
    if (!openWorkspace())
        return Failure;
    const RecordLookup lookup(*m_workspace);
    QUuid siteId;
    if (!this->siteId(parser, &siteId))
        return Failure;
    const auto keep = lookup.profile(positional.at(0), siteId);
    if (!keep)
        return fail(tr("KEEP \"%1\": %2").arg(positional.at(0), keep.error().toString()));
    const auto other = lookup.profile(positional.at(1), siteId);
    if (!other)
        return fail(tr("OTHER \"%1\": %2").arg(positional.at(1), other.error().toString()));

    // KEEP's values but where they are empty (and VIP, active when either is), then the choices given.
    // Unlike the console, which shows its choices before anything is written, the newer profile's
    // values are not preferred: a script gets KEEP unless it says otherwise.
    QList<ProfileMerge::Field> fromOther = ProfileMerge::defaultFromOther(keep.value(), other.value(), false);
    for (const auto& [field, fromTheOther] : std::as_const(takes)) {
        fromOther.removeAll(field);
        if (fromTheOther)
            fromOther.append(field);
    }
    ProfileMerge merge(*m_workspace);
    const auto plan = merge.plan(keep->id, other->id, fromOther);
    if (!plan)
        return fail(tr("the profiles were not merged: %1").arg(plan.error().toString()));
    if (plan->changesNothing() && !json) {
        m_out << tr("Nothing to merge: \"%1\" is disabled already and nothing names it.")
                     .arg(plan->other.fullName)
              << Qt::endl;
        return Success;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        if (const Result<void> merged = merge.apply(*plan); !merged)
            return fail(tr("the profiles were not merged: %1").arg(merged.error().toString()));
    }
    if (json) {
        QJsonObject object = plan->toJson();
        object.insert(QStringLiteral("merged"), !dryRun && !plan->changesNothing());
        printJson(object);
        return Success;
    }
    m_out << (dryRun ? tr("Would merge \"%1\" (%2) into \"%3\" (%4):")
                     : tr("Merged \"%1\" (%2) into \"%3\" (%4):"))
                 .arg(plan->other.fullName, json::uuidText(plan->other.id), plan->merged.fullName,
                      json::uuidText(plan->keep.id))
          << '\n';
    for (ProfileMerge::Field field : ProfileMerge::fields()) {
        const bool theirs = plan->takesFromOther(field);
        const bool same = ProfileMerge::sameValue(plan->keep, plan->other, field);
        const QString value = ProfileMerge::valueText(plan->merged, field);
        m_out << "  " << ProfileMerge::key(field) << '\t' << (value.isEmpty() ? tr("(empty)") : value) << '\t'
              << (same     ? tr("the same in both")
                  : theirs ? tr("from OTHER")
                           : tr("from KEEP"))
              << '\n';
    }
    for (const ProfileMerge::Repoint& repoint : plan->repoints)
        m_out << (dryRun ? tr("Would re-point: %1") : tr("Re-pointed: %1")).arg(repoint.description) << '\n';
    m_out << (dryRun ? tr("Would disable \"%1\".") : tr("Disabled \"%1\".")).arg(plan->other.fullName)
          << Qt::endl;
    return Success;
}

} // namespace sitekeeper
