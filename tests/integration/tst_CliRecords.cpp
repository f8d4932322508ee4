// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRecordSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sitekeeper::test;

// `sitekeeper-cli ENTITY add|edit|disable|remove|show|list`, `review attest|retire`, `fix`, `whatif`
// and `history` through the real program: each with a good value (it does what it says) and a bad
// one (exit 2, the option and the value named, the workspace unchanged).
class tst_CliRecords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    const QString m_site = u"Harbor Office"_s;

    CliRun run(const QStringList& args, const QByteArray& input = {}) { return runCli(m_ws, args, input); }

    QJsonObject show(const QStringList& args) { return showJson(m_ws, args); }

    QJsonArray list(const QStringList& args) {
        const CliRun r = run(args + QStringList{u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(r.out).array();
    }

    QString added(const QStringList& args) {
        const CliRun r = run(args);
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        return QString::fromUtf8(r.out.trimmed());
    }

    // A bad call: exit 2, `message` on stderr, nothing written (the bundle and the pending changes).
    void rejected(const QStringList& args, const QByteArray& message, const QByteArray& input = {}) {
        const QByteArray before = bundleOf(m_ws);
        const int pendingBefore = statsOf(m_ws).value(u"pending_changes"_s).toInt();
        const CliRun r = run(args, input);
        const QByteArray call = args.join(u' ').toUtf8() + "\n";
        QVERIFY2(r.exitCode == 2, QByteArray(call + describe(r)).constData());
        QVERIFY2(r.err.contains(message), QByteArray(call + r.err).constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(bundleOf(m_ws), before);
        QCOMPARE(statsOf(m_ws).value(u"pending_changes"_s).toInt(), pendingBefore);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        QVERIFY(buildCoveredSite(m_ws, QDate::currentDate()));
    }

    void siteCommands() {
        const QString id = added({u"site"_s, u"add"_s, u"--name"_s, u"Pier Shop"_s, u"--coverage"_s,
                                  u"business_hours"_s, u"--email-domain"_s, u"pier.example"_s,
                                  u"--email-domain"_s, u"pier.test"_s, u"--parent"_s, m_site});
        QVERIFY(!QUuid::fromString(id).isNull());
        QJsonObject site = show({u"site"_s, u"show"_s, u"Pier Shop"_s});
        QCOMPARE(site.value(u"id"_s).toString(), id);
        QCOMPARE(site.value(u"email_domains"_s).toArray(), QJsonArray({u"pier.example"_s, u"pier.test"_s}));
        QCOMPARE(site.value(u"parent_id"_s).toString(),
                 show({u"site"_s, u"show"_s, m_site}).value(u"id"_s).toString());

        QVERIFY(cliOk(m_ws, {u"site"_s, u"edit"_s, id, u"--sla"_s, u"p2=30/480"_s, u"--go-live-date"_s,
                             u"2026-12-01"_s, u"--holds-servers"_s, u"yes"_s}));
        const QJsonObject edited = show({u"site"_s, u"show"_s, u"Pier Shop"_s});
        QCOMPARE(edited.value(u"sla"_s)[u"p2"_s][u"response_minutes"_s].toInt(), 30);
        QCOMPARE(edited.value(u"sla"_s)[u"p2"_s][u"resolution_minutes"_s].toInt(), 480);
        QCOMPARE(edited.value(u"go_live_date"_s).toString(), u"2026-12-01"_s);
        // Only the options given changed.
        for (const QString& key :
             {u"name"_s, u"coverage"_s, u"email_domains"_s, u"parent_id"_s, u"answer_as"_s})
            QCOMPARE(edited.value(key), site.value(key));

        QVERIFY(
            run({u"site"_s, u"list"_s}).out.contains("Pier Shop\tbusiness_hours\tdraft\tin Harbor Office"));
        QCOMPARE(list({u"site"_s, u"list"_s}).size(), 2);
        QVERIFY(cliOk(m_ws, {u"site"_s, u"disable"_s, u"Pier Shop"_s}));
        QCOMPARE(show({u"site"_s, u"show"_s, id}).value(u"activation_status"_s).toString(), u"deactivated"_s);

        rejected({u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--coverage"_s, u"weekends"_s},
                 "--coverage \"weekends\"");
        rejected({u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--sla"_s, u"p9=1/2"_s}, "--sla \"p9=1/2\"");
        rejected({u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--business-hours"_s, u"mon 9-5 Mars/Base"_s},
                 "--business-hours \"mon 9-5 Mars/Base\"");
        rejected(
            {u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--business-hours"_s, u"mon 09:00-17:00 Mars/Base"_s},
            "Mars/Base");
        rejected({u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--go-live-date"_s, u"01/12/2026"_s}, "01/12/2026");
        rejected({u"site"_s, u"edit"_s, u"Pier Shop"_s, u"--holds-servers"_s, u"true"_s}, "yes or no");
        rejected({u"site"_s, u"edit"_s, u"Nowhere"_s, u"--champion"_s, u"X"_s}, "Nowhere");
        rejected({u"site"_s, u"add"_s, u"--name"_s, m_site}, "already exists");
        rejected({u"site"_s, u"disable"_s, u"Nowhere"_s}, "Nowhere");
        rejected({u"site"_s, u"show"_s, u"Nowhere"_s}, "Nowhere");
        rejected({u"site"_s, u"list"_s, u"--format"_s, u"yaml"_s}, "yaml");
        rejected({u"site"_s, u"frobnicate"_s}, "frobnicate");

        QVERIFY(cliOk(m_ws, {u"site"_s, u"remove"_s, u"Pier Shop"_s}));
        QCOMPARE(list({u"site"_s, u"list"_s}).size(), 1);
        rejected({u"site"_s, u"remove"_s, u"Pier Shop"_s}, "Pier Shop");
    }

    void profileCommands() {
        const QString id =
            added({u"profile"_s, u"add"_s, u"--site"_s, m_site, u"--full-name"_s, u"Kay Pier"_s, u"--email"_s,
                   u"kay@harbor.example"_s, u"--office-phone"_s, u"+12125550150"_s});
        QVERIFY(!QUuid::fromString(id).isNull());
        const QJsonObject before = show({u"profile"_s, u"show"_s, u"kay@harbor.example"_s});
        QCOMPARE(before.value(u"full_name"_s).toString(), u"Kay Pier"_s);
        QVERIFY(cliOk(m_ws, {u"profile"_s, u"edit"_s, u"kay@harbor.example"_s, u"--site"_s, m_site,
                             u"--mobile-phone"_s, u"+12125550151"_s, u"--vip"_s, u"yes"_s}));
        const QJsonObject after = show({u"profile"_s, u"show"_s, id});
        QCOMPARE(after.value(u"mobile_phone"_s).toString(), u"+12125550151"_s);
        QCOMPARE(after.value(u"vip"_s).toBool(), true);
        for (const QString& key : {u"full_name"_s, u"email"_s, u"office_phone"_s, u"title"_s, u"site_id"_s})
            QCOMPARE(after.value(key), before.value(key));
        QCOMPARE(list({u"profile"_s, u"list"_s, u"--site"_s, m_site}).size(), 4);
        QVERIFY(run({u"profile"_s, u"show"_s, id}).out.contains("full_name\tKay Pier"));

        rejected(
            {u"profile"_s, u"add"_s, u"--full-name"_s, u"No Site"_s, u"--email"_s, u"n@harbor.example"_s},
            "--site");
        rejected({u"profile"_s, u"add"_s, u"--site"_s, m_site, u"--full-name"_s, u"Kay Again"_s, u"--email"_s,
                  u"kay@harbor.example"_s},
                 "already exists");
        rejected({u"profile"_s, u"edit"_s, id, u"--mobile-phone"_s, u"12"_s}, "--mobile-phone \"12\"");
        rejected({u"profile"_s, u"edit"_s, id, u"--email"_s, u"not an email"_s}, "--email \"not an email\"");
        rejected({u"profile"_s, u"edit"_s, id, u"--status"_s, u"gone"_s}, "--status \"gone\"");
        rejected({u"profile"_s, u"edit"_s, id, u"--title"_s, u"A"_s, u"--title"_s, u"B"_s}, "--title");
        rejected({u"profile"_s, u"edit"_s, u"nobody@harbor.example"_s, u"--title"_s, u"X"_s},
                 "nobody@harbor.example");
        rejected({u"profile"_s, u"edit"_s, id, u"--colour"_s, u"red"_s}, "colour");

        QVERIFY(cliOk(m_ws, {u"profile"_s, u"disable"_s, id}));
        QCOMPARE(show({u"profile"_s, u"show"_s, id}).value(u"status"_s).toString(), u"disabled"_s);
        QVERIFY(cliOk(m_ws, {u"profile"_s, u"remove"_s, u"kay@harbor.example"_s, u"--site"_s, m_site}));
        QCOMPARE(list({u"profile"_s, u"list"_s, u"--site"_s, m_site}).size(), 3);
    }

    void referenceCommands() {
        // Without --site: a partner-wide reference.
        const QString id =
            added({u"reference"_s, u"add"_s, u"--title"_s, u"Printing everywhere"_s, u"--topic"_s,
                   u"printing"_s, u"--owner"_s, u"Dana Tech"_s, u"--review-interval-days"_s, u"180"_s});
        QJsonObject reference = show({u"reference"_s, u"show"_s, u"Printing everywhere"_s});
        QCOMPARE(reference.value(u"id"_s).toString(), id);
        QVERIFY(reference.value(u"site_id"_s).isNull());
        QCOMPARE(reference.value(u"owner"_s).toString(), u"Dana Tech"_s);
        QCOMPARE(reference.value(u"review_interval_days"_s).toInt(), 180);
        // An owner named by a profile's email is stored as the person's name.
        QVERIFY(cliOk(m_ws, {u"reference"_s, u"edit"_s, u"Runbook mfa"_s, u"--site"_s, m_site, u"--owner"_s,
                             u"alan@harbor.example"_s}));
        QCOMPARE(show({u"reference"_s, u"show"_s, u"Runbook mfa"_s, u"--site"_s, m_site})
                     .value(u"owner"_s)
                     .toString(),
                 u"Alan Turing"_s);
        QCOMPARE(list({u"reference"_s, u"list"_s, u"--site"_s, m_site}).size(), 4);

        rejected({u"reference"_s, u"edit"_s, id, u"--topic"_s, u"gardening"_s}, "--topic \"gardening\"");
        rejected({u"reference"_s, u"edit"_s, id, u"--review-interval-days"_s, u"often"_s},
                 "--review-interval-days \"often\"");
        rejected({u"reference"_s, u"edit"_s, id, u"--last-reviewed"_s, u"2026-13-40"_s}, "2026-13-40");
        rejected({u"reference"_s, u"edit"_s, u"Runbook mfa"_s, u"--title"_s, u"X"_s}, "partner-wide");

        QVERIFY(cliOk(m_ws, {u"reference"_s, u"disable"_s, id}));
        QCOMPARE(show({u"reference"_s, u"show"_s, id}).value(u"status"_s).toString(), u"retired"_s);
        QVERIFY(cliOk(m_ws, {u"reference"_s, u"remove"_s, u"Printing everywhere"_s}));
        rejected({u"reference"_s, u"show"_s, u"Printing everywhere"_s}, "Printing everywhere");
    }

    void approvalTypeAndApproverCommands() {
        QVERIFY(
            !added({u"approval-type"_s, u"add"_s, u"--key"_s, u"vpn_token"_s, u"--name"_s, u"VPN token"_s})
                 .isEmpty());
        QVERIFY(cliOk(m_ws,
                      {u"approval-type"_s, u"edit"_s, u"vpn_token"_s, u"--name"_s, u"VPN hardware token"_s}));
        QCOMPARE(show({u"approval-type"_s, u"show"_s, u"vpn_token"_s}).value(u"name"_s).toString(),
                 u"VPN hardware token"_s);
        rejected({u"approval-type"_s, u"add"_s, u"--key"_s, u"Not A Key"_s, u"--name"_s, u"X"_s},
                 "--key \"Not A Key\"");

        const QString id =
            added({u"approver"_s, u"add"_s, u"--site"_s, m_site, u"--approval-type"_s, u"vpn_token"_s,
                   u"--person"_s, u"Dana Tech"_s, u"--phone"_s, u"+12125550201"_s});
        QJsonObject approver = show({u"approver"_s, u"show"_s, u"vpn_token"_s, u"--site"_s, m_site});
        QCOMPARE(approver.value(u"id"_s).toString(), id);
        QCOMPARE(approver.value(u"person_kind"_s).toString(), u"partner_contact"_s);
        QVERIFY(cliOk(m_ws, {u"approver"_s, u"edit"_s, u"vpn_token"_s, u"--site"_s, m_site, u"--person"_s,
                             u"ada@harbor.example"_s, u"--sms-authentication"_s, u"yes"_s}));
        approver = show({u"approver"_s, u"show"_s, id});
        QCOMPARE(approver.value(u"person_kind"_s).toString(), u"client_profile"_s);
        QCOMPARE(approver.value(u"sms_authentication"_s).toBool(), true);
        QCOMPARE(approver.value(u"phones"_s).toArray(), QJsonArray({u"+12125550201"_s}));
        QCOMPARE(list({u"approver"_s, u"list"_s, u"--site"_s, m_site}).size(), 10);

        rejected({u"approver"_s, u"add"_s, u"--site"_s, m_site, u"--approval-type"_s, u"teleport"_s,
                  u"--person"_s, u"Dana Tech"_s},
                 "--approval-type \"teleport\"");
        rejected({u"approver"_s, u"edit"_s, id, u"--person"_s, u"ghost@harbor.example"_s},
                 "--person \"ghost@harbor.example\"");
        rejected({u"approver"_s, u"edit"_s, id, u"--phone"_s, u"555"_s}, "--phone \"555\"");
        rejected({u"approver"_s, u"disable"_s, id}, "no status");
        // An approver is named by its site and type: the type alone names none.
        rejected({u"approver"_s, u"show"_s, u"remote_access"_s}, "--site");

        QVERIFY(cliOk(m_ws, {u"approver"_s, u"remove"_s, id}));
        QVERIFY(cliOk(m_ws, {u"approval-type"_s, u"remove"_s, u"vpn_token"_s}));
        QCOMPARE(list({u"approver"_s, u"list"_s, u"--site"_s, m_site}).size(), 9);
    }

    void ruleAndContactCommands() {
        const QString contact = added({u"contact"_s, u"add"_s, u"--name"_s, u"Gus Night"_s, u"--phone"_s,
                                       u"+12125550204"_s, u"--phone"_s, u"+12125550205"_s});
        QCOMPARE(show({u"contact"_s, u"show"_s, u"Gus Night"_s}).value(u"phones"_s).toArray().size(), 2);
        QVERIFY(cliOk(m_ws, {u"contact"_s, u"edit"_s, u"Gus Night"_s, u"--availability"_s,
                             u"sat,sun 00:00-00:00 Europe/Berlin"_s}));
        const QJsonArray availability =
            show({u"contact"_s, u"show"_s, contact}).value(u"availability"_s).toArray();
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability[0][u"days"_s].toArray(), QJsonArray({u"sat"_s, u"sun"_s}));
        rejected(
            {u"contact"_s, u"edit"_s, contact, u"--availability"_s, u"someday 00:00-01:00 Europe/Berlin"_s},
            "someday");
        rejected({u"contact"_s, u"add"_s, u"--name"_s, u"Gus Night"_s}, "already exists");

        const QString rule = added({u"rule"_s, u"add"_s, u"--site"_s, m_site, u"--name"_s, u"Weekend"_s,
                                    u"--window"_s, u"sat,sun 00:00-00:00 America/New_York"_s, u"--method"_s,
                                    u"email"_s, u"--email-recipient"_s, u"weekend@msp.example"_s});
        QVERIFY(
            cliOk(m_ws, {u"rule"_s, u"edit"_s, u"Weekend"_s, u"--site"_s, m_site, u"--method"_s, u"phone"_s,
                         u"--escalation-contact"_s, u"Gus Night"_s, u"--category"_s, u"outage"_s}));
        const QJsonObject edited = show({u"rule"_s, u"show"_s, rule});
        QCOMPARE(edited.value(u"method"_s).toString(), u"phone"_s);
        QCOMPARE(edited.value(u"escalation_contacts"_s).toArray(), QJsonArray({contact}));
        QCOMPARE(edited.value(u"email_recipients"_s).toArray(), QJsonArray({u"weekend@msp.example"_s}));
        rejected({u"rule"_s, u"edit"_s, rule, u"--method"_s, u"pigeon"_s}, "--method \"pigeon\"");
        rejected({u"rule"_s, u"edit"_s, rule, u"--escalation-contact"_s, u"Nobody Here"_s},
                 "--escalation-contact \"Nobody Here\"");
        rejected({u"rule"_s, u"edit"_s, rule, u"--window"_s, u"mon 25:00-26:00 America/New_York"_s},
                 "25:00-26:00");
        rejected({u"rule"_s, u"edit"_s, u"Weekend"_s, u"--name"_s, u"X"_s}, "--site");
        rejected({u"rule"_s, u"disable"_s, rule}, "no status");

        QVERIFY(cliOk(m_ws, {u"rule"_s, u"remove"_s, rule}));
        QVERIFY(cliOk(m_ws, {u"contact"_s, u"remove"_s, u"Gus Night"_s}));
        QCOMPARE(list({u"contact"_s, u"list"_s}).size(), 3);
        QCOMPARE(list({u"rule"_s, u"list"_s, u"--site"_s, m_site}).size(), 1);
    }

    void credentialMetadataCommands() {
        const QString id = added({u"credential"_s, u"add"_s, u"--site"_s, m_site, u"--label"_s,
                                  u"Backup NAS"_s, u"--kind"_s, u"local_admin"_s, u"--username"_s, u"admin"_s,
                                  u"--has-mfa"_s, u"yes"_s, u"--rotation-interval-days"_s, u"90"_s});
        QJsonObject credential = show({u"credential"_s, u"show"_s, u"Backup NAS"_s, u"--site"_s, m_site});
        QCOMPARE(credential.value(u"id"_s).toString(), id);
        QCOMPARE(credential.value(u"keychain_ref"_s).toString(), QString()); // metadata only: no secret
        QVERIFY(cliOk(m_ws, {u"credential"_s, u"edit"_s, id, u"--last-rotated"_s, u"2026-01-05"_s}));
        QCOMPARE(show({u"credential"_s, u"show"_s, id}).value(u"last_rotated"_s).toString(), u"2026-01-05"_s);
        rejected({u"credential"_s, u"edit"_s, id, u"--kind"_s, u"skeleton_key"_s}, "--kind \"skeleton_key\"");
        rejected({u"credential"_s, u"edit"_s, id, u"--rotation-interval-days"_s, u"-5"_s},
                 "--rotation-interval-days");
        rejected({u"credential"_s, u"edit"_s, id, u"--secret"_s, u"hunter2"_s}, "secret");
        rejected({u"credential"_s, u"disable"_s, id}, "no status");
        QVERIFY(cliOk(m_ws, {u"credential"_s, u"remove"_s, u"Backup NAS"_s, u"--site"_s, m_site}));
        rejected({u"credential"_s, u"show"_s, id}, "no credential");
    }

    void addFromJsonTakesBundleRecordsAllOrNothing() {
        const QString file = m_dir.filePath(u"contacts.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"([{"name": "Ivy Json", "email": "ivy@msp.example", "phones": ["+12125550210"]},
                      {"name": "Jon Json", "phones": [], "availability": []}])");
        out.close();
        const CliRun r = run({u"contact"_s, u"add"_s, u"--from-json"_s, file});
        QVERIFY_CLI(r, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 2);
        QCOMPARE(show({u"contact"_s, u"show"_s, u"Ivy Json"_s}).value(u"email"_s).toString(),
                 u"ivy@msp.example"_s);

        // From standard input, with one bad record: nothing of it is added.
        rejected({u"contact"_s, u"add"_s, u"--from-json"_s, u"-"_s}, "[1]",
                 R"([{"name": "Kim Json"}, {"name": "Lee Json", "phones": ["12"]}])");
        rejected({u"contact"_s, u"add"_s, u"--from-json"_s, u"-"_s}, "already exists",
                 R"({"name": "Ivy Json"})");
        rejected({u"contact"_s, u"add"_s, u"--from-json"_s, u"-"_s}, "not a JSON", "{nope");
        rejected({u"contact"_s, u"add"_s, u"--from-json"_s, m_dir.filePath(u"missing.json"_s)},
                 "missing.json");
        const CliRun one = run(
            {u"profile"_s, u"add"_s, u"--site"_s, m_site, u"--from-json"_s, u"-"_s, u"--format"_s, u"json"_s},
            R"({"full_name": "Mo Json", "email": "mo@harbor.example"})");
        QVERIFY_CLI(one, 0);
        QCOMPARE(QJsonDocument::fromJson(one.out).object().value(u"site_id"_s).toString(),
                 show({u"site"_s, u"show"_s, m_site}).value(u"id"_s).toString());
        QVERIFY(cliOk(m_ws, {u"profile"_s, u"remove"_s, u"mo@harbor.example"_s}));
        QVERIFY(cliOk(m_ws, {u"contact"_s, u"remove"_s, u"Ivy Json"_s}));
        QVERIFY(cliOk(m_ws, {u"contact"_s, u"remove"_s, u"Jon Json"_s}));
    }

    void reviewAttestAndRetire() {
        const QString id = added({u"reference"_s, u"add"_s, u"--site"_s, m_site, u"--title"_s, u"Old VPN"_s,
                                  u"--topic"_s, u"vpn"_s, u"--last-reviewed"_s, u"2024-01-10"_s});
        QVERIFY(cliOk(m_ws, {u"review"_s, u"attest"_s, u"reference"_s, u"Old VPN"_s, u"--site"_s, m_site,
                             u"--as-of"_s, u"2026-11-02"_s}));
        QJsonObject reference = show({u"reference"_s, u"show"_s, id});
        QCOMPARE(reference.value(u"last_reviewed"_s).toString(), u"2026-11-02"_s);
        QCOMPARE(reference.value(u"status"_s).toString(), u"current"_s);
        QVERIFY(cliOk(m_ws, {u"review"_s, u"retire"_s, u"reference"_s, id}));
        QCOMPARE(show({u"reference"_s, u"show"_s, id}).value(u"status"_s).toString(), u"retired"_s);

        rejected({u"review"_s, u"attest"_s, u"site"_s, m_site}, "only reference and approver");
        rejected({u"review"_s, u"attest"_s, u"reference"_s, u"Nope"_s, u"--site"_s, m_site}, "Nope");
        rejected({u"review"_s, u"attest"_s, u"reference"_s, id, u"--as-of"_s, u"soon"_s}, "--as-of \"soon\"");
        rejected({u"review"_s, u"retire"_s, u"approver"_s, u"remote_access"_s}, "--site");

        // Retiring an approver removes it.
        const QString approver = added({u"approver"_s, u"add"_s, u"--site"_s, m_site, u"--approval-type"_s,
                                        u"software_install"_s, u"--person"_s, u"Fay Lead"_s});
        QVERIFY(cliOk(m_ws, {u"review"_s, u"retire"_s, u"approver"_s, approver}));
        rejected({u"approver"_s, u"show"_s, approver}, "no approver");
        QVERIFY(cliOk(m_ws, {u"reference"_s, u"remove"_s, id}));
    }

    void fixAppliesAFindingsOneClickFix() {
        const QString id =
            added({u"reference"_s, u"add"_s, u"--site"_s, m_site, u"--title"_s, u"Stale printing"_s,
                   u"--topic"_s, u"printing"_s, u"--last-reviewed"_s, u"2020-03-01"_s});
        const CliRun check = run({u"check"_s, u"--site"_s, m_site, u"--format"_s, u"json"_s});
        QString rule;
        for (const QJsonValue& f :
             QJsonDocument::fromJson(check.out).object().value(u"findings"_s).toArray()) {
            if (f[u"id"_s].toString() == id)
                rule = f[u"rule"_s].toString();
        }
        QCOMPARE(rule, u"SK302"_s);
        rejected({u"fix"_s, rule + u"/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 "no such finding");
        rejected({u"fix"_s, u"nonsense"_s}, "RULE/ID");
        rejected({u"fix"_s, u"SK101/"_s + show({u"site"_s, u"show"_s, m_site}).value(u"id"_s).toString()},
                 "no such finding");
        const CliRun fixed = run({u"fix"_s, rule + u"/"_s + id});
        QVERIFY_CLI(fixed, 0);
        QCOMPARE(show({u"reference"_s, u"show"_s, id}).value(u"last_reviewed"_s).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(cliOk(m_ws, {u"reference"_s, u"remove"_s, id}));
    }

    void whatIfShowsTheApprovalPlan() {
        CliRun r = run({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"new_user_setup"_s, u"--requester"_s,
                        u"ada@harbor.example"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(r, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plan.value(u"workable"_s).toBool(), true);
        QCOMPARE(plan.value(u"requester"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(plan.value(u"steps"_s)[0][u"person"_s].toString(), u"Grace Hopper"_s);
        r = run({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"new_user_setup"_s, u"--requester"_s,
                 u"ada@harbor.example"_s});
        QVERIFY_CLI(r, 0);
        QVERIFY2(r.out.contains("1. Grace Hopper"), r.out.constData());
        // No approver for a type: exit 1, and the dead end said.
        QVERIFY(cliOk(
            m_ws, {u"approval-type"_s, u"add"_s, u"--key"_s, u"badge_access"_s, u"--name"_s, u"Badge"_s}));
        r = run({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"badge_access"_s, u"--requester"_s,
                 u"ada@harbor.example"_s});
        QVERIFY_CLI(r, 1);
        QVERIFY(cliOk(m_ws, {u"approval-type"_s, u"remove"_s, u"badge_access"_s}));

        rejected({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"teleport"_s, u"--requester"_s,
                  u"ada@harbor.example"_s},
                 "--type \"teleport\"");
        rejected({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"new_user_setup"_s, u"--requester"_s,
                  u"ghost@harbor.example"_s},
                 "--requester \"ghost@harbor.example\"");
        rejected({u"whatif"_s, u"--site"_s, m_site, u"--type"_s, u"new_user_setup"_s}, "--requester");
    }

    void historyListsTheAuditLog() {
        QVERIFY(
            cliOk(m_ws, {u"profile"_s, u"edit"_s, u"alan@harbor.example"_s, u"--title"_s, u"Scientist"_s}));
        const CliRun r = run({u"history"_s, u"profile"_s, u"alan@harbor.example"_s, u"--site"_s, m_site,
                              u"--format"_s, u"json"_s});
        QVERIFY_CLI(r, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0][u"action"_s].toString(), u"update"_s);
        QCOMPARE(entries[0][u"fields"_s].toArray(), QJsonArray({u"title"_s}));
        QCOMPARE(entries[1][u"action"_s].toString(), u"create"_s);
        QVERIFY(run({u"history"_s, u"site"_s, m_site}).out.contains("create"));

        rejected({u"history"_s, u"planet"_s, u"Mars"_s}, "planet");
        rejected({u"history"_s, u"profile"_s, u"ghost@harbor.example"_s}, "ghost@harbor.example");
        rejected({u"history"_s, u"profile"_s, u"alan@harbor.example"_s, u"--limit"_s, u"none"_s},
                 "--limit \"none\"");
    }

    void everyOtherBadCallChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString site = m_site;
        const auto row = [](const char* name, const QStringList& args, const char* message) {
            QTest::newRow(name) << args << QByteArray(message);
        };
        row("profile disable unknown", {u"profile"_s, u"disable"_s, u"ghost@harbor.example"_s},
            "ghost@harbor.example");
        row("profile remove unknown", {u"profile"_s, u"remove"_s, u"ghost@harbor.example"_s},
            "ghost@harbor.example");
        row("profile show unknown", {u"profile"_s, u"show"_s, u"ghost@harbor.example"_s},
            "ghost@harbor.example");
        row("profile list unknown site", {u"profile"_s, u"list"_s, u"--site"_s, u"Nowhere"_s},
            "--site \"Nowhere\"");
        row("profile add bad vip",
            {u"profile"_s, u"add"_s, u"--site"_s, site, u"--full-name"_s, u"V"_s, u"--email"_s,
             u"v@harbor.example"_s, u"--vip"_s, u"maybe"_s},
            "--vip \"maybe\"");
        row("reference add bad topic",
            {u"reference"_s, u"add"_s, u"--site"_s, site, u"--title"_s, u"T"_s, u"--topic"_s, u"cooking"_s},
            "--topic \"cooking\"");
        row("reference add no title", {u"reference"_s, u"add"_s, u"--site"_s, site, u"--topic"_s, u"vpn"_s},
            "--title");
        row("reference remove unknown", {u"reference"_s, u"remove"_s, u"Nope"_s, u"--site"_s, site}, "Nope");
        row("reference list bad format", {u"reference"_s, u"list"_s, u"--format"_s, u"xml"_s},
            "--format \"xml\"");
        row("approver add no person",
            {u"approver"_s, u"add"_s, u"--site"_s, site, u"--approval-type"_s, u"mailbox_access"_s},
            "--person");
        row("approver add bad flag",
            {u"approver"_s, u"add"_s, u"--site"_s, site, u"--approval-type"_s, u"mailbox_access"_s,
             u"--person"_s, u"Fay Lead"_s, u"--automated-approval"_s, u"sometimes"_s},
            "--automated-approval \"sometimes\"");
        row("approver remove ambiguous",
            {u"approver"_s, u"remove"_s, u"nothing_like_this"_s, u"--site"_s, site}, "nothing_like_this");
        row("approver list unknown site", {u"approver"_s, u"list"_s, u"--site"_s, u"Nowhere"_s}, "Nowhere");
        row("rule add bad window",
            {u"rule"_s, u"add"_s, u"--site"_s, site, u"--name"_s, u"R"_s, u"--window"_s, u"weekdays"_s},
            "--window \"weekdays\"");
        row("rule add duplicate",
            {u"rule"_s, u"add"_s, u"--site"_s, site, u"--name"_s, u"Around the clock"_s, u"--window"_s,
             u"mon 08:00-09:00 UTC"_s},
            "already exists");
        row("rule add three contacts",
            {u"rule"_s, u"add"_s, u"--site"_s, site, u"--name"_s, u"Three"_s, u"--window"_s,
             u"mon 08:00-09:00 UTC"_s, u"--escalation-contact"_s, u"Dana Tech"_s, u"--escalation-contact"_s,
             u"Eli Tech"_s, u"--escalation-contact"_s, u"Fay Lead"_s},
            "--escalation-contact");
        row("rule show unknown", {u"rule"_s, u"show"_s, u"Nope"_s, u"--site"_s, site}, "Nope");
        row("rule list bad format", {u"rule"_s, u"list"_s, u"--format"_s, u"csv"_s}, "csv");
        row("contact add bad phone",
            {u"contact"_s, u"add"_s, u"--name"_s, u"P"_s, u"--phone"_s, u"call me"_s}, "--phone \"call me\"");
        row("contact edit bad email",
            {u"contact"_s, u"edit"_s, u"Dana Tech"_s, u"--email"_s, u"dana at msp"_s},
            "--email \"dana at msp\"");
        row("contact remove unknown", {u"contact"_s, u"remove"_s, u"Nobody"_s}, "Nobody");
        row("contact disable", {u"contact"_s, u"disable"_s, u"Dana Tech"_s}, "no status");
        row("approval-type edit unknown",
            {u"approval-type"_s, u"edit"_s, u"nope_type"_s, u"--name"_s, u"N"_s}, "nope_type");
        row("approval-type show unknown", {u"approval-type"_s, u"show"_s, u"nope_type"_s}, "nope_type");
        row("approval-type list bad format", {u"approval-type"_s, u"list"_s, u"--format"_s, u"x"_s},
            "--format");
        row("credential add bad kind",
            {u"credential"_s, u"add"_s, u"--site"_s, site, u"--label"_s, u"L"_s, u"--kind"_s,
             u"master_key"_s},
            "--kind \"master_key\"");
        row("credential add no site", {u"credential"_s, u"add"_s, u"--label"_s, u"L"_s}, "--site");
        row("credential remove unknown", {u"credential"_s, u"remove"_s, u"Nope"_s, u"--site"_s, site},
            "Nope");
        row("credential secret as argument",
            {u"credential"_s, u"add"_s, u"--site"_s, site, u"--label"_s, u"L"_s, u"hunter2"_s}, "hunter2");
        row("review bad action target", {u"review"_s, u"retire"_s, u"profile"_s, u"ada@harbor.example"_s},
            "only reference and approver");
        row("history bad format", {u"history"_s, u"site"_s, site, u"--format"_s, u"yaml"_s},
            "--format \"yaml\"");
        row("whatif unknown site",
            {u"whatif"_s, u"--site"_s, u"Nowhere"_s, u"--type"_s, u"new_user_setup"_s, u"--requester"_s,
             u"ada@harbor.example"_s},
            "--site \"Nowhere\"");
        row("fix bad as-of",
            {u"fix"_s, u"SK302/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), u"--as-of"_s,
             u"tomorrow"_s},
            "--as-of \"tomorrow\"");
    }
    void everyOtherBadCallChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        rejected(args, message);
    }

    void theSiteStillPassesAfterAllThat() {
        // Everything added above was removed again: the covered site is as it was built.
        const CliRun r = run({u"check"_s, u"--site"_s, m_site, u"--format"_s, u"json"_s});
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(u"findings"_s).toArray();
        for (const QJsonValue& f : findings)
            QVERIFY2(f[u"rule"_s].toString() == u"SK605"_s, f[u"message"_s].toString().toUtf8().constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliRecords)
#include "tst_CliRecords.moc"
