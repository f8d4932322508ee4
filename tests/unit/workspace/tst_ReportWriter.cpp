// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"
#include "ReportWriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

QUuid id(int n) {
    return QUuid(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

TimeWindow window(std::set<Weekday> days, QTime start, QTime end) {
    return TimeWindow{std::move(days), start, end, u"America/New_York"_s};
}

const std::set<Weekday> weekdays{Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                                 Weekday::Friday};

// The scope notes mix what end users may read with the partner's own notes.
const QString scopeNotes = u"Tier 1: passwords, Microsoft 365, printers, mapped drives.\n"
                           "To the partner: server changes; purchases.\n"
                           "Internal: renewal with ConnectWise in May, margin 30%.\n"
                           "Tier 1: ConnectWise Control sessions"_s;

ActivationReportInput sampleActivation() {
    ActivationReportInput in;
    in.generatedOn = QDate(2026, 11, 23);

    PartnerData& partner = in.partner;
    partner.today = in.generatedOn;
    partner.settings.partnerName = u"Northwind IT"_s;
    partner.settings.forbiddenTerms = {u"ConnectWise"_s, u"Continuum"_s};
    partner.approvalTypes = ApprovalType::builtins();
    partner.contacts.insert(id(901), PartnerContact{id(901),
                                                    u"Dana Reyes"_s,
                                                    u"dana@northwind.example"_s,
                                                    {u"+12125550101"_s, u"+12125550102"_s},
                                                    {}});
    partner.contacts.insert(
        id(902),
        PartnerContact{id(902), u"Sam Okafor"_s, u"sam@northwind.example"_s, {u"+12125550103"_s}, {}});
    Reference printing;
    printing.id = id(950);
    printing.title = u"Printer mapping"_s;
    printing.topic = ReferenceTopic::Printing;
    printing.lastReviewed = QDate(2026, 3, 2);
    partner.references << printing;

    SiteData& data = in.site;
    Site parent;
    parent.id = id(1);
    parent.name = u"Acme Holdings"_s;
    parent.coverage = Coverage::BusinessHours;
    parent.holdsServers = true;
    data.ancestors << parent;

    Site& site = data.site;
    site.id = id(2);
    site.parentId = parent.id;
    site.name = u"Acme <script> & Sons"_s;
    site.coverage = Coverage::BusinessHours;
    site.timeZone = u"America/New_York"_s;
    site.businessHours << window(weekdays, QTime(8, 0), QTime(17, 30));
    site.answerAs = AnswerAs::Custom;
    site.answerAsText = u"Acme Service Desk"_s;
    site.emailDomains << u"acme.example"_s;
    site.deviceNamingScheme = u"ACME-WS-###"_s;
    site.contractTier = u"Premium"_s;
    site.sla = {SlaTarget{15, 240}, SlaTarget{30, 480}, SlaTarget{120, 1440}, SlaTarget{480, 4320}};
    site.scopeNotes = scopeNotes;
    site.activationStatus = ActivationStatus::Submitted;
    site.goLiveDate = QDate(2026, 12, 1);
    site.champion = u"Dana Reyes"_s;

    const QStringList names{u"Maria Lopez"_s, u"Tom Becker"_s, u"Ana Silva"_s, u"Old Account"_s};
    for (int i = 0; i < names.size(); ++i) {
        ClientProfile profile;
        profile.id = id(100 + i);
        profile.siteId = site.id;
        profile.fullName = names[i];
        profile.email = names[i].split(u' ').first().toLower() + u"@acme.example"_s;
        profile.mobilePhone = u"+1212555020%1"_s.arg(i);
        profile.vip = i == 0;
        profile.status = i == 3 ? ProfileStatus::Disabled : ProfileStatus::Active;
        data.profiles << profile;
    }

    NotificationRule day;
    day.id = id(200);
    day.siteId = site.id;
    day.name = u"Office hours"_s;
    day.window = window(weekdays, QTime(8, 0), QTime(17, 30));
    day.method = RuleMethod::Phone;
    day.escalationContacts = {id(901), id(902)};
    day.emailRecipients = {u"noc@northwind.example"_s};
    day.callBeforeEscalating = true;
    day.callBeforeContact = id(902);
    NotificationRule night = day;
    night.id = id(201);
    night.name = u"After hours"_s;
    night.window = window(weekdays, QTime(17, 30), QTime(8, 0));
    night.method = RuleMethod::Email;
    night.escalationContacts = {id(901)};
    night.callBeforeEscalating = false;
    night.categories = {u"security_incident"_s};
    data.rules << day << night;

    Approver reset;
    reset.id = id(300);
    reset.siteId = site.id;
    reset.approvalType = u"password_reset_other_user"_s;
    reset.personKind = PersonKind::ClientProfile;
    reset.personId = id(100);
    reset.phones = {u"+12125550200"_s, u"+12125550299"_s};
    reset.automatedApproval = true;
    Approver hire = reset;
    hire.id = id(301);
    hire.approvalType = u"new_user_setup"_s;
    hire.personKind = PersonKind::PartnerContact;
    hire.personId = id(901);
    hire.phones = {u"+12125550101"_s};
    hire.automatedApproval = false;
    hire.smsAuthentication = true;
    hire.authenticateRequestorWithMobile = true;
    data.approvers << reset << hire;

    const QList<std::pair<QString, ReferenceTopic>> references{
        {u"New hire checklist"_s, ReferenceTopic::NewUserSetup},
        {u"Leaver checklist"_s, ReferenceTopic::UserTermination},
        {u"VPN access"_s, ReferenceTopic::RemoteAccess},
        {u"Old fax howto"_s, ReferenceTopic::Other}};
    for (int i = 0; i < references.size(); ++i) {
        Reference reference;
        reference.id = id(400 + i);
        reference.siteId = site.id;
        reference.title = references[i].first;
        reference.topic = references[i].second;
        reference.lastReviewed = QDate(2026, 1 + i, 10);
        reference.status = i == 3 ? ReferenceStatus::Retired : ReferenceStatus::Current;
        data.references << reference;
    }

    CredentialRecord admin;
    admin.id = id(500);
    admin.siteId = site.id;
    admin.label = u"Domain administrator"_s;
    admin.kind = CredentialKind::DomainAdmin;
    admin.system = u"ACME.LOCAL"_s;
    admin.username = u"ACME\\hdadmin"_s;
    admin.hasMfa = true;
    admin.keychainRef = u"sitekeeper/keychain-ref-canary/500"_s;
    CredentialRecord portal = admin;
    portal.id = id(501);
    portal.label = u"Microsoft 365 admin"_s;
    portal.kind = CredentialKind::AdminPortal;
    portal.system = u"admin.microsoft.com"_s;
    portal.hasMfa = false;
    data.credentials << admin << portal;

    auto finding = [&](const char* rule, Severity severity, const char* entity, const QString& message,
                       const QString& fix) {
        Finding f;
        f.rule = QString::fromLatin1(rule);
        f.severity = severity;
        f.siteId = site.id;
        f.entity = *entityKindFromName(QString::fromLatin1(entity));
        f.message = message;
        f.fix = fix;
        return f;
    };
    in.findings << finding("SK201", Severity::Error, "client_profile", u"Tom Becker's mobile is not valid."_s,
                           u"Correct the number."_s)
                << finding("SK303", Severity::Warning, "site", u"No current reference for MFA."_s,
                           u"Write a reference on MFA."_s)
                << finding("SK603", Severity::Warning, "credential", u"Microsoft 365 admin has no MFA."_s,
                           u"Turn on MFA."_s)
                << finding("SK605", Severity::Info, "site", u"No automated credential."_s,
                           u"Set up automated credentials."_s);
    return in;
}

HandoutInput sampleHandout() {
    const ActivationReportInput activation = sampleActivation();
    HandoutInput in;
    in.site = activation.site.site;
    in.settings = activation.partner.settings;
    in.contact = {u"+18665550123"_s, u"help@acme-support.example"_s, u"https://chat.acme-support.example/"_s};
    in.phoneRegion = u"US"_s;
    in.generatedOn = activation.generatedOn;
    return in;
}

// The poppler tools read back what the PDF shows. Absent tools fail the run under CI, else skip.
#define REQUIRE_TOOL(name)                                                                                   \
    do {                                                                                                     \
        if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty()) {                                \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(name " is missing (install poppler-utils)");                                           \
            QSKIP(name " is missing (install poppler-utils)");                                               \
        }                                                                                                    \
    } while (false)

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

#define VERIFY_OK(expression)                                                                                \
    do {                                                                                                     \
        const auto& result = (expression);                                                                   \
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));              \
    } while (false)

