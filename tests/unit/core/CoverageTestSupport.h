// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for the coverage timeline and SK504 tests (not a test itself: no tst_ prefix).

#include "CheckInput.h"

#include <QMetaType>
#include <QTime>

#include <set>

namespace sitekeeper::test {

inline const std::set<Weekday> weekdays{Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday,
                                        Weekday::Thursday, Weekday::Friday};
inline const std::set<Weekday> everyDay{Weekday::Monday,   Weekday::Tuesday, Weekday::Wednesday,
                                        Weekday::Thursday, Weekday::Friday,  Weekday::Saturday,
                                        Weekday::Sunday};

inline QUuid uuidOf(uint n) {
    return QUuid(n, 0x5e, 0x04, 0, 0, 0, 0, 0, 0, 0, 1);
}

inline TimeWindow window(std::set<Weekday> days, const char* start, const char* end, const char* zone) {
    return TimeWindow{std::move(days), QTime::fromString(QString::fromLatin1(start), QStringLiteral("HH:mm")),
                      QTime::fromString(QString::fromLatin1(end), QStringLiteral("HH:mm")),
                      QString::fromLatin1(zone)};
}

// One site with its rules, and the partner's contacts: what the timeline and SK504 read.
struct Scenario {
    SiteData site;
    PartnerData partner;

    Scenario& rule(const char* name, const TimeWindow& window, RuleMethod method = RuleMethod::Phone,
                   QList<QUuid> contacts = {uuidOf(100)}) {
        NotificationRule rule;
        rule.id = uuidOf(200 + uint(site.rules.size()));
        rule.siteId = site.site.id;
        rule.name = QString::fromLatin1(name);
        rule.window = window;
        rule.method = method;
        rule.escalationContacts = std::move(contacts);
        site.rules.append(rule);
        return *this;
    }
    Scenario& contact(uint n, const char* name, QList<TimeWindow> availability = {}) {
        PartnerContact contact;
        contact.id = uuidOf(n);
        contact.name = QString::fromLatin1(name);
        contact.phones = {QStringLiteral("+4930901820%1").arg(n % 10)};
        contact.availability = std::move(availability);
        partner.contacts.insert(contact.id, contact);
        return *this;
    }
    Scenario& status(ActivationStatus status) {
        site.site.activationStatus = status;
        return *this;
    }
};

// A live site; contact 100 ("On call", always available) exists unless replaced.
inline Scenario scenario(Coverage coverage, const char* zone, QList<TimeWindow> businessHours, QDate today) {
    Scenario s;
    s.site.site.id = uuidOf(1);
    s.site.site.name = QStringLiteral("Fabrication");
    s.site.site.coverage = coverage;
    s.site.site.timeZone = QString::fromLatin1(zone);
    s.site.site.businessHours = std::move(businessHours);
    s.site.site.activationStatus = ActivationStatus::Live;
    s.partner.today = today;
    s.contact(100, "On call");
    return s;
}

} // namespace sitekeeper::test

Q_DECLARE_METATYPE(sitekeeper::test::Scenario)
