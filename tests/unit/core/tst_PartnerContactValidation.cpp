// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "PartnerContact.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using ContactMutation = Mutation<PartnerContact>;
Q_DECLARE_METATYPE(ContactMutation)

namespace {

PartnerContact validContact() {
    PartnerContact contact;
    contact.id = QUuid(u"e0000000-0000-4000-8000-000000000001"_s);
    contact.name = u"Walter Skinner"_s;
    contact.email = u"walter@partner.example"_s;
    contact.phones = {u"+14155550123"_s, u"+4930123456"_s, u"+33612345678"_s};
    contact.availability = {TimeWindow{
        {Weekday::Saturday, Weekday::Sunday}, QTime(20, 0), QTime(8, 0), u"America/Los_Angeles"_s}};
    return contact;
}

} // namespace

class tst_PartnerContactValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validContact()); }

    void rejects_data() {
        QTest::addColumn<ContactMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << ContactMutation([](PartnerContact& c) { c.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no name") << ContactMutation([](PartnerContact& c) { c.name.clear(); }) << u"name"_s;
        QTest::addRow("name over 200 characters")
            << ContactMutation([](PartnerContact& c) { c.name = QString(300, u'w'); }) << u"name"_s;
        QTest::addRow("bad email") << ContactMutation([](PartnerContact& c) { c.email = u"walter@"_s; })
                                   << u"email"_s;
        QTest::addRow("email with IP domain")
            << ContactMutation([](PartnerContact& c) { c.email = u"walter@10.0.0.1"_s; }) << u"email"_s;
        QTest::addRow("phone without plus")
            << ContactMutation([](PartnerContact& c) { c.phones[2] = u"0612345678"_s; }) << u"phones[2]"_s;
        QTest::addRow("availability without zone")
            << ContactMutation([](PartnerContact& c) { c.availability[0].timeZone = u"PST"_s; })
            << u"availability[0].time_zone"_s;
    }

    void rejects() {
        QFETCH(ContactMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validContact(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<ContactMutation>("mutate");
        QTest::addRow("no email") << ContactMutation([](PartnerContact& c) { c.email.clear(); });
        QTest::addRow("no phones") << ContactMutation([](PartnerContact& c) { c.phones.clear(); });
        QTest::addRow("always available")
            << ContactMutation([](PartnerContact& c) { c.availability.clear(); });
    }

    void accepts() {
        QFETCH(ContactMutation, mutate);
        verifyAccepted(validContact(), mutate);
    }

    void json() {
        verifyJson(validContact(), {u"id"_s, u"name"_s, u"email"_s, u"phones"_s, u"availability"_s});
        // Phone order is kept: it is the order the service tries them in.
        QCOMPARE(validContact().toJson().value(u"phones"_s).toArray().at(2).toString(), u"+33612345678"_s);
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("availability as object")
            << u"availability"_s << QJsonValue(QJsonObject()) << u"availability"_s;
        QTest::addRow("availability window bad end")
            << u"availability"_s << QJsonValue(QJsonArray{QJsonObject{{u"end"_s, u"25:00"_s}}})
            << u"availability[0].end"_s;
        QTest::addRow("name as bool") << u"name"_s << QJsonValue(true) << u"name"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validContact(), key, value, field);
    }

    void displayKey() { QCOMPARE(validContact().displayKey(), u"Walter Skinner"_s); }
};

QTEST_GUILESS_MAIN(tst_PartnerContactValidation)
#include "tst_PartnerContactValidation.moc"
