// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "Site.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using SiteMutation = Mutation<Site>;
Q_DECLARE_METATYPE(SiteMutation)

namespace {

Site validSite() {
    Site site;
    site.id = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    site.name = u"Contoso Head Office"_s;
    site.parentId = QUuid(u"11111111-2222-4333-8444-555555555555"_s);
    site.coverage = Coverage::BusinessHours;
    site.timeZone = u"America/Chicago"_s;
    site.businessHours = {
        TimeWindow{{Weekday::Monday, Weekday::Friday}, QTime(8, 0), QTime(17, 0), u"America/Chicago"_s}};
    site.answerAs = AnswerAs::Custom;
    site.answerAsText = u"Contoso IT Help"_s;
    site.emailDomains = {u"contoso.com"_s, u"contoso.co.uk"_s};
    site.holdsServers = true;
    site.deviceNamingScheme = u"CON-<dept>-<nn>"_s;
    site.contractTier = u"Gold"_s;
    site.sla = {SlaTarget{15, 240}, SlaTarget{30, 480}, SlaTarget{60, 1440}, SlaTarget{240, 0}};
    site.scopeNotes = u"Tier 1: passwords, printers.\n\tEverything else goes to the partner."_s;
    site.activationStatus = ActivationStatus::Submitted;
    site.goLiveDate = QDate(2024, 5, 1);
    site.champion = u"Dana Scully"_s;
    return site;
}

} // namespace

