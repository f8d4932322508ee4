// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalPlan.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

QUuid uuidOf(uint n) {
    return QUuid(n, 0xa9, 0x01, 0, 0, 0, 0, 0, 0, 0, 1);
}

const QString type = u"password_reset_other_user"_s;

// People of the site and the partner.
const QUuid anna = uuidOf(10);  // GB: mobile and office line
const QUuid ben = uuidOf(11);   // US: both numbers North American, where libphonenumber cannot tell
const QUuid clara = uuidOf(12); // DE: office line only
const QUuid dora = uuidOf(13);  // DE: disabled
const QUuid emil = uuidOf(14);  // DE: a fixed line typed into the mobile field
const QUuid nora = uuidOf(100); // partner contact: DE mobile, then a US number
const QUuid sam = uuidOf(101);  // partner contact: a Canadian number only

enum Flag { Automated = 1, Sms = 2, AuthApprover = 4, AuthRequestor = 8 };

ClientProfile profile(const QUuid& id, const char* name, const char* mobile, const char* office,
                      ProfileStatus status = ProfileStatus::Active) {
    ClientProfile p;
    p.id = id;
    p.siteId = uuidOf(1);
    p.fullName = QString::fromUtf8(name);
    p.mobilePhone = QString::fromLatin1(mobile);
    p.officePhone = QString::fromLatin1(office);
    p.status = status;
    return p;
}

Approver approver(const QUuid& person, QStringList phones, int flags = 0,
                  PersonKind kind = PersonKind::ClientProfile, const QString& approvalType = type) {
    Approver a;
    a.id = QUuid::createUuidV5(person, approvalType + QString::number(flags));
    a.siteId = uuidOf(1);
    a.approvalType = approvalType;
    a.personKind = kind;
    a.personId = person;
    a.phones = std::move(phones);
    a.automatedApproval = flags & Automated;
    a.smsAuthentication = flags & Sms;
    a.authenticateApproverWithMobile = flags & AuthApprover;
    a.authenticateRequestorWithMobile = flags & AuthRequestor;
    return a;
}

Approver partnerApprover(const QUuid& contact, QStringList phones, int flags = 0) {
    return approver(contact, std::move(phones), flags, PersonKind::PartnerContact);
}

QString kindName(ApprovalPlan::DeadEndKind kind) {
    using K = ApprovalPlan::DeadEndKind;
    switch (kind) {
    case K::NoApprover:
        return u"no-approver"_s;
    case K::PersonNotFound:
        return u"person-not-found"_s;
    case K::PersonDisabled:
        return u"person-disabled"_s;
    case K::NoNumbers:
        return u"no-numbers"_s;
    case K::NoUsableNumber:
        return u"no-usable-number"_s;
    case K::NoApproverMobile:
        return u"no-approver-mobile"_s;
    case K::AutomatedAndSms:
        return u"automated-and-sms"_s;
    case K::RequestorNotFound:
        return u"requestor-not-found"_s;
    case K::RequestorDisabled:
        return u"requestor-disabled"_s;
    case K::RequestorNoMobile:
        return u"requestor-no-mobile"_s;
    }
    return {};
}

QString checkName(ApprovalPlan::Check check) {
    switch (check) {
    case ApprovalPlan::Check::AutomatedApproval:
        return u"automated"_s;
    case ApprovalPlan::Check::SmsCode:
        return u"sms-code"_s;
    case ApprovalPlan::Check::ApproverMobile:
        return u"approver-mobile"_s;
    case ApprovalPlan::Check::RequestorMobile:
        return u"requestor-mobile"_s;
    }
    return {};
}

