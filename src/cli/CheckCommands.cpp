// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommands.h"

#include "Checker.h"
#include "CliSupport.h"
#include "ReportExport.h"
#include "ReviewQueue.h"
#include "Rulebook.h"
#include "Store.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sitekeeper {

namespace {

enum Exit { Success = 0, Problems = 1, Failure = 2 };

QCommandLineOption asOfOption() {
    return QCommandLineOption(QStringLiteral("as-of"), QStringLiteral("Judge review dates as of this day."),
                              QStringLiteral("YYYY-MM-DD"));
}

QJsonValue idValue(const QUuid& id) {
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

} // namespace

CheckCommands::CheckCommands(QString workspacePath, QTextStream& out, QTextStream& err)
    : m_workspacePath(std::move(workspacePath))
    , m_out(out)
    , m_err(err) {}

CheckCommands::~CheckCommands() {
    m_checker.reset(); // before the workspace it watches
}

QString CheckCommands::usageLines() {
    return QStringLiteral(
        "  check [--site NAME] [--format text|json] [--as-of DATE]\n"
        "                                         (exit 1 when any finding is an error)\n"
        "  readiness [--site NAME] [--format text|json] [--as-of DATE]\n"
        "  review due [--within DAYS] [--format text|json] [--as-of DATE]\n"
        "  report activation --site NAME -o FILE.pdf|FILE.md [--as-of DATE]\n"
        "  report handout --site NAME -o FILE.pdf [--help-desk-phone N] [--help-desk-email A]\n"
        "                 [--help-desk-chat URL]   (defaults: the partner settings)\n");
}

int CheckCommands::fail(const QString& message) {
    m_err << "sitekeeper-cli: " << message << Qt::endl;
    return Failure;
}

void CheckCommands::printJson(const QJsonObject& json) {
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CheckCommands::prepare(const QCommandLineParser& parser, bool allSites) {
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            fail(tr("--as-of needs a date as YYYY-MM-DD"));
            return false;
        }
    }
    auto opened = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
    if (!opened) {
        fail(opened.error().toString());
        return false;
    }
    m_workspace = std::move(opened).value();
    m_checker = std::make_unique<Checker>(*m_workspace);
    if (asOf.isValid())
        m_checker->setToday(asOf);
    if (parser.isSet(QStringLiteral("site"))) {
        const QString name = parser.value(QStringLiteral("site"));
        const std::optional<QUuid> site = m_workspace->findSiteByName(name);
        if (!site) {
            fail(tr("no site named \"%1\" (see: sitekeeper-cli site list)").arg(name));
            return false;
        }
        m_siteId = *site;
    }
    Result<void> checked =
        (m_siteId.isNull() || allSites) ? m_checker->checkAll() : m_checker->checkSiteOnly(m_siteId);
    if (!checked) {
        fail(checked.error().toString());
        return false;
    }
    return true;
}

