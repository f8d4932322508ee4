// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "NotificationRule.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using RuleMutation = Mutation<NotificationRule>;
Q_DECLARE_METATYPE(RuleMutation)

namespace {

const QUuid firstContact(u"e0000000-0000-4000-8000-000000000001"_s);
const QUuid secondContact(u"e0000000-0000-4000-8000-000000000002"_s);
const QUuid thirdContact(u"e0000000-0000-4000-8000-000000000003"_s);

NotificationRule validRule() {
    NotificationRule rule;
    rule.id = QUuid(u"f0000000-0000-4000-8000-000000000001"_s);
    rule.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    rule.name = u"Business hours"_s;
    rule.window = TimeWindow{
        {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday},
        QTime(8, 0),
        QTime(18, 0),
        u"America/New_York"_s};
    rule.method = RuleMethod::Phone;
    rule.escalationContacts = {firstContact, secondContact};
    rule.emailRecipients = {u"noc@partner.example"_s};
    rule.callBeforeEscalating = true;
    rule.callBeforeContact = thirdContact;
    rule.categories = {u"Network"_s, u"Microsoft 365"_s};
    return rule;
}

} // namespace

class tst_NotificationRuleValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validRule()); }

    void rejects_data() {
        QTest::addColumn<RuleMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << RuleMutation([](NotificationRule& r) { r.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no site") << RuleMutation([](NotificationRule& r) { r.siteId = QUuid(); })
                                 << u"site_id"_s;
        QTest::addRow("no name") << RuleMutation([](NotificationRule& r) { r.name.clear(); }) << u"name"_s;
        QTest::addRow("window without days")
            << RuleMutation([](NotificationRule& r) { r.window.days.clear(); }) << u"window.days"_s;
        QTest::addRow("window without zone")
            << RuleMutation([](NotificationRule& r) { r.window.timeZone.clear(); }) << u"window.time_zone"_s;
        QTest::addRow("window without start")
            << RuleMutation([](NotificationRule& r) { r.window.start = QTime(); }) << u"window.start"_s;
        QTest::addRow("three escalation contacts")
            << RuleMutation([](NotificationRule& r) { r.escalationContacts.append(thirdContact); })
            << u"escalation_contacts"_s;
        QTest::addRow("contact listed twice")
            << RuleMutation([](NotificationRule& r) { r.escalationContacts[1] = firstContact; })
            << u"escalation_contacts[1]"_s;
        QTest::addRow("null contact")
            << RuleMutation([](NotificationRule& r) { r.escalationContacts[0] = QUuid(); })
            << u"escalation_contacts[0]"_s;
        QTest::addRow("bad recipient")
            << RuleMutation([](NotificationRule& r) { r.emailRecipients.append(u"noc at partner"_s); })
            << u"email_recipients[1]"_s;
        QTest::addRow("recipient listed twice")
            << RuleMutation([](NotificationRule& r) { r.emailRecipients.append(u"NOC@partner.example"_s); })
            << u"email_recipients[1]"_s;
        QTest::addRow("call before escalating without contact")
            << RuleMutation([](NotificationRule& r) { r.callBeforeContact = QUuid(); })
            << u"call_before_contact"_s;
        QTest::addRow("empty category")
            << RuleMutation([](NotificationRule& r) { r.categories.append(u" "_s); }) << u"categories[2]"_s;
        QTest::addRow("category on two lines")
            << RuleMutation([](NotificationRule& r) { r.categories[0] = u"Net\nwork"_s; })
            << u"categories[0]"_s;
    }

    void rejects() {
        QFETCH(RuleMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validRule(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<RuleMutation>("mutate");
        QTest::addRow("one contact") << RuleMutation(
            [](NotificationRule& r) { r.escalationContacts.removeLast(); });
        QTest::addRow("no contacts, ticket method") << RuleMutation([](NotificationRule& r) {
            r.escalationContacts.clear();
            r.method = RuleMethod::Ticket;
        });
        QTest::addRow("call before escalating off without contact") << RuleMutation([](NotificationRule& r) {
            r.callBeforeEscalating = false;
            r.callBeforeContact = QUuid();
        });
        // SK502 is a finding, not a malformed record.
        QTest::addRow("call before contact is an escalation contact")
            << RuleMutation([](NotificationRule& r) { r.callBeforeContact = firstContact; });
        QTest::addRow("overnight window") << RuleMutation([](NotificationRule& r) {
            r.window.start = QTime(18, 0);
            r.window.end = QTime(8, 0);
        });
        QTest::addRow("all categories") << RuleMutation([](NotificationRule& r) { r.categories.clear(); });
    }

    void accepts() {
        QFETCH(RuleMutation, mutate);
        verifyAccepted(validRule(), mutate);
    }

    void json() {
        verifyJson(validRule(), {u"id"_s, u"site_id"_s, u"name"_s, u"window"_s, u"method"_s,
                                 u"escalation_contacts"_s, u"email_recipients"_s, u"call_before_escalating"_s,
                                 u"call_before_contact"_s, u"categories"_s});
        const QJsonObject json = validRule().toJson();
        QCOMPARE(json.value(u"escalation_contacts"_s).toArray().at(0).toString(),
                 u"e0000000-0000-4000-8000-000000000001"_s);
        QCOMPARE(json.value(u"window"_s).toObject().value(u"time_zone"_s).toString(), u"America/New_York"_s);
        QVERIFY(NotificationRule().toJson().value(u"call_before_contact"_s).isNull());
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown method") << u"method"_s << QJsonValue(u"sms"_s) << u"method"_s;
        QTest::addRow("window as list") << u"window"_s << QJsonValue(QJsonArray()) << u"window"_s;
        QTest::addRow("window with bad day")
            << u"window"_s << QJsonValue(QJsonObject{{u"days"_s, QJsonArray{u"funday"_s}}})
            << u"window.days[0]"_s;
        QTest::addRow("contact not a uuid")
            << u"escalation_contacts"_s << QJsonValue(QJsonArray{u"bob"_s}) << u"escalation_contacts[0]"_s;
        QTest::addRow("contact null in list")
            << u"escalation_contacts"_s << QJsonValue(QJsonArray{QJsonValue()})
            << u"escalation_contacts[0]"_s;
        QTest::addRow("call before contact number")
            << u"call_before_contact"_s << QJsonValue(7) << u"call_before_contact"_s;
        QTest::addRow("categories as text") << u"categories"_s << QJsonValue(u"Network"_s) << u"categories"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validRule(), key, value, field);
    }

    void displayKey() { QCOMPARE(validRule().displayKey(), u"Business hours"_s); }
};

QTEST_GUILESS_MAIN(tst_NotificationRuleValidation)
#include "tst_NotificationRuleValidation.moc"
