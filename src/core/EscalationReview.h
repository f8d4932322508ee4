// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Escalation.h"
#include "Reference.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace sitekeeper {

// The weekly escalation review of one site: which categories the service escalated back to the
// partner, why, and whether a reference covers them (each uncovered category is a suggestion to write
// one). Pure: the caller passes the site's escalations and the references that apply to it (the
// site's and the partner-wide ones).
//
// A category is covered by a reference that is not retired when the reference's topic is one the
// category maps to (topicsFor()), or when its title contains every word of the category
// (case-insensitive: "Security incident response" covers security_incident).
class EscalationReview {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::EscalationReview)

public:
    struct Covering {
        QUuid id;
        QString title;
        bool operator==(const Covering&) const = default;
    };

    struct Category {
        QString category; // key, as Escalation::categoryKey makes it
        int count = 0;
        QDate lastDate;
        // Indexed by EscalationReason (declaration order).
        std::array<int, 4> byReason{};
        std::optional<Covering> covering;
        // What to write when nothing covers the category.
        ReferenceTopic suggestedTopic = ReferenceTopic::Other;
        QString suggestedTitle;

        int reasonCount(EscalationReason reason) const { return byReason[std::size_t(reason)]; }
        // "3 out of scope, 1 needs approval": the non-zero reasons, most frequent first.
        QString reasonsText() const;
    };

    struct Week {
        int year = 0; // ISO week-numbering year
        int week = 0;
        QDate monday;
        int count = 0;
        bool operator==(const Week&) const = default;
    };

    struct Summary {
        QList<Category> categories; // by count, descending; ties by category key
        QList<Week> weeks;          // every ISO week that overlaps the range, empty ones too
        int total = 0;
        int uncovered() const;
    };

    // The escalations dated from `from` to `to` (both included).
    static Summary review(const QList<Escalation>& escalations, const QList<Reference>& references,
                          const QDate& from, const QDate& to);

    // The reference topics that cover a category key (first: the one to suggest); empty when none does.
    static QList<ReferenceTopic> topicsFor(QStringView category);
    static bool covers(const Reference& reference, QStringView category);
    // The reference to suggest for an uncovered category.
    static ReferenceTopic suggestedTopic(QStringView category);
    static QString suggestedTitle(QStringView category);
};

} // namespace sitekeeper