int CheckCommands::check(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    parser.addOption(siteOption());
    parser.addOption(asOfOption());
    if (!parseCommandArguments(parser, args, m_err,
                               QStringLiteral("check [--site NAME] [--format text|json]")))
        return Failure;
    if (!prepare(parser, false))
        return Failure;

    Findings findings;
    if (m_siteId.isNull()) {
        findings = m_checker->findings();
    } else if (const Checker::SiteResult* site = m_checker->site(m_siteId)) {
        findings = site->findings;
    }
    FindingSummary summary;
    for (const Finding& f : std::as_const(findings))
        summary.add(f);

    auto siteName = [&](const QUuid& id) -> QString {
        const Checker::SiteResult* site = m_checker->site(id);
        return site ? site->siteName : QString();
    };
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        // Written one finding at a time: a large workspace has tens of thousands of them, and one
        // QJsonDocument of all would hold them three times over.
        m_out.flush();
        QByteArray out = "{\n    \"findings\": [";
        bool first = true;
        for (const Finding& f : std::as_const(findings)) {
            const QJsonObject object{
                {QStringLiteral("rule"), f.rule},
                {QStringLiteral("severity"), toString(f.severity)},
                {QStringLiteral("site"), f.siteId.isNull() ? QJsonValue() : QJsonValue(siteName(f.siteId))},
                {QStringLiteral("site_id"), idValue(f.siteId)},
                {QStringLiteral("entity"), entityName(f.entity)},
                {QStringLiteral("id"), idValue(f.entityId)},
                {QStringLiteral("field"), f.field},
                {QStringLiteral("message"), f.message},
                {QStringLiteral("fix"), f.fix},
            };
            out += first ? "\n        " : ",\n        ";
            out += QJsonDocument(object).toJson(QJsonDocument::Compact);
            first = false;
        }
        int ready = 0;
        for (const Checker::SiteResult& site : m_checker->sites())
            ready += (m_siteId.isNull() || site.siteId == m_siteId) && site.readiness.ready() ? 1 : 0;
        const QJsonObject totals{
            {QStringLiteral("errors"), summary.errors},
            {QStringLiteral("warnings"), summary.warnings},
            {QStringLiteral("infos"), summary.infos},
            {QStringLiteral("sites"), m_siteId.isNull() ? int(m_checker->sites().size()) : 1},
            {QStringLiteral("sites_ready"), ready}};
        out += first ? "],\n" : "\n    ],\n";
        out += "    \"summary\": " + QJsonDocument(totals).toJson(QJsonDocument::Compact) + "\n}\n";
        // UTF-8 bytes straight to stdout: the text stream would decode and encode 30 MB again.
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(out) != out.size())
            return fail(tr("cannot write the findings to standard output"));
        stdOut.flush();
    } else {
        for (const Finding& f : std::as_const(findings)) {
            const QString where = f.siteId.isNull() ? tr("(partner-wide)") : siteName(f.siteId);
            m_out << f.rule << ' ' << toString(f.severity) << '\t' << where << '\t' << f.message << "\n\t"
                  << tr("Fix: %1").arg(f.fix) << '\n';
        }
        m_out << tr("%1 errors, %2 warnings, %3 notes")
                     .arg(summary.errors)
                     .arg(summary.warnings)
                     .arg(summary.infos)
              << Qt::endl;
    }
    return summary.errors > 0 ? Problems : Success;
}

int CheckCommands::readiness(const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    parser.addOption(siteOption());
    parser.addOption(asOfOption());
    if (!parseCommandArguments(parser, args, m_err,
                               QStringLiteral("readiness [--site NAME] [--format text|json]")))
        return Failure;
    if (!prepare(parser, false))
        return Failure;

    QList<const Checker::SiteResult*> sites;
    for (const Checker::SiteResult& site : m_checker->sites()) {
        if (m_siteId.isNull() || site.siteId == m_siteId)
            sites.append(&site);
    }
    std::sort(sites.begin(), sites.end(), [](const auto* a, const auto* b) {
        const int byName = QString::compare(a->siteName, b->siteName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->siteId < b->siteId;
    });
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const Checker::SiteResult* site : std::as_const(sites)) {
            QJsonArray items;
            QJsonArray missing;
            for (const ReadinessItem& item : site->readiness.items) {
                items.append(QJsonObject{{QStringLiteral("key"), Readiness::keyString(item.key)},
                                         {QStringLiteral("passed"), item.passed},
                                         {QStringLiteral("title"), item.title},
                                         {QStringLiteral("detail"), item.detail}});
                if (!item.passed)
                    missing.append(Readiness::keyString(item.key));
            }
            list.append(QJsonObject{{QStringLiteral("site"), site->siteName},
                                    {QStringLiteral("id"), idValue(site->siteId)},
                                    {QStringLiteral("score"), site->readiness.score()},
                                    {QStringLiteral("ready"), site->readiness.ready()},
                                    {QStringLiteral("missing"), missing},
                                    {QStringLiteral("items"), items}});
        }
        printJson(QJsonObject{{QStringLiteral("sites"), list}});
        return Success;
    }
    for (const Checker::SiteResult* site : std::as_const(sites)) {
        m_out << QStringLiteral("%1%\t%2").arg(site->readiness.score(), 3).arg(site->siteName) << '\n';
        for (const ReadinessItem& item : site->readiness.items) {
            if (!item.passed)
                m_out << "\t- " << item.title << ": " << item.detail << '\n';
        }
    }
    m_out.flush();
    return Success;
}

