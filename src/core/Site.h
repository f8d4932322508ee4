// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Enums.h"
#include "FieldError.h"
#include "TimeWindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>

namespace sitekeeper {

// Response and resolution targets of one priority, in minutes (0 = no target).
struct SlaTarget {
    int responseMinutes = 0;
    int resolutionMinutes = 0;

    bool operator==(const SlaTarget&) const = default;
};

// A client location the service covers. Sites nest through `parentId`.
struct Site {
    static constexpr EntityKind entityKind = EntityKind::Site;
    // Priorities of `sla`, index 0 = P1 (system down or many users) ... 3 = P4 (request).
    static constexpr int priorityCount = 4;

    QUuid id;
    QString name;
    QUuid parentId; // null: top-level site
    Coverage coverage = Coverage::None;
    QString timeZone; // IANA id, empty until chosen
    // ISO 3166 code of the country whose numbering numbers written without "+" follow (imports,
    // editors); empty: the time zone's country, see phoneRegion().
    QString country;
    QList<TimeWindow> businessHours;
    AnswerAs answerAs = AnswerAs::Default;
    QString answerAsText; // used when answerAs is Custom
    QStringList emailDomains;
    bool holdsServers = false;
    QString deviceNamingScheme;
    QString contractTier;
    std::array<SlaTarget, priorityCount> sla{};
    QString scopeNotes; // multi-line
    ActivationStatus activationStatus = ActivationStatus::Draft;
    QDate goLiveDate; // null: not set
    QString champion;

    bool operator==(const Site&) const = default;

    // The region numbers of this site written without "+country code" are parsed in: `country`, else
    // the country of the time zone when it has exactly one, else `fallback` (the workspace's default).
    QString phoneRegion(const QString& fallback) const;

    // The bundle key of priority `index` (0 -> "p1").
    static QString priorityKey(int index);

    // The name technicians answer this site's calls with ("Technical Support" by default); empty when
    // it would be the partner's name and `partnerName` is empty.
    QString answerAsName(const QString& partnerName) const;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static Site fromJson(const QJsonObject& json, FieldErrors* errors);
    QString displayKey() const { return name; }

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Site)
};

} // namespace sitekeeper
