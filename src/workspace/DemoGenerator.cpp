// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "ApprovalType.h"
#include "CredentialRecord.h"
#include "PhoneNumber.h"

#include <array>

namespace sitekeeper {

namespace {

struct Country {
    const char* region;
    const char* timeZone;
    const char* tld;
    // Number patterns: '#' is any digit, '2' a digit 2-9. Checked with libphonenumber after filling.
    std::array<const char*, 3> mobile;
    std::array<const char*, 3> fixed;
};

constexpr std::array<Country, 7> countries{{
    {"US",
     "America/New_York",
     "com",
     {"+1212#######", "+1617#######", "+1415#######"},
     {"+1312#######", "+1206#######", "+1713#######"}},
    {"CA",
     "America/Toronto",
     "ca",
     {"+1416#######", "+1604#######", "+1613#######"},
     {"+1514#######", "+1403#######", "+1416#######"}},
    {"GB",
     "Europe/London",
     "co.uk",
     {"+4474########", "+4477########", "+4478########"},
     {"+44207#######", "+44161#######", "+44113#######"}},
    {"DE",
     "Europe/Berlin",
     "de",
     {"+49151########", "+49160#######", "+49176########"},
     {"+4930########", "+4989#######", "+4940########"}},
    {"FR",
     "Europe/Paris",
     "fr",
     {"+336########", "+337########", "+336########"},
     {"+331########", "+334########", "+335########"}},
    {"AU",
     "Australia/Sydney",
     "com.au",
     {"+614########", "+614########", "+614########"},
     {"+612########", "+613########", "+617########"}},
    {"NL",
     "Europe/Amsterdam",
     "nl",
     {"+316########", "+316########", "+316########"},
     {"+3120#######", "+3110#######", "+3130#######"}},
}};

constexpr std::array firstNames{"Amelia", "Noah",   "Olivia", "Liam",   "Sofia", "Lukas",  "Emma",  "Mateo",
                                "Chloe",  "Hugo",   "Mia",    "Oliver", "Lea",   "Jack",   "Isla",  "Finn",
                                "Zoe",    "Arjun",  "Hannah", "Tom",    "Ines",  "Daniel", "Priya", "Felix",
                                "Grace",  "Samuel", "Lotte",  "Yusuf",  "Clara", "Ethan",  "Nora",  "Leon"};
constexpr std::array lastNames{"Smith",    "Müller",   "Martin",  "Jansen", "Brown",    "Schmidt", "Bernard",
                               "de Vries", "Wilson",   "Fischer", "Dubois", "Bakker",   "Taylor",  "Weber",
                               "Moreau",   "Visser",   "Clarke",  "Wagner", "Laurent",  "Smit",    "Walker",
                               "Becker",   "Lefebvre", "Meijer",  "Nguyen", "Hoffmann", "Garcia",  "Kowalski",
                               "O'Brien",  "Rossi",    "Patel",   "Schulz"};
constexpr std::array titles{"Office Manager", "Accountant",     "Sales Representative", "Engineer",
                            "Receptionist",   "Director",       "Project Manager",      "Nurse",
                            "Paralegal",      "Warehouse Lead", "HR Coordinator",       "Designer"};
constexpr std::array orgWords{"Harbor",   "Summit",    "Alder",    "Crescent", "Granite", "Beacon",
                              "Willow",   "Cobalt",    "Meridian", "Juniper",  "Falcon",  "Riverside",
                              "Keystone", "Northwind", "Oakridge", "Pioneer"};
constexpr std::array orgKinds{"Dental",    "Logistics",     "Law",         "Architects",
                              "Clinic",    "Manufacturing", "Accounting",  "Realty",
                              "Insurance", "Foods",         "Engineering", "Schools"};
constexpr std::array branchNames{
    "Headquarters", "Downtown Office",  "Warehouse", "North Branch", "South Branch",
    "Lab",          "Satellite Office", "Plant"};
constexpr std::array categories{"network",  "microsoft_365",        "security_incident",
                                "printing", "line_of_business_app", "hardware"};

QString latin(const char* text) {
    return QString::fromUtf8(text);
}

// Plain ASCII for mailbox names: "Müller" -> "muller", "de Vries" -> "devries".
QString mailbox(const QString& name) {
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

DemoGenerator::DemoGenerator(Options options)
    : m_options(options)
    , m_random(options.seed) {
    if (!m_options.asOf.isValid())
        m_options.asOf = QDate::currentDate();
}

QUuid DemoGenerator::nextId() {
    // A version-4 UUID whose random bits come from the seeded generator.
    std::array<quint32, 4> words{};
    m_random.fillRange(words.data(), words.size());
    QUuid id(words[0], quint16(words[1] >> 16), quint16((words[1] & 0x0fff) | 0x4000),
             uchar(((words[2] >> 24) & 0x3f) | 0x80), uchar(words[2] >> 16), uchar(words[2] >> 8),
             uchar(words[2]), uchar(words[3] >> 24), uchar(words[3] >> 16), uchar(words[3] >> 8),
             uchar(words[3]));
    return id;
}

QString DemoGenerator::phone(int country, bool mobile) {
    const Country& c = countries[size_t(country)];
    for (;;) {
        const char* pattern = mobile ? c.mobile[size_t(pick(3))] : c.fixed[size_t(pick(3))];
        QString text;
        for (const char* p = pattern; *p; ++p) {
            if (*p == '#')
                text.append(QChar(u'0' + pick(10)));
            else if (*p == '2')
                text.append(QChar(u'2' + pick(8)));
            else
                text.append(QLatin1Char(*p));
        }
        // North American exchanges start 2-9; redraw numbers libphonenumber does not accept.
        const PhoneNumber number = PhoneNumber::parse(text);
        if (number.isValid())
            return number.e164();
    }
}

Bundle DemoGenerator::partnerChunk() {
    Bundle chunk;
    chunk.approvalTypes = ApprovalType::builtins();

    const std::array<const char*, 8> contactNames{"Dana Whitfield", "Marco Bianchi", "Aisha Khan",
                                                  "Pieter de Wit",  "Sarah O'Neill", "Tobias Lang",
                                                  "Mei Chen",       "Jonas Berg"};
    for (size_t i = 0; i < contactNames.size(); ++i) {
        PartnerContact contact;
        contact.id = nextId();
        contact.name = latin(contactNames[i]);
        contact.email =
            mailbox(contact.name.section(QLatin1Char(' '), 0, 0)) + QStringLiteral("@brightpath-it.com");
        const int phones = 1 + pick(3);
        for (int p = 0; p < phones; ++p)
            contact.phones << phone(0, p == 0);
        TimeWindow window;
        window.days = {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                       Weekday::Friday};
        const bool evening = i % 4 == 3;
        window.start = evening ? QTime(17, 0) : QTime(8, 0);
        window.end = evening ? QTime(8, 0) : QTime(18, 0);
        window.timeZone = QStringLiteral("America/New_York");
        contact.availability << window;
        chunk.contacts << contact;
    }
    m_contacts = chunk.contacts;

    const std::array<std::pair<ReferenceTopic, const char*>, 3> partnerWide{{
        {ReferenceTopic::PasswordReset, "Password resets: verify identity first"},
        {ReferenceTopic::Mfa, "MFA re-registration for a lost phone"},
        {ReferenceTopic::Other, "How we name tickets and what to put in case notes"},
    }};
    for (const auto& [topic, title] : partnerWide) {
        Reference reference;
        reference.id = nextId();
        reference.title = latin(title);
        reference.topic = topic;
        reference.owner = m_contacts[0].name;
        reference.body = QStringLiteral("## Steps\n\n1. Confirm the caller with the mobile number on file.\n"
                                        "2. Follow the site's own reference if there is one.\n"
                                        "3. Record what was done in the case notes, without any password.\n");
        reference.lastReviewed = m_options.asOf.addDays(-pick(420));
        chunk.references << reference;
    }
    return chunk;
}

Bundle DemoGenerator::siteChunk(int index) {
    Bundle chunk;
    Site site;
    site.id = nextId();

    // Clients are organisations of one to four locations: the first holds the servers.
    if (m_childrenLeft == 0) {
        m_currentOrg = latin(orgWords[size_t(pick(int(orgWords.size())))]) + QLatin1Char(' ') +
                       latin(orgKinds[size_t(pick(int(orgKinds.size())))]);
        m_currentOrgCountry = pick(int(countries.size()));
        m_childrenLeft = pick(4);
        m_currentParent = site.id;
        site.name = QStringLiteral("%1 %2").arg(m_currentOrg).arg(index + 1);
        site.holdsServers = true;
    } else {
        --m_childrenLeft;
        site.parentId = m_currentParent;
        site.name = QStringLiteral("%1 %2 %3")
                        .arg(m_currentOrg)
                        .arg(index + 1)
                        .arg(latin(branchNames[size_t(pick(int(branchNames.size())))]));
    }
    const int country = m_currentOrgCountry;
    const Country& c = countries[size_t(country)];

    const QList<Coverage> coverages = allValues<Coverage>();
    site.coverage = chance(85) ? coverages[1 + pick(int(coverages.size()) - 1)] : Coverage::None;
    site.timeZone = latin(c.timeZone);
    TimeWindow hours;
    hours.days = {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday};
    hours.start = QTime(7 + pick(3), 0);
    hours.end = QTime(17 + pick(3), 0);
    hours.timeZone = site.timeZone;
    site.businessHours << hours;
    const QList<AnswerAs> answers = allValues<AnswerAs>();
    site.answerAs = answers[pick(int(answers.size()))];
    if (site.answerAs == AnswerAs::Custom)
        site.answerAsText = m_currentOrg + QStringLiteral(" IT Support");
    const QString domain = mailbox(m_currentOrg) + QLatin1Char('.') + latin(c.tld);
    if (chance(92))
        site.emailDomains << domain;
    site.deviceNamingScheme = mailbox(m_currentOrg).left(4).toUpper() + QStringLiteral("-WS-###");
    site.contractTier = chance(50) ? QStringLiteral("Standard") : QStringLiteral("Premium");
    for (int p = 0; p < Site::priorityCount; ++p)
        site.sla[size_t(p)] = SlaTarget{15 << p, 240 << p};
    site.scopeNotes = QStringLiteral("Tier 1: passwords, Microsoft 365, printers, mapped drives.\n"
                                     "To the partner: server changes, purchases, line-of-business upgrades.");
    const QList<ActivationStatus> statuses = allValues<ActivationStatus>();
    site.activationStatus = statuses[pick(int(statuses.size()))];
    site.goLiveDate = m_options.asOf.addDays(pick(180) - 120);
    site.champion = m_contacts[size_t(pick(int(m_contacts.size())))].name;
    chunk.sites << site;

    for (int i = 0; i < m_options.profilesPerSite; ++i) {
        ClientProfile profile;
        profile.id = nextId();
        profile.siteId = site.id;
        const QString first = latin(firstNames[size_t(pick(int(firstNames.size())))]);
        const QString last = latin(lastNames[size_t(pick(int(lastNames.size())))]);
        profile.fullName = first + QLatin1Char(' ') + last;
        // The index keeps addresses unique: generated people are never duplicates by accident.
        profile.email = QStringLiteral("%1.%2%3@%4").arg(mailbox(first), mailbox(last)).arg(i).arg(domain);
        if (chance(70))
            profile.officePhone = phone(country, false);
        if (chance(80))
            profile.mobilePhone = phone(country, true);
        profile.title = latin(titles[size_t(pick(int(titles.size())))]);
        profile.vip = chance(5);
        profile.status = chance(3) ? ProfileStatus::Disabled : ProfileStatus::Active;
        chunk.profiles << profile;
    }

    const QList<ReferenceTopic> topics = allValues<ReferenceTopic>();
    const int references = m_options.referencesPerSite >= 0 ? m_options.referencesPerSite : 3 + pick(5);
    for (int i = 0; i < references; ++i) {
        Reference reference;
        reference.id = nextId();
        reference.siteId = site.id;
        reference.topic = topics[(index + i) % topics.size()];
        reference.title = QStringLiteral("%1: %2").arg(displayName(reference.topic), site.name);
        reference.owner = site.champion;
        reference.body =
            QStringLiteral("# %1\n\nApplies to **%2**.\n\n1. Check the user's profile and site hours.\n"
                           "2. Use the %3 admin portal credential from the vault.\n"
                           "3. Escalate to the partner when the change needs approval.\n")
                .arg(reference.title, site.name, m_currentOrg);
        reference.lastReviewed = m_options.asOf.addDays(-pick(500));
        const qint64 age = reference.lastReviewed.daysTo(m_options.asOf);
        reference.status = age > 365   ? ReferenceStatus::Overdue
                           : age > 335 ? ReferenceStatus::Due
                                       : ReferenceStatus::Current;
        chunk.references << reference;
    }

    // Approvers: an on-site person (when there is one) or a partner contact, for a few approval types.
    const QList<ApprovalType> types = ApprovalType::builtins();
    const int approvers = m_options.approversPerSite >= 0 ? m_options.approversPerSite : 2 + pick(3);
    for (int i = 0; i < approvers; ++i) {
        Approver approver;
        approver.id = nextId();
        approver.siteId = site.id;
        approver.approvalType = types[(index + i * 2) % types.size()].key;
        const bool onSite = !chunk.profiles.isEmpty() && chance(70);
        if (onSite) {
            const ClientProfile& person = chunk.profiles[pick(int(chunk.profiles.size()))];
            approver.personKind = PersonKind::ClientProfile;
            approver.personId = person.id;
            if (!person.mobilePhone.isEmpty())
                approver.phones << person.mobilePhone;
            if (!person.officePhone.isEmpty())
                approver.phones << person.officePhone;
        } else {
            const PartnerContact& contact = m_contacts[size_t(pick(int(m_contacts.size())))];
            approver.personKind = PersonKind::PartnerContact;
            approver.personId = contact.id;
            approver.phones = contact.phones.mid(0, Approver::triedPhoneCount);
        }
        approver.smsAuthentication = chance(60);
        approver.automatedApproval = !approver.smsAuthentication && chance(50);
        approver.authenticateRequestorWithMobile = chance(40);
        approver.lastReviewed = m_options.asOf.addDays(-pick(450));
        chunk.approvers << approver;
    }

    if (m_options.rulesPerSite >= 0) {
        for (int i = 0; i < m_options.rulesPerSite; ++i) {
            NotificationRule rule;
            rule.id = nextId();
            rule.siteId = site.id;
            rule.window = hours;
            if (i % 2 == 1) {
                rule.window.start = hours.end;
                rule.window.end = hours.start;
            }
            rule.name =
                QStringLiteral("%1 %2")
                    .arg(i % 2 == 0 ? QStringLiteral("Business hours") : QStringLiteral("After hours"))
                    .arg(i / 2 + 1);
            rule.method = site.coverage == Coverage::None ? RuleMethod::Email
                          : i % 2 == 0                    ? RuleMethod::Phone
                                                          : RuleMethod::Ticket;
            if (rule.method == RuleMethod::Phone)
                rule.escalationContacts << m_contacts[size_t(pick(4))].id;
            rule.emailRecipients << QStringLiteral("escalations@brightpath-it.com");
            rule.categories << latin(categories[size_t(pick(int(categories.size())))]);
            chunk.rules << rule;
        }
    } else if (site.coverage != Coverage::None) {
        NotificationRule day;
        day.id = nextId();
        day.siteId = site.id;
        day.name = QStringLiteral("Business hours");
        day.window = hours;
        day.method = RuleMethod::Phone;
        day.escalationContacts << m_contacts[size_t(pick(4))].id;
        if (chance(70))
            day.escalationContacts << m_contacts[size_t(4 + pick(4))].id;
        day.emailRecipients << QStringLiteral("escalations@brightpath-it.com");
        day.callBeforeEscalating = chance(60);
        if (day.callBeforeEscalating)
            day.callBeforeContact = m_contacts[size_t(pick(int(m_contacts.size())))].id;
        chunk.rules << day;

        NotificationRule night;
        night.id = nextId();
        night.siteId = site.id;
        night.name = QStringLiteral("After hours");
        night.window = hours;
        night.window.start = hours.end;
        night.window.end = hours.start;
        night.method = chance(50) ? RuleMethod::Ticket : RuleMethod::Email;
        night.emailRecipients << QStringLiteral("noc@brightpath-it.com");
        night.categories << latin(categories[size_t(pick(int(categories.size())))]);
        chunk.rules << night;
    }

    const QList<CredentialKind> kinds = allValues<CredentialKind>();
    const int credentials = m_options.credentialsPerSite >= 0 ? m_options.credentialsPerSite : 1 + pick(3);
    for (int i = 0; i < credentials; ++i) {
        CredentialRecord credential;
        credential.id = nextId();
        credential.siteId = site.id;
        credential.kind = kinds[(index + i) % kinds.size()];
        credential.label = QStringLiteral("%1 (%2)").arg(displayName(credential.kind)).arg(i + 1);
        credential.system = credential.kind == CredentialKind::AdminPortal
                                ? QStringLiteral("https://admin.microsoft.com")
                                : domain.section(QLatin1Char('.'), 0, 0).toUpper();
        credential.username = QStringLiteral("sk-admin%1").arg(i + 1);
        credential.hasMfa = chance(60);
        credential.rotationIntervalDays = chance(70) ? 90 : 0;
        credential.lastRotated = m_options.asOf.addDays(-pick(200));
        chunk.credentials << credential;
    }

    const QList<EscalationReason> reasons = allValues<EscalationReason>();
    const int escalations = pick(4);
    for (int i = 0; i < escalations; ++i) {
        Escalation escalation;
        escalation.id = nextId();
        escalation.siteId = site.id;
        escalation.date = m_options.asOf.addDays(-pick(90));
        escalation.category = latin(categories[size_t(pick(int(categories.size())))]);
        escalation.reason = reasons[pick(int(reasons.size()))];
        escalation.ticket = QStringLiteral("T%1").arg(100000 + pick(900000));
        escalation.summary = QStringLiteral("Escalated: %1").arg(displayName(escalation.reason));
        chunk.escalations << escalation;
    }
    return chunk;
}

std::optional<DemoGenerator::Options> DemoGenerator::preset(const QString& name) {
    Options options;
    options.sites = 2000;
    options.seed = 11;
    options.referencesPerSite = 10;
    options.approversPerSite = 5;
    options.rulesPerSite = 2;
    options.credentialsPerSite = 10;
    if (name.compare(QLatin1String("L"), Qt::CaseInsensitive) == 0) {
        options.profilesPerSite = 100;
        return options;
    }
    if (name.compare(QLatin1String("XL"), Qt::CaseInsensitive) == 0) {
        options.profilesPerSite = 500;
        return options;
    }
    return std::nullopt;
}

bool DemoGenerator::generate(const std::function<bool(const Bundle& chunk)>& sink) {
    if (!sink(partnerChunk()))
        return false;
    for (int i = 0; i < m_options.sites; ++i) {
        if (!sink(siteChunk(i)))
            return false;
    }
    return true;
}

Bundle DemoGenerator::generateAll() {
    Bundle all;
    generate([&all](const Bundle& chunk) {
        all.sites << chunk.sites;
        all.profiles << chunk.profiles;
        all.references << chunk.references;
        all.approvalTypes << chunk.approvalTypes;
        all.approvers << chunk.approvers;
        all.rules << chunk.rules;
        all.contacts << chunk.contacts;
        all.credentials << chunk.credentials;
        all.escalations << chunk.escalations;
        return true;
    });
    return all;
}

} // namespace sitekeeper