int CheckCommands::review(const QStringList& args) {
    const QString usage = QStringLiteral("review due [--within DAYS] [--format text|json] [--as-of DATE]");
    QCommandLineParser parser;
    parser.addOption(formatOption());
    parser.addOption(asOfOption());
    parser.addOption({QStringLiteral("within"),
                      QStringLiteral("Also what falls due within DAYS days (default 30)."),
                      QStringLiteral("DAYS"), QStringLiteral("30")});
    parser.addPositionalArgument(QStringLiteral("due"), QStringLiteral("what is due or overdue"));
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    if (parser.positionalArguments() != QStringList{QStringLiteral("due")})
        return fail(tr("review needs: due\nUsage: sitekeeper-cli %1").arg(usage));
    bool ok = false;
    const int within = parser.value(QStringLiteral("within")).toInt(&ok);
    if (!ok || within < 0 || within > 3650)
        return fail(tr("--within needs a number of days from 0 to 3650"));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return fail(tr("--as-of needs a date as YYYY-MM-DD"));
    }
    auto opened = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
    if (!opened)
        return fail(opened.error().toString());
    m_workspace = std::move(opened).value();
    ReviewQueue queue(*m_workspace);
    queue.setToday(asOf);
    auto items = queue.items(within);
    if (!items)
        return fail(items.error().toString());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        printJson(ReviewQueue::toJson(items.value()));
        return Success;
    }
    for (const ReviewQueue::Item& item : items.value())
        m_out << toString(item.state) << '\t' << item.nextDue.toString(Qt::ISODate) << '\t' << item.siteName
              << '\t' << item.title << '\n';
    const ReviewQueue::Summary summary = ReviewQueue::summarize(items.value());
    m_out << tr("%1 overdue, %2 due within %3 days").arg(summary.overdue).arg(summary.due).arg(within)
          << Qt::endl;
    return Success;
}

int CheckCommands::report(const QStringList& args) {
    const QString usage =
        QStringLiteral("report activation|handout --site NAME -o FILE [--as-of DATE] [--help-desk-phone N] "
                       "[--help-desk-email A] [--help-desk-chat URL]");
    QCommandLineParser parser;
    parser.addOption(siteOption());
    parser.addOption(asOfOption());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The file to write (.pdf; .md for the activation summary in Markdown)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("help-desk-phone"), QStringLiteral("Help desk phone number (handout)."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("help-desk-email"), QStringLiteral("Help desk email address (handout)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("help-desk-chat"), QStringLiteral("Help desk chat link (handout)."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("activation or handout"));
    if (!parseCommandArguments(parser, args, m_err, usage))
        return Failure;
    const QStringList kinds = parser.positionalArguments();
    if (kinds.size() != 1 ||
        (kinds.first() != QLatin1String("activation") && kinds.first() != QLatin1String("handout")))
        return fail(tr("report needs activation or handout\nUsage: sitekeeper-cli %1").arg(usage));
    if (!parser.isSet(QStringLiteral("site")) || !parser.isSet(QStringLiteral("output")))
        return fail(tr("report needs --site NAME and -o FILE\nUsage: sitekeeper-cli %1").arg(usage));
    if (!prepare(parser, false))
        return Failure;
    const QString path = parser.value(QStringLiteral("output"));

    Result<void> written;
    if (kinds.first() == QLatin1String("activation")) {
        written = ReportExport::activationSummary(*m_checker, m_siteId, path);
    } else {
        HelpDeskContact contact = m_workspace->partnerSettings().helpDesk;
        if (parser.isSet(QStringLiteral("help-desk-phone")))
            contact.phone = parser.value(QStringLiteral("help-desk-phone"));
        if (parser.isSet(QStringLiteral("help-desk-email")))
            contact.email = parser.value(QStringLiteral("help-desk-email"));
        if (parser.isSet(QStringLiteral("help-desk-chat")))
            contact.chatUrl = parser.value(QStringLiteral("help-desk-chat"));
        written = ReportExport::clientHandout(*m_workspace, m_siteId, contact, m_checker->today(), path);
    }
    if (!written)
        return fail(written.error().toString());
    m_err << tr("Wrote %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace sitekeeper