QString orDash(const QStringList& parts) {
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

// "Anna Berger: text +447400123456, call +441212345678 | approver-mobile +447400123456 | -"
QStringList describe(const ApprovalPlan& plan) {
    QStringList lines;
    for (const ApprovalPlan::DeadEnd& deadEnd : plan.deadEnds())
        lines.append(u"plan: "_s + kindName(deadEnd.kind));
    for (const ApprovalPlan::Step& step : plan.steps()) {
        QStringList phones;
        for (const ApprovalPlan::PhoneStep& phone : step.phones) {
            const QString how = !phone.tried                                             ? u"skip"_s
                                : phone.delivery == ApprovalPlan::Delivery::TextWithLink ? u"text"_s
                                : phone.delivery == ApprovalPlan::Delivery::Call         ? u"call"_s
                                                                                         : u"unusable"_s;
            phones.append(how + u' ' + phone.number);
        }
        QStringList checks;
        for (const ApprovalPlan::Authentication& a : step.authentication)
            checks.append(a.number.isEmpty() ? checkName(a.check) : checkName(a.check) + u' ' + a.number);
        QStringList deadEnds;
        for (const ApprovalPlan::DeadEnd& d : step.deadEnds)
            deadEnds.append(kindName(d.kind));
        const QString who = (step.personName.isEmpty() ? u"?"_s : step.personName) +
                            (step.requesterIsApprover ? u"=requester"_s : QString());
        lines.append(u"%1: %2 | %3 | %4"_s.arg(who, orDash(phones), orDash(checks), orDash(deadEnds)));
    }
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(QList<sitekeeper::Approver>)

class tst_ApprovalPlan : public QObject {
    Q_OBJECT

    SiteData m_site;
    PartnerData m_partner;

private Q_SLOTS:
    void initTestCase() {
        m_site.site.id = uuidOf(1);
        m_site.site.name = u"Fabrication"_s;
        m_site.profiles = {
            profile(anna, "Anna Berger", "+447400123456", "+441212345678"),
            profile(ben, "Ben Carter", "+12015550123", "+14155550123"),
            profile(clara, "Clara Dietrich", "", "+4930123456"),
            profile(dora, "Dora Engel", "+4915123456789", "", ProfileStatus::Disabled),
            profile(emil, "Emil Fischer", "+49891234567", ""),
        };
        PartnerContact noraContact;
        noraContact.id = nora;
        noraContact.name = u"Nora NOC"_s;
        noraContact.phones = {u"+4915123456789"_s, u"+12125551234"_s};
        PartnerContact samContact;
        samContact.id = sam;
        samContact.name = u"Sam Support"_s;
        samContact.phones = {u"+14165550199"_s};
        m_partner.today = QDate(2024, 2, 14);
        m_partner.contacts = {{nora, noraContact}, {sam, samContact}};
        m_partner.approvalTypes = ApprovalType::builtins();
    }

    void plan_data() {
        QTest::addColumn<QList<Approver>>("approvers");
        QTest::addColumn<QUuid>("requester");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("workable");

        const QStringList annaPhones{u"+447400123456"_s, u"+441212345678"_s};
        QTest::addRow("GB mobile gets a text, GB office line a call")
            << QList{approver(anna, annaPhones)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | -"_s} << true;
        QTest::addRow("only two numbers are tried")
            << QList{approver(anna, annaPhones + QStringList{u"+4930123456"_s})} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678, skip +4930123456 | - | -"_s}
            << true;
        QTest::addRow("DE fixed line first, then a DE mobile")
            << QList{approver(clara, {u"+4930123456"_s, u"+4915123456789"_s})} << ben
            << QStringList{u"Clara Dietrich: call +4930123456, text +4915123456789 | - | -"_s} << true;
        QTest::addRow("North American: the profile's mobile field decides")
            << QList{approver(ben, {u"+12015550123"_s, u"+14155550123"_s})} << anna
            << QStringList{u"Ben Carter: text +12015550123, call +14155550123 | - | -"_s} << true;
        QTest::addRow("North American number of a partner contact is called")
            << QList{partnerApprover(nora, {u"+12125551234"_s})} << anna
            << QStringList{u"Nora NOC: call +12125551234 | - | -"_s} << true;

        QTest::addRow("automated approval")
            << QList{approver(anna, annaPhones, Automated)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | automated | -"_s} << true;
        QTest::addRow("SMS authentication code to the GB mobile")
            << QList{approver(anna, annaPhones, Sms)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | sms-code +447400123456 | -"_s}
            << true;
        QTest::addRow("automated approval and SMS: refused (SK401)")
            << QList{approver(anna, annaPhones, Automated | Sms)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | automated-and-sms"_s}
            << false;
        QTest::addRow("approver authenticated with the mobile on file")
            << QList{approver(anna, annaPhones, AuthApprover)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | approver-mobile +447400123456 | -"_s}
            << true;
        QTest::addRow("North American mobile on file counts")
            << QList{approver(ben, {u"+14155550123"_s}, Sms | AuthApprover)} << anna
            << QStringList{u"Ben Carter: call +14155550123 | sms-code +12015550123, approver-mobile +12015550123 | -"_s}
            << true;
        QTest::addRow("approver authentication without a mobile")
            << QList{approver(clara, {u"+4930123456"_s}, AuthApprover)} << ben
            << QStringList{u"Clara Dietrich: call +4930123456 | - | no-approver-mobile"_s} << false;
        QTest::addRow("SMS and approver authentication without a mobile: one dead end")
            << QList{approver(clara, {u"+4930123456"_s}, Sms | AuthApprover)} << ben
            << QStringList{u"Clara Dietrich: call +4930123456 | - | no-approver-mobile"_s} << false;
        QTest::addRow("SMS with a DE fixed line in the mobile field")
            << QList{approver(emil, {u"+49891234567"_s}, Sms)} << ben
            << QStringList{u"Emil Fischer: call +49891234567 | - | no-approver-mobile"_s} << false;
        QTest::addRow("partner contact's mobile on file")
            << QList{partnerApprover(nora, {u"+4915123456789"_s}, AuthApprover)} << anna
            << QStringList{u"Nora NOC: text +4915123456789 | approver-mobile +4915123456789 | -"_s} << true;
        QTest::addRow("partner contact with only a North American number has no mobile on file")
            << QList{partnerApprover(sam, {u"+14165550199"_s}, Sms)} << anna
            << QStringList{u"Sam Support: call +14165550199 | - | no-approver-mobile"_s} << false;

        QTest::addRow("requestor authenticated with a US mobile")
            << QList{approver(anna, annaPhones, AuthRequestor)} << ben
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | requestor-mobile +12015550123 | -"_s}
            << true;
        QTest::addRow("requestor without a mobile")
            << QList{approver(anna, annaPhones, AuthRequestor)} << clara
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | requestor-no-mobile"_s}
            << false;
        QTest::addRow("requestor disabled")
            << QList{approver(anna, annaPhones, AuthRequestor)} << dora
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | requestor-disabled"_s}
            << false;
        QTest::addRow("requestor not found")
            << QList{approver(anna, annaPhones, AuthRequestor)} << uuidOf(999)
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | requestor-not-found"_s}
            << false;
        QTest::addRow("requestor checks do not matter without requestor authentication")
            << QList{approver(anna, annaPhones)} << uuidOf(999)
            << QStringList{u"Anna Berger: text +447400123456, call +441212345678 | - | -"_s} << true;
        QTest::addRow("the requester is the approver")
            << QList{approver(anna, annaPhones)} << anna
            << QStringList{u"Anna Berger=requester: text +447400123456, call +441212345678 | - | -"_s}
            << true;

        QTest::addRow("no approver for the type")
            << QList{approver(anna, annaPhones, 0, PersonKind::ClientProfile, u"mailbox_access"_s)} << ben
            << QStringList{u"plan: no-approver"_s} << false;
        QTest::addRow("approver profile not found")
            << QList{approver(uuidOf(998), {u"+447400123456"_s})} << ben
            << QStringList{u"?: text +447400123456 | - | person-not-found"_s} << false;
        QTest::addRow("approver contact not found")
            << QList{partnerApprover(uuidOf(997), {u"+4930123456"_s})} << ben
            << QStringList{u"?: call +4930123456 | - | person-not-found"_s} << false;
        QTest::addRow("disabled approver")
            << QList{approver(dora, {u"+4915123456789"_s})} << ben
            << QStringList{u"Dora Engel: text +4915123456789 | - | person-disabled"_s} << false;
        QTest::addRow("approver with no numbers")
            << QList{approver(anna, {})} << ben << QStringList{u"Anna Berger: - | - | no-numbers"_s} << false;
        QTest::addRow("approver with only an invalid number")
            << QList{approver(anna, {u"+4412"_s})} << ben
            << QStringList{u"Anna Berger: unusable +4412 | - | no-usable-number"_s} << false;
        QTest::addRow("two approvers in order, the second one works")
            << QList{approver(clara, {u"+4930123456"_s}, AuthApprover), approver(anna, annaPhones, Sms)}
            << ben
            << QStringList{u"Clara Dietrich: call +4930123456 | - | no-approver-mobile"_s,
                           u"Anna Berger: text +447400123456, call +441212345678 | sms-code +447400123456 | -"_s}
            << true;
    }

    void plan() {
        QFETCH(QList<Approver>, approvers);
        QFETCH(QUuid, requester);
        QFETCH(QStringList, expected);
        QFETCH(bool, workable);
        SiteData site = m_site;
        site.approvers = approvers;
        const ApprovalPlan plan = ApprovalPlan::build(site, m_partner, type, requester);
        QCOMPARE(describe(plan), expected);
        QCOMPARE(plan.isWorkable(), workable);
        QCOMPARE(plan.approvalTypeName(), u"Password reset for another user"_s);
        // Every dead end says why, and the text names each of them.
        const QString text = plan.toText();
        for (const ApprovalPlan::Step& step : plan.steps()) {
            for (const ApprovalPlan::DeadEnd& deadEnd : step.deadEnds) {
                QVERIFY(!deadEnd.reason.isEmpty());
                QVERIFY2(text.contains(deadEnd.reason), qPrintable(text));
            }
            if (step.requesterIsApprover)
                QVERIFY2(text.contains(u"requester is the approver"_s), qPrintable(text));
        }
        QVERIFY(text.contains(u"contacts the partner"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ApprovalPlan)
#include "tst_ApprovalPlan.moc"
