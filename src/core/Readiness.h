// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckInput.h"
#include "EntityKind.h"
#include "Finding.h"

namespace sitekeeper {

// The activation checklist of one site (docs/USER_GUIDE.md, "Work through the activation checklist"): what
// the service needs before go-live, each item passed or not, with what is missing and where to fix it.
struct ReadinessItem {
    enum class Key {
        Coverage,
        AnswerAs,
        EmailDomain,
        NotificationRule,
        ClientProfiles,
        Approvers,
        References,
        Credentials,
        NoErrors,
    };
    Key key;
    bool passed = false;
    QString title;  // "Coverage chosen"
    QString detail; // what is missing, empty when passed
    // Where to fix it: the list of this kind to open (the site editor for a site), and the field when
    // there is one. None: the site's error findings.
    std::optional<EntityKind> entity;
    QString field;
};

struct Readiness {
    QUuid siteId;
    QList<ReadinessItem> items;

    int passedCount() const;
    // 0..100: the share of checklist items passed.
    int score() const;
    bool ready() const { return passedCount() == items.size(); }

    // From the site's data and its findings (those of Rulebook::checkSite).
    static Readiness of(const SiteData& site, const Findings& findings);

    // "coverage", "answer_as" ... (the CLI's JSON spelling).
    static QString keyString(ReadinessItem::Key key);

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::Readiness)
};

} // namespace sitekeeper
