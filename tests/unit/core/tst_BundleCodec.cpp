// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCodec.h"
#include "CoreTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using JsonEdit = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(JsonEdit)

namespace {

QUuid uuid(int group, int n) {
    return QUuid(
        u"%1-0000-4000-8000-%2"_s.arg(group, 8, 10, QLatin1Char('0')).arg(n, 12, 10, QLatin1Char('0')));
}

const QUuid hqId = uuid(1, 1);
const QUuid branchId = uuid(1, 2);
const QUuid walterId = uuid(2, 1);
const QUuid danaId = uuid(2, 2);
const QUuid foxId = uuid(3, 1);
const QUuid monicaId = uuid(3, 2);
const QUuid workspaceId = uuid(9, 9);

TimeWindow officeHours(const QString& zone) {
    return TimeWindow{
        {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday},
        QTime(8, 0),
        QTime(17, 30),
        zone};
}

// A small partner with every kind of record, strings that need escaping, and fields left empty.
Bundle sampleBundle() {
    Bundle bundle;
    bundle.approvalTypes = ApprovalType::builtins();
    bundle.approvalTypes.append(
        ApprovalType{uuid(4, 1), u"printer_purchase"_s, u"Printer purchase"_s, false});

    bundle.contacts.append(PartnerContact{walterId,
                                          u"Walter Skinner"_s,
                                          u"walter@partner.example"_s,
                                          {u"+14155550123"_s, u"+12015550123"_s},
                                          {officeHours(u"America/New_York"_s)}});
    bundle.contacts.append(
        PartnerContact{danaId, u"Dana Scully"_s, u"dana@partner.example"_s, {u"+447400123456"_s}, {}});

    Site hq;
    hq.id = hqId;
    hq.name = u"Contoso HQ"_s;
    hq.coverage = Coverage::Always;
    hq.timeZone = u"America/New_York"_s;
    hq.businessHours = {officeHours(u"America/New_York"_s)};
    hq.answerAs = AnswerAs::Custom;
    hq.answerAsText = u"Contoso \"IT\" Help"_s;
    hq.emailDomains = {u"contoso.com"_s, u"contoso.co.uk"_s};
    hq.holdsServers = true;
    hq.deviceNamingScheme = u"CON-\\<dept>-<nn>"_s;
    hq.contractTier = u"Gold"_s;
    hq.sla = {SlaTarget{15, 240}, SlaTarget{30, 480}, SlaTarget{60, 1440}, SlaTarget{240, 0}};
    hq.scopeNotes = u"Tier 1: passwords & printers.\n\tServers go to the partner.\n"_s;
    hq.activationStatus = ActivationStatus::Live;
    hq.goLiveDate = QDate(2024, 3, 1);
    hq.champion = u"Dana Scully"_s;
    bundle.sites.append(hq);

    Site branch;
    branch.id = branchId;
    branch.name = u"Contoso Branch Zürich 🏔"_s;
    branch.parentId = hqId;
    branch.timeZone = u"Europe/Zurich"_s;
    branch.country = u"CH"_s;
    bundle.sites.append(branch);

    bundle.profiles.append(ClientProfile{foxId, hqId, u"Fox Mulder"_s, u"fox@contoso.com"_s,
                                         u"+12125551234"_s, u"+16502530000"_s, u"Special Agent"_s, true,
                                         ProfileStatus::Active, u"204"_s});
    bundle.profiles.append(ClientProfile{monicaId, hqId, u"Monica Reyes"_s, QString(), QString(),
                                         u"+447400123456"_s, QString(), false, ProfileStatus::Disabled,
                                         QString()});
    bundle.profiles.append(ClientProfile{uuid(3, 3), branchId, u"Anna Müller"_s, u"anna@contoso.ch"_s,
                                         u"+41212345678"_s, u"+41781234567"_s, u"Buchhaltung"_s, false,
                                         ProfileStatus::Active, QString()});

    bundle.references.append(Reference{uuid(5, 1), QUuid(), u"Password reset policy"_s,
                                       ReferenceTopic::PasswordReset, u"Verify by mobile.\n"_s, u"Walter"_s,
                                       QDate(2024, 1, 2), 365, ReferenceStatus::Current});
    bundle.references.append(Reference{uuid(5, 2), hqId, u"New user setup"_s, ReferenceTopic::NewUserSetup,
                                       u"# Steps\n1. Create account\n"_s, u"Dana"_s, QDate(), 180,
                                       ReferenceStatus::Due});
    bundle.references.append(Reference{uuid(5, 3), hqId, u"MFA"_s, ReferenceTopic::Mfa, QString(), QString(),
                                       QDate(2023, 5, 5), 365, ReferenceStatus::Overdue});

    Approver onSite;
    onSite.id = uuid(6, 1);
    onSite.siteId = hqId;
    onSite.approvalType = u"new_user_setup"_s;
    onSite.personKind = PersonKind::ClientProfile;
    onSite.personId = foxId;
    onSite.phones = {u"+16502530000"_s};
    onSite.smsAuthentication = true;
    onSite.authenticateApproverWithMobile = true;
    onSite.lastReviewed = QDate(2024, 2, 1);
    bundle.approvers.append(onSite);
    Approver partner;
    partner.id = uuid(6, 2);
    partner.siteId = hqId;
    partner.approvalType = u"printer_purchase"_s;
    partner.personKind = PersonKind::PartnerContact;
    partner.personId = walterId;
    partner.automatedApproval = true;
    bundle.approvers.append(partner);

    NotificationRule day;
    day.id = uuid(7, 1);
    day.siteId = hqId;
    day.name = u"Business hours"_s;
    day.window = officeHours(u"America/New_York"_s);
    day.method = RuleMethod::Phone;
    day.escalationContacts = {walterId, danaId};
    day.emailRecipients = {u"noc@partner.example"_s};
    day.callBeforeEscalating = true;
    day.callBeforeContact = danaId;
    day.categories = {u"Network"_s, u"Microsoft 365"_s};
    bundle.rules.append(day);
    NotificationRule night;
    night.id = uuid(7, 2);
    night.siteId = hqId;
    night.name = u"After hours"_s;
    night.window =
        TimeWindow{{Weekday::Monday, Weekday::Friday}, QTime(17, 30), QTime(8, 0), u"America/New_York"_s};
    night.method = RuleMethod::Ticket;
    bundle.rules.append(night);

    CredentialRecord admin;
    admin.id = uuid(8, 1);
    admin.siteId = hqId;
    admin.label = u"Domain admin"_s;
    admin.kind = CredentialKind::DomainAdmin;
    admin.system = u"CONTOSO.LOCAL"_s;
    admin.username = u"CONTOSO\\helpdesk"_s;
    admin.hasMfa = true;
    admin.rotationIntervalDays = 90;
    admin.lastRotated = QDate(2024, 4, 1);
    admin.keychainRef = CredentialRecord::keychainRefFor(workspaceId, admin.id);
    bundle.credentials.append(admin);
    CredentialRecord portal;
    portal.id = uuid(8, 2);
    portal.siteId = branchId;
    portal.label = u"Microsoft 365 admin"_s;
    portal.kind = CredentialKind::AdminPortal;
    portal.system = u"https://admin.microsoft.com"_s;
    bundle.credentials.append(portal);

    bundle.escalations.append(Escalation{uuid(10, 1), hqId, QDate(2024, 6, 3), u"Printing"_s,
                                         EscalationReason::MissingInformation, u"T-1001"_s,
                                         u"No plotter guide."_s});
    bundle.escalations.append(Escalation{uuid(10, 2), hqId, QDate(2024, 5, 28), u"Network"_s,
                                         EscalationReason::OutOfScope, u"T-0999"_s, QString()});
    return bundle;
}

QJsonObject toObject(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets the value at a path such as "sites[0].client_profiles[1].mobile_phone" (no leading "$.").
// An empty `value` of type Undefined removes the key.
QJsonValue setAt(QJsonValue node, QStringView path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = node.toArray();
        if (index >= array.size())
            qFatal("test path %s goes past the end of a list", qPrintable(path.toString()));
        array[index] = setAt(array.at(index), rest, value);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(key), rest, value);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

JsonEdit set(const QString& path, const QJsonValue& value) {
    return [path, value](QJsonObject& root) {
        root = setAt(root, path, value).toObject();
    };
}

JsonEdit remove(const QString& path) {
    return set(path, QJsonValue(QJsonValue::Undefined));
}

// The indexes of the encoded sample:
// sites[0] is "Contoso Branch Zürich", sites[1] is "Contoso HQ".
const QString branch = u"sites[0]"_s;
const QString hq = u"sites[1]"_s;

} // namespace

class tst_BundleCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleIsValid() {
        const Bundle bundle = sampleBundle();
        QCOMPARE(BundleCodec::problems(bundle), QStringList());
    }