QString pdfText(const QString& pdf) {
    return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
}

// Renders page 1 to `prefix`.png and answers the number of non-white pixels (0 when nothing came out).
int inkOfFirstPage(const QString& pdf, const QString& prefix, int dpi) {
    run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                        u"-singlefile"_s, pdf, prefix});
    QImage image(prefix + u".png"_s);
    if (image.isNull())
        return 0;
    image = image.convertToFormat(QImage::Format_RGB32);
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(line[x]) < 200 ? 1 : 0;
    }
    return ink;
}

void screenshot(const QString& pdf, const QString& name) {
    const QString dir = qEnvironmentVariable("SITEKEEPER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        inkOfFirstPage(pdf, dir + u'/' + name, 100);
}

// pdftotext -layout spreads columns with runs of spaces, and gives ligatures as one character ("ﬁ"):
// compare with single spaces and ligatures spelled out.
QString squeezed(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Every `present` string shows in the text of a PDF, no `absent` one does (in any case).
void verifyText(const QString& text, const QStringList& present, const QStringList& absent) {
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QString flat = squeezed(text);
    for (const QString& expected : present)
        QVERIFY2(flat.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
    for (const QString& unexpected : absent)
        QVERIFY2(!flat.contains(unexpected, Qt::CaseInsensitive),
                 qPrintable(unexpected + u"\n---\n"_s + text));
}

} // namespace

class tst_ReportWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markdownChecklist() {
        const ActivationReportInput in = sampleActivation();
        const Readiness readiness = Readiness::of(in.site, in.findings);
        QCOMPARE(readiness.score(), 66);
        const QStringList lines = ReportWriter::activationMarkdown(in).split(u'\n');

        const QStringList checklist{
            u"- ✓ Coverage chosen"_s,
            u"- ✓ Answer As set"_s,
            u"- ✓ Email domain set"_s,
            u"- ✓ Notification rule in place"_s,
            u"- ✗ Client profiles present and valid — 1 client profile error(s) to fix."_s,
            u"- ✓ An approver for every approval type in use"_s,
            u"- ✗ References for the required topics — 1 required topic(s) without a current reference."_s,
            u"- ✓ Credentials the technicians need"_s,
            u"- ✗ No error finding left — 1 error finding(s) left."_s,
        };
        const qsizetype first = lines.indexOf(checklist.first());
        QVERIFY2(first > 0, qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.mid(first, checklist.size()), checklist);
        QVERIFY(lines.contains(u"Score: 66 % (6 of 9 items complete)"_s));
    }

    void markdownContents() {
        const QString markdown = ReportWriter::activationMarkdown(sampleActivation());
        const QStringList lines = markdown.split(u'\n');
        // User text cannot open HTML or Markdown syntax.
        QCOMPARE(lines.first(), u"# Activation summary: Acme \\<script\\> \\& Sons"_s);
        QVERIFY(!markdown.contains(u"<script>"_s));
        for (
            const QString& expected : {
                u"Prepared by Northwind IT, 23 Nov 2026"_s,
                u"- **Parent site:** Acme Holdings"_s,
                u"- **Answer As:** Acme Service Desk"_s,
                u"- **Servers:** At Acme Holdings"_s,
                u"- **Business hours:** Monday to Friday, 08:00–17:30"_s,
                u"- **Go-live date:** 1 Dec 2026"_s,
                u"- **Active:** 3"_s,
                u"- **Disabled:** 1"_s,
                u"- **VIP (active):** 1"_s,
                u"| P1 | System down or many users | 15 min | 4 h |"_s,
                u"| P4 | Request | 8 h | 72 h |"_s,
                u"### Office hours"_s,
                u"- **When:** Monday to Friday, 08:00–17:30"_s,
                u"- **Escalation contacts:** Dana Reyes, Sam Okafor"_s,
                u"- **Email recipients:** noc@northwind.example"_s,
                u"- **Call Before Escalating:** Yes, Sam Okafor"_s,
                u"### After hours"_s,
                u"- **When:** Monday to Friday, 17:30 to 08:00 the next day"_s,
                u"- **Categories:** security\\_incident"_s,
                u"- **Tier 1:** Passwords, Microsoft 365, Printers, Mapped drives, ConnectWise Control sessions"_s,
                u"- **To the partner:** Server changes, Purchases"_s,
                u"| Password reset for another user | Maria Lopez (on site) | Automated approval | 2 |"_s,
                u"| New user setup | Dana Reyes (partner) | SMS authentication; requestor confirms a code "
                u"on "
                "their mobile | 1 |"_s,
                u"| Printing | Printer mapping (partner-wide) | 2 Mar 2026 | Current |"_s,
                u"| Microsoft 365 admin | Admin portal | admin.microsoft.com | No |"_s,
                u"### Error (1)"_s,
                u"| SK201 | Tom Becker's mobile is not valid. | Correct the number. |"_s,
                u"### Warning (2)"_s,
                u"### Info (1)"_s,
            }) {
            QVERIFY2(lines.contains(expected), qPrintable(expected + u"\n---\n"_s + markdown));
        }
        // A retired reference is not part of what the service gets; a keychain key is no business of it.
        QVERIFY(!markdown.contains(u"Old fax howto"_s));
        // Unlabelled scope lines are the partner's own notes.
        QVERIFY(!markdown.contains(u"margin"_s));
        QVERIFY(!markdown.contains(u"keychain-ref-canary"_s));
    }

    void activationPdf() {
        REQUIRE_TOOL("pdftotext");
        REQUIRE_TOOL("pdftoppm");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"activation.pdf"_s);
        VERIFY_OK(ReportWriter::writeActivationPdf(sampleActivation(), pdf));
        screenshot(pdf, u"report-activation"_s);

        verifyText(pdfText(pdf),
                   {// Escaped on the way into the document, so shown as typed.
                    u"Activation summary: Acme <script> & Sons"_s,
                    u"Acme Service Desk"_s,
                    u"Acme Holdings"_s,
                    u"America/New_York"_s,
                    u"Monday to Friday, 08:00–17:30"_s,
                    u"Score: 66 % (6 of 9 items complete)"_s,
                    u"✓ Coverage chosen"_s,
                    u"✗ References for the required topics"_s,
                    u"✗ No error finding left"_s,
                    u"Dana Reyes"_s,
                    u"Sam Okafor"_s,
                    u"Maria Lopez (on site)"_s,
                    u"New hire checklist"_s,
                    u"Domain administrator"_s,
                    u"SK201"_s,
                    u"SK303"_s,
                    u"SK603"_s,
                    u"SK605"_s,
                    u"Generated 23 Nov 2026 for Northwind IT"_s,
                    u"Page 1 of"_s},
                   {u"keychain-ref-canary"_s});
        if (QTest::currentTestFailed())
            return;

        QVERIFY(inkOfFirstPage(pdf, dir.filePath(u"activation"_s), 60) > 5000);
    }

    void handoutPdf() {
        REQUIRE_TOOL("pdftotext");
        REQUIRE_TOOL("pdftoppm");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"handout.pdf"_s);
        VERIFY_OK(ReportWriter::writeHandoutPdf(sampleHandout(), pdf));
        screenshot(pdf, u"report-handout"_s);

        const QString text = pdfText(pdf);
        QCOMPARE(text.count(u'\f'), 1); // one page
        // Never the service vendor, the partner's own notes or the partner behind a custom Answer As.
        verifyText(text,
                   {u"Acme Service Desk"_s, u"Acme <script> & Sons"_s, u"(866) 555-0123"_s,
                    u"help@acme-support.example"_s, u"https://chat.acme-support.example/"_s,
                    u"Monday to Friday, 08:00–17:30"_s, u"Eastern"_s, u"@acme.example"_s, u"your full name"_s,
                    u"your company: Acme <script> & Sons"_s, u"call you back on"_s, u"Mapped drives"_s,
                    u"Server changes"_s, u"ACME-WS-###"_s},
                   {u"ConnectWise"_s, u"margin"_s, u"Internal"_s, u"Northwind"_s});
        if (QTest::currentTestFailed())
            return;

        QVERIFY(inkOfFirstPage(pdf, dir.filePath(u"handout"_s), 60) > 5000);
    }

    void handoutStaysOnOnePage() {
        REQUIRE_TOOL("pdftotext");
        QTemporaryDir dir;
        HandoutInput in = sampleHandout();
        QStringList many;
        for (int i = 0; i < 14; ++i)
            many << u"Line-of-business application number %1"_s.arg(i);
        in.site.scopeNotes =
            u"Tier 1: "_s + many.join(u", "_s) + u"\nTo the partner: "_s + many.join(u", "_s);
        const QString pdf = dir.filePath(u"long.pdf"_s);
        VERIFY_OK(ReportWriter::writeHandoutPdf(in, pdf));
        QCOMPARE(pdfText(pdf).count(u'\f'), 1);
    }

    void handoutRefusesWhatWouldMisleadUsers() {
        QTemporaryDir dir;
        HandoutInput uncovered = sampleHandout();
        uncovered.site.coverage = Coverage::None;
        const auto noCoverage = ReportWriter::writeHandoutPdf(uncovered, dir.filePath(u"a.pdf"_s));
        QVERIFY(!noCoverage.ok());
        QVERIFY(noCoverage.error().message.contains(u"coverage"_s));

        HandoutInput nowhere = sampleHandout();
        nowhere.contact = {};
        const auto noContact = ReportWriter::writeHandoutPdf(nowhere, dir.filePath(u"b.pdf"_s));
        QVERIFY(!noContact.ok());
        QVERIFY(noContact.error().message.contains(u"help desk contact"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"a.pdf"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"b.pdf"_s)));
    }

    void unwritablePath() {
        QTemporaryDir dir;
        // A regular file where a folder should be: not writable, whoever runs the test (root too).
        const QString blocker = dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/summary.pdf"_s;

        const auto pdf = ReportWriter::writeActivationPdf(sampleActivation(), path);
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().message.startsWith(u"Cannot write the PDF"_s));
        QCOMPARE(pdf.error().where, QDir::toNativeSeparators(path));

        const auto handout = ReportWriter::writeHandoutPdf(sampleHandout(), path);
        QVERIFY(!handout.ok());
        QCOMPARE(handout.error().where, QDir::toNativeSeparators(path));

        const auto markdown = ReportWriter::writeActivationMarkdown(sampleActivation(), blocker + u"/s.md"_s);
        QVERIFY(!markdown.ok());
    }

    void markdownFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"summary.md"_s);
        VERIFY_OK(ReportWriter::writeActivationMarkdown(sampleActivation(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), ReportWriter::activationMarkdown(sampleActivation()));
    }

    void handoutScope_data() {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QStringList>("handled");
        QTest::addColumn<QStringList>("passedOn");

        QTest::addRow("labelled lines")
            << scopeNotes
            << QStringList{u"Passwords"_s, u"Microsoft 365"_s, u"Printers"_s, u"Mapped drives"_s}
            << QStringList{u"Server changes"_s, u"Purchases"_s};
        QTest::addRow("unlabelled text is the partner's")
            << u"Everything but servers.\nCall Dana first."_s << QStringList() << QStringList();
        QTest::addRow("labels in any case, other names")
            << u"IN SCOPE: Outlook\n  Out of scope: new laptops\nNot handled: CONTINUUM agents"_s
            << QStringList{u"Outlook"_s} << QStringList{u"New laptops"_s};
        QTest::addRow("empty") << QString() << QStringList() << QStringList();
    }

    void handoutScope() {
        QFETCH(QString, notes);
        QFETCH(QStringList, handled);
        QFETCH(QStringList, passedOn);
        const HandoutScope scope = ReportWriter::handoutScope(notes, {u"ConnectWise"_s, u"Continuum"_s});
        QCOMPARE(scope.handled, handled);
        QCOMPARE(scope.passedOn, passedOn);
    }
};

int main(int argc, char** argv) {
    // Laying out a PDF needs fonts, hence a QGuiApplication; no display is needed for that.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_ReportWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ReportWriter.moc"