class tst_SiteValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validSite()); }

    void rejects_data() {
        QTest::addColumn<SiteMutation>("mutate");
        QTest::addColumn<QString>("field");

        QTest::addRow("no id") << SiteMutation([](Site& s) { s.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no name") << SiteMutation([](Site& s) { s.name.clear(); }) << u"name"_s;
        QTest::addRow("blank name") << SiteMutation([](Site& s) { s.name = u"   "_s; }) << u"name"_s;
        QTest::addRow("name over 200 characters")
            << SiteMutation([](Site& s) { s.name = QString(201, u'x'); }) << u"name"_s;
        QTest::addRow("name with line break")
            << SiteMutation([](Site& s) { s.name = u"Contoso\nHQ"_s; }) << u"name"_s;
        QTest::addRow("name with control character")
            << SiteMutation([](Site& s) { s.name = u"Contoso\u0001"_s; }) << u"name"_s;
        QTest::addRow("own parent") << SiteMutation([](Site& s) { s.parentId = s.id; }) << u"parent_id"_s;
        QTest::addRow("unknown time zone")
            << SiteMutation([](Site& s) { s.timeZone = u"Central Time"_s; }) << u"time_zone"_s;
        QTest::addRow("unknown country")
            << SiteMutation([](Site& s) { s.country = u"XX"_s; }) << u"country"_s;
        QTest::addRow("country name")
            << SiteMutation([](Site& s) { s.country = u"France"_s; }) << u"country"_s;
        QTest::addRow("lower-case country")
            << SiteMutation([](Site& s) { s.country = u"fr"_s; }) << u"country"_s;
        QTest::addRow("business hours without days")
            << SiteMutation([](Site& s) { s.businessHours[0].days.clear(); }) << u"business_hours[0].days"_s;
        QTest::addRow("business hours without zone") << SiteMutation([](Site& s) {
            s.businessHours.append(TimeWindow{{Weekday::Saturday}, QTime(9, 0), QTime(12, 0), {}});
        }) << u"business_hours[1].time_zone"_s;
        QTest::addRow("custom answer without text")
            << SiteMutation([](Site& s) { s.answerAsText.clear(); }) << u"answer_as_text"_s;
        QTest::addRow("answer text on two lines")
            << SiteMutation([](Site& s) { s.answerAsText = u"Contoso\r\nIT"_s; }) << u"answer_as_text"_s;
        QTest::addRow("domain with @")
            << SiteMutation([](Site& s) { s.emailDomains[0] = u"@contoso.com"_s; }) << u"email_domains[0]"_s;
        QTest::addRow("domain is an address")
            << SiteMutation([](Site& s) { s.emailDomains[1] = u"it@contoso.com"_s; })
            << u"email_domains[1]"_s;
        QTest::addRow("domain without dot")
            << SiteMutation([](Site& s) { s.emailDomains[0] = u"contoso"_s; }) << u"email_domains[0]"_s;
        QTest::addRow("domain with space")
            << SiteMutation([](Site& s) { s.emailDomains[0] = u"con toso.com"_s; }) << u"email_domains[0]"_s;
        QTest::addRow("domain with leading hyphen")
            << SiteMutation([](Site& s) { s.emailDomains[0] = u"-contoso.com"_s; }) << u"email_domains[0]"_s;
        QTest::addRow("domain empty")
            << SiteMutation([](Site& s) { s.emailDomains.append(QString()); }) << u"email_domains[2]"_s;
        QTest::addRow("domain listed twice")
            << SiteMutation([](Site& s) { s.emailDomains.append(u"Contoso.com"_s); })
            << u"email_domains[2]"_s;
        QTest::addRow("negative response time")
            << SiteMutation([](Site& s) { s.sla[0].responseMinutes = -1; }) << u"sla.p1.response_minutes"_s;
        QTest::addRow("negative resolution time")
            << SiteMutation([](Site& s) { s.sla[3].resolutionMinutes = -5; })
            << u"sla.p4.resolution_minutes"_s;
        QTest::addRow("resolution before response") << SiteMutation([](Site& s) {
            s.sla[1] = SlaTarget{60, 30};
        }) << u"sla.p2.resolution_minutes"_s;
        QTest::addRow("device naming scheme over 200 characters")
            << SiteMutation([](Site& s) { s.deviceNamingScheme = QString(201, u'n'); })
            << u"device_naming_scheme"_s;
        QTest::addRow("contract tier with tab")
            << SiteMutation([](Site& s) { s.contractTier = u"Gold\tPlus"_s; }) << u"contract_tier"_s;
        QTest::addRow("scope notes over 1 MiB")
            << SiteMutation([](Site& s) { s.scopeNotes = QString(1024 * 1024 + 1, u'a'); })
            << u"scope_notes"_s;
        QTest::addRow("scope notes over 1 MiB of UTF-8")
            << SiteMutation([](Site& s) { s.scopeNotes = QString(400 * 1024, u'€'); }) << u"scope_notes"_s;
        QTest::addRow("scope notes with bell")
            << SiteMutation([](Site& s) { s.scopeNotes = u"ring \u0007"_s; }) << u"scope_notes"_s;
        QTest::addRow("champion with line break")
            << SiteMutation([](Site& s) { s.champion = u"Dana\nScully"_s; }) << u"champion"_s;
    }

    void rejects() {
        QFETCH(SiteMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validSite(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<SiteMutation>("mutate");

        QTest::addRow("new draft site") << SiteMutation([](Site& s) {
            const QUuid id = s.id;
            s = Site();
            s.id = id;
            s.name = u"Branch"_s;
        });
        QTest::addRow("no parent") << SiteMutation([](Site& s) { s.parentId = QUuid(); });
        QTest::addRow("default answer without text") << SiteMutation([](Site& s) {
            s.answerAs = AnswerAs::Default;
            s.answerAsText.clear();
        });
        QTest::addRow("internationalised domain")
            << SiteMutation([](Site& s) { s.emailDomains = {u"bücher.de"_s}; });
        QTest::addRow("punycode domain")
            << SiteMutation([](Site& s) { s.emailDomains = {u"xn--bcher-kva.de"_s}; });
        QTest::addRow("24/7 window") << SiteMutation([](Site& s) {
            s.businessHours = {TimeWindow{{Weekday::Monday}, QTime(0, 0), QTime(0, 0), u"UTC"_s}};
        });
        QTest::addRow("no SLA targets") << SiteMutation([](Site& s) { s.sla = {}; });
        QTest::addRow("name of 200 characters") << SiteMutation([](Site& s) { s.name = QString(200, u'x'); });
        QTest::addRow("name with accents and emoji")
            << SiteMutation([](Site& s) { s.name = u"Café Zürich 🏢"_s; });
        QTest::addRow("scope notes exactly 1 MiB")
            << SiteMutation([](Site& s) { s.scopeNotes = QString(1024 * 1024, u'a'); });
        QTest::addRow("deactivated") << SiteMutation(
            [](Site& s) { s.activationStatus = ActivationStatus::Deactivated; });
    }

    void accepts() {
        QFETCH(SiteMutation, mutate);
        verifyAccepted(validSite(), mutate);
    }

    // Numbers without "+" are read in the site's country, else its time zone's, else the fallback.
    void phoneRegion() {
        Site site = validSite();
        site.country.clear();
        site.timeZone = u"Europe/Paris"_s;
        QCOMPARE(site.phoneRegion(u"US"_s), u"FR"_s);
        site.country = u"BE"_s;
        QCOMPARE(site.phoneRegion(u"US"_s), u"BE"_s);
        site.country.clear();
        site.timeZone = u"UTC"_s;
        QCOMPARE(site.phoneRegion(u"US"_s), u"US"_s);
        site.timeZone.clear();
        QCOMPARE(site.phoneRegion(u"GB"_s), u"GB"_s);
    }

    void json() {
        verifyJson(validSite(),
                   {u"id"_s, u"name"_s, u"parent_id"_s, u"coverage"_s, u"time_zone"_s, u"country"_s,
                    u"business_hours"_s, u"answer_as"_s, u"answer_as_text"_s, u"email_domains"_s,
                    u"holds_servers"_s, u"device_naming_scheme"_s, u"contract_tier"_s, u"sla"_s,
                    u"scope_notes"_s, u"activation_status"_s, u"go_live_date"_s, u"champion"_s});
        const QJsonObject json = validSite().toJson();
        QCOMPARE(json.value(u"id"_s).toString(), u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
        QCOMPARE(json.value(u"coverage"_s).toString(), u"business_hours"_s);
        QCOMPARE(json.value(u"go_live_date"_s).toString(), u"2024-05-01"_s);
        QCOMPARE(json.value(u"sla"_s).toObject().keys(), QStringList({u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s}));
        QCOMPARE(json.value(u"sla"_s)[u"p2"_s][u"resolution_minutes"_s].toInt(), 480);
        // Absent values are written, as null.
        const QJsonObject empty = Site().toJson();
        QVERIFY(empty.value(u"parent_id"_s).isNull());
        QVERIFY(empty.value(u"go_live_date"_s).isNull());
        QVERIFY(empty.value(u"id"_s).isNull());
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");

        QTest::addRow("id not a uuid") << u"id"_s << QJsonValue(u"site-1"_s) << u"id"_s;
        QTest::addRow("name a number") << u"name"_s << QJsonValue(5) << u"name"_s;
        QTest::addRow("name null") << u"name"_s << QJsonValue() << u"name"_s;
        QTest::addRow("parent not a uuid") << u"parent_id"_s << QJsonValue(u"HQ"_s) << u"parent_id"_s;
        QTest::addRow("unknown coverage") << u"coverage"_s << QJsonValue(u"weekends"_s) << u"coverage"_s;
        QTest::addRow("coverage in capitals") << u"coverage"_s << QJsonValue(u"ALWAYS"_s) << u"coverage"_s;
        QTest::addRow("unknown answer as") << u"answer_as"_s << QJsonValue(u"company"_s) << u"answer_as"_s;
        QTest::addRow("unknown activation status")
            << u"activation_status"_s << QJsonValue(u"active"_s) << u"activation_status"_s;
        QTest::addRow("holds servers as text")
            << u"holds_servers"_s << QJsonValue(u"yes"_s) << u"holds_servers"_s;
        QTest::addRow("domains as text")
            << u"email_domains"_s << QJsonValue(u"contoso.com"_s) << u"email_domains"_s;
        QTest::addRow("domain as number")
            << u"email_domains"_s << QJsonValue(QJsonArray{42}) << u"email_domains[0]"_s;
        QTest::addRow("date out of range")
            << u"go_live_date"_s << QJsonValue(u"2024-13-01"_s) << u"go_live_date"_s;
        QTest::addRow("date in US order")
            << u"go_live_date"_s << QJsonValue(u"05/01/2024"_s) << u"go_live_date"_s;
        QTest::addRow("date with time")
            << u"go_live_date"_s << QJsonValue(u"2024-05-01T00:00:00"_s) << u"go_live_date"_s;
        QTest::addRow("business hours as object")
            << u"business_hours"_s << QJsonValue(QJsonObject()) << u"business_hours"_s;
        QTest::addRow("business hours entry not an object")
            << u"business_hours"_s << QJsonValue(QJsonArray{u"9-5"_s}) << u"business_hours[0]"_s;
        QTest::addRow("business hours bad start")
            << u"business_hours"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"days"_s, QJsonArray{u"mon"_s}},
                                                 {u"start"_s, u"9am"_s},
                                                 {u"end"_s, u"17:00"_s},
                                                 {u"time_zone"_s, u"UTC"_s}}})
            << u"business_hours[0].start"_s;
        QTest::addRow("sla as list") << u"sla"_s << QJsonValue(QJsonArray()) << u"sla"_s;
        QTest::addRow("sla priority as number")
            << u"sla"_s << QJsonValue(QJsonObject{{u"p1"_s, 15}}) << u"sla.p1"_s;
        QTest::addRow("sla minutes as text")
            << u"sla"_s << QJsonValue(QJsonObject{{u"p3"_s, QJsonObject{{u"response_minutes"_s, u"ten"_s}}}})
            << u"sla.p3.response_minutes"_s;
        QTest::addRow("sla minutes fractional")
            << u"sla"_s << QJsonValue(QJsonObject{{u"p1"_s, QJsonObject{{u"resolution_minutes"_s, 1.5}}}})
            << u"sla.p1.resolution_minutes"_s;
        QTest::addRow("sla minutes too large")
            << u"sla"_s << QJsonValue(QJsonObject{{u"p1"_s, QJsonObject{{u"resolution_minutes"_s, 1e12}}}})
            << u"sla.p1.resolution_minutes"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validSite(), key, value, field);
    }

    void uppercaseIdsAreRead() {
        QJsonObject json = validSite().toJson();
        json.insert(u"id"_s, u"{3F1E2D4C-5B6A-4789-8ABC-DEF012345678}"_s);
        FieldErrors errors;
        QCOMPARE(Site::fromJson(json, &errors).id, validSite().id);
        QVERIFY(errors.isEmpty());
    }

    void displayKey() { QCOMPARE(validSite().displayKey(), u"Contoso Head Office"_s); }
};

QTEST_GUILESS_MAIN(tst_SiteValidation)
#include "tst_SiteValidation.moc"