    void roundTrip() {
        const Bundle bundle = sampleBundle();
        const QByteArray bytes = BundleCodec::encode(bundle);
        const Result<Bundle> decoded = BundleCodec::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QVERIFY(decoded.value() == bundle);
        // And the other way round: bytes that were encoded come back unchanged.
        QCOMPARE(BundleCodec::encode(decoded.value()), bytes);
    }

    void emptyBundle() {
        const QByteArray bytes = BundleCodec::encode(Bundle());
        QCOMPARE(bytes,
                 QByteArray("{\n  \"format\": \"sitekeeper-bundle\",\n  \"partner\": {\n"
                            "    \"approval_types\": [],\n    \"contacts\": [],\n    \"references\": []\n"
                            "  },\n  \"sites\": [],\n  \"version\": 1\n}\n"));
        const Result<Bundle> decoded = BundleCodec::decode(bytes);
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value().isEmpty());
    }

    void deterministic() {
        const Bundle bundle = sampleBundle();
        const QByteArray bytes = BundleCodec::encode(bundle);
        QCOMPARE(BundleCodec::encode(bundle), bytes);
        // The order of the lists does not matter.
        Bundle shuffled = bundle;
        std::reverse(shuffled.sites.begin(), shuffled.sites.end());
        std::reverse(shuffled.profiles.begin(), shuffled.profiles.end());
        std::reverse(shuffled.approvalTypes.begin(), shuffled.approvalTypes.end());
        std::rotate(shuffled.references.begin(), shuffled.references.begin() + 1, shuffled.references.end());
        std::reverse(shuffled.rules.begin(), shuffled.rules.end());
        std::reverse(shuffled.escalations.begin(), shuffled.escalations.end());
        QVERIFY(shuffled == bundle);
        QCOMPARE(BundleCodec::encode(shuffled), bytes);
    }

    void matchesGoldenFile() {
        // The exact bytes of the format, reviewed by eye: a change here is a format change.
        QFile golden(QStringLiteral(SITEKEEPER_TEST_DATA) + u"/core/sample-bundle.json"_s);
        // After an intended format change: SITEKEEPER_UPDATE_GOLDEN=1 tst_BundleCodec, then review the diff.
        if (qEnvironmentVariableIsSet("SITEKEEPER_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(BundleCodec::encode(sampleBundle()));
            golden.close();
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(BundleCodec::encode(sampleBundle()), golden.readAll());
    }

    void layout() {
        const QByteArray bytes = BundleCodec::encode(sampleBundle());
        QVERIFY(bytes.startsWith("{\n  \"format\": \"sitekeeper-bundle\",\n"));
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(!bytes.endsWith("\n\n"));
        QVERIFY(!bytes.contains('\r'));
        QVERIFY(!bytes.contains('\t'));
        // UTF-8 as is, not \u escapes.
        QVERIFY(bytes.contains("Z\xC3\xBCrich \xF0\x9F\x8F\x94"));
        QVERIFY(bytes.contains("\"answer_as_text\": \"Contoso \\\"IT\\\" Help\""));
        QVERIFY(bytes.contains(
            "\"scope_notes\": \"Tier 1: passwords & printers.\\n\\tServers go to the partner.\\n\""));
        QVERIFY(bytes.contains("\"username\": \"CONTOSO\\\\helpdesk\""));
        // Two-space indentation, and the keys of every object in byte order.
        static const QRegularExpression keyLine(u"^ *\"([a-z0-9_]+)\": "_s);
        QList<QByteArray> lastKeys{QByteArray()};
        for (const QByteArray& line : bytes.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            QVERIFY2((line.size() - line.trimmed().size()) % 2 == 0, line.constData());
            if (trimmed.startsWith('}') || trimmed.startsWith(']'))
                lastKeys.removeLast();
            const QRegularExpressionMatch match = keyLine.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                const QByteArray key = match.captured(1).toUtf8();
                QVERIFY2(lastKeys.last() < key, line.constData());
                lastKeys.last() = key;
            }
            if (trimmed.endsWith('{') || trimmed.endsWith('['))
                lastKeys.append(QByteArray());
        }
        // Absent values are present: null ids and dates, empty strings and lists.
        const QJsonObject root = toObject(bytes);
        const QJsonObject branchSite = root.value(u"sites"_s)[0].toObject();
        QVERIFY(branchSite.value(u"go_live_date"_s).isNull());
        QCOMPARE(branchSite.value(u"champion"_s), QJsonValue(u""_s));
        QCOMPARE(branchSite.value(u"email_domains"_s), QJsonValue(QJsonArray()));
        QCOMPARE(branchSite.value(u"approvers"_s), QJsonValue(QJsonArray()));
        QVERIFY(root.value(u"sites"_s)[1][u"parent_id"_s].isNull());
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
    }

    void sortOrder() {
        Bundle bundle = sampleBundle();
        // Same name: the id decides.
        Site twin = bundle.sites.at(1);
        twin.id = uuid(1, 0);
        twin.parentId = QUuid();
        bundle.sites.append(twin);
        const QJsonObject root = toObject(BundleCodec::encode(bundle));
        const QJsonArray sites = root.value(u"sites"_s).toArray();
        QCOMPARE(sites.size(), 3);
        QCOMPARE(sites[0][u"id"_s].toString(), twin.id.toString(QUuid::WithoutBraces));
        QCOMPARE(sites[1][u"id"_s].toString(), branchId.toString(QUuid::WithoutBraces));
        QCOMPARE(sites[2][u"name"_s].toString(), u"Contoso HQ"_s);

        const QJsonObject hqSite = sites[2].toObject();
        QCOMPARE(hqSite[u"client_profiles"_s][0][u"full_name"_s].toString(), u"Fox Mulder"_s);
        QCOMPARE(hqSite[u"client_profiles"_s][1][u"full_name"_s].toString(), u"Monica Reyes"_s);
        QCOMPARE(hqSite[u"client_profiles"_s].toArray().size(), 2);
        QCOMPARE(hqSite[u"escalations"_s][0][u"date"_s].toString(), u"2024-05-28"_s);
        QCOMPARE(hqSite[u"notification_rules"_s][0][u"name"_s].toString(), u"After hours"_s);
        QCOMPARE(hqSite[u"references"_s][0][u"title"_s].toString(), u"MFA"_s);
        QCOMPARE(hqSite[u"approvers"_s][0][u"approval_type"_s].toString(), u"new_user_setup"_s);
        QCOMPARE(sites[1][u"credentials"_s][0][u"label"_s].toString(), u"Microsoft 365 admin"_s);

        const QJsonObject partner = root.value(u"partner"_s).toObject();
        QCOMPARE(partner[u"approval_types"_s][0][u"key"_s].toString(), u"group_permission_change"_s);
        QCOMPARE(partner[u"contacts"_s][0][u"name"_s].toString(), u"Dana Scully"_s);
        // Partner-wide references only.
        QCOMPARE(partner[u"references"_s].toArray().size(), 1);
        QVERIFY(partner[u"references"_s][0][u"site_id"_s].isNull());
    }

    void missingKeysTakeDefaults() {
        // A hand-written bundle: nested records without site_id belong to the site they are under.
        const QByteArray bytes = "{\"format\": \"sitekeeper-bundle\", \"version\": 1, \"sites\": [{"
                                 "\"id\": \"00000001-0000-4000-8000-000000000001\", \"name\": \"Only\", "
                                 "\"client_profiles\": [{\"id\": \"00000003-0000-4000-8000-000000000001\", "
                                 "\"full_name\": \"Ann\"}]}]}";
        const Result<Bundle> decoded = BundleCodec::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->sites.size(), 1);
        QCOMPARE(decoded->sites.at(0).coverage, Coverage::None);
        QCOMPARE(decoded->profiles.size(), 1);
        QCOMPARE(decoded->profiles.at(0).siteId, hqId);
        QCOMPARE(decoded->profiles.at(0).status, ProfileStatus::Active);
    }

    void byteOrderMarkIsIgnored() {
        const QByteArray bytes = "\xEF\xBB\xBF" + BundleCodec::encode(sampleBundle());
        QVERIFY(BundleCodec::decode(bytes).ok());
    }

    void errors_data() {
        QTest::addColumn<JsonEdit>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason"); // a fragment of the message

        // Shape and header.
        QTest::addRow("wrong format")
            << set(u"format"_s, u"other"_s) << u"$.format"_s << u"not a Sitekeeper"_s;
        QTest::addRow("no format") << remove(u"format"_s) << u"$.format"_s << u"sitekeeper-bundle"_s;
        QTest::addRow("newer version") << set(u"version"_s, 2) << u"$.version"_s << u"newer"_s;
        QTest::addRow("version as text") << set(u"version"_s, u"1"_s) << u"$.version"_s << u"not supported"_s;
        QTest::addRow("unknown top-level key")
            << set(u"generated_at"_s, u"today"_s) << u"$.generated_at"_s << u"unknown key"_s;
        QTest::addRow("sites not a list")
            << set(u"sites"_s, QJsonObject()) << u"$.sites"_s << u"expected a list"_s;
        QTest::addRow("partner not an object")
            << set(u"partner"_s, QJsonArray()) << u"$.partner"_s << u"expected an object"_s;
        QTest::addRow("site not an object") << set(branch, 5) << u"$.sites[0]"_s << u"expected a site"_s;
        QTest::addRow("profile not an object")
            << set(hq + u".client_profiles[1]"_s, u"Monica"_s) << u"$.sites[1].client_profiles[1]"_s
            << u"expected an object"_s;
        QTest::addRow("unknown key in a record")
            << set(hq + u".client_profiles[0].nickname"_s, u"Spooky"_s)
            << u"$.sites[1].client_profiles[0].nickname"_s << u"unknown key"_s;
        QTest::addRow("unknown key in a site")
            << set(branch + u".contacts"_s, QJsonArray()) << u"$.sites[0].contacts"_s << u"unknown key"_s;

        // Types and enum values.
        QTest::addRow("bad enum") << set(hq + u".coverage"_s, u"24x7"_s) << u"$.sites[1].coverage"_s
                                  << u"none, business_hours, extended_hours, always"_s;
        QTest::addRow("wrong type") << set(hq + u".holds_servers"_s, u"yes"_s)
                                    << u"$.sites[1].holds_servers"_s << u"true or false"_s;
        QTest::addRow("bad date") << set(hq + u".go_live_date"_s, u"2024-02-30"_s)
                                  << u"$.sites[1].go_live_date"_s << u"YYYY-MM-DD"_s;
        QTest::addRow("bad id") << set(hq + u".references[0].id"_s, u"42"_s)
                                << u"$.sites[1].references[0].id"_s << u"id"_s;
        QTest::addRow("bad sla") << set(hq + u".sla.p2.response_minutes"_s, -3)
                                 << u"$.sites[1].sla.p2.response_minutes"_s << u"negative"_s;
        QTest::addRow("bad window day")
            << set(hq + u".notification_rules[0].window.days[0]"_s, u"Monday"_s)
            << u"$.sites[1].notification_rules[0].window.days[0]"_s << u"mon, tue"_s;

        // Entity validation.
        QTest::addRow("invalid phone")
            << set(hq + u".client_profiles[1].mobile_phone"_s, u"+4412"_s)
            << u"$.sites[1].client_profiles[1].mobile_phone"_s << u"phone number"_s;
        QTest::addRow("phone not E.164") << set(u"partner.contacts[1].phones[0]"_s, u"+1 415 555 0123"_s)
                                         << u"$.partner.contacts[1].phones[0]"_s << u"+14155550123"_s;
        QTest::addRow("empty name") << set(branch + u".name"_s, u""_s) << u"$.sites[0].name"_s
                                    << u"required"_s;
        QTest::addRow("bad email domain") << set(hq + u".email_domains[1]"_s, u"@contoso.com"_s)
                                          << u"$.sites[1].email_domains[1]"_s << u"without"_s;
        QTest::addRow("window time zone")
            << set(hq + u".notification_rules[0].window.time_zone"_s, u"America/Nowhere"_s)
            << u"$.sites[1].notification_rules[0].window.time_zone"_s << u"time zone"_s;
        QTest::addRow("three escalation contacts")
            << set(hq + u".notification_rules[1].escalation_contacts"_s,
                   QJsonArray{uuid(2, 1).toString(QUuid::WithoutBraces),
                              uuid(2, 2).toString(QUuid::WithoutBraces),
                              uuid(2, 3).toString(QUuid::WithoutBraces)})
            << u"$.sites[1].notification_rules[1].escalation_contacts"_s << u"at most two"_s;
        QTest::addRow("call before escalating without contact")
            << set(hq + u".notification_rules[1].call_before_contact"_s, QJsonValue())
            << u"$.sites[1].notification_rules[1].call_before_contact"_s << u"Call Before Escalating"_s;
        QTest::addRow("own parent") << set(branch + u".parent_id"_s, branchId.toString(QUuid::WithoutBraces))
                                    << u"$.sites[0].parent_id"_s << u"own parent"_s;

        // References between records.
        QTest::addRow("duplicate id")
            << set(hq + u".client_profiles[1].id"_s, foxId.toString(QUuid::WithoutBraces))
            << u"$.sites[1].client_profiles[1].id"_s << u"$.sites[1].client_profiles[0]"_s;
        QTest::addRow("duplicate id across kinds")
            << set(hq + u".credentials[0].id"_s, foxId.toString(QUuid::WithoutBraces))
            << u"$.sites[1].credentials[0].id"_s << u"already used"_s;
        QTest::addRow("unknown parent")
            << set(branch + u".parent_id"_s, uuid(1, 99).toString(QUuid::WithoutBraces))
            << u"$.sites[0].parent_id"_s << u"no site"_s;
        QTest::addRow("parent cycle") << set(hq + u".parent_id"_s, branchId.toString(QUuid::WithoutBraces))
                                      << u"$.sites[0].parent_id"_s << u"cycle"_s;
        QTest::addRow("site_id of another site")
            << set(hq + u".client_profiles[0].site_id"_s, branchId.toString(QUuid::WithoutBraces))
            << u"$.sites[1].client_profiles[0].site_id"_s << u"listed under site"_s;
        QTest::addRow("partner reference with site_id")
            << set(u"partner.references[0].site_id"_s, hqId.toString(QUuid::WithoutBraces))
            << u"$.partner.references[0].site_id"_s << u"partner-wide"_s;
        QTest::addRow("site reference with null site_id")
            << set(hq + u".references[0].site_id"_s, QJsonValue()) << u"$.sites[1].references[0].site_id"_s
            << u"listed under site"_s;
        QTest::addRow("unknown approver person")
            << set(hq + u".approvers[0].person_id"_s, uuid(3, 99).toString(QUuid::WithoutBraces))
            << u"$.sites[1].approvers[0].person_id"_s << u"no client profile"_s;
        QTest::addRow("approver person of the other kind")
            << set(hq + u".approvers[1].person_kind"_s, u"client_profile"_s)
            << u"$.sites[1].approvers[1].person_id"_s << u"partner_contact"_s;
        QTest::addRow("unknown approval type")
            << set(hq + u".approvers[1].approval_type"_s, u"plotter_purchase"_s)
            << u"$.sites[1].approvers[1].approval_type"_s << u"plotter_purchase"_s;
        QTest::addRow("duplicate approval type key")
            << set(u"partner.approval_types[9].key"_s, u"mailbox_access"_s)
            << u"$.partner.approval_types[9].key"_s << u"already used"_s;
        QTest::addRow("unknown escalation contact")
            << set(hq + u".notification_rules[1].escalation_contacts[1]"_s,
                   uuid(2, 99).toString(QUuid::WithoutBraces))
            << u"$.sites[1].notification_rules[1].escalation_contacts[1]"_s << u"no partner contact"_s;
        QTest::addRow("escalation contact is a profile")
            << set(hq + u".notification_rules[1].escalation_contacts[0]"_s,
                   foxId.toString(QUuid::WithoutBraces))
            << u"$.sites[1].notification_rules[1].escalation_contacts[0]"_s << u"no partner contact"_s;
        QTest::addRow("unknown call before contact")
            << set(hq + u".notification_rules[1].call_before_contact"_s,
                   uuid(2, 98).toString(QUuid::WithoutBraces))
            << u"$.sites[1].notification_rules[1].call_before_contact"_s << u"no partner contact"_s;
    }

    void errors() {
        QFETCH(JsonEdit, edit);
        QFETCH(QString, path);
        QFETCH(QString, reason);

        QJsonObject root = toObject(BundleCodec::encode(sampleBundle()));
        edit(root);
        QStringList problems;
        const Bundle bundle = BundleCodec::decodeWithErrors(toBytes(root), &problems);
        const QString expected = path + u": "_s;
        const auto found = std::find_if(problems.begin(), problems.end(), [&](const QString& problem) {
            return problem.startsWith(expected) && problem.contains(reason, Qt::CaseInsensitive);
        });
        QVERIFY2(found != problems.end(),
                 qPrintable(u"expected \"%1…%2\", got:\n%3"_s.arg(expected, reason, problems.join(u'\n'))));
        // All or nothing.
        QVERIFY(bundle.isEmpty());
        const Result<Bundle> result = BundleCodec::decode(toBytes(root));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, problems.join(u'\n'));
    }

    void invalidBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::addRow("trailing comma")
            << QByteArray("{\n  \"format\": \"sitekeeper-bundle\",\n}\n") << u"line 3, column"_s;
        QTest::addRow("truncated") << BundleCodec::encode(sampleBundle()).left(500) << u"not valid JSON"_s;
        QTest::addRow("latin-1") << QByteArray("{\"format\": \"Z\xFCrich\"}")
                                 << u"not valid UTF-8 (byte 13"_s;
        QTest::addRow("overlong") << QByteArray("{\"a\": \"\xC0\xAF\"}") << u"UTF-8"_s;
        QTest::addRow("surrogate") << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << u"UTF-8"_s;
        QTest::addRow("truncated sequence") << QByteArray("{\"a\": \"\xE2\x82") << u"UTF-8"_s;
        QTest::addRow("array") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::addRow("string") << QByteArray("\"sitekeeper-bundle\"") << u"not valid JSON"_s;
    }

    void invalidBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QStringList problems;
        QVERIFY(BundleCodec::decodeWithErrors(bytes, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"$: "_s), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(reason), qPrintable(problems.first()));
    }

    void everyProblemIsReported() {
        QJsonObject root = toObject(BundleCodec::encode(sampleBundle()));
        set(hq + u".client_profiles[0].email"_s, u"fox"_s)(root);
        set(hq + u".client_profiles[1].office_phone"_s, u"555"_s)(root);
        set(branch + u".coverage"_s, u"some"_s)(root);
        set(u"partner.contacts[0].name"_s, u""_s)(root);
        QStringList problems;
        BundleCodec::decodeWithErrors(toBytes(root), &problems);
        QCOMPARE(problems.size(), 4);
        // In the order of the file.
        QVERIFY2(problems.at(0).startsWith(u"$.partner.contacts[0].name: "_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(u"$.sites[0].coverage: "_s), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith(u"$.sites[1].client_profiles[0].email: "_s),
                 qPrintable(problems.at(2)));
        QVERIFY2(problems.at(3).startsWith(u"$.sites[1].client_profiles[1].office_phone: "_s),
                 qPrintable(problems.at(3)));
    }

    void pathsAreThoseOfTheInput() {
        // An unsorted, hand-edited file: paths name the positions the user sees.
        QJsonObject root = toObject(BundleCodec::encode(sampleBundle()));
        const QJsonArray sites = root.value(u"sites"_s).toArray();
        root.insert(u"sites"_s, QJsonArray{sites.at(1), sites.at(0)});
        set(u"sites[0].client_profiles[1].mobile_phone"_s, u"+4412"_s)(root);
        QStringList problems;
        BundleCodec::decodeWithErrors(toBytes(root), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"$.sites[0].client_profiles[1].mobile_phone: "_s),
                 qPrintable(problems.first()));
    }

    void problemsOfABundle() {
        Bundle bundle = sampleBundle();
        bundle.profiles[1].mobilePhone = u"07400 123456"_s;
        ClientProfile orphan = bundle.profiles.at(0);
        orphan.id = uuid(3, 50);
        orphan.siteId = uuid(1, 50);
        bundle.profiles.append(orphan);
        const QStringList problems = BundleCodec::problems(bundle);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(u"$.sites[1].client_profiles[1].mobile_phone: "_s),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(
                     u"client_profile %1.site_id: "_s.arg(orphan.id.toString(QUuid::WithoutBraces))),
                 qPrintable(problems.at(1)));
        // A record that cannot be placed is left out of the file.
        QVERIFY(!BundleCodec::encode(bundle).contains(orphan.id.toString(QUuid::WithoutBraces).toUtf8()));
    }

    void manyRecords() {
        Bundle bundle = sampleBundle();
        for (int i = 0; i < 2000; ++i) {
            ClientProfile profile = bundle.profiles.at(0);
            profile.id = uuid(20, i);
            profile.fullName = u"User %1"_s.arg(i % 100);
            bundle.profiles.append(profile);
        }
        const QByteArray bytes = BundleCodec::encode(bundle);
        const Result<Bundle> decoded = BundleCodec::decode(bytes);
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value() == bundle);
        QCOMPARE(BundleCodec::encode(decoded.value()), bytes);
    }
};

QTEST_GUILESS_MAIN(tst_BundleCodec)
#include "tst_BundleCodec.moc"
